"""The compliance workbook, read back with openpyxl; formula injection; LibreOffice's PDF conversion."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.reconcile.matrix import build_matrix
from pipeline.export.workbook import FIRST_ROW, HEADER_ROW, SHEETS, export_workbook, labels
from test_matrix import AS_OF, MUST_SHOW, RecordBuilder, load_ref, seed_records


@pytest.fixture(scope="module")
def reference():
    return load_ref()


@pytest.fixture(scope="module")
def seed_book(reference, tmp_path_factory) -> Path:
    records = seed_records() + [{"source": "corpus/damaged/encrypted_000.pdf", "sha256": None, "format": "pdf",
                                 "status": "error", "error": {"code": "encrypted", "message": "PDF is encrypted"},
                                 "document": None, "mentions": {}}]
    rows = build_matrix(records, reference, as_of=AS_OF)
    path = tmp_path_factory.mktemp("wb") / "matrix.xlsx"
    export_workbook(rows, records, reference, path)
    return path


def header_index(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[HEADER_ROW] if c.value}


def test_sheets_in_order(seed_book):
    assert load_workbook(seed_book).sheetnames == list(SHEETS)


@pytest.mark.parametrize("target,unit,role,status,value", MUST_SHOW)
def test_summary_cells(seed_book, target, unit, role, status, value):
    ws = load_workbook(seed_book)["Tổng hợp"]
    col = header_index(ws)[unit]
    row = next(r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value == target)
    text = ws.cell(row, col).value
    assert text.startswith(labels()["status"][status]["label"])
    assert ws.cell(row, col).fill.fgColor.rgb.endswith(labels()["status"][status]["fill"])
    assert ws.cell(row, col).font.bold == (role == "lead")
    if value is not None:
        assert text.endswith("100%")


@pytest.mark.parametrize("target,unit,role,status,value", MUST_SHOW)
def test_detail_rows(seed_book, target, unit, role, status, value):
    ws = load_workbook(seed_book)["Chi tiết"]
    h = header_index(ws)
    found = [r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, h["Mã"]).value == target and ws.cell(r, h["Đơn vị"]).value == unit]
    assert len(found) == 1
    r = found[0]
    assert ws.cell(r, h["Trạng thái"]).value == labels()["status"][status]["label"]
    assert ws.cell(r, h["Vai trò"]).value == labels()["role"][role]
    assert ws.cell(r, h["Tỷ lệ (%)"]).value == value


def test_detail_shows_figures_and_sources(seed_book):
    ws = load_workbook(seed_book)["Chi tiết"]
    h = header_index(ws)
    rows = {(ws.cell(r, 1).value, ws.cell(r, h["Đơn vị"]).value): r for r in range(FIRST_ROW, ws.max_row + 1)}
    ct1 = rows[("CT1", "Sở Công Thương")]
    assert ws.cell(ct1, h["Số liệu"]).value == "100% (81/81)"
    assert ws.cell(ct1, h["Tệp"]).value.endswith("000_484bce74a44e51ae.txt")
    assert ws.cell(ct1, h["Tỷ lệ (%)"]).number_format == "0.00"
    assert ws.cell(rows[("CT5", "Sở Công Thương")], h["Số liệu"]).value == "200 lượt người"
    assert ws.cell(rows[("CT4", "Công an tỉnh")], h["Quá hạn"]).value == labels()["flag_on"]


def test_layout_filters_freeze_widths_wrap(seed_book):
    wb = load_workbook(seed_book)
    ws = wb["Chi tiết"]
    assert ws.freeze_panes == f"A{FIRST_ROW}" and ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    assert ws.column_dimensions["C"].width >= 40
    assert ws.cell(FIRST_ROW, 3).alignment.wrap_text
    assert wb["Tổng hợp"].freeze_panes == f"C{FIRST_ROW}"
    legend = [c.value for c in wb["Tổng hợp"]["B"] if c.value]
    assert "Chú giải" in legend and all(labels()["status"][s]["label"] in legend for s in labels()["status"])


def test_evidence_register_review_reference(seed_book):
    wb = load_workbook(seed_book)
    ev = wb["Bằng chứng"]
    sentences = [c.value for c in ev["J"] if c.value]
    assert any("Đạt tỷ lệ 100% (81/81" in s for s in sentences)
    docs = wb["Văn bản"]
    assert docs.max_row == HEADER_ROW + 6
    statuses = [c.value for c in docs["C"]][HEADER_ROW:]
    assert statuses.count(labels()["record_status"]["error"]) == 1
    review = [c.value for c in wb["Cần xem xét"]["A"]][HEADER_ROW:]
    assert labels()["issue"]["document_error"] in review
    ref = wb["Kế hoạch 192"]
    assert [c.value for c in ref["A"]][HEADER_ROW:HEADER_ROW + 23] == ["CT1", "CT2", "CT3", "CT4", "CT5", "1.1", "1.2", "1.3", "2.1", "2.2",
                                                 "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4",
                                                 "5.1", "5.2", "5.3"]
    assert ref.cell(FIRST_ROW, 4).value == "80%" and ref.cell(FIRST_ROW + 3, 4).value == "1.000.000 người dân"


INJECTIONS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1:A3)", "=1+1"]


def test_text_from_documents_is_never_a_formula(reference, tmp_path):
    """Titles, issuers, signers, sentences and file names starting with = + - @ are stored as text."""
    b = RecordBuilder("=1+1 Báo cáo\nChỉ tiêu số 1: đạt 85% (=cmd|' /C calc'!A0).\n", "=evil.txt", role="report",
                      issuer="Sở Công Thương", title=INJECTIONS[0], number="+1+2",
                      signer={"name": "@SUM(A1:A3)", "position": "-2+3", "authority": None})
    b.add("indicators", "Chỉ tiêu số 1", "CT1", how="explicit")
    b.add("quantities", "85%", 85, kind="percent")
    rec = b.record()
    rec["mentions"]["indicators"][0]["sentence"] = "=1+1"
    rec["mentions"]["quantities"][0]["sentence"] = "-2+3 đạt 85%"
    rows = build_matrix([rec], reference, as_of=AS_OF)
    assert next(r for r in rows if r.target == "CT1" and r.unit == "Sở Công Thương").status == "met"  # 85% ≥ 80%
    out = tmp_path / "inj.xlsx"
    export_workbook(rows, [rec], reference, out)
    wb = load_workbook(out)
    seen = set()
    for ws in wb.worksheets:
        for line in ws.iter_rows():
            for c in line:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str) and c.value in INJECTIONS + ["=evil.txt"]:
                    assert c.quotePrefix
                    seen.add(c.value)
    assert seen >= {INJECTIONS[0], "+1+2", "@SUM(A1:A3)", "-2+3", "=1+1", "=evil.txt"}


def test_written_atomically(reference, tmp_path):
    out = tmp_path / "m.xlsx"
    out.write_bytes(b"old")
    rows = build_matrix(seed_records(), reference, as_of=AS_OF)
    export_workbook(rows, seed_records(), reference, out)
    assert load_workbook(out).sheetnames == list(SHEETS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.xlsx"]  # no temporary file left


def test_failed_write_keeps_the_previous_file(reference, tmp_path, monkeypatch):
    out = tmp_path / "m.xlsx"
    out.write_bytes(b"previous")
    import pipeline.export.workbook as wbmod

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(wbmod.Workbook, "save", boom)
    with pytest.raises(RuntimeError):
        export_workbook(build_matrix(seed_records(), reference, as_of=AS_OF), seed_records(), reference, out)
    assert out.read_bytes() == b"previous" and len(list(tmp_path.iterdir())) == 1


def test_libreoffice_converts_to_pdf(seed_book, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("soffice not installed: apt-get install -y libreoffice-calc-nogui")
    profile = tmp_path / "profile"
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(seed_book)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / (seed_book.stem + ".pdf")
    assert proc.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
