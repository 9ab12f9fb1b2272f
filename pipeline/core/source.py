"""The ``Source`` of a file: path, content hash, format, size, modification time (the document's identity)."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from schemas.document import Source


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def source_of(path: str | Path, fmt: str, pages: int | None, data: bytes | None = None,
              encoding: str | None = None) -> Source:
    p = Path(path)
    digest = hashlib.sha256(data).hexdigest() if data is not None else sha256_of(p)
    size = len(data) if data is not None else p.stat().st_size
    return Source(path=str(p), sha256=digest, format=fmt, size=size, pages=pages, encoding=encoding)


def modified_at(path: str | Path) -> str | None:
    """The file's modification time (UTC, ISO): the newest rendition of a document speaks for it."""
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime, timezone.utc).isoformat(timespec="seconds")
    except OSError:
        return None
