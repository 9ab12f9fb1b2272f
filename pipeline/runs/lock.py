"""One run at a time per output folder: a second run refuses instead of corrupting the first.

An OS file lock (``fcntl.flock``) on ``<out_dir>/.bdhv.lock``: the kernel
releases it when the last process holding it is gone, even by ``kill -9``,
so a crashed run never leaves a stale lock behind. A forked process shares
the lock with its parent, so every fork closes the held lock in the child
(``os.register_at_fork``): a reader child still running after its run was
killed could otherwise keep the next run out; with no descendant holding
it, a killed run's lock is free the moment it dies. The holder stopped by
Ctrl-C or SIGTERM removes its own half-written outputs as it goes
(``lifetime.stopped_by_signals``); a killed one's go when the next run takes the lock.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.core.atomic import remove_stale_temporaries
from pipeline.runs.lifetime import stopped_by_signals

_held: set[int] = set()  # lock fds of this process, closed in every forked child
_hooked: list[bool] = []


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


def _close_held_in_child() -> None:
    for fd in list(_held):
        try:
            os.close(fd)  # only this process's reference goes: the parent keeps its lock
        except OSError:
            pass
    _held.clear()


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def run_lock(out_dir: str | Path) -> Iterator[None]:
    if not _hooked:
        os.register_at_fork(after_in_child=_close_held_in_child)
        _hooked.append(True)
    path = Path(out_dir) / ".bdhv.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    _held.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
            gone = " (that process is gone: one it started still holds the lock)" if holder and not _alive(holder) else ""
            raise RunLocked(
                f"another bdhv run (pid {holder or '?'}){gone} is writing to {Path(out_dir)}; "
                "wait for it to finish / một lượt chạy khác đang ghi vào thư mục này, vui lòng chờ"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        remove_stale_temporaries(path.parent)  # a killed run's half-written outputs
        with stopped_by_signals(lambda: remove_stale_temporaries(path.parent)):  # a stopped run's own
            yield
    finally:
        _held.discard(fd)
        os.close(fd)
