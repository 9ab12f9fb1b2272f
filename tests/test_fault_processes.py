"""Killed or stopped runs leave nothing behind: no reader child, no lock, no Prefect server; the next run starts at once.

Ctrl-C (SIGINT to the run's process group) ends ``bdhv run`` within 5 s with one
``Đã dừng / stopped`` line and every output byte for byte as before the run.

Real processes and real signals: each run is ``bdhv run`` in a session of its
own (``scripts/kill_runs.py`` starts it, with the TXT reader hanging for ever
on one document, as ``test_bad_inputs.py`` fakes a hanging parser), and what
is left of it is found by its session id in ``/proc``. Every wait has a limit,
and whatever a test leaves is killed, so nothing here can hang the suite.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
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


NESTED = textwrap.dedent(
    """
    import sys, time
    from pipeline.runs.lifetime import stopped_by_signals
    with stopped_by_signals(farewell="stopped\\n"):  # the CLI's line
        with stopped_by_signals(lambda: print("inner cleanup", flush=True)):  # the flow's server
            with stopped_by_signals(lambda: print("innermost cleanup", flush=True)):  # the history's connection
                print("ready", flush=True)
                time.sleep(60)
    """
)


def test_nested_stops_clean_up_innermost_first_then_say_the_line_once(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", NESTED], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        os.kill(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == -signal.SIGINT
        assert out.splitlines() == ["innermost cleanup", "inner cleanup"] and err == "stopped\n"
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


HELD = textwrap.dedent(
    """
    import os, signal, sys
    from pipeline.runs.lifetime import stopped_by_signals, stops_held
    with stopped_by_signals(farewell="stopped\\n"):
        with stops_held() as hold:
            if sys.argv[1] == "committed":
                hold.begin()  # the history has committed: the outputs must land too
            os.kill(os.getpid(), signal.SIGINT)
            print("outputs landed", flush=True)
        print("went on", flush=True)
    """
)


@pytest.mark.parametrize(("moment", "printed"), [("before", ""), ("committed", "outputs landed\n")])
def test_a_stop_after_the_commit_waits_for_the_outputs_to_land(moment, printed):
    """Between the history's commit and the outputs' renames a stop waits (``stops_held``); before, it acts at once."""
    res = subprocess.run([sys.executable, "-c", HELD, moment], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert res.returncode == -signal.SIGINT and res.stdout == printed and res.stderr == "stopped\n", res


SLOW_CLEANUP = textwrap.dedent(
    """
    import time
    from pipeline.runs.lifetime import stopped_by_signals
    with stopped_by_signals(lambda: (print("cleaning", flush=True), time.sleep(60)), farewell="stopped\\n"):
        print("ready", flush=True)
        time.sleep(60)
    """
)


def test_a_second_ctrl_c_during_the_cleanup_ends_at_once_without_a_traceback():
    proc = subprocess.Popen([sys.executable, "-c", SLOW_CLEANUP], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        os.kill(proc.pid, signal.SIGINT)
        assert proc.stdout.readline().strip() == "cleaning"
        os.kill(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=5)
        assert proc.returncode == -signal.SIGINT and err == "stopped\n"
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def second_night(tmp_path_factory) -> tuple[Path, Path]:
    """An inbox after its first night (``bdhv run --plain``: its outputs in ``first``), then 40 new documents
    for a second night to read: copies of the seed PDFs (a byte apart) and DOCX files, several seconds of work."""
    root = tmp_path_factory.mktemp("second_night")
    inbox, first = root / "inbox", root / "first"
    inbox.mkdir()
    for p in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
        shutil.copy(p, inbox / p.name)
    res = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(first), "--plain"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    for i in range(4):
        for p in sorted((ROOT / "corpus" / "seeds").glob("*.pdf")):
            (inbox / f"copy{i}_{p.name}").write_bytes(p.read_bytes() + b"\n%% copy %d\n" % i)
        for p in sorted((ROOT / "corpus" / "seeds").glob("*.docx")):
            shutil.copy(p, inbox / f"copy{i}_{p.name}")
    return inbox, first


def files_of(out: Path) -> dict[str, str]:
    """Every file of an output folder and its sha256; the lock file, which names its last holder, left out."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())
            if p.is_file() and p.name != ".bdhv.lock"}


def reading(proc: subprocess.Popen) -> bool:
    """Whether the run has a reader child (a document is being read); False once it has gone."""
    try:
        return bool(readers_of(proc))
    except OSError:
        return False


@pytest.mark.parametrize(("runner", "presses"), [("prefect", 1), ("plain", 1), ("prefect", 2), ("plain", 2)],
                         ids=["prefect", "plain", "prefect-twice", "plain-twice"])
