"""Killed runs leave nothing behind: no reader child, no lock, no Prefect server; the next run starts at once.

Real processes and real signals: each run is ``bdhv run`` in a session of its
own (``scripts/kill_runs.py`` starts it, with the TXT reader hanging for ever
on one document, as ``test_bad_inputs.py`` fakes a hanging parser), and what
is left of it is found by its session id in ``/proc``. Every wait has a limit,
and whatever a test leaves is killed, so nothing here can hang the suite.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scripts import kill_runs as k
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    return k.make_inbox(tmp_path_factory.mktemp("faults"))


def hanging_run(inbox: Path, out: Path, timeout_s: float, prefect: bool = False) -> subprocess.Popen:
    """A run started and waited for until its reader hangs on ``k.HANG_NAME``."""
    mark = out.parent / f"{out.name}.hanging"
    env = {"KILL_RUNS_HANG_MARK": str(mark), "BDHV_DOC_TIMEOUT_S": str(timeout_s),
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "150"}
    proc = k.start_run(inbox, out, prefect, env)
    if k.wait_until(lambda: mark.exists() or proc.poll() is not None, 240, 0.05) is None or proc.poll() is not None:
        k.end_session(proc.pid)
        pytest.fail(f"the run never reached the hanging document: {k.stderr_of(proc)[-2000:]}")
    return proc


def readers_of(proc: subprocess.Popen) -> list[int]:
    """The run's forked reader children (its own command line, not the Prefect server's)."""
    own = Path(f"/proc/{proc.pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    return [pid for pid, cmd in k.session_processes(proc.pid) if pid != proc.pid and cmd == own]


def test_killed_run_leaves_no_reader_and_the_next_run_starts_at_once(inbox, tmp_path):
    """kill -9 while a reader child hangs: the child goes with its parent, and the lock with it."""
    out = tmp_path / "out"
    proc = hanging_run(inbox, out, timeout_s=120)
    try:
        assert readers_of(proc), "no reader child to orphan"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert k.wait_until(lambda: k.lock_free(out), 5.0) is not None, "the lock is still held 5 s after the kill"
        assert k.wait_until(lambda: not k.session_processes(proc.pid), 5.0) is not None, k.session_processes(proc.pid)
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


def test_reader_keeps_its_time_limit_without_its_parent(inbox, tmp_path):
    """A parent that cannot act (stopped) still gets its reader stopped at the document's time limit."""
    out = tmp_path / "out"
    proc = hanging_run(inbox, out, timeout_s=2)
    try:
        children = readers_of(proc)
        os.kill(proc.pid, signal.SIGSTOP)
        gone = k.wait_until(lambda: not any(pid in children for pid, _ in k.session_processes(proc.pid)), 15.0)
        assert gone is not None, "the reader outlived its time limit while its parent was stopped"
        os.kill(proc.pid, signal.SIGCONT)
        proc.wait(timeout=120)
        assert proc.returncode == 1, k.stderr_of(proc)  # one document failed: the hanging one
        recs = {Path(r["source"]).name: r for r in map(json.loads, (out / "extractions.jsonl").read_text().splitlines())}
        assert recs[k.HANG_NAME]["error"]["code"] == "timeout"
        assert all(r["status"] == "ok" for name, r in recs.items() if name != k.HANG_NAME)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGCONT)
        k.end_session(proc.pid)
        proc.wait(timeout=10)


HOLDER = textwrap.dedent(
    """
    import os, sys, time
    from pipeline.runs.lock import run_lock
    with run_lock(sys.argv[1]):
        child = os.fork()
        if child == 0:  # a plain fork: nothing makes it die with its parent
            time.sleep(60)
            os._exit(0)
        print(child, flush=True)
        time.sleep(60)
    """
)


def test_no_descendant_keeps_a_dead_runs_lock(tmp_path):
    """The lock goes with its holder even while a process it forked lives on."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, text=True)
    try:
        child = int(proc.stdout.readline())
        assert not k.lock_free(tmp_path)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert k.wait_until(lambda: k.lock_free(tmp_path), 2.0) is not None, "the forked child kept the lock"
        assert any(pid == child for pid, _ in k.session_processes(proc.pid))  # it did live on
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


def test_prefect_server_does_not_outlive_a_killed_run(inbox, tmp_path):
    """``bdhv run`` (the Prefect flow, ephemeral server) killed with SIGKILL: its uvicorn server goes too.

    One Prefect run (each costs 20-40 s); SIGTERM reaches the same end through
    ``stopped_by_signals`` (below) and, failing that, the same parent-death signal.
    """
    out = tmp_path / "out"
    proc = hanging_run(inbox, out, timeout_s=3, prefect=True)
    try:
        servers = [pid for pid, cmd in k.session_processes(proc.pid) if "uvicorn" in cmd]
        assert servers, k.session_processes(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert k.wait_until(lambda: not k.session_processes(proc.pid), 15.0) is not None, k.session_processes(proc.pid)
        assert k.lock_free(out)
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


STOPPABLE = textwrap.dedent(
    """
    import sys, time
    from pipeline.runs.lifetime import stopped_by_signals
    with stopped_by_signals(lambda: open(sys.argv[1], "w").write("stopped")):
        print("ready", flush=True)
        time.sleep(60)
    """
)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_stop_signal_stops_the_server_then_ends_the_run_at_once(tmp_path, sig):
    """What ``run_nightly`` does on SIGTERM or SIGINT: its cleanup (``server.stop``), then the process ends by it."""
    done = tmp_path / "cleanup"
    proc = subprocess.Popen([sys.executable, "-c", STOPPABLE, str(done)], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        os.kill(proc.pid, sig)
        proc.wait(timeout=10)
        assert proc.returncode == -sig and done.read_text() == "stopped"
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


def test_kill_at_random_moments_then_rerun_equals_clean_run(tmp_path):
    """``scripts/kill_runs.py`` for three trials: a new run can start within 5 s, and writes the clean outputs."""
    report = k.kill_runs(3, tmp_path, seed=192)
    for t in report["trials"]:
        assert t["seconds_to_lock"] is not None and t["seconds_to_lock"] < 5, report
        assert t["left_processes"] == [] and t["outputs_equal"], report
