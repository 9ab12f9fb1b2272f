"""Communes in the workbook: under their group's column on ``Tổng hợp``, a line each on ``Xã, phường``, never rated
against the province's own count.

Real commune documents of the corpus go through the real extractors and the matrix (xã Long Phước's report
gives ``Cộng … 8.440`` người for CT4; phường Long Khánh's quotes the province's 812.460 beside its own 15.420;
phường Trấn Biên only plans; xã Tân Phú reports), with the seeds' Sở documents beside them; the workbook is
written, then read back with openpyxl.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.export.workbook import FIRST_ROW, HEADER_ROW, SHEETS, export_workbook, labels
from pipeline.extract import extract_paths
from pipeline.reconcile.decisions import corrected_figure
from pipeline.reconcile.matrix import build_matrix, group_of, target_specs
from schemas.decision import Decision
from test_matrix import AS_OF, load_ref, seed_records

ROOT = Path(__file__).resolve().parents[1]
COMMUNE_DOCS = [ROOT / "corpus" / "heldout" / "h08_xalongphuoc_baocao.txt",
                ROOT / "corpus" / "heldout" / "h09_ptranbien_kehoach.txt",
                ROOT / "corpus" / "heldout5" / "C" / "c05_plongkhanh_bc.txt",
                ROOT / "corpus" / "heldout5" / "C" / "c08_xtanphu_bc.txt"]
GROUP = "Ủy ban nhân dân cấp xã"
COMMUNES_SHEET = SHEETS[6]
RUN = {"run_id": 7, "started_at": "2026-12-02T19:00:00+00:00", "inbox": "/srv/inbox"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    reference = load_ref()
    records = seed_records() + list(extract_paths([str(p) for p in COMMUNE_DOCS]))
    rows = build_matrix(records, reference, as_of=AS_OF)
    path = tmp_path_factory.mktemp("communes") / "matrix.xlsx"
    export_workbook(rows, records, reference, path, run=RUN)
    return rows, load_workbook(path)


@pytest.fixture(scope="module")
def rows(built):
    return built[0]


@pytest.fixture(scope="module")
def wb(built):
    return built[1]


def _cols(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[HEADER_ROW] if c.value}


def _lines(ws) -> list[dict[str, object]]:
    h = _cols(ws)
    return [{name: ws.cell(r, c) for name, c in h.items()} for r in range(FIRST_ROW, ws.max_row + 1)]


def _resolve(wb, location: str):
    sheet, cell = location.rsplit("!", 1)
    return wb[sheet.strip("'")], int(cell.lstrip("A"))


def _members(rows):
    return [r for r in rows if group_of(r.unit)]


def test_the_corpus_has_communes_in_the_matrix(rows):
    units = {r.unit for r in _members(rows)}
    assert {"Ủy ban nhân dân xã Long Phước", "Ủy ban nhân dân phường Trấn Biên", "Ủy ban nhân dân phường Long Khánh",
            "Ủy ban nhân dân xã Tân Phú"} <= units


def test_no_commune_has_a_column_on_the_summary_and_its_group_has_one(wb):
    headers = [c.value for c in wb[SHEETS[0]][HEADER_ROW] if c.value]
    assert GROUP in headers
    assert not [h for h in headers if group_of(h)], headers
    assert "Sở Công Thương" in headers  # the other units keep theirs


def test_a_group_cell_says_how_many_communes_reported_and_lists_them(wb, rows):
    ws = wb[SHEETS[0]]
    col = _cols(ws)[GROUP]
    cells = {ws.cell(r, 1).value: ws.cell(r, col) for r in range(FIRST_ROW, FIRST_ROW + 23)}
    members = _members(rows)
    for target in {m.target for m in members}:
        mine = [m for m in members if m.target == target]
        reported = sum(m.status in ("met", "not_met", "reported") for m in mine)
        cell = cells[target]
        assert cell.value.endswith(f"\n{reported}/{len(mine)} xã, phường đã báo cáo"), (target, cell.value)
        assert all(m.unit in cell.comment.text for m in mine), target
    # where the plan gives the group the task (5.1: Ủy ban nhân dân cấp xã leads), the group's row speaks, in bold
    assert cells["5.1"].font.bold and cells["5.1"].value.startswith(labels()["status"]["reported"]["label"])
    # a commune's own CT4 (the group is not assigned it) still shows under the group's column, never a rate
    assert cells["CT4"].value.startswith(labels()["status"]["reported"]["label"]) and "%" not in cells["CT4"].value


def test_every_summary_link_lands_on_its_own_lines(wb):
    ws = wb[SHEETS[0]]
    units = {c.column: c.value for c in ws[HEADER_ROW] if c.column > 2}
    group_links = 0
    for row in ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 22, min_col=3):
        for cell in row:
            if cell.hyperlink is None:
                continue
            sheet, at = _resolve(wb, cell.hyperlink.location)
            h = _cols(sheet)
            assert sheet.cell(at, h["Mã"]).value == ws.cell(cell.row, 1).value
            if units[cell.column] == GROUP:
                assert sheet.title == COMMUNES_SHEET and group_of(sheet.cell(at, h["Xã, phường"]).value) == GROUP
                assert sheet.cell(at - 1, h["Mã"]).value != ws.cell(cell.row, 1).value  # the first of its lines
                group_links += 1
            else:
                assert sheet.title == SHEETS[2] and sheet.cell(at, h["Đơn vị"]).value == units[cell.column]
    assert group_links >= 5


def test_every_commune_row_is_a_line_of_the_commune_sheet(wb, rows):
    lines = _lines(wb[COMMUNES_SHEET])
    got = sorted((line["Xã, phường"].value, line["Mã"].value) for line in lines)
    assert got == sorted((m.unit, m.target) for m in _members(rows))
    plan = [s.id for s in target_specs(load_ref())]
    keys = [(plan.index(line["Mã"].value), line["Xã, phường"].value) for line in lines]
    assert keys == sorted(keys)  # in the plan's order, then by commune: a target's lines stand together


def test_commune_lines_link_to_their_evidence_rows(wb):
    lines = _lines(wb[COMMUNES_SHEET])
    assert lines
    for line in lines:
        status = line["Trạng thái"]
        assert status.hyperlink is not None, line["Xã, phường"].value
        sheet, at = _resolve(wb, status.hyperlink.location)
        h = _cols(sheet)
        assert sheet.title == SHEETS[2] and FIRST_ROW <= at <= sheet.max_row
        assert (sheet.cell(at, h["Mã"]).value, sheet.cell(at, h["Đơn vị"]).value) == (line["Mã"].value, line["Xã, phường"].value)


def test_the_commune_sheet_has_the_run_header_and_prints_like_the_others(wb):
    ws = wb[COMMUNES_SHEET]
    head = ws.cell(1, 1).value
    assert head.startswith("Lượt chạy 7") and "03/12/2026 02:00 (giờ Việt Nam)" in head and "/srv/inbox" in head
    assert ws.cell(HEADER_ROW, 1).value == "Xã, phường" and ws.cell(HEADER_ROW, 1).font.bold
    assert ws.freeze_panes == f"B{FIRST_ROW}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:{ws.cell(HEADER_ROW, ws.max_column).column_letter}{ws.max_row}"
    assert ws.print_title_rows in (f"${HEADER_ROW}:${HEADER_ROW}", f"{HEADER_ROW}:{HEADER_ROW}")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_a_figure_is_a_number(wb):
    lines = {(line["Xã, phường"].value, line["Mã"].value): line for line in _lines(wb[COMMUNES_SHEET])}
    ct4 = lines[("Ủy ban nhân dân xã Long Phước", "CT4")]
    assert ct4["Số liệu"].value == 8440 and ct4["Số liệu"].number_format == "#,##0"
    assert ct4["Đơn vị tính"].value == "người" and ct4["Số liệu (như văn bản)"].value == "8.440 người"
    assert ct4["Văn bản"].value.startswith("156/BC-UBND — Ủy ban nhân dân xã Long Phước")
    ct1 = lines[("Ủy ban nhân dân phường Long Khánh", "CT1")]  # a percent, stored as a share and shown as one
    assert ct1["Số liệu"].value == pytest.approx(0.8764) and ct1["Số liệu"].number_format.endswith("%")


def test_a_commune_count_is_never_rated_against_the_province_count(wb, rows):
    """CT4 is 1 triệu người dân for the province: xã Long Phước's 8.440 is reported, not 'Chưa đạt 0,84%'."""
    reported = labels()["status"]["reported"]["label"]
    for unit, count in (("Ủy ban nhân dân xã Long Phước", 8440), ("Ủy ban nhân dân phường Long Khánh", 15420)):
        row = next(r for r in rows if (r.target, r.unit) == ("CT4", unit))
        assert (row.status, row.value, row.abstained) == ("reported", None, False), unit
        assert row.figure.value == count and row.figure.rate is None  # its own count, not the province's quoted
        assert all(f.rate is None for e in row.evidence for f in e.figures if f.kind == "count")
        line = next(x for x in _lines(wb[COMMUNES_SHEET]) if (x["Xã, phường"].value, x["Mã"].value) == (unit, "CT4"))
        assert line["Trạng thái"].value == reported and line["Tỷ lệ (%)"].value is None
        detail = next(x for x in _lines(wb[SHEETS[1]]) if (x["Đơn vị"].value, x["Mã"].value) == (unit, "CT4"))
        assert detail["Trạng thái"].value == reported and detail["Tỷ lệ (%)"].value is None
        evidence = [x for x in _lines(wb[SHEETS[2]]) if (x["Đơn vị"].value, x["Mã"].value) == (unit, "CT4")]
        counts = [x for x in evidence if (x["Giá trị"].value or "").startswith(f"{count:,}".replace(",", "."))]
        assert counts and all(x["Tỷ lệ (%)"].value is None for x in counts)
    shares = ("0,84%", "1,54%", "= 81,25%")  # 8.440, 15.420 and the quoted 812.460 as shares of 1 triệu
    for ws in wb.worksheets:
        for line in ws.iter_rows(min_row=FIRST_ROW):
            for c in line:
                assert not (isinstance(c.value, str) and any(s in c.value for s in shares)), (ws.title, c.coordinate, c.value)
                if c.comment is not None:
                    assert not any(s in c.comment.text for s in shares), (ws.title, c.coordinate)
    review = wb[SHEETS[4]]
    abstained = labels()["issue"]["abstained"]
    assert not [r for r in range(FIRST_ROW, review.max_row + 1) if review.cell(r, 1).value == abstained
                and review.cell(r, 2).value == "CT4" and group_of(review.cell(r, 3).value or "")]  # no figure to choose


