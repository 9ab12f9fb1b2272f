"""Running one document under limits: size, time, memory — a hang or a crash costs one file, not the batch.

``extract_files_guarded(paths, limits)`` checks each file's size, then forks
a child that reads and extracts the files one after another; the parent gives
each document its allowance and kills the child when a parser hangs on one
(``timeout``); a child that dies (a crash in a native PDF library, memory
exhausted by a zip bomb) makes that document an ``unreadable`` or
``too_large`` error line; either way a new child takes the remaining files. ``os.fork`` is used directly, not
``multiprocessing``, so it also works inside Dask's daemonic worker processes;
models are loaded in the parent first (``warm_up``) and shared copy-on-write.

A child never outlives its parent: it dies with it (``lifetime.die_with_parent``)
and keeps each document's time limit itself (``signal.alarm``), so a run
killed with ``kill -9`` leaves no reader behind, hanging parser or not.
"""
from __future__ import annotations

import gc
import math
import os
import pickle
import resource
import select
import signal
import struct
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from pipeline.core.errors import ReadError
from pipeline.core.source import open_regular
from pipeline.extract import error_record, extract_file
from pipeline.runs.lifetime import die_with_parent


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 50.0
    timeout_s: float = 120.0  # per document, plus ``per_page_s`` for each PDF page (a scan is OCR'd page by page)
    max_memory_mb: int = 3072  # address-space cap in the child: a zip bomb fails instead of swapping
    per_page_s: float = 20.0
    max_timeout_s: float = 1800.0  # however many pages, a document is stopped after this

    def time_for(self, path: str | Path) -> float:
        """The time a document may take: the base, plus the per-page allowance for a PDF's or a TIFF's pages."""
        return min(self.timeout_s + self.per_page_s * _pages(path), max(self.timeout_s, self.max_timeout_s))


def _pages(path: str | Path) -> int:
    """A PDF's page count (under the reader's PDFium lock) or a TIFF's frames, cheaply; 0 for anything else
    or a file that does not open. Only a regular file is opened, without blocking: this runs in the parent,
    which holds the run lock, and a file swapped for a FIFO since planning must not stop it in ``open()``."""
    try:
        with os.fdopen(open_regular(path), "rb") as f:  # counted from this file, not opened again by name
            head = f.read(1024)
            f.seek(0)
            if head.startswith((b"II*\x00", b"MM\x00*")):
                from pipeline.ingest.readers.image import image_page_count

                return image_page_count(f)
            if b"%PDF-" not in head:
                return 0
            from pipeline.ingest.readers.pdf import pdf_page_count

            return pdf_page_count(f)
    except Exception:
        return 0


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


# a child's own alarm rings this long after the parent's deadline: the parent, alive, stops it first
_CHILD_GRACE_S = 2


def _child(paths: list[str], wfd: int, limits: Limits) -> None:
    """Read ``paths`` one after another, announcing each ("S" + index) and sending its record ("R").

    Each document is read under an alarm of its own allowance (the default
    action of SIGALRM ends the process, even inside a native parser), so the
    time limit holds without the parent too.
    """
    try:
        cap = limits.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):
        pass
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    for i, path in enumerate(paths):
        signal.alarm(math.ceil(limits.time_for(path)) + _CHILD_GRACE_S)
        _write_all(wfd, b"S" + struct.pack(">I", i))
        try:
            rec = extract_file(path, limits.max_file_mb)  # the size checked again on the bytes read
        except MemoryError as e:  # extract_file turns most into records; belt and braces
            rec = error_record(path, ReadError("too_large", f"out of memory: {e}"))
        data = pickle.dumps(rec)
        _write_all(wfd, b"R" + struct.pack(">II", i, len(data)) + data)
    signal.alarm(0)
    os.close(wfd)


