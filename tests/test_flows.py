"""The nightly Prefect flow: real flow runs under one test harness for the session.

Two runs over an unchanged inbox (the second reads nothing), one changed figure
(exactly one document re-read, the diff shows it and the matrix cell it moves),
the Dask runner giving the same outputs, and the deployment's schedule.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from pipeline.runs.diff import diff_runs
from pipeline.export.diff_report import render_html
from pipeline.core.settings import load_settings
from pipeline.runs.store import RunStore
from tests.conftest import SEEDS
from tests.webhook import webhook

REPORT = "000_484bce74a44e51ae.txt"


@pytest.fixture(scope="session")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def make_inbox(root: Path) -> Path:
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, inbox / p.name)
    shutil.copy(SEEDS / "002_ecc6625006b87d8c.docx", inbox / "002_ecc6625006b87d8c.docx")
    return inbox


def outputs(out: Path) -> tuple[list, list]:
    ext = [json.loads(l) for l in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    for rec in ext:
        rec["source"] = Path(rec["source"]).name
    matrix = json.loads((out / "matrix.json").read_text(encoding="utf-8"))
    return ext, matrix


@pytest.fixture(scope="module")
def two_runs(harness, tmp_path_factory):
    from flows import run_nightly

    root = tmp_path_factory.mktemp("nightly")
    inbox = make_inbox(root)
    settings = load_settings(inbox=inbox, out_dir=root / "out")
    first = run_nightly(settings)
    second = run_nightly(settings)
    return root, inbox, settings, first, second


def test_second_run_processes_nothing(two_runs):
    _, inbox, _, first, second = two_runs
    n = len(list(inbox.iterdir()))
    assert first["processed"] == n and first["new"] == n
    assert second["processed"] == 0 and second["unchanged"] == n and second["failed"] == 0


def test_served_runs_append_to_the_log(two_runs):
    """The flow keeps its own log when nothing holds the night for it (``python flows.py serve``)."""
    _, _, settings, first, second = two_runs
    text = (settings.out_dir / "logs" / "bdhv.log").read_text(encoding="utf-8")
    assert text.count("bắt đầu / start: inbox ") == 2
    for summary in (first, second):
        assert f"xong / finished: run {summary['run_id']} recorded" in text


def test_changed_figure_is_reread_and_diffed(two_runs):
    from flows import run_nightly

    root, inbox, settings, _, _ = two_runs
    path = inbox / REPORT
    text = path.read_text(encoding="utf-8")
    assert "200 lượt người" in text
    path.write_text(text.replace("200 lượt người", "260 lượt người"), encoding="utf-8")
    third = run_nightly(settings)
    assert third["processed"] == 1 and third["changed"] == 1

    store = RunStore(settings.database)
    diff = diff_runs(store)
    store.close()
    mentions = [c for c in diff.of("mention")]
    assert [(c.kind, c.what, c.before, c.after) for c in mentions] == [("quantities", "changed", "200 lượt người", "260 lượt người")]
    assert mentions[0].path.endswith(REPORT) and "260 lượt người" in mentions[0].sentence_after
    assert all(c.path.endswith(REPORT) for c in diff.changes if c.scope != "matrix")
    cells = {c.path for c in diff.of("matrix")}
    assert "CT5 | Sở Công Thương" in cells  # the report's CT5 figure: 200 → 260 lượt người
    # every cell that moved is one the changed report is evidence for, and it moved by that figure
    rows = {f"{r['target']} | {r['unit']}": r for r in json.loads((settings.out_dir / "matrix.json").read_text(encoding="utf-8"))}
    for cell in cells:
        assert any(REPORT in json.dumps(e, ensure_ascii=False) for e in rows[cell]["evidence"]), cell
        assert "260" in json.dumps(rows[cell], ensure_ascii=False), cell
    page = render_html(diff)
    assert "<del>200</del>" in page and "<ins>260</ins>" in page

    wb = openpyxl.load_workbook(settings.out_dir / "matrix.xlsx")
    assert "Thay đổi" in wb.sheetnames
    sheet_text = " ".join(str(c.value) for row in wb["Thay đổi"].iter_rows() for c in row if c.value is not None)
    assert "260 lượt người" in sheet_text and "CT5 | Sở Công Thương" in sheet_text


def test_dask_runner_gives_identical_outputs(harness, two_runs, tmp_path):
    from flows import run_nightly

    _, inbox, _, _, _ = two_runs
    plain = load_settings(inbox=inbox, out_dir=tmp_path / "plain", batch_size=2)
    dask = load_settings(inbox=inbox, out_dir=tmp_path / "dask", batch_size=2, runner="dask", workers=2)
    run_nightly(plain)
    run_nightly(dask)
    assert outputs(plain.out_dir) == outputs(dask.out_dir)


def test_deployment_schedule():
    from flows import NIGHTLY_CRON, TIME_ZONE, nightly_deployment

    dep = nightly_deployment()
    (sched,) = dep.schedules
    assert sched.schedule.cron == "0 2 * * *" == NIGHTLY_CRON
    assert sched.schedule.timezone == "Asia/Ho_Chi_Minh" == TIME_ZONE


@pytest.mark.skipif(__import__("shutil").which("chromium") is None, reason="Chromium is not installed")
def test_diff_report_renders_in_chromium(tmp_path):
    from pipeline.runs.diff import diff_records
    from schemas.diff import RunDiff
    from scripts.check_diff_html import render
    from tests.test_store import rec

    page = tmp_path / "diff.html"
    page.write_text(render_html(RunDiff(1, 2, diff_records({"a.txt": rec("a.txt", "s1", 170)}, {"a.txt": rec("a.txt", "s2", 180)}))),
                    encoding="utf-8")
    png = tmp_path / "diff.png"
    dom = render(page, png)
    assert "Thay đổi giữa lượt chạy 1 và 2" in dom and "<del>170</del>" in dom and "<ins>180</ins>" in dom
    assert png.exists() and png.stat().st_size > 1000


def test_flow_refuses_an_inbox_that_lost_most_of_its_files(harness, tmp_path):
    """The same rule as ``bdhv run --plain`` (pipeline.runs.inbox_check), in a real flow run: outputs untouched."""
    from flows import run_nightly
    from pipeline.runs.inbox_check import InboxRefused

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:4]:
        shutil.copy(p, inbox / p.name)
    settings = load_settings(inbox=inbox, out_dir=tmp_path / "out")
    run_nightly(settings)
    before = {n: (settings.out_dir / n).read_bytes() for n in ("matrix.xlsx", "matrix.json", "extractions.jsonl")}
    for p in sorted(inbox.iterdir())[:3]:
        p.unlink()
    with pytest.raises(InboxRefused):
        run_nightly(settings)
    assert {n: (settings.out_dir / n).read_bytes() for n in before} == before


def test_a_refused_flow_run_is_logged_marked_and_posted(harness, tmp_path):
    """The served night's own ending: the log, LAST_RUN_FAILED.txt and one POST to BDHV_NOTIFY_URL."""
    from flows import run_nightly
    from pipeline.runs.inbox_check import InboxRefused

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with webhook() as (url, received):
        settings = load_settings(inbox=inbox, out_dir=tmp_path / "out", notify_url=url)
        with pytest.raises(InboxRefused):
            run_nightly(settings)
    assert [(r["json"]["status"], r["json"]["code"]) for r in received] == [("refused", "empty_inbox")]
    log = (settings.out_dir / "logs" / "bdhv.log").read_text(encoding="utf-8")
    assert "did not finish [empty_inbox] (refused)" in log and "notification sent to 127.0.0.1 (HTTP 200)" in log
    assert "[empty_inbox]" in (settings.out_dir / "LAST_RUN_FAILED.txt").read_text(encoding="utf-8")
