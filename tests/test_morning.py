"""The morning after: the served job takes every setting, a failed night is visible (the marker, the log, the
webhook), runs can be listed."""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pipeline.core.settings import load_settings
from pipeline.core.timefmt import TIME_ZONE
from tests.conftest import ROOT, SEEDS
from tests.webhook import closed_port_url, silent_url, webhook

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
    ("BDHV_LOG_MAX_MB", "0.5", "log_max_mb", 0.5),
    ("BDHV_LOG_BACKUPS", "2", "log_backups", 2),
    ("BDHV_NOTIFY_URL", "https://hooks.example.org/bdhv", "notify_url", "https://hooks.example.org/bdhv"),
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


def bdhv(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600, env={**os.environ, **(env or {})})


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


# -- the log: <out>/logs/bdhv.log and stdout ------------------------------------------------------

LOG_LINE = re.compile(r"(\d\d/\d\d/\d{4} \d\d:\d\d:\d\d) (INFO|WARNING|ERROR)\s+run ([0-9a-f]{8}) (.*)")


def log_lines(out: Path) -> list[tuple[str, str, str, str]]:
    """(time, level, run id, message) of every line of ``out/logs/bdhv.log``."""
    text = (out / "logs" / "bdhv.log").read_text(encoding="utf-8")
    lines = [LOG_LINE.fullmatch(line) for line in text.splitlines()]
    assert all(lines), text
    return [m.groups() for m in lines]


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_run_logs_its_start_counts_failed_files_and_end(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, inbox / p.name)
    (inbox / "trống.txt").write_bytes(b"")
    before = files_of(inbox)
    res = bdhv("run", inbox, "--out", out, "--plain")
    assert res.returncode == 1, res.stderr  # a document failed: the empty one
    lines = log_lines(out)
    assert res.stdout.splitlines() == (out / "logs" / "bdhv.log").read_text(encoding="utf-8").splitlines()
    assert len({run for _, _, run, _ in lines}) == 1
    said = [(level, message) for _, level, _, message in lines]
    assert said[0] == ("INFO", f"bắt đầu / start: inbox {inbox} → {out}")
    assert said[1][0] == "INFO" and re.fullmatch(
        r"documents 4: read 4 \(new 4, changed 0, unchanged 0\), failed 1, matrix cells changed \d+", said[1][1])
    assert said[2:] == [("WARNING", f"lỗi / failed: {inbox / 'trống.txt'} [empty]"),
                        ("INFO", "xong / finished: run 1 recorded (bdhv runs lists it)")]
    when = datetime.strptime(lines[0][0], "%d/%m/%Y %H:%M:%S").replace(tzinfo=TIME_ZONE)
    assert abs(datetime.now(TIME_ZONE) - when) < timedelta(minutes=5)  # Vietnam time, not the machine's UTC

    # a refused night (exit 4) and a failed one (exit 5) are appended, each with its own run id
    empty = tmp_path / "empty"
    empty.mkdir()
    assert bdhv("run", empty, "--out", out, "--plain").returncode == 4
    (out / ".bdhv.lock").unlink()
    (out / ".bdhv.lock").mkdir()
    assert bdhv("run", inbox, "--out", out, "--plain").returncode == 5
    lines = log_lines(out)
    assert len({run for _, _, run, _ in lines}) == 3
    ends = [message for _, level, _, message in lines[4:] if level == "ERROR"]
    assert ends[0].startswith("không hoàn thành / did not finish [empty_inbox] (refused): ")
    assert ends[1].startswith("không hoàn thành / did not finish [lock_unusable] (failed): ")
    assert files_of(inbox) == before  # the log never lands in the inbox
    assert sorted(p.name for p in (out / "logs").iterdir()) == ["bdhv.log"]


def test_a_log_that_cannot_be_written_does_not_stop_the_run(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], inbox)
    out.mkdir()
    (out / "logs").write_text("a file where the folder should be", encoding="utf-8")
    res = bdhv("run", inbox, "--out", out, "--plain")
    assert res.returncode == 0, res.stderr
    assert "cannot write the log" in res.stderr and "Traceback" not in res.stderr
    assert "xong / finished: run 1 recorded" in res.stdout  # stdout still has the lines


