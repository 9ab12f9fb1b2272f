"""Checks on hostile input before a parser sees it: zip bombs, entity bombs, traversal, size limits.

A DOCX is a ZIP archive that python-docx loads whole into memory and parses
with lxml, so ``check_docx_archive`` looks at the archive's central directory
and its XML parts first:

- uncompressed sizes (per member and in total) and the compression ratio are
  capped: a 40 KB file that inflates to 1 GB of zeros is ``too_large``;
- a ZIP member that is itself an archive (``word/embeddings/*.zip``) counts with
  what it holds, so a nested bomb is ``too_large`` too;
- member names with ``..`` or an absolute path (``../../etc/passwd``,
  ``C:\\Windows\\x``) are ``unreadable``: no Word program writes them;
- an XML part with a ``<!DOCTYPE`` or ``<!ENTITY`` declaration is
  ``unreadable``: Word never writes one, and a "billion laughs" must not get
  as far as a parser that might expand it.

``check_page_count`` and ``check_text_length`` apply the document limits
(settings ``max_pages`` and ``max_text_chars``) to any format.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from pipeline.core.errors import ReadError

MB = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """Caps for a DOCX archive; a real report (``Báo cáo 15/BC-SNV.docx``) is far below all of them."""

    max_members: int = 1000  # Word writes 10-100 parts; thousands is a bomb
    max_member_mb: float = 128.0  # one part, uncompressed (a large embedded photo fits)
    max_xml_mb: float = 64.0  # one XML part, uncompressed: lxml builds a tree several times larger
    max_total_mb: float = 256.0  # the whole package, uncompressed (python-docx loads every part)
    max_ratio: float = 200.0  # uncompressed / compressed (real XML: 5-30), for parts over ``ratio_floor_mb``
    ratio_floor_mb: float = 8.0  # smaller parts, and smaller packages, may compress as well as they like
    max_nesting: int = 2  # archives inside the archive, looked into this deep


DEFAULT_ARCHIVE_LIMITS = ArchiveLimits()
DEFAULT_MAX_PAGES = 500
DEFAULT_MAX_TEXT_CHARS = 5_000_000  # ~1,500 dense A4 pages

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_ARCHIVE_MAGIC = b"PK\x03\x04"
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)
_CHUNK = 1 << 16


def max_pages() -> int:
    """The page limit: setting ``max_pages`` (``BDHV_MAX_PAGES``), default 500."""
    from pipeline.core.settings import load_settings

    return int(getattr(load_settings(), "max_pages", DEFAULT_MAX_PAGES))


def max_text_chars() -> int:
    """The text-length limit: setting ``max_text_chars`` (``BDHV_MAX_TEXT_CHARS``), default 5,000,000."""
    from pipeline.core.settings import load_settings

    value = getattr(load_settings(), "max_text_chars", None)
    if value is None:  # not (yet) a field of Settings: read its variable directly
        value = os.environ.get("BDHV_MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS)
    return int(value)


def check_page_count(pages: int, limit: int | None = None) -> None:
    """``too_large`` when a document has more pages than allowed."""
    limit = max_pages() if limit is None else limit
    if pages > limit:
        raise ReadError("too_large", f"{pages} pages > {limit} pages")


def check_text_length(chars: int, limit: int | None = None) -> None:
    """``too_large`` when a document's text is longer than allowed."""
    limit = max_text_chars() if limit is None else limit
    if chars > limit:
        raise ReadError("too_large", f"{chars:,} characters of text > {limit:,}")


def unsafe_member_name(name: str) -> bool:
    """Would extracting ``name`` leave the archive's folder? ``word/../../x`` and ``/etc/x`` would."""
    if "\x00" in name:
        return True
    posix, windows = PurePosixPath(name.replace("\\", "/")), PureWindowsPath(name)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or name.startswith(("/", "\\")):
        return True
    return ".." in posix.parts


def _utf16(head: bytes) -> str | None:
    """The UTF-16 codec of an XML part that starts like one (BOM or ``<\\0?\\0``), else None."""
    if head[:2] == b"\xff\xfe" or head[:4] == b"<\x00?\x00":
        return "utf-16-le"
    if head[:2] == b"\xfe\xff" or head[:4] == b"\x00<\x00?":
        return "utf-16-be"
    return None


