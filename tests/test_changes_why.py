"""Every matrix cell in ``Thay đổi`` says why it moved (which document, which figure before and after), and the
run's summary counts the cells that moved: cases over stored rows, then two real runs of ``bdhv run``."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.export.cells import FIRST_ROW, HEADER_ROW
from pipeline.export.diff_report import print_diff, render_html
from pipeline.runs.diff import diff_matrix, diff_runs
from pipeline.runs.store import RunStore
from schemas.diff import RunDiff
from tests.conftest import ROOT, SEEDS

REPORT = "000_484bce74a44e51ae.txt"  # Sở Công Thương's report: CT1 100% (81/81), CT5 200 lượt người


def report(figure: dict | None, source: str = "inbox/12.txt", role: str = "report") -> dict:
    """A document's evidence for a cell, as the run history stores it."""
    return {"source": source, "doc_role": role, "number": "12/BC-SKHCN", "issuer": "Sở Khoa học và Công nghệ",
            "issue_date": "2025-11-03", "mention": "Chỉ tiêu 1", "figures": [figure] if figure else []}


def cell(status: str, figure: dict | None = None, evidence: list[dict] | None = None, **more) -> dict:
    return {"target": "CT1", "unit": "Sở Khoa học và Công nghệ", "status": status, "figure": figure,
            "evidence": evidence or [], **more}


ALL = {"kind": "percent", "value": 100, "rate": 100.0, "text": "100%", "basis": "81/81", "source": "inbox/12.txt",
       "page": 2, "sentence": "Đạt tỷ lệ 100% (81/81 cán bộ)."}
COUNT_180 = {"kind": "count", "value": 180, "unit": "lượt người", "text": "180 lượt người", "source": "inbox/12.txt",
             "sentence": "Tập huấn cho 180 lượt người."}
COUNT_200 = dict(COUNT_180, value=200, text="200 lượt người", sentence="Tập huấn cho 200 lượt người.")
NAME = "Báo cáo 12/BC-SKHCN — Sở Khoa học và Công nghệ, 03/11/2025"

# (before, after, the reason every row of the cell gives)
CASES = [
    (cell("no_information"), cell("met", ALL, [report(ALL)], value=100.0),
     f"Chưa có thông tin → Đạt: {NAME} (văn bản mới) — số liệu — → 100% (81/81) — trang 2"),
    (cell("reported", COUNT_180, [report(COUNT_180)]), cell("reported", COUNT_200, [report(COUNT_200)]),
     f"Đã báo cáo: {NAME} (văn bản đã sửa) — số liệu 180 lượt người → 200 lượt người"),
    (cell("met", ALL, [report(ALL)], value=100.0), cell("no_information"),
     f"Đạt → Chưa có thông tin: {NAME} (văn bản không còn) — số liệu 100% (81/81) → — — trang 2"),
    (cell("planned", evidence=[report(None, role="plan")]),
     cell("planned", evidence=[report(None, role="plan")], overdue=True, deadline="2025-12-31", value=0.0),
     "Có kế hoạch: đã quá hạn 31/12/2025"),
    (cell("reported", evidence=[report(None)]), cell("planned", evidence=[report(None)]),
     "Đã báo cáo → Có kế hoạch: không văn bản nào của ô thay đổi: quy tắc đối chiếu hoặc bộ trích xuất đã đổi"),
    (None, cell("no_information"), "— → Chưa có thông tin: Kế hoạch 192 giao, chưa có văn bản nào đề cập"),
]


@pytest.mark.parametrize(("before", "after", "reason"), CASES, ids=[c[2][:40] for c in CASES])
def test_every_row_of_a_moved_cell_says_why(before, after, reason):
    changes = diff_matrix([before] if before else [], [after])
    assert changes and {c.reason for c in changes} == {reason}
    assert all(c.path == "CT1 | Sở Khoa học và Công nghệ" for c in changes)


def test_the_reason_names_the_document_and_links_its_file():
    (status, value, figure) = diff_matrix([cell("no_information")], [cell("met", ALL, [report(ALL)], value=100.0)])
    assert (status.kind, value.kind, figure.kind) == ("status", "value", "figure")
    assert status.documents == [NAME] and status.source == "inbox/12.txt"
    assert status.sentence_after == "Đạt tỷ lệ 100% (81/81 cán bộ)." and status.page == 2


