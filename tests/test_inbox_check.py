"""Never blank, never silent: an empty inbox or one that lost too many files stops the run (exit 4), outputs untouched."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.runs.inbox_check import InboxRefused, check_inbox
from tests.conftest import ROOT, SEEDS

BEFORE = {f"inbox/{i}.txt": "h" for i in range(10)}


@pytest.mark.parametrize(("now", "share", "accept", "code"), [
    ([], 0.2, False, "empty_inbox"),
    ([f"inbox/{i}.txt" for i in range(5)], 0.2, False, "inbox_shrunk"),  # half gone
    ([f"inbox/{i}.txt" for i in range(7)], 0.2, False, "inbox_shrunk"),  # 30% gone
    ([f"inbox/{i}.txt" for i in range(8)], 0.2, False, None),  # 20% gone: at the bar, allowed
    ([f"inbox/{i}.txt" for i in range(10)] + ["inbox/new.txt"], 0.2, False, None),
    ([f"inbox/{i}.txt" for i in range(5)], 0.6, False, None),  # a higher bar set
    ([], 0.2, True, None),  # --accept-removals
    ([f"inbox/{i}.txt" for i in range(2)], 0.2, True, None),
])
def test_check_inbox(now, share, accept, code):
    if code is None:
        check_inbox("inbox", now, BEFORE, share, accept)
        return
    with pytest.raises(InboxRefused) as e:
        check_inbox("inbox", now, BEFORE, share, accept)
    assert e.value.code == code and "--accept-removals" in e.value.message_vi and "--accept-removals" in e.value.message_en


def test_first_run_has_nothing_to_lose_but_an_empty_inbox_still_stops():
    check_inbox("inbox", ["inbox/a.txt"], {}, 0.2)
    with pytest.raises(InboxRefused):
        check_inbox("inbox", [], {}, 0.2)


OUTPUTS = ("matrix.xlsx", "matrix.json", "extractions.jsonl", "bdhv.sqlite")


def bdhv(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("guard")
    inbox, out = root / "inbox", root / "out"
    inbox.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, inbox / p.name)
    res = bdhv("run", str(inbox), "--out", str(out), "--plain")
    assert res.returncode == 0, res.stderr
    return inbox, out


def refused_run(inbox: Path, out: Path, vi: str, en: str) -> dict[str, bytes]:
    """Run over ``inbox``: exit 4, both languages' message, every output byte-identical to before."""
    before = snapshot(out)
    res = bdhv("run", str(inbox), "--out", str(out), "--plain")
    assert res.returncode == 4, res.stderr
    assert vi in res.stderr and en in res.stderr
    assert snapshot(out) == before
    return before


def test_empty_inbox_exits_4_and_leaves_the_outputs(first_run, tmp_path):
    _, out = first_run
    (tmp_path / "unmounted").mkdir()
    refused_run(tmp_path / "unmounted", out, "không có tệp nào", "holds no files")


def test_inbox_that_lost_half_exits_4_then_accept_removals_proceeds(first_run):
    inbox, out = first_run
    files = sorted(inbox.iterdir())
    for p in files[: len(files) - len(files) // 2]:
        p.unlink()
    before = refused_run(inbox, out, "mất", "lost")
    res = bdhv("run", str(inbox), "--out", str(out), "--plain", "--accept-removals")
    assert res.returncode == 0, res.stderr
    assert snapshot(out)["matrix.json"] != before["matrix.json"]


def test_every_run_writes_thay_doi(first_run):
    """The first run lists every file as new; a plain second run over a changed inbox lists what changed."""
    from openpyxl import load_workbook

    from pipeline.export.workbook import FIRST_ROW

    _, out = first_run
    ws = load_workbook(out / "matrix.xlsx")["Thay đổi"]
    assert ws.max_row >= FIRST_ROW and ws.cell(FIRST_ROW, 1).value
