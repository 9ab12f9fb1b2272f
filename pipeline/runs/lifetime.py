"""Processes that do not outlive the run: what a run starts dies with it, even after ``kill -9``.

A run killed with SIGKILL cannot clean up, so each process it starts is told
by the kernel to die with it (Linux ``prctl(PR_SET_PDEATHSIG)``): the forked
reader children (``guard``) and Prefect's ephemeral API server (``flows.py``).
Without it a reader child stuck on a document kept reading, and kept the run
lock, after its parent was gone; the server stayed on 127.0.0.1 with 220 MB.

The kernel sends the signal when the *thread* that forked the process exits,
so a process is given it only by a thread that outlives it (the reader
thread waits for its child; the server is started from the main thread).

Ctrl-C (SIGINT) or SIGTERM stops a run through one handler
(``stopped_by_signals``): each step that holds something open adds its
cleanup (the history's connection, the lock's temporaries, Prefect's
server), the CLI its ``Đã dừng / stopped`` line, and the process ends by the
signal within a second, as a ``kill -9`` would end it but tidied. The few
steps that must happen together (the history's commit, then the outputs'
renames) hold a stop back until they are done (``stops_held``).
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

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


@dataclass
class _Stop:
    """The one stop of this process: what to clean up and say, innermost last; a stop held back or under way."""

    owner: int
    previous: dict[int, Any]
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    farewells: list[str] = field(default_factory=list)
    held: int = 0
    pending: int | None = None
    stopping: bool = False


_stop: _Stop | None = None
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def stopped_by_signals(cleanup: Callable[[], None] | None = None, farewell: str = "") -> Iterator[None]:
    """While inside, SIGTERM or SIGINT runs ``cleanup``, writes ``farewell`` to stderr and ends the process by that signal.

    The run stops as a ``kill -9`` would stop it (its outputs are written
    atomically, its history in one transaction, its children die with it),
    after ``cleanup`` has stopped what would not die by itself. Blocks nest
    into one stop: ``bdhv run`` says ``Đã dừng / stopped`` (the outer
    block's farewell) after the flow has stopped Prefect's server (the inner
    block's cleanup). A second signal while cleaning up ends the process at
    once, farewell said. A forked child (a reader) that gets the signal takes
    its default action. Only the main thread can set handlers; elsewhere this
    does nothing.
    """
    global _stop
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    outer = _stop is None
    if _stop is None:
        _stop = _Stop(os.getpid(), {s: signal.signal(s, _on_stop_signal) for s in _STOP_SIGNALS})
    stop = _stop
    stop.cleanups.append(cleanup or _nothing)
    stop.farewells.append(farewell)
    try:
        yield
    finally:
        stop.cleanups.pop()
        stop.farewells.pop()
        if outer:
            for s, h in stop.previous.items():
                signal.signal(s, h)
            _stop = None


def _nothing() -> None:
    pass


def _on_stop_signal(signum: int, _frame: object) -> None:
    stop = _stop
    if stop is None or os.getpid() != stop.owner:  # a forked child: the run decides, the child just goes
        _end_by(signum)
        return
    if stop.stopping:  # a second Ctrl-C during the cleanup: no waiting, and no traceback
        _end_by(signum, stop.farewells)
    if stop.held:
        stop.pending = signum
        if stop.held:  # still held after noting it: ``stops_held`` delivers it
            return
    stop.stopping = True
    for cleanup in reversed(stop.cleanups):
        try:
            cleanup()
        except Exception as e:  # said, and the stop goes on: the process is ending either way
            _say(f"bdhv: {type(e).__name__}: {e}\n")
    _end_by(signum, stop.farewells)


def _say(text: str) -> None:
    """Straight to file descriptor 2: a signal handler must not re-enter a ``print`` it interrupted."""
    try:
        os.write(2, text.encode("utf-8", "replace"))
    except OSError:
        pass


def _end_by(signum: int, farewells: Sequence[str] = ()) -> None:
    for text in reversed(farewells):
        if text:
            _say(text)
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)  # not reached: the default action ends the process


class StopHold:
    """``stops_held``'s handle: ``begin()`` starts holding a stop signal back, until the block ends."""

    def __init__(self, stop: _Stop | None) -> None:
        self._stop = stop
        self._holding = False

    def begin(self) -> None:
        if self._stop is not None and not self._holding:
            self._holding = True
            self._stop.held += 1

    def end(self) -> None:
        stop = self._stop
        if stop is None or not self._holding:
            return
        self._holding = False
        stop.held -= 1
        if not stop.held and stop.pending is not None:
            signum, stop.pending = stop.pending, None
            signal.raise_signal(signum)  # the handler runs now, in the main thread


@contextmanager
def stops_held() -> Iterator[StopHold]:
    """From ``hold.begin()`` to the end of the block, a stop signal waits for the block to end.

    For steps that must happen together: the run history's commit and the
    renames that put the outputs in place. Stopped between the two, the
    history would hold a run whose workbook never landed, and the next run,
    finding the inbox unchanged, would keep the old workbook for good.
    ``with stops_held() as hold, staged_writes(): … hold.begin(); commit`` —
    the renames happen as ``staged_writes`` ends, then the held stop.
    """
    stop = _stop if _stop is not None and os.getpid() == _stop.owner else None
    hold = StopHold(stop)
    try:
        yield hold
    finally:
        hold.end()