def test_the_figure_s_own_document_comes_first():
    other = dict(report(None, source="inbox/7.txt"), number="7/BC-SKHCN")
    changes = diff_matrix([cell("no_information")], [cell("met", ALL, [other, report(ALL)], value=100.0)])
    assert changes[0].documents == [NAME, "Báo cáo 7/BC-SKHCN — Sở Khoa học và Công nghệ, 03/11/2025"]
    assert changes[0].source == "inbox/12.txt"


def test_html_and_terminal_show_the_reason():
    diff = RunDiff(1, 2, diff_matrix([cell("reported", COUNT_180, [report(COUNT_180)])],
                                     [cell("reported", COUNT_200, [report(COUNT_200)])]))
    reason = diff.changes[0].reason
    assert reason in render_html(diff) and "Lý do / why" in render_html(diff)
    from rich.console import Console

    out = io.StringIO()
    print_diff(diff, Console(file=out, width=400))
    assert reason in out.getvalue()


def bdhv(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def sheet_rows(ws) -> list[dict]:
    head = [c.value for c in ws[HEADER_ROW]]
    return [dict(zip(head, r)) for r in ws.iter_rows(min_row=FIRST_ROW, values_only=True)]


def test_two_runs_say_why_each_cell_moved_and_count_the_cells(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, inbox / p.name)
    assert bdhv("run", inbox, "--out", out, "--plain").returncode == 0
    path = inbox / REPORT
    text = path.read_text(encoding="utf-8")
    assert "Đạt tỷ lệ 100% (81/81" in text and "200 lượt người" in text
    path.write_text(text.replace("Đạt tỷ lệ 100% (81/81", "Đạt tỷ lệ 74% (60/81").replace("200 lượt người", "260 lượt người"),
                    encoding="utf-8")
    res = bdhv("run", inbox, "--out", out, "--plain")
    assert res.returncode == 0, res.stderr

    wb = load_workbook(out / "matrix.xlsx")
    ws = wb["Thay đổi"]
    rows = sheet_rows(ws)
    cells = {r["Tệp / Ô ma trận"] for r in rows if r["Phạm vi"] == "Ma trận"}
    assert cells == {"CT1 | Sở Công Thương", "CT5 | Sở Công Thương"}
    status = next(r for r in rows if r["Tệp / Ô ma trận"] == "CT1 | Sở Công Thương" and r["Loại"] == "status")
    assert (status["Trước"], status["Sau"]) == ("Đạt", "Chưa đạt")
    why = status["Lý do"]
    assert why.startswith("Đạt → Chưa đạt: Báo cáo Sở Công Thương, 11/2025 (văn bản đã sửa)")  # number, issuer, date
    assert "100% (81/81) → 74% (60/81)" in why and REPORT not in why
    assert "74% (60/81" in status["Câu (sau)"] and "100% (81/81" in status["Câu (trước)"]
    count = next(r for r in rows if r["Tệp / Ô ma trận"] == "CT5 | Sở Công Thương")
    assert "Sở Công Thương, 11/2025" in count["Lý do"] and "200 lượt người → 260 lượt người" in count["Lý do"]
    link = ws.cell(FIRST_ROW + rows.index(count), len(rows[0])).hyperlink
    assert link is not None and link.target == path.resolve().as_uri()

    # the summary counts those cells: the run's lines, every sheet's header, the history's run list
    assert f"Ô thay đổi / cells changed: {len(cells)}" in res.stderr
    assert all(s.cell(1, 1).value.endswith(f"Ô thay đổi: {len(cells)}") for s in wb.worksheets)
    store = RunStore(out / "bdhv.sqlite")
    try:
        assert store.run(store.run_ids()[-1])["summary"]["matrix_cells_changed"] == len(cells)
        diff = diff_runs(store)
    finally:
        store.close()
    assert {c.path for c in diff.of("matrix")} == cells and why in render_html(diff)
