"""``kill -9`` a run at random moments while a document's parser hangs: the next run starts at once and equals a clean run.

    .venv/bin/python -m scripts.kill_runs [--trials 10] [--prefect] [--seed N] [--json]

An inbox of three seed reports and one document whose parser hangs (the TXT
reader sleeps for ever on ``HANG_NAME``, patched in the run's process before
it forks its readers, as ``tests/test_bad_inputs.py`` patches it in-process);
each document may take ``TIMEOUT_S``. A clean run is timed first; then each
trial starts ``bdhv run --plain`` (the Prefect flow with ``--prefect``) in a
session of its own, kills it with SIGKILL after a random delay (one in each
of as many equal slices of the clean run's duration as there are trials),
and measures how soon the output folder's lock can be taken, whether any
process of the killed run is left, and whether a new run to the end writes
the clean run's outputs. ``tests/test_fault_processes.py``
runs three trials.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HANG_NAME = "001a_hangs.txt"
TIMEOUT_S = 5
LOCK_WAIT_S = 30.0


def make_inbox(root: Path) -> Path:
    """Three seed reports and ``HANG_NAME`` (a fourth, with bytes of its own so it is read, not deduplicated)."""
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    seeds = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    for p in seeds[:3]:
        shutil.copy(p, inbox / p.name)
    (inbox / HANG_NAME).write_bytes(seeds[3].read_bytes() + b"\n(hangs)\n")
    return inbox


def run_argv(inbox: Path, out: Path, prefect: bool = False) -> list[str]:
    """``bdhv run`` over ``inbox`` with the hanging reader, as a command line."""
    return [sys.executable, "-m", "scripts.kill_runs", "--as-run", "run", *([] if prefect else ["--plain"]),
            str(inbox), "--out", str(out)]


def start_run(inbox: Path, out: Path, prefect: bool = False, env: dict[str, str] | None = None) -> subprocess.Popen:
    """A run in a session of its own (its processes are found by their session id); ``stderr_of`` reads its log.

    The log goes to a temporary file, not a pipe: a run nobody reads must not block on a full pipe.
    """
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(run_argv(inbox, out, prefect), cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=log,
                            env={**os.environ, "BDHV_DOC_TIMEOUT_S": str(TIMEOUT_S), **(env or {})})
    proc.log = log  # type: ignore[attr-defined]
    return proc


def stderr_of(proc: subprocess.Popen) -> str:
    """What the run wrote to stderr so far."""
    proc.log.seek(0)  # type: ignore[attr-defined]
    return proc.log.read().decode(errors="replace")  # type: ignore[attr-defined]


def session_processes(sid: int) -> list[tuple[int, str]]:
    """Live processes (pid, command) of session ``sid``: the run and everything it started; zombies left out."""
    found = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) ": state, ppid, pgrp, session, …
        if fields[0] != "Z" and int(fields[3]) == sid:
            found.append((int(d.name), cmd))
    return found


def lock_free(out: Path) -> bool:
    """Whether a new run could take ``<out>/.bdhv.lock`` now (taken and let go at once)."""
    path = out / ".bdhv.lock"
    if not path.exists():
        return True
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def wait_until(check, limit: float, step: float = 0.02) -> float | None:
    """Seconds until ``check()`` held, or None when it did not within ``limit``."""
    start = time.monotonic()
    while True:
        if check():
            return time.monotonic() - start
        if time.monotonic() - start > limit:
            return None
        time.sleep(step)


def end_session(sid: int) -> None:
    """Kill whatever is left of a run's session (after the measure: nothing may hang the caller)."""
    for pid, _ in session_processes(sid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def comparable(out: Path) -> tuple:
    """What a run wrote, minus what differs between any two runs (file times)."""
    ext = [json.loads(line) for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    for rec in ext:
        rec.pop("modified", None)
    return ext, json.loads((out / "matrix.json").read_text(encoding="utf-8"))


def run_to_end(inbox: Path, out: Path, prefect: bool = False, env: dict[str, str] | None = None) -> tuple[int, float, str]:
    """A whole run: its exit code (1: the hanging document failed, as it must), its seconds, its stderr."""
    started = time.monotonic()
    proc = start_run(inbox, out, prefect, env)
    try:
        proc.wait(timeout=600)
    finally:
        end_session(proc.pid)
    return proc.returncode, time.monotonic() - started, stderr_of(proc)


def trial(inbox: Path, out: Path, moment: float, clean: tuple, prefect: bool = False,
          env: dict[str, str] | None = None) -> dict[str, Any]:
    """One run killed with SIGKILL ``moment`` seconds after it started, then the measures and a new run."""
    proc = start_run(inbox, out, prefect, env)
    time.sleep(moment)
    lock_file = out / ".bdhv.lock"
    held = lock_file.exists() and lock_file.read_text().strip() == str(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    to_lock = wait_until(lambda: lock_free(out), LOCK_WAIT_S)
    left_after_5s = [] if wait_until(lambda: not session_processes(proc.pid), 5.0) is not None else session_processes(proc.pid)
    end_session(proc.pid)
    code, _, stderr = run_to_end(inbox, out, prefect, env)
    equal = code in (0, 1) and (out / "matrix.json").exists() and comparable(out) == clean
    return {"moment_s": round(moment, 2), "lock_held_at_kill": held,
            "seconds_to_lock": None if to_lock is None else round(to_lock, 3),
            "left_processes": [cmd[:80] for _, cmd in left_after_5s], "rerun_exit": code, "outputs_equal": equal,
            **({} if equal else {"rerun_stderr": stderr[-400:]})}


def kill_runs(trials: int, root: Path, prefect: bool = False, seed: int | None = None,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    """A clean run, then ``trials`` killed ones, each in a fresh output folder; the figures of each."""
    rng = random.Random(seed)
    inbox = make_inbox(root)
    code, duration, stderr = run_to_end(inbox, root / "clean", prefect, env)
    if code not in (0, 1):
        raise RuntimeError(f"the clean run failed ({code}): {stderr[-2000:]}")
    clean = comparable(root / "clean")
    # one moment in each of ``trials`` equal slices of the clean run: random, and spread over all of it
    moments = [rng.uniform(i, i + 1) * duration / trials for i in range(trials)]
    results = [trial(inbox, root / f"trial{i}", m, clean, prefect, env) for i, m in enumerate(moments)]
    return {"clean_run_s": round(duration, 2), "doc_timeout_s": TIMEOUT_S, "prefect": prefect, "trials": results}


def _as_run(argv: list[str]) -> int:
    """``bdhv`` with the TXT reader hanging on ``HANG_NAME`` (this process and the readers it forks).

    With ``KILL_RUNS_HANG_MARK`` set, the hanging reader first creates that file (tests wait for it).
    """
    import pipeline.ingest.read as read
    from pipeline.cli import main

    real = read.READERS["txt"]
    mark = os.environ.get("KILL_RUNS_HANG_MARK")

    def reader(path):
        if Path(path).name == HANG_NAME:
            if mark:
                Path(mark).touch()
            while True:
                time.sleep(3600)
        return real(path)

    read.READERS["txt"] = reader
    return main(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--as-run"]:
        return _as_run(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--prefect", action="store_true", help="the Prefect flow (bdhv run) instead of bdhv run --plain")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kill_runs_") as tmp:
        report = kill_runs(args.trials, Path(tmp), args.prefect, args.seed)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"clean run {report['clean_run_s']} s; each document may take {TIMEOUT_S} s")
    print(f"{'trial':>5} {'kill at s':>9} {'lock held':>9} {'new run after s':>15} {'left':>4} {'equal':>5}")
    for i, t in enumerate(report["trials"], 1):
        after = "never" if t["seconds_to_lock"] is None else f"{t['seconds_to_lock']:.3f}"
        print(f"{i:>5} {t['moment_s']:>9.2f} {'yes' if t['lock_held_at_kill'] else 'no':>9} {after:>15} "
              f"{len(t['left_processes']):>4} {'yes' if t['outputs_equal'] else 'no':>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
