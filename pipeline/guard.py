"""Running one document under limits: size, time, memory — a hang or a crash costs one file, not the batch.

``extract_file_guarded(path, limits)`` checks the file's size, then forks a
child that reads and extracts it; the parent waits at most ``timeout_s`` and
kills the child when a parser hangs (``timeout``), and a child that dies
(a crash in a native PDF library, memory exhausted by a zip bomb) becomes an
``unreadable`` or ``too_large`` error line. ``os.fork`` is used directly, not
``multiprocessing``, so it also works inside Dask's daemonic worker processes;
models are loaded in the parent first (``warm_up``) and shared copy-on-write.
"""
from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import ReadError
from pipeline.extract import error_record, extract_file


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 50.0
    timeout_s: float = 120.0  # per document, plus ``per_page_s`` for each PDF page (a scan is OCR'd page by page)
    max_memory_mb: int = 3072  # address-space cap in the child: a zip bomb fails instead of swapping
    per_page_s: float = 20.0
    max_timeout_s: float = 1800.0  # however many pages, a document is stopped after this

    def time_for(self, path: str | Path) -> float:
        """The time a document may take: the base, plus the per-page allowance for a PDF's pages."""
        return min(self.timeout_s + self.per_page_s * _pdf_pages(path), max(self.timeout_s, self.max_timeout_s))


def _pdf_pages(path: str | Path) -> int:
    """A PDF's page count, cheaply and under the reader's PDFium lock; 0 for anything else or a PDF that does not open."""
    try:
        with open(path, "rb") as f:
            if b"%PDF-" not in f.read(1024):
                return 0
        from pipeline.readers.pdf import pdf_page_count

        return pdf_page_count(path)
    except Exception:
        return 0


def _read_all(fd: int, deadline: float) -> bytes | None:
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _child(path: str, wfd: int, limits: Limits) -> None:
    try:
        cap = limits.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):
        pass
    try:
        rec = extract_file(path)
    except MemoryError as e:  # extract_file turns most into records; belt and braces
        rec = error_record(path, ReadError("too_large", f"out of memory: {e}"))
    data = pickle.dumps(rec)
    view = memoryview(data)
    while view:
        n = os.write(wfd, view)
        view = view[n:]
    os.close(wfd)


def extract_file_guarded(path: str | Path, limits: Limits = Limits()) -> dict[str, Any]:
    """``extract_file`` with a size check, a time limit and crash isolation."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        return error_record(path, ReadError("unreadable", str(e)))
    if size > limits.max_file_mb * 1024 * 1024:
        return error_record(path, ReadError("too_large", f"{size / 1e6:.1f} MB > {limits.max_file_mb} MB"))
    if limits.timeout_s <= 0:
        return extract_file(path)
    allowed = limits.time_for(p)
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(rfd)
        code = 0
        try:
            _child(str(path), wfd, limits)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(wfd)
    try:
        data = _read_all(rfd, time.monotonic() + allowed)
    finally:
        os.close(rfd)
    if data is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return error_record(path, ReadError("timeout", f"stopped after {allowed:g} s"))
    _, status = os.waitpid(pid, 0)
    if not data:
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        code = "too_large" if sig == signal.SIGKILL else "unreadable"
        return error_record(path, ReadError(code, f"the reader crashed (status {status}, signal {sig})"))
    return pickle.loads(data)
