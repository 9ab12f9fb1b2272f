"""The morning after: the served job takes every setting, a failed night is visible, runs can be listed."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.core.settings import load_settings
from tests.conftest import ROOT, SEEDS

# BDHV_* setting → (value set, the flow parameter it must reach, the value expected there)
SERVED = [
    ("BDHV_INBOX", "/srv/inbox", "inbox", "/srv/inbox"),
    ("BDHV_OUT_DIR", "/srv/out", "out_dir", "/srv/out"),
    ("BDHV_DB_PATH", "/srv/history/bdhv.sqlite", "db", "/srv/history/bdhv.sqlite"),
    ("BDHV_BATCH_SIZE", "17", "batch_size", 17),
    ("BDHV_WORKERS", "3", "workers", 3),
    ("BDHV_KEEP_RUNS", "9", "keep_runs", 9),
    ("BDHV_DOC_TIMEOUT_S", "45", "timeout_s", 45.0),
    ("BDHV_MAX_FILE_MB", "12.5", "max_file_mb", 12.5),
    ("BDHV_MAX_REMOVED_SHARE", "0.5", "max_removed_share", 0.5),
    ("BDHV_ACCEPT_REMOVALS", "1", "accept_removals", True),
]


@pytest.mark.parametrize(("env", "value", "param", "expected"), SERVED, ids=[s[0] for s in SERVED])
def test_serve_takes_every_setting(monkeypatch, env, value, param, expected):
    from flows import nightly_deployment

    monkeypatch.setenv(env, value)
    assert nightly_deployment().parameters[param] == expected


def test_every_flow_setting_is_served():
    """No setting the flow takes is left out of the served parameters (the list above covers them all)."""
    from flows import flow_parameters, nightly

    params = set(flow_parameters(load_settings(), 1))
    assert params == set(nightly.parameters.properties) == {p for _, _, p, _ in SERVED}


def test_runner_setting_reaches_the_flow_a_served_run_imports():
    """``python flows.py serve`` imports flows.py for every run: BDHV_RUNNER picks the flow's task runner."""
    code = "import flows; print(type(flows.nightly.task_runner).__name__)"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "BDHV_RUNNER": "dask",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "HOME": "/tmp"}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert res.stdout.strip() == "DaskTaskRunner", res.stderr[-2000:]


def bdhv(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def test_a_refused_night_leaves_a_marker_the_next_run_removes(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, inbox / p.name)
    assert bdhv("run", inbox, "--out", out, "--plain").returncode == 0
    assert not (out / "LAST_RUN_FAILED.txt").exists()
    moved = tmp_path / "moved"
    inbox.rename(moved)
    inbox.mkdir()  # the share came up empty
    res = bdhv("run", inbox, "--out", out, "--plain")
    assert res.returncode == 4
    marker = (out / "LAST_RUN_FAILED.txt").read_text(encoding="utf-8")
    assert "[empty_inbox]" in marker and "không hoàn thành" in marker and "did not finish" in marker
    inbox.rmdir()
    moved.rename(inbox)
    res = bdhv("run", inbox, "--out", out, "--plain")
    assert res.returncode == 0, res.stderr
    assert not (out / "LAST_RUN_FAILED.txt").exists()
    assert "Đã ghi / written:" in res.stderr and "matrix.xlsx" in res.stderr

    # bdhv runs lists both finished runs, newest first, in Vietnam time
    res = bdhv("runs", "--out", out)
    assert res.returncode == 0, res.stderr
    ids = [ln.split("│")[1].strip() for ln in res.stdout.splitlines() if ln.strip().startswith("│")]
    assert [i for i in ids if i] == ["2", "1"]


def test_runs_on_a_folder_without_history_creates_nothing(tmp_path):
    res = bdhv("runs", "--out", tmp_path / "nowhere")
    assert res.returncode == 2 and "no runs yet" in res.stderr
    assert not (tmp_path / "nowhere").exists()


def test_version():
    res = bdhv("--version")
    assert res.returncode == 0 and res.stdout.startswith("bdhv ")


@pytest.mark.parametrize(("args", "words"), [
    (("show", "/nonexistent/bao_cao.pdf"), ["bdhv show:", "[unreadable]"]),
    (("matrix", "corpus/seeds/000_484bce74a44e51ae.txt"), ["nothing to write", "--xlsx"]),
    (("diff", "--out", "/nonexistent/outputs"), ["no run history", "bdhv runs"]),
])
def test_user_mistakes_get_one_line_and_exit_2(args, words):
    res = bdhv(*args)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr and all(w in res.stderr for w in words), res.stderr
    assert not Path("/nonexistent/outputs").exists()


def test_diff_of_a_run_that_does_not_exist(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], inbox)
    assert bdhv("run", inbox, "--out", out, "--plain").returncode == 0
    res = bdhv("diff", "7", "9", "--out", out)
    assert res.returncode == 2 and "no run 7" in res.stderr and "'no run 7'" not in res.stderr, res.stderr
