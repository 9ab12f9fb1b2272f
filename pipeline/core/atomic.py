"""Writing outputs atomically: a temporary file in the same folder, then ``os.replace``.

A run killed mid-write leaves the previous ``extractions.jsonl`` or workbook
whole, never half a file. Inside ``staged_writes()`` the renames wait for the
end of the block: a run that fails half way (a full disk) leaves every output
as it was, not a new ``extractions.jsonl`` beside the old workbook.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO, Iterator

from pipeline.core.names import shown

_staged: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("bdhv_staged_writes", default=None)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    staged = _staged.get()
    try:
        yield tmp_path
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)  # mkstemp makes 0600; outputs are for sharing
        with open(tmp_path, "rb") as f:
            os.fsync(f.fileno())
        if staged is None:
            os.replace(tmp_path, target)
        else:
            staged.append((tmp_path, target))
    finally:
        if tmp_path.exists() and (staged is None or (tmp_path, target) not in staged):
            tmp_path.unlink()


@contextmanager
def staged_writes() -> Iterator[None]:
    """Hold back every atomic write made in the block: all land when it ends, none if it raises.

    ``with staged_writes(): write_text_atomic("a.json", …); export(…)`` — the
    temporaries are written (and take their disk space) inside the block, so a
    full disk fails there, before any output is replaced.
    """
    pending: list[tuple[Path, Path]] = []
    token = _staged.set(pending)
    try:
        yield
    except BaseException:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        raise
    finally:
        _staged.reset(token)
    for tmp, target in pending:
        os.replace(tmp, target)


def write_text_atomic(path: str | Path, text: str) -> None:
    """``text`` as UTF-8 at ``path``; a file name in it that is not UTF-8 is shown with U+FFFD (``names.shown``)."""
    with atomic_path(path) as tmp:
        tmp.write_text(shown(text), encoding="utf-8")


def write_with(path: str | Path, writer: Callable[[IO[str]], None]) -> None:
    """Let ``writer`` fill a text stream that lands at ``path`` only when complete."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as f:
            writer(f)


def remove_stale_temporaries(folder: str | Path) -> int:
    """Delete temporary files a killed run left (``.<name>.<random>.tmp``); call only while holding the run lock."""
    n = 0
    for tmp in Path(folder).glob(".*.tmp"):
        try:
            tmp.unlink()
            n += 1
        except OSError:
            pass
    return n
