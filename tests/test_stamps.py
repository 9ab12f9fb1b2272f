"""E-office stamps read in place (issue: Real inbox), on the real born-digital files of ../shared/corpus/real/files.

The number and day are text drawn in signature-widget appearances; the PDF
reader flattens them into the page and lays them into the printed line
(``Số: 1547/SNV-TCBC``). Scored against the header gold written by looking at
the rendered pages (corpus/real_gold). An incoming-register stamp is never the
document's number or date.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
FILES = ROOT.parent / "shared" / "corpus" / "real" / "files"
GOLD = [g for part in ("headers_01_15.json", "headers_16_30.json")
        for g in json.loads((ROOT / "corpus" / "real_gold" / part).read_text(encoding="utf-8"))]
BORN_DIGITAL = [g for g in GOLD if g["layer"] == "born_digital"]

pytestmark = pytest.mark.skipif(not FILES.is_dir(), reason="../shared/corpus/real/files not present")


def _norm(number: str | None) -> str | None:
    return None if number is None else "".join(number.split()).upper()


def test_the_stamp_is_laid_into_its_line():
    doc = read_pdf(FILES / "real-05.pdf")
    assert "Số: 1547/SNV-TCBC" in doc.text and "ngày 18 tháng 9 năm 2025" in doc.text
    assert any("stamps read in place" in w for w in doc.warnings)
    assert doc.page_at(doc.text.index("1547")) == 1  # provenance: the stamp's page like any other text


@pytest.fixture(scope="module")
def fields(real_records) -> dict[str, dict]:
    return {name: r["document"] or {} for name, r in real_records.items()}


@pytest.mark.parametrize("gold", BORN_DIGITAL, ids=lambda g: g["file"])
def test_born_digital_number_and_date(fields, gold):
    got = fields[gold["file"]]
    assert (_norm(got.get("number")), got.get("issue_date")) == (_norm(gold["number"]), gold["issue_date"])


def test_a_register_stamp_is_not_the_number_or_date(fields):
    """real-15 carries "ĐẾN Số: 4707 Ngày: 13/03/2025" over its header (in the image)."""
    got = fields["real-15.pdf"]
    assert got.get("number") == "779/QĐ-UBND" and got.get("issue_date") == "2022-03-23"
