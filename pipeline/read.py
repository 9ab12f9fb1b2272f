"""Choosing a reader: one explicit table, decided from the file's content, not only its name.

``%PDF-`` → PDF; a ZIP holding ``word/document.xml`` → DOCX; an OLE2 compound
file (legacy ``.doc``) → ``unsupported_format``; anything else is tried as text.
A file whose extension claims a format its bytes do not have is ``unreadable``.
"""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.readers.docx import read_docx
from pipeline.readers.pdf import read_pdf
from pipeline.readers.txt import read_txt
from schemas.document import Document

READERS: dict[str, Callable[[str | Path], Document]] = {
    "pdf": read_pdf,
    "docx": read_docx,
    "txt": read_txt,
}

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".doc": "doc", ".text": "txt"}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_format(path: str | Path) -> str:
    """The format the bytes say: ``pdf``, ``docx``, ``doc``, ``zip``, ``empty`` or ``txt``."""
    p = Path(path)
    with open(p, "rb") as f:
        head = f.read(2048)
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_OLE2):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(p) as z:
                return "docx" if "word/document.xml" in z.namelist() else "zip"
        except zipfile.BadZipFile:
            return "zip"
    return "txt"


def declared_format(path: str | Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def detect_format(path: str | Path) -> str:
    """The reader to use for ``path``; raises ``ReadError`` when there is none.

    A ``.docx`` that holds random bytes is ``unreadable`` (its name lies); a
    ``.pdf`` that is really a Word file is read as Word.
    """
    sniffed = sniff_format(path)
    declared = declared_format(path)
    if sniffed == "empty":
        raise ReadError("empty", "the file has 0 bytes")
    if sniffed == "doc":
        raise ReadError("unsupported_format", "legacy Word .doc (convert to .docx or PDF)")
    if sniffed == "zip":
        raise ReadError("unreadable" if declared == "docx" else "unsupported_format", "a ZIP archive that is not a Word document")
    if sniffed == "txt" and declared in ("pdf", "docx", "doc"):
        raise ReadError("unreadable", f"named .{declared} but its content is not a {declared.upper()} file")
    if sniffed == "txt" and declared is None and Path(path).suffix:
        raise ReadError("unsupported_format", f"unknown file type {Path(path).suffix!r}")
    return sniffed


def read_document(path: str | Path) -> Document:
    """Read any supported file into the one document model."""
    return READERS[detect_format(path)](path)
