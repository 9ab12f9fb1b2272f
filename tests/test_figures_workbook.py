"""Figures as the analyst reads them: the workbook, written and read back, on documents of the matrix development set.

A rated cell shows the figure, its basis and how sure the product is; a cell
where attribution abstained shows no rate, and ``Cần xem xét`` lists it with
every candidate figure and why none was taken (issue: Figures).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.core.plan192 import load_reference
from pipeline.export.workbook import FIRST_ROW, HEADER_ROW, export_workbook, labels
from pipeline.extract import extract_paths
from pipeline.reconcile.matrix import build_matrix
from pipeline.reconcile.population import words as attribution_words

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "corpus" / "heldout5" / "C" / "c08_xtanphu_bc.txt",  # two sources of one date disagree on CT3
        ROOT / "corpus" / "heldout5" / "D" / "d04_snnmt_bc.pdf"]  # CT1 from a table's "Toàn Sở" row


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    records = list(extract_paths([str(p) for p in DOCS]))
    reference = load_reference()
    rows = build_matrix(records, reference, as_of=date(2026, 1, 15))
    path = tmp_path_factory.mktemp("figures") / "matrix.xlsx"
    export_workbook(rows, records, reference, path)
    return path


def _detail(book: Path) -> tuple[dict[str, int], dict[tuple[str, str], int], object]:
    ws = load_workbook(book)["Chi tiết"]
    h = {c.value: c.column for c in ws[HEADER_ROW] if c.value}
    rows = {(ws.cell(r, h["Mã"]).value, ws.cell(r, h["Đơn vị"]).value): r for r in range(FIRST_ROW, ws.max_row + 1)}
    return h, rows, ws


def test_a_rated_cell_shows_its_basis_and_confidence(book):
    h, rows, ws = _detail(book)
    r = rows[("CT1", "Sở Nông nghiệp và Môi trường")]
    status, confidence = ws.cell(r, h["Trạng thái"]).value, ws.cell(r, h["Độ tin cậy"]).value
    assert status.startswith(labels()["status"]["met"]["label"])
    assert ws.cell(r, h["Tỷ lệ (%)"]).value == pytest.approx(93.15)
    basis = ws.cell(r, h["Cơ sở số liệu"]).value
    assert "93,15" in basis or "598" in basis, basis
    assert 0 < confidence <= 1.0
    # the check mark says exactly when the figure is not sure enough to read without checking
    low = float(attribution_words()["low_confidence"])
    assert status.endswith(labels()["check_mark"]) == (confidence < low)


def test_an_abstained_cell_has_no_rate_and_is_listed_with_its_candidates(book):
    h, rows, ws = _detail(book)
    r = rows[("CT3", "Ủy ban nhân dân xã Tân Phú")]
    assert ws.cell(r, h["Trạng thái"]).value == labels()["status"]["reported"]["label"] + labels()["check_mark"]
    assert ws.cell(r, h["Tỷ lệ (%)"]).value is None
    review = load_workbook(book)["Cần xem xét"]
    items = [[c.value for c in row] for row in review.iter_rows(min_row=FIRST_ROW)]
    mine = [i for i in items if i[0] == labels()["issue"]["abstained"] and i[1] == "CT3"
            and i[2] == "Ủy ban nhân dân xã Tân Phú"]
    assert mine, items
    detail = " ".join(i[4] for i in mine)
    assert "78,23" in detail and "83,39" in detail