def test_a_commune_s_own_share_still_meets_a_percent_target(rows):
    """A percent target is every unit's bar: phường Long Khánh's 87,64% of its own staff meets CT1's 80%."""
    row = next(r for r in rows if (r.target, r.unit) == ("CT1", "Ủy ban nhân dân phường Long Khánh"))
    assert (row.status, round(row.value, 2)) == ("met", 87.64)


def test_a_reviewer_s_typed_count_for_a_commune_stays_a_count(rows):
    row = next(r for r in rows if (r.target, r.unit) == ("CT4", "Ủy ban nhân dân xã Long Phước"))
    d = Decision(subject="cell", action="correct", who="Nguyễn Thị Lan", target="CT4", unit=row.unit, value="8440")
    assert corrected_figure(row, d).rate is None
    lead = next(r for r in rows if (r.target, r.unit) == ("CT4", "Công an tỉnh"))
    assert corrected_figure(lead, Decision(subject="cell", action="correct", who="Lan", value="734512")).rate == pytest.approx(73.4512)


def test_a_workbook_without_communes_says_so(tmp_path):
    reference = load_ref()
    records = seed_records()
    path = export_workbook(build_matrix(records, reference, as_of=AS_OF), records, reference, tmp_path / "m.xlsx")
    ws = load_workbook(path)[COMMUNES_SHEET]
    assert ws.cell(FIRST_ROW, 1).value == labels()["communes"]["none"] and ws.max_row == FIRST_ROW