def declares_entities(f: io.BufferedIOBase) -> bool:
    """Does the XML stream ``f`` hold a ``<!DOCTYPE`` or ``<!ENTITY`` anywhere (UTF-8 or UTF-16)?

    The whole part is scanned, not only its prologue: comments can push a
    declaration arbitrarily far, and the part's size has been capped already.
    """
    tail = b""
    codec: str | None = None
    first = True
    while chunk := f.read(_CHUNK):
        if first:
            codec, first = _utf16(chunk), False
        if codec:  # rare in a DOCX: decode as we go, keeping a character-aligned tail
            chunk = chunk.decode(codec, errors="ignore").encode("utf-8")
        buf = tail + chunk
        if _DECLARATION.search(buf):
            return True
        tail = buf[-16:]
    return False


def _check_xml(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    with z.open(info) as f:
        if declares_entities(f):
            raise ReadError("unreadable", f"{info.filename}: XML with a DOCTYPE/ENTITY declaration (entity expansion)")


def _uncompressed_total(z: zipfile.ZipFile, limits: ArchiveLimits, depth: int, where: str) -> int:
    """Check every member of ``z`` and return the bytes it would inflate to, nested archives included."""
    infos = z.infolist()
    if len(infos) > limits.max_members:
        raise ReadError("too_large", f"{where}{len(infos)} members in the archive > {limits.max_members}")
    total = packed_total = 0
    for info in infos:
        name = info.filename
        if unsafe_member_name(name):
            raise ReadError("unreadable", f"{where}unsafe member name {name!r} (path traversal)")
        size, packed = info.file_size, max(info.compress_size, 1)
        cap = limits.max_xml_mb if name.lower().endswith(_XML_SUFFIXES) else limits.max_member_mb
        if size > cap * MB:
            raise ReadError("too_large", f"{where}{name} inflates to {size / MB:.0f} MB > {cap:g} MB")
        if size > limits.ratio_floor_mb * MB and size / packed > limits.max_ratio:
            raise ReadError("too_large", f"{where}{name} compressed {size / packed:.0f}:1 (zip bomb)")
        total += size
        packed_total += packed
        if total > limits.max_total_mb * MB:
            raise ReadError("too_large", f"{where}archive inflates to over {limits.max_total_mb:g} MB")
        if info.is_dir() or size == 0:
            continue
        if name.lower().endswith(_XML_SUFFIXES):
            _check_xml(z, info)
        with z.open(info) as f:
            nested = f.read(4) == _ARCHIVE_MAGIC
        if nested:
            total += _nested_total(z, info, limits, depth, where)
            if total > limits.max_total_mb * MB:
                raise ReadError("too_large", f"{where}archive with nested archives inflates to over {limits.max_total_mb:g} MB")
    if total > limits.ratio_floor_mb * MB and total / max(packed_total, 1) > limits.max_ratio:
        raise ReadError("too_large", f"{where}archive compressed {total / packed_total:.0f}:1 overall (zip bomb)")
    return total


def _nested_total(z: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits, depth: int, where: str) -> int:
    if depth >= limits.max_nesting:
        raise ReadError("too_large", f"{where}{info.filename}: archives nested deeper than {limits.max_nesting}")
    data = z.read(info)  # bounded: its size passed the member cap above
    try:
        inner = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return 0  # bytes that only start like a ZIP: an opaque blob to python-docx
    with inner:
        return _uncompressed_total(inner, limits, depth + 1, f"{where}{info.filename} → ")


def check_docx_archive(path: str | Path, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS) -> None:
    """Raise ``ReadError`` if the archive at ``path`` is unsafe to hand to python-docx.

    ``too_large`` for a zip bomb (size, ratio, member count, nesting),
    ``unreadable`` for a damaged archive, a traversal name or an entity
    declaration; returns quietly for an ordinary ``Kế hoạch 192.docx``.
    """
    try:
        with zipfile.ZipFile(path) as z:
            _uncompressed_total(z, limits, 0, "")
    except ReadError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
        raise ReadError("unreadable", f"damaged DOCX archive: {type(e).__name__}: {e}") from e
    except RuntimeError as e:  # an encrypted ZIP member ("password required")
        raise ReadError("encrypted" if "password" in str(e).lower() else "unreadable", str(e)) from e