def test_ctrl_c_mid_run_stops_within_5s_and_leaves_outputs_as_they_were(second_night, tmp_path, runner, presses):
    """Ctrl-C (SIGINT to the run's process group, as a terminal sends it) while the second night reads.

    ``bdhv run`` (README's default: the Prefect flow, its ephemeral server) and
    ``--plain``: the run ends by SIGINT within 5 s with one ``Đã dừng /
    stopped`` line, no traceback, nothing of it left running, and every file
    of the output folder byte for byte as before the run; pressed twice too.
    """
    inbox, first = second_night
    out = tmp_path / "out"
    shutil.copytree(first, out)
    before = files_of(out)
    env = {k_: v for k_, v in os.environ.items() if k_ != "PREFECT_API_URL"}  # the ephemeral server, as at a terminal
    env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "150"
    log = tempfile.TemporaryFile()
    argv = [sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(out),
            *(["--plain"] if runner == "plain" else [])]
    proc = subprocess.Popen(argv, cwd=ROOT, start_new_session=True, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        k.wait_until(lambda: reading(proc) or proc.poll() is not None, 300, 0.02)
        assert proc.poll() is None, "the run ended before it read anything"
        pressed = time.monotonic()
        for i in range(presses):
            os.killpg(proc.pid, signal.SIGINT)
            time.sleep(0.1 if i + 1 < presses else 0)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pytest.fail("the run was still going 5 s after Ctrl-C")
        took = time.monotonic() - pressed
        log.seek(0)
        said = log.read().decode(errors="replace")
        assert proc.returncode == -signal.SIGINT, said[-2000:]
        assert said.count("Đã dừng / stopped") == 1, said[-2000:]
        assert "Traceback" not in said and "Exception ignored" not in said, said[-3000:]
        assert k.wait_until(lambda: not k.session_processes(proc.pid), 2.0) is not None, k.session_processes(proc.pid)
        assert files_of(out) == before
        assert k.lock_free(out)
        print(f"{runner} ×{presses}: ended {took:.2f} s after Ctrl-C")
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


def test_ctrl_c_at_a_terminal_clears_the_bar_and_shows_the_cursor(second_night, tmp_path):
    """A real Ctrl-C: ``^C`` typed into the run's terminal (a pty), which signals its process group. The progress
    bar's line is cleared, the line said, and the cursor the bar had hidden is shown again."""
    import fcntl
    import pty
    import select
    import termios

    inbox, first = second_night
    out = tmp_path / "out"
    shutil.copytree(first, out)
    before = files_of(out)
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(out), "--plain"],
                            cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
                            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
    os.close(slave)
    shown = bytearray()

    def read_for(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([master], [], [], 0.05)[0]:
                try:
                    shown.extend(os.read(master, 1 << 16))
                except OSError:  # the terminal's other side is closed: the run is gone
                    return

    try:
        k.wait_until(lambda: (read_for(0.02), reading(proc))[1] or proc.poll() is not None, 300, 0)
        assert proc.poll() is None and "processing".encode() in shown, bytes(shown[-500:])
        os.write(master, b"\x03")
        proc.wait(timeout=5)
        read_for(0.5)
        tail = bytes(shown).decode(errors="replace").rsplit("^C", 1)[-1]  # after the terminal's echo of Ctrl-C
        assert proc.returncode == -signal.SIGINT
        # the bar's thread may draw once more between the echo and the line
        assert "\r\x1b[2Kbdhv: Đã dừng / stopped" in tail, repr(tail)
        assert "\x1b[?25h" in tail.split("Đã dừng / stopped", 1)[1], repr(tail)
        assert files_of(out) == before
    finally:
        os.close(master)
        k.end_session(proc.pid)
        proc.wait(timeout=10)


def test_ctrl_c_while_the_outputs_are_written_leaves_no_half_of_them(second_night, tmp_path):
    """Ctrl-C once the run writes its outputs (their temporaries appear): none is left, and the outputs and the
    history are all as before, or all this run's (the history had committed: the renames finish first)."""
    inbox, first = second_night
    out = tmp_path / "out"
    shutil.copytree(first, out)
    before = files_of(out)
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(out), "--plain"],
                            cwd=ROOT, start_new_session=True, stdout=log, stderr=subprocess.STDOUT)
    try:
        k.wait_until(lambda: list(out.glob(".*.tmp")) or proc.poll() is not None, 300, 0.005)
        assert proc.poll() is None, "the run ended before it wrote its outputs"
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=5)
        log.seek(0)
        said = log.read().decode(errors="replace")
        assert proc.returncode == -signal.SIGINT and "Traceback" not in said, said[-2000:]
        after = files_of(out)
        assert set(after) == set(before), "temporaries or a WAL left beside the outputs"
        changed = {name for name in after if after[name] != before[name]}
        assert changed in (set(), {"extractions.jsonl", "matrix.json", "matrix.xlsx", "bdhv.sqlite"}), changed
    finally:
        k.end_session(proc.pid)
        proc.wait(timeout=10)


def test_kill_at_random_moments_then_rerun_equals_clean_run(tmp_path):
    """``scripts/kill_runs.py`` for three trials: a new run can start within 5 s, and writes the clean outputs."""
    report = k.kill_runs(3, tmp_path, seed=192)
    for t in report["trials"]:
        assert t["seconds_to_lock"] is not None and t["seconds_to_lock"] < 5, report
        assert t["left_processes"] == [] and t["outputs_equal"], report
