"""The workbook as a route from a number to its source: internal links, file links, markers, comments, print setup."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.export.workbook import FIRST_ROW, HEADER_ROW, SHEETS, document_name, export_workbook, labels
from pipeline.reconcile.matrix import build_matrix
from schemas.matrix import MatrixRow
from test_matrix import AS_OF, load_ref, seed_records
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def reference():
    return load_ref()


@pytest.fixture(scope="module")
def book(reference, tmp_path_factory) -> Path:
    records = seed_records()
    for rec in records:  # as a run records them: the path the file was read from
        rec["source"] = str(SEEDS / Path(rec["source"]).name)
    records.append({"source": "inbox/hong.pdf", "sha256": None, "format": "pdf", "status": "error",
                    "error": {"code": "encrypted", "message_vi": "Tệp được mã hóa hoặc có mật khẩu",
                              "message_en": "The file is encrypted or password-protected"},
                    "document": None, "mentions": {}})
    rows = build_matrix(records, reference, as_of=AS_OF)
    path = tmp_path_factory.mktemp("wb") / "matrix.xlsx"
    export_workbook(rows, records, reference, path)
    return path


def _cols(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[HEADER_ROW] if c.value}


def _target(link: str) -> tuple[str, int]:
    sheet, cell = link.rsplit("!", 1)
    return sheet.strip("'"), int(cell.lstrip("A"))


def test_every_summary_cell_with_evidence_links_to_its_own_evidence(book):
    wb = load_workbook(book)
    ws, ev = wb[SHEETS[0]], wb[SHEETS[2]]
    units = {c.column: c.value for c in ws[HEADER_ROW] if c.column > 2}
    eh = _cols(ev)
    linked = 0
    for row in ws.iter_rows(min_row=FIRST_ROW, min_col=3):
        for cell in row:
            if cell.hyperlink is None:
                continue
            sheet, at = _target(cell.hyperlink.location)
            assert sheet == SHEETS[2]
            assert ev.cell(at, eh["Mã"]).value == ws.cell(cell.row, 1).value
            assert ev.cell(at, eh["Đơn vị"]).value == units[cell.column]
            linked += 1
    status_cells = sum(1 for row in ws.iter_rows(min_row=FIRST_ROW, min_col=3) for c in row
                       if ws.cell(c.row, 1).value and c.value
                       and not c.value.startswith(labels()["status"]["no_information"]["label"]))
    assert linked >= status_cells > 0  # every cell a document addresses is a link


def test_detail_status_links_to_evidence_and_file_to_the_source(book):
    wb = load_workbook(book)
    ws, ev = wb[SHEETS[1]], wb[SHEETS[2]]
    h, eh = _cols(ws), _cols(ev)
    n = 0
    for r in range(FIRST_ROW, ws.max_row + 1):
        link = ws.cell(r, h["Trạng thái"]).hyperlink
        if link is not None:
            sheet, at = _target(link.location)
            assert (ev.cell(at, eh["Mã"]).value, ev.cell(at, eh["Đơn vị"]).value) == (ws.cell(r, h["Mã"]).value, ws.cell(r, h["Đơn vị"]).value)
            n += 1
        f = ws.cell(r, h["Tệp"])
        if f.value:
            assert f.hyperlink is not None and Path(f.hyperlink.target.removeprefix("file://")).is_file()
    assert n > 10


def test_documents_are_named_by_number_issuer_and_date(book):
    ws = load_workbook(book)[SHEETS[2]]
    h = _cols(ws)
    names = {ws.cell(r, h["Văn bản"]).value for r in range(FIRST_ROW, ws.max_row + 1)}
    assert "Sở Công Thương, 11/2025" in names, names  # the seeds' numbers are blank (unsigned drafts)
    assert not any(n and (".txt" in n or ".pdf" in n) for n in names)


@pytest.mark.parametrize(("args", "want"), [
    (("192/KH-UBND", "Ủy ban nhân dân tỉnh Đồng Nai", "2025-05-29"), "192/KH-UBND — Ủy ban nhân dân tỉnh Đồng Nai, 29/05/2025"),
    (("12/BC-SNV", None, "2025-11"), "12/BC-SNV — 11/2025"),
    ((None, "Sở Nội vụ", None), "Sở Nội vụ"),
])
def test_document_name(args, want):
    assert document_name(*args) == want


def test_conflict_and_overdue_are_marked_with_a_comment(reference, tmp_path):
    lab = labels()
    rows = [MatrixRow("CT1", "indicator", "…", "Sở Nội vụ", "lead", "met", value=86.4,
                      conflicts=["12/BC-SNV: 86,4%", "15/BC-SNV: 80%"]),
            MatrixRow("1.1", "task", "…", "Sở Nội vụ", "lead", "no_information", overdue=True, deadline="2025-06-30")]
    path = export_workbook(rows, [], reference, tmp_path / "m.xlsx")
    ws = load_workbook(path)[SHEETS[0]]
    col = _cols(ws)["Sở Nội vụ"]
    cells = {ws.cell(r, 1).value: ws.cell(r, col) for r in range(FIRST_ROW, ws.max_row + 1)}
    assert cells["CT1"].value.endswith(lab["conflict_mark"])
    assert "15/BC-SNV: 80%" in cells["CT1"].comment.text and "12/BC-SNV: 86,4%" in cells["CT1"].comment.text
    assert cells["1.1"].value.endswith(lab["overdue_mark"])
    assert "30/06/2025" in cells["1.1"].comment.text


def test_review_queue_says_what_to_do_in_vietnamese(book):
    ws = load_workbook(book)[SHEETS[4]]
    h = _cols(ws)
    rows = list(range(FIRST_ROW, ws.max_row + 1))
    assert rows and all(ws.cell(r, h["Việc cần làm"]).value for r in rows)
    err = next(r for r in rows if ws.cell(r, h["Tệp"]).value == "inbox/hong.pdf")
    assert "mã hóa" in ws.cell(err, h["Chi tiết"]).value


def test_every_sheet_prints_its_header_row(book):
    for ws in load_workbook(book).worksheets:
        assert ws.print_title_rows in (f"${HEADER_ROW}:${HEADER_ROW}", f"{HEADER_ROW}:{HEADER_ROW}"), ws.title
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4), ws.title


def test_every_sheet_says_which_run_it_comes_from(reference, tmp_path):
    records = seed_records()[:2] + [{"source": "x.pdf", "status": "error", "error": {"code": "empty"}, "document": None, "mentions": {}}]
    rows = build_matrix(records, reference, as_of=AS_OF)
    run = {"run_id": 12, "started_at": "2026-12-02T19:00:00+00:00", "inbox": "/srv/inbox"}
    path = export_workbook(rows, records, reference, tmp_path / "m.xlsx", extra=lambda wb: wb.create_sheet("Thay đổi"), run=run)
    wb = load_workbook(path)
    for ws in wb.worksheets:
        head = ws.cell(1, 1).value
        assert head.startswith("Lượt chạy 12"), ws.title
        assert "03/12/2026 02:00 (giờ Việt Nam)" in head and "/srv/inbox" in head and "Đọc được 2 tệp, lỗi 1 tệp" in head


def test_dates_are_dates_and_partial_dates_are_written_beside(book):
    from datetime import datetime

    wb = load_workbook(book)
    for sheet, col, text in ((SHEETS[3], "Ngày ban hành", "Ngày (ghi một phần)"), (SHEETS[2], "Ngày", "Ngày (ghi một phần)")):
        ws = wb[sheet]
        h = _cols(ws)
        days = [ws.cell(r, h[col]).value for r in range(FIRST_ROW, ws.max_row + 1)]
        written = [ws.cell(r, h[text]).value for r in range(FIRST_ROW, ws.max_row + 1)]
        assert all(d is None or isinstance(d, datetime) for d in days), (sheet, days)
        assert sheet != SHEETS[3] or any(isinstance(d, datetime) for d in days)  # Plan 192 itself: 29/05/2025
        assert "11/2025" in written  # the seeds' reports dated "tháng 11 năm 2025"
        assert all(not (d and w) for d, w in zip(days, written))


def test_targets_are_numbers(book):
    ws = load_workbook(book)[SHEETS[1]]
    h = _cols(ws)
    got = {ws.cell(r, h["Mã"]).value: ws.cell(r, h["Chỉ tiêu"]) for r in range(FIRST_ROW, ws.max_row + 1)}
    assert got["CT1"].value == pytest.approx(0.8) and got["CT1"].number_format == "0%"
    assert got["CT4"].value == 1_000_000 and got["CT4"].number_format.startswith("#,##0")
