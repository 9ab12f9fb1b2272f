"""What went wrong with the run's own state, as a ``StateError``: the output folder, the run history, the orchestrator.

A document's failure never gets here (it is recorded on its line); what does
is a fault no document causes: a full or read-only output disk, the lock path
taken by a folder, a history SQLite cannot use, Prefect's server not starting.
``state_fault(exc, out_dir, db, inbox)`` names it (a key of
``STATE_MESSAGES``), or returns None for a bug, which keeps its traceback:

    state_fault(OSError(errno.ENOSPC, "No space left on device", "outputs/.x.tmp"), …).code == "disk_full"
"""
from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.core.errors import StateError
from pipeline.runs.lock import RunLocked

LOCK_NAME = ".bdhv.lock"
FULL = {errno.ENOSPC, errno.EDQUOT}
READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
NEARLY_FULL_BYTES = 1 << 20  # an I/O error on a disk with less free than this is a full disk


def state_fault(exc: BaseException, out_dir: str | Path, db: str | Path, inbox: str | Path | None = None) -> StateError | None:
    """The state fault behind ``exc`` (or anything it was raised from), or None when it is none."""
    for e in _chain(exc):
        fault = _classify(e, Path(out_dir), Path(db), Path(inbox) if inbox is not None else None)
        if fault is not None:
            return fault
    return None


@contextmanager
def quiet_tracebacks(out_dir: str | Path, db: str | Path, inbox: str | Path | None = None) -> Iterator[None]:
    """While the flow runs, Prefect's log lines about a state fault keep their message and lose the traceback:
    the command says what to do, in one line, when the fault reaches it. Any other error keeps its traceback."""

    def keep_message_only(record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and state_fault(record.exc_info[1], out_dir, db, inbox):
            record.exc_info, record.exc_text = None, None
        return True

    handlers = list(logging.getLogger().handlers)  # Prefect's console handler sits on the root logger
    for h in handlers:
        h.addFilter(keep_message_only)
    try:
        yield
    finally:
        for h in handlers:
            h.removeFilter(keep_message_only)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [e.__cause__, e.__context__]


def _classify(e: BaseException, out: Path, db: Path, inbox: Path | None) -> StateError | None:
    if isinstance(e, StateError):
        return e
    if isinstance(e, RunLocked):
        return StateError("another_run", out, _lock_holder(out))
    if isinstance(e, sqlite3.Error):
        return _sqlite_fault(e, db)
    if isinstance(e, OSError) and e.errno is not None:
        return _os_fault(e, out, inbox)
    if isinstance(e, RuntimeError) and "ephemeral Prefect API server" in str(e):
        return StateError("prefect_unavailable")
    if type(e).__module__.startswith("httpx") and type(e).__name__ in ("ConnectError", "ConnectTimeout"):
        return StateError("prefect_unavailable", detail=str(e))
    return None


def _sqlite_fault(e: sqlite3.Error, db: Path) -> StateError | None:
    name = getattr(e, "sqlite_errorname", "")
    text = str(e)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StateError("disk_full", db.parent)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return StateError("output_readonly", db)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StateError("history_damaged", db, text)
    if isinstance(e, sqlite3.OperationalError):  # cannot open, I/O error, locked too long
        if name.startswith("SQLITE_IOERR") and _nearly_full(db.parent):
            return StateError("disk_full", db.parent)
        if name.startswith("SQLITE_CANTOPEN") and not os.access(db.parent, os.W_OK):
            return StateError("output_readonly", db.parent)
        return StateError("history_unusable", db, text)
    return None  # an integrity or programming error is a bug


def _os_fault(e: OSError, out: Path, inbox: Path | None) -> StateError:
    where = Path(e.filename) if e.filename else out
    if inbox is not None and _inside(where, inbox):
        return StateError("inbox_refused", inbox, e.strerror or str(e))
    if e.errno in FULL:
        return StateError("disk_full", where.parent if e.filename else out)
    if e.errno in READ_ONLY:
        return StateError("output_readonly", where if where.is_dir() else where.parent)
    if where.name == LOCK_NAME:  # a folder (or a device) where the lock file should be
        return StateError("lock_unusable", where, e.strerror or str(e))
    if e.errno == errno.EIO and _nearly_full(where.parent):
        return StateError("disk_full", where.parent)
    return StateError("output_unusable", where, e.strerror or str(e))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _nearly_full(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < NEARLY_FULL_BYTES


def _lock_holder(out: Path) -> str:
    """``pid 4242`` from the lock file, when it says."""
    try:
        pid = (out / LOCK_NAME).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""
    return f"pid {pid}" if pid.isdigit() else ""
