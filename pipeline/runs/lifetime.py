"""Processes that do not outlive the run: what a run starts dies with it, even after ``kill -9``.

A run killed with SIGKILL cannot clean up, so each process it starts is told
by the kernel to die with it (Linux ``prctl(PR_SET_PDEATHSIG)``): the forked
reader children (``guard``) and Prefect's ephemeral API server (``flows.py``).
Without it a reader child stuck on a document kept reading, and kept the run
lock, after its parent was gone; the server stayed on 127.0.0.1 with 220 MB.

The kernel sends the signal when the *thread* that forked the process exits,
so a process is given it only by a thread that outlives it (the reader
thread waits for its child; the server is started from the main thread).
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1
# loaded once here, not after a fork: a child of a threaded parent must not call dlopen
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> None:
    """Have the kernel send ``sig`` to this process when its parent goes; exit now if it went already.

    Called first thing in a child, with the parent's pid taken before the fork:
    a parent killed between the fork and this call would not signal the child,
    so ``os.getppid()`` no longer being ``parent`` means it is gone.
    """
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


@contextmanager
def children_die_with_this_thread() -> Iterator[None]:
    """While inside, every ``subprocess.Popen`` started by this process gets ``die_with_parent``.

    For a library's child process started in a call we do not write
    (Prefect's ``SubprocessASGIServer._run_uvicorn_command``): the window is
    that one call, and ``Popen`` is put back after it.
    """
    real = subprocess.Popen
    parent = os.getpid()

    def before_exec() -> None:
        die_with_parent(parent)

    class Popen(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            if kwargs.get("preexec_fn") is None:
                kwargs["preexec_fn"] = before_exec
            super().__init__(*args, **kwargs)

    subprocess.Popen = Popen  # type: ignore[misc]
    try:
        yield
    finally:
        subprocess.Popen = real  # type: ignore[misc]


@contextmanager
def stopped_by_signals(cleanup: Callable[[], None],
                       signals: tuple[int, ...] = (signal.SIGTERM, signal.SIGINT)) -> Iterator[None]:
    """While inside, SIGTERM or SIGINT runs ``cleanup`` and then ends the process by that signal at once.

    The run stops as a ``kill -9`` would stop it (its outputs are written
    atomically, its history in one transaction, its children die with it),
    after ``cleanup`` has stopped what would not die by itself. Only the main
    thread can set handlers; elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        try:
            cleanup()
        finally:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            os._exit(128 + signum)  # not reached: the default action ends the process

    previous = {s: signal.signal(s, handler) for s in signals}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
