"""Digital signatures as evidence (issue: Real inbox): every signed real file's signatures listed and
checked offline (pipeline/ingest/signatures.py), shown in the Văn bản sheet and on the evidence page."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.ingest.signatures import read_signatures
from tests.conftest import REAL_FILES

pytestmark = pytest.mark.skipif(not REAL_FILES.is_dir(), reason="../shared/corpus/real/files not present")

# Found by pyHanko in every PDF of the folder; the unsigned ones are scans or printed exports.
SIGNED = {"real-03.pdf": 2, "real-04.pdf": 1, "real-05.pdf": 5, "real-06.pdf": 5, "real-07.pdf": 8, "real-08.pdf": 4,
          "real-09.pdf": 4, "real-10.pdf": 1, "real-12.pdf": 4, "real-13.pdf": 1, "real-14.pdf": 5, "real-15.pdf": 2,
          "real-16.pdf": 1, "real-20.pdf": 1}


@pytest.mark.parametrize("name", sorted(p.name for p in REAL_FILES.glob("*.pdf")) if REAL_FILES.is_dir() else [])
def test_every_signature_is_listed_and_checked(real_records, name):
    sigs = real_records[name]["signatures"]
    assert len(sigs) == SIGNED.get(name, 0)
    for s in sigs:
        assert s["signer"] and s["organisation"] and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", s["signed_at"])
        assert s["intact"] is (name != "real-15.pdf")  # real-15's signed bytes were changed after signing
        assert s["covers"] in ("entire_file", "earlier_revision")


def test_the_leader_and_the_office_are_told_apart():
    sigs = read_signatures(REAL_FILES / "real-05.pdf")
    assert sigs[0]["signer"] == "Nguyễn Đức Vũ" and sigs[0]["organisation"] == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert sigs[1]["signer"] == "SỞ NỘI VỤ" and sigs[-1]["covers"] == "entire_file"


def test_bytes_before_the_header_are_skipped():
    data = (REAL_FILES / "real-13.pdf").read_bytes()
    assert data.find(b"%PDF") == 21
    assert [s["intact"] for s in read_signatures(REAL_FILES / "real-13.pdf")] == [True]


def _signed_range_byte(data: bytes) -> int:
    """An offset inside the first signed byte range, inside a stream's data (the file still parses)."""
    first = int(re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)", data).group(1))
    at = data.find(b"stream", 0, first)
    assert at > 0
    return at + 200


def test_altering_one_signed_byte_makes_it_not_intact(tmp_path):
    src = REAL_FILES / "real-16.pdf"
    assert [s["intact"] for s in read_signatures(src)] == [True]
    data = bytearray(src.read_bytes())
    at = _signed_range_byte(bytes(data))
    data[at] ^= 0x01
    changed = tmp_path / "real-16-altered.pdf"
    changed.write_bytes(bytes(data))
    sigs = read_signatures(changed)
    assert len(sigs) == 1 and sigs[0]["intact"] is False


def test_an_unsigned_or_broken_file_gives_no_signatures(tmp_path):
    broken = tmp_path / "x.pdf"
    broken.write_bytes(b"%PDF-1.7\n/ByteRange [0 1 2 3] garbage")
    assert read_signatures(broken) == []
    assert read_signatures(REAL_FILES / "real-01.pdf") == []


def test_the_documents_sheet_and_evidence_page_show_them(real_records, tmp_path):
    from pipeline.export.evidence_html import render_document
    from pipeline.export.workbook import FIRST_ROW, HEADER_ROW, SHEETS, export_workbook
    from pipeline.reconcile.matrix import build_matrix
    from pipeline.core.plan192 import load_reference

    records = [real_records["real-05.pdf"], real_records["real-15.pdf"]]
    path = tmp_path / "m.xlsx"
    export_workbook(build_matrix(records, load_reference()), records, load_reference(), path)
    ws = load_workbook(path)[SHEETS[3]]
    head = [c.value for c in ws[HEADER_ROW]]
    col = head.index("Chữ ký số")
    cells = {Path(r[0].value).name: r[col].value for r in ws.iter_rows(min_row=FIRST_ROW) if r[0].value}
    assert "SỞ NỘI VỤ" in cells["real-05.pdf"] and "nguyên vẹn" in cells["real-05.pdf"]
    assert "đã bị thay đổi sau khi ký" in cells["real-15.pdf"]
    page = render_document("x", real_records["real-05.pdf"])
    assert "Chữ ký số (5)" in page and "Nguyễn Đức Vũ" in page and "nguyên vẹn" in page
