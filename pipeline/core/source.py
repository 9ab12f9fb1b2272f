"""The ``Source`` of a file: path, content hash, format, size, modification time (the document's identity).

A document is read from a ``snapshot``: its bytes copied once into a private
file and hashed on the way, so the hash recorded is the hash of the bytes the
readers saw, even when the file is edited while the run goes on.
Nothing is opened before ``stat`` says it is a regular file: opening a FIFO
waits for a writer, and opening a device may do anything.
"""
from __future__ import annotations

import atexit
import errno
import hashlib
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipeline.core.errors import ReadError
from pipeline.core.names import shown
from schemas.document import Source

_CHUNK = 1 << 20


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular one is (``"a FIFO (named pipe)"``); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def not_a_file(path: str | Path) -> str | None:
    """Why ``path`` is no document to open, from ``stat`` alone: ``"a symbolic link loop"``, ``"a FIFO (named
    pipe)"``, ``"a symbolic link to nothing"`` …; None for a regular file. Raises ``OSError`` when it is absent."""
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link loop"
        if e.errno == errno.ENOENT and os.path.islink(path):
            return "a symbolic link to nothing"
        raise
    return kind_of(st.st_mode)


def open_regular(path: str | Path) -> int:
    """A read-only descriptor of ``path``, or ``ReadError("not_a_file")``: checked by ``stat`` before the
    open, opened with ``O_NONBLOCK`` (a FIFO put in its place meanwhile does not block), checked again by
    ``fstat`` after it."""
    reason = not_a_file(path)
    if reason is None:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        reason = kind_of(os.fstat(fd).st_mode)
        if reason is None:
            return fd
        os.close(fd)
    raise ReadError("not_a_file", reason)


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """A file's bytes as one read saw them: ``path`` opens that copy, ``sha256`` and ``size`` are of it."""

    path: str
    sha256: str
    size: int


@contextmanager
def snapshot(path: str | Path, max_bytes: int | None = None) -> Iterator[Snapshot]:
    """Copy ``path`` into a private folder, hashing while reading; readers open ``Snapshot.path``.

    The copy keeps the file's name (``…/bdhv-snapshot-<pid>-…/<thread>/Báo cáo.pdf``),
    so a reader sees the same name and suffix, in UTF-8 (PDFium cannot open
    a cp1258 name). ``ReadError``: ``not_a_file`` (a FIFO, a loop …),
    ``too_large`` (over ``max_bytes``, however big it was when planned),
    ``file_changed`` (its size or modification time moved while it was
    copied: a scanner still writing it).
    """
    fd = open_regular(path)
    name = os.path.join(_private_folder(), shown(os.path.basename(path)) or "file")
    try:
        try:
            with open(name, "wb") as copy:
                before = os.fstat(fd)
                h, n = hashlib.sha256(), 0
                while chunk := os.read(fd, _CHUNK):
                    n += len(chunk)
                    if max_bytes is not None and n > max_bytes:
                        raise ReadError("too_large", f"over {max_bytes / 1e6:.1f} MB")
                    h.update(chunk)
                    copy.write(chunk)
                after = os.fstat(fd)
        finally:
            os.close(fd)
        if n != before.st_size or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            raise ReadError("file_changed", f"{before.st_size:,} bytes when opened, {n:,} read, {after.st_size:,} after")
        yield Snapshot(name, h.hexdigest(), n)
    finally:
        try:
            os.unlink(name)
        except FileNotFoundError:
            pass


_PREFIX = "bdhv-snapshot-"
_folders: dict[tuple[int, int], str] = {}  # (pid, thread or 0 for the process's own folder) → folder


def _private_folder() -> str:
    """This thread's snapshot folder, made once (a folder costs a millisecond or more to make and remove
    here; a file a tenth of that): ``$TMPDIR/bdhv-snapshot-<pid>-…/<thread>``."""
    pid, thread = os.getpid(), threading.get_ident()
    folder = _folders.get((pid, thread))
    if folder is not None and os.path.isdir(folder):
        return folder
    root = _folders.get((pid, 0))
    if root is None or not os.path.isdir(root):
        _sweep_snapshots()
        root = _folders[(pid, 0)] = tempfile.mkdtemp(prefix=f"{_PREFIX}{pid}-")
        atexit.register(_remove_own, pid, root)  # a forked reader child leaves by os._exit: the next sweep
    folder = _folders[(pid, thread)] = os.path.join(root, str(thread))
    os.makedirs(folder, exist_ok=True)
    return folder


def _remove_own(pid: int, root: str) -> None:
    if os.getpid() == pid:
        shutil.rmtree(root, ignore_errors=True)


def _sweep_snapshots() -> None:
    """Remove the snapshot folders of processes that are gone (a reader child ends by ``os._exit``, or is
    killed for overrunning its time, and cannot remove its own)."""
    root = tempfile.gettempdir()
    try:
        names = [n for n in os.listdir(root) if n.startswith(_PREFIX)]
    except OSError:
        return
    for n in names:
        pid = n[len(_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(os.path.join(root, n), ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's
    return True


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
