"""One run at a time per output folder: a second run refuses instead of corrupting the first.

An OS file lock (``fcntl.flock``) on ``<out_dir>/.bdhv.lock``: the kernel
releases it when the holder dies, even by ``kill -9``, so a crashed run never
leaves a stale lock behind.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.core.atomic import remove_stale_temporaries


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def run_lock(out_dir: str | Path) -> Iterator[None]:
    path = Path(out_dir) / ".bdhv.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
            raise RunLocked(
                f"another bdhv run (pid {holder or '?'}) is writing to {Path(out_dir)}; "
                "wait for it to finish / một lượt chạy khác đang ghi vào thư mục này, vui lòng chờ"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        remove_stale_temporaries(path.parent)  # a killed run's half-written outputs
        yield
    finally:
        os.close(fd)