class _Frames:
    """The parent's side of the pipe: frames read with a deadline."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = b""
        self.eof = False

    def _need(self, n: int, deadline: float) -> bool:
        while len(self.buf) < n:
            if self.eof:
                return False
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return False
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                self.eof = True
            self.buf += chunk
        return True

    def take(self, n: int) -> bytes:
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


def _size_error(path: str | Path, limits: Limits) -> dict[str, Any] | None:
    try:
        size = Path(path).stat().st_size
    except OSError as e:
        return error_record(path, ReadError("unreadable", str(e)))
    if size > limits.max_file_mb * 1024 * 1024:
        return error_record(path, ReadError("too_large", f"{size / 1e6:.1f} MB > {limits.max_file_mb} MB"))
    return None


_fork_lock = threading.Lock()


def _fork() -> int:
    """``os.fork`` with every object of this process frozen for the child's garbage collector.

    The child's collections then never walk the models loaded before the fork
    (millions of objects): they cost it CPU time and copied every page they
    touched (``gc.freeze``, as the ``gc`` documentation advises for fork
    without exec). The parent unfreezes at once and collects as before; the
    lock keeps a second thread's fork from falling between the two.
    """
    with _fork_lock:
        gc.freeze()
        try:
            pid = os.fork()
        except BaseException:
            gc.unfreeze()
            raise
        if pid:
            gc.unfreeze()
    return pid


def _run_child(paths: list[str], limits: Limits, results: dict[int, dict[str, Any]], offset: int,
               on_record: Callable[[dict[str, Any]], None]) -> int:
    """Fork one child for ``paths``; fill ``results``; return how many paths were settled.

    Each document gets its own allowance from the moment the child starts it;
    a document that overruns it is a ``timeout``, one during which the child
    dies is ``unreadable`` (or ``too_large`` when it was killed for memory).
    """
    parent = os.getpid()
    rfd, wfd = os.pipe()
    pid = _fork()
    if pid == 0:  # child
        die_with_parent(parent)
        os.close(rfd)
        code = 0
        try:
            _child(paths, wfd, limits)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(wfd)
    frames = _Frames(rfd)
    done = 0
    try:
        while done < len(paths):
            current = paths[done]
            allowed = limits.time_for(current)
            deadline = time.monotonic() + allowed
            if not (frames._need(5, deadline) and frames.take(1) == b"S"):
                break
            frames.take(4)
            if not frames._need(9, deadline):
                break
            kind, (_, length) = frames.take(1), struct.unpack(">II", frames.take(8))
            if kind != b"R" or not frames._need(length, deadline):
                break
            results[offset + done] = rec = pickle.loads(frames.take(length))
            done += 1
            on_record(rec)
    finally:
        os.close(rfd)
    if done == len(paths):
        os.waitpid(pid, 0)
        return done
    # the child overran its allowance for paths[done], or died on it
    alive = frames.eof is False
    if alive:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    path = paths[done]
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    if alive or sig == signal.SIGALRM:  # the child's own alarm, when the parent missed its deadline
        results[offset + done] = error_record(path, ReadError("timeout", f"stopped after {limits.time_for(path):g} s"))
    else:
        code = "too_large" if sig == signal.SIGKILL else "unreadable"
        results[offset + done] = error_record(path, ReadError(code, f"the reader crashed (status {status}, signal {sig})"))
    on_record(results[offset + done])
    return done + 1


def _ignore(_record: dict[str, Any]) -> None:
    pass


def extract_files_guarded(paths: list[str | Path], limits: Limits = Limits(),
                          on_record: Callable[[dict[str, Any]], None] | None = None) -> list[dict[str, Any]]:
    """``extract_file`` for each of ``paths`` in one forked child at a time, under ``limits``.

    One child reads the documents in turn (a fork per document cost ~20 ms);
    when one hangs or crashes, that document gets its error and a new child
    takes the rest. ``on_record`` is called with each record as it is
    settled (the progress bar), failed documents included.
    """
    on_record = on_record or _ignore
    results: dict[int, dict[str, Any]] = {}
    todo: list[tuple[int, str]] = []
    for i, path in enumerate(paths):
        err = _size_error(path, limits)
        if err is not None:
            results[i] = err
            on_record(err)
        else:
            todo.append((i, str(path)))
    if limits.timeout_s <= 0:
        for i, path in todo:
            results[i] = extract_file(path, limits.max_file_mb)
            on_record(results[i])
        return [results[i] for i in range(len(paths))]
    pos = 0
    while pos < len(todo):
        chunk = [p for _, p in todo[pos:]]
        local: dict[int, dict[str, Any]] = {}
        settled = _run_child(chunk, limits, local, 0, on_record)
        for k, rec in local.items():
            results[todo[pos + k][0]] = rec
        pos += max(settled, 1)
    return [results[i] for i in range(len(paths))]

