"""TXT reader: bytes → text in whatever encoding arrived → ``Document``.

Decoding (UTF-8/16, Windows-1258, TCVN3, VNI, and their mojibake) is
``pipeline.ingest.encodings.decode_text``; it raises ``bad_encoding`` rather than guess.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.ingest.assemble import build_text_document
from pipeline.ingest.encodings import decode_text
from pipeline.core.errors import ReadError
from pipeline.core.source import source_of
from schemas.document import Document


def read_txt(path: str | Path) -> Document:
    """Read a text file, e.g. a công văn saved as ``.txt`` in cp1258."""
    data = Path(path).read_bytes()
    text, encoding = decode_text(data)
    if not text.strip():
        raise ReadError("empty", "no text in the file")
    source = source_of(path, "txt", pages=None, data=data, encoding=encoding)
    return build_text_document(source, text)
