"""Choosing a reader: one explicit table, decided from the file's content, not only its name.

``%PDF-`` → PDF; a ZIP holding ``word/document.xml`` → DOCX; a ZIP holding
``xl/workbook.xml`` → XLSX (an annexed Biểu mẫu); PNG, JPEG or TIFF bytes →
an image, read by OCR; an OLE2 compound file → legacy ``.doc`` (through
LibreOffice; a password-protected Office file is ``encrypted``); a GIF or
WebP image, HTML, RTF or another archive → ``unsupported_format``; anything
else is tried as text. A file whose extension claims a format its bytes do
not have is ``unreadable`` (``bao_cao.xlsx`` holding plain text); one whose
bytes are a format we read is read as that format, whatever its name
(``bao_cao.docx`` holding PDF bytes is read as PDF, and its line says
``"format": "pdf"``; ``scan.txt`` holding a PNG is read as an image, and a
``.doc`` renamed ``.docx`` as a ``.doc``). Every failure is a ``ReadError``
with a stable code, never another exception.
"""
from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pipeline.core.errors import ReadError
from pipeline.core.source import open_regular
from pipeline.ingest.readers.doc import read_doc, soffice
from pipeline.ingest.readers.docx import read_docx
from pipeline.ingest.readers.image import read_image
from pipeline.ingest.readers.pdf import read_pdf
from pipeline.ingest.readers.txt import read_txt
from pipeline.ingest.readers.xlsx import read_xlsx
from pipeline.ingest.safety import check_text_length, max_text_chars
from schemas.document import Document

READERS: dict[str, Callable[[str | Path], Document]] = {
    "doc": read_doc,
    "pdf": read_pdf,
    "docx": read_docx,
    "txt": read_txt,
    "xlsx": read_xlsx,
    "image": read_image,
}

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".doc": "doc", ".text": "txt", ".xlsx": "xlsx",
            ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image", ".tiff": "image"}
# what a format is called in a message: "named .xlsx but its content is not an Excel workbook"
_LABELS = {"pdf": "a PDF file", "docx": "a Word document", "doc": "a Word document", "xlsx": "an Excel workbook",
           "image": "a PNG, JPEG or TIFF image"}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office writes a password-protected .docx as an OLE2 file with this stream in it.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# Images we read by OCR: leading bytes.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")

# Formats we recognise only to refuse: leading bytes → what the file is.
_OTHER_MAGIC: dict[bytes, str] = {
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"{\\rtf": "RTF document",
    b"\x1f\x8b": "gzip archive",
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive",
    b"Rar!\x1a\x07": "RAR archive",
    b"\x7fELF": "executable",
}
_HTML_START = (b"<!doctype html", b"<html", b"<?xml")


def other_format(head: bytes) -> str | None:
    """What a file we do not read is, from its first bytes: ``"GIF image"``, ``"HTML page"``, or None."""
    for magic, what in _OTHER_MAGIC.items():
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP image"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_HTML_START):
        return "HTML page" if b"<html" in start[:1024] or start.startswith(b"<!doctype html") else "XML file"
    return None


def sniff_format(path: str | Path) -> str:
    """The format the bytes say: ``pdf``, ``docx``, ``xlsx``, ``doc``, ``image``, ``encrypted_office``, ``zip``,
    ``other``, ``empty`` or ``txt``."""
    with os.fdopen(open_regular(path), "rb") as f:  # a FIFO is refused (``not_a_file``), never waited on
        head = f.read(2048)
        if not head:
            return "empty"
        if b"%PDF-" in head[:1024]:
            return "pdf"
        if head.startswith(_OLE2):
            f.seek(0)
            return "encrypted_office" if _ENCRYPTED_PACKAGE in f.read(1 << 20) else "doc"
        if head.startswith(b"PK\x03\x04"):
            try:
                with zipfile.ZipFile(f) as z:
                    names = set(z.namelist())
            except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
                return "zip"
            return "docx" if "word/document.xml" in names else "xlsx" if "xl/workbook.xml" in names else "zip"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if other_format(head):
        return "other"
    return "txt"


def declared_format(path: str | Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def detect_format(path: str | Path, content: str | Path | None = None) -> str:
    """The reader to use for ``path`` (its name), whose bytes are at ``content`` (default: ``path``); raises
    ``ReadError`` when there is none.

    A ``.docx`` that holds random bytes is ``unreadable`` (its name lies); a
    ``.pdf`` that is really a Word file is read as Word.
    """
    content = path if content is None else content
    try:
        sniffed = sniff_format(content)
    except OSError as e:  # permission denied, a folder named like a file, a vanished file
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
    declared = declared_format(path)
    if sniffed == "empty":
        raise ReadError("empty", "the file has 0 bytes")
    if sniffed == "encrypted_office":
        raise ReadError("encrypted", "a password-protected Office file")
    if sniffed == "doc":
        if soffice() is None:
            raise ReadError("unsupported_format", "legacy Word .doc needs LibreOffice to convert it (apt-get install libreoffice-writer-nogui)")
        return "doc"
    if sniffed == "zip":
        raise ReadError("unreadable" if declared in ("docx", "xlsx") else "unsupported_format",
                        "a ZIP archive that is neither a Word document nor an Excel workbook")
    if sniffed == "other":
        with os.fdopen(open_regular(content), "rb") as f:
            what = other_format(f.read(2048))
        raise ReadError("unsupported_format", f"{what}, not a PDF, Word, Excel, PNG/JPEG/TIFF image or text document")
    if sniffed == "txt" and declared in _LABELS:
        raise ReadError("unreadable", f"named {Path(path).suffix.lower()} but its content is not {_LABELS[declared]}")
    if sniffed == "txt" and declared is None and Path(path).suffix:
        raise ReadError("unsupported_format", f"unknown file type {Path(path).suffix!r}")
    return sniffed


def read_document(path: str | Path, content: str | Path | None = None) -> Document:
    """Read any supported file into the one document model, within the text-length limit.

    ``content``: where the bytes are, when not at ``path`` (``extract_file`` reads a ``snapshot`` of the
    file); the name ``path`` still decides the declared format and is the document's ``source.path``.
    """
    content = path if content is None else content
    fmt = detect_format(path, content)
    try:
        if fmt == "txt":  # at least 1 character per 4 bytes: refuse before decoding, not after
            size, limit = Path(content).stat().st_size, max_text_chars()
            if size > 4 * limit:
                raise ReadError("too_large", f"{size:,} bytes of text hold over {limit:,} characters")
        doc = READERS[fmt](content)
        if content != path:
            doc.source = replace(doc.source, path=str(path))
    except (ReadError, MemoryError):
        raise
    except OSError as e:
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
    except RecursionError as e:  # deep nesting a parser follows recursively
        raise ReadError("unreadable", f"structure nested too deeply: {e}") from e
    check_text_length(len(doc.raw_text))
    return doc
