"""Crash safety: a run killed with SIGKILL anywhere, then run again, equals a clean run; one run at a time.

Each crash is a real ``kill -9`` of a child Python process at a chosen point:
while reading documents, inside the database transaction, and while the
workbook is being saved.
"""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.runs.store import RunStore
from tests.conftest import ROOT, SEEDS

RUNNER = textwrap.dedent(
    """
    import os, signal, sys
    from contextlib import contextmanager
    sys.path.insert(0, {root!r})
    from pipeline.runs import batch, store
    import openpyxl

    inbox, out, point = sys.argv[1], sys.argv[2], sys.argv[3]
    die = lambda: os.kill(os.getpid(), signal.SIGKILL)

    if point == "read":  # killed after the first document was read
        real = batch.extract_batch
        def extract_batch(paths, limits=batch.Limits()):
            real(paths[:1], limits)
            die()
        batch.extract_batch = extract_batch
    elif point == "db":  # killed inside the transaction that records the run, before COMMIT
        real_tx = store.RunStore.transaction
        @contextmanager
        def transaction(self):
            with real_tx(self) as db:
                yield db
                if db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]:
                    die()
        store.RunStore.transaction = transaction
    elif point == "workbook":  # killed half way through saving the workbook
        def save(self, filename):
            with open(filename, "wb") as f:
                f.write(b"PK\\x03\\x04 half a workbook")
            die()
        openpyxl.Workbook.save = save
    elif point == "slow":  # holds the lock for a while (for the two-runs test)
        real = batch.extract_batch
        def extract_batch(paths, limits=batch.Limits()):
            import time; time.sleep(8)
            return real(paths, limits)
        batch.extract_batch = extract_batch
    summary = batch.run_once(inbox, out, limits=batch.Limits(timeout_s=0))
    print("SUMMARY", summary["run_id"])
    """
)


def run(inbox: Path, out: Path, point: str = "none", wait: bool = True):
    script = out.parent / "runner.py"
    script.write_text(RUNNER.format(root=str(ROOT)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(inbox), str(out), point],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    if not wait:
        return proc
    stdout, stderr = proc.communicate(timeout=600)
    return proc.returncode, stdout, stderr


def comparable(out: Path) -> tuple:
    """What a run produced, minus what differs between any two runs (times)."""
    ext = [json.loads(l) for l in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in ext:
        r.pop("modified", None)
    matrix = json.loads((out / "matrix.json").read_text(encoding="utf-8"))
    return ext, matrix


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("crash") / "inbox"
    d.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture(scope="module")
def clean(inbox, tmp_path_factory) -> tuple:
    out = tmp_path_factory.mktemp("clean") / "out"
    code, stdout, stderr = run(inbox, out)
    assert code == 0, stderr
    return comparable(out)


@pytest.mark.parametrize("point", ["read", "db", "workbook"])
def test_killed_run_then_rerun_equals_clean_run(inbox, clean, tmp_path, point):
    out = tmp_path / "out"
    code, _, stderr = run(inbox, out, point)
    assert code == -signal.SIGKILL, stderr
    if (out / "bdhv.sqlite").exists():
        store = RunStore(out / "bdhv.sqlite")
        assert store.integrity_ok() and store.run_ids() == []  # nothing half-recorded
        store.close()
    if point == "workbook":
        assert not (out / "matrix.xlsx").exists()  # the half-written file never took the name
    code, stdout, stderr = run(inbox, out)
    assert code == 0, stderr
    assert comparable(out) == clean
    store = RunStore(out / "bdhv.sqlite")
    assert store.integrity_ok()
    assert len(store.run_ids()) == 1
    dupes = store.db.execute("SELECT path, COUNT(*) FROM run_documents GROUP BY run_id, path HAVING COUNT(*) > 1").fetchall()
    assert dupes == []
    store.close()
    import openpyxl

    assert "Tổng hợp" in openpyxl.load_workbook(out / "matrix.xlsx").sheetnames
    assert not list(out.glob(".*.tmp"))  # no temporary files left behind


def test_two_runs_at_once_one_refuses(inbox, clean, tmp_path):
    out = tmp_path / "out"
    slow = run(inbox, out, "slow", wait=False)
    lock = out / ".bdhv.lock"
    for _ in range(200):
        if lock.exists() and lock.read_text().strip() == str(slow.pid):
            break
        time.sleep(0.1)
    code, _, stderr = run(inbox, out)
    assert code != 0 and "another bdhv run" in stderr
    stdout, stderr = slow.communicate(timeout=600)
    assert slow.returncode == 0, stderr
    assert comparable(out) == clean
    store = RunStore(out / "bdhv.sqlite")
    assert store.integrity_ok() and len(store.run_ids()) == 1
    store.close()