def test_the_log_rolls_over_at_its_size_setting(tmp_path):
    """BDHV_LOG_MAX_MB of half a kilobyte: every refused night rolls the log over; BDHV_LOG_BACKUPS old files stay."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    limit = 512
    env = {"BDHV_LOG_MAX_MB": str(limit / 1024 / 1024), "BDHV_LOG_BACKUPS": "2"}
    for _ in range(3):
        assert bdhv("run", inbox, "--out", out, "--plain", env=env).returncode == 4
    logs = sorted((out / "logs").iterdir())
    assert [p.name for p in logs] == ["bdhv.log", "bdhv.log.1", "bdhv.log.2"]
    for p in logs:  # a file is under the limit, or one line longer than it
        text = p.read_text(encoding="utf-8")
        assert p.stat().st_size <= limit or text.count("\n") == 1, text


def test_a_crashed_night_leaves_its_traceback_and_the_marker(tmp_path):
    """A bug, not a state fault: the log keeps its traceback, the marker says ``crashed``, the error goes on."""
    from pipeline.runs.night_status import night

    out = tmp_path / "out"
    with pytest.raises(ZeroDivisionError):
        with night(out, tmp_path / "inbox", out / "bdhv.sqlite"):
            1 / 0
    log = (out / "logs" / "bdhv.log").read_text(encoding="utf-8")
    assert "did not finish [crashed] (failed): " in log and "Traceback" in log and "ZeroDivisionError" in log
    assert "[crashed]" in (out / "LAST_RUN_FAILED.txt").read_text(encoding="utf-8")
    assert not open_files_under(out)  # the handler was closed with the night


def test_a_night_inside_a_night_is_the_same_night(tmp_path):
    """``bdhv run`` holds the night and the flow it runs opens one too: one start, one end, one file handle."""
    from pipeline.runs.night_status import night

    out = tmp_path / "out"
    summary = {"documents": 1, "processed": 1, "new": 1, "changed": 0, "unchanged": 0, "failed": 0,
               "failed_files": [], "matrix_cells_changed": 3, "run_id": 7}
    with night(out, tmp_path / "inbox", out / "bdhv.sqlite") as outer:
        with night(out, tmp_path / "inbox", out / "bdhv.sqlite") as inner:
            assert inner is outer
            assert len(open_files_under(out)) == 1
            inner.finished(summary)
    said = [message for _, _, _, message in log_lines(out)]
    assert said[0].startswith("bắt đầu / start") and said[-1] == "xong / finished: run 7 recorded (bdhv runs lists it)"
    assert len(said) == 3 and not open_files_under(out)


def open_files_under(folder: Path) -> list[str]:
    """This process's open files below ``folder`` (``/proc/self/fd``)."""
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


# -- the webhook: BDHV_NOTIFY_URL -----------------------------------------------------------------

def test_a_refused_night_is_posted_to_the_webhook_and_a_finished_one_is_not(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    with webhook() as (url, received):
        res = bdhv("run", inbox, "--out", out, "--plain", env={"BDHV_NOTIFY_URL": url})
        assert res.returncode == 4, res.stderr
        (post,) = received
        assert post["path"] == "/bdhv/night" and post["type"] == "application/json; charset=utf-8"
        sent = post["json"]
        assert {k: sent[k] for k in ("status", "code", "out_dir")} == {
            "status": "refused", "code": "empty_inbox", "out_dir": str(out.resolve())}
        assert "không có tệp nào" in sent["message_vi"] and "holds no files" in sent["message_en"]
        assert sent["text"].endswith("[empty_inbox]") and sent["host"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", sent["time"]), sent["time"]
        lines = log_lines(out)
        assert sent["run"] == lines[-1][2]
        assert lines[-1][3] == "đã gửi thông báo / notification sent to 127.0.0.1 (HTTP 200)"

        shutil.copy(sorted(SEEDS.glob("*.txt"))[0], inbox)
        res = bdhv("run", inbox, "--out", out, "--plain", env={"BDHV_NOTIFY_URL": url})
        assert res.returncode == 0, res.stderr
        assert len(received) == 1  # a night that finished is not news
    assert not (out / "LAST_RUN_FAILED.txt").exists()


@pytest.mark.parametrize("how", ["unreachable", "http_500"])
def test_a_failing_webhook_changes_nothing(tmp_path, how):
    """The webhook down or refusing: the same exit status, line and marker as without one; the log says why."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    plain = bdhv("run", inbox, "--out", tmp_path / "plain", "--plain")
    if how == "unreachable":
        res = bdhv("run", inbox, "--out", out, "--plain", env={"BDHV_NOTIFY_URL": closed_port_url()})
    else:
        with webhook(status=500) as (url, received):
            res = bdhv("run", inbox, "--out", out, "--plain", env={"BDHV_NOTIFY_URL": url})
        assert len(received) == 1
    assert res.returncode == plain.returncode == 4
    assert res.stderr.replace(str(out), "OUT") == plain.stderr.replace(str(tmp_path / "plain"), "OUT")
    assert "[empty_inbox]" in (out / "LAST_RUN_FAILED.txt").read_text(encoding="utf-8")
    last = log_lines(out)[-1]
    assert last[1] == "ERROR" and last[3].startswith("không gửi được thông báo / the notification to 127.0.0.1 failed: ")


def test_a_silent_webhook_times_out(tmp_path):
    """A webhook that takes the connection and never answers holds the night for the time-out only."""
    from pipeline.runs.notify import notify

    log, seen = logging.Logger("test"), Seen()
    log.addHandler(seen)
    with silent_url() as url:
        assert notify(url, {"status": "failed"}, log, timeout_s=0.5) is False
    assert len(seen.messages) == 1 and "timed out" in seen.messages[0], seen.messages
    assert notify("ftp://10.0.0.7/x", {}, log) is False and "http://" in seen.messages[-1]


class Seen(logging.Handler):
    """The messages a logger was given."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
