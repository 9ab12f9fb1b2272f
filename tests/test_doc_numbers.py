"""Document numbers: full number-and-symbol forms, back-references, and the look-alikes that are not numbers."""
from __future__ import annotations

import json
import re

import pytest

from extractors.doc_numbers import extract_doc_numbers, normalise_number
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data
from tests.conftest import GOLD, REAL, SEEDS, seed_stems

DATA = load_data("doc_numbers.yaml")


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = document_from_text(text)
    out = []
    for m in extract_doc_numbers(doc):
        assert doc.text[m.start:m.end] == m.text and m.text == m.text.strip()
        out.append((m.text, m.value, m.extra["how"]))
    return out


def _values(text: str) -> list[str]:
    return [v for _, v, _ in _found(text)]


@pytest.mark.parametrize("case", DATA["examples"], ids=lambda c: c["text"][:40])
def test_data_examples(case):
    assert _values(case["text"]) == case["values"]


@pytest.mark.parametrize("text", DATA["counter_examples"], ids=lambda t: t[:40])
def test_data_counter_examples(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    "raw, value",
    [
        ("192/KH- UBND", "192/KH-UBND"),
        ("1707/QÐ-UBND", "1707/QĐ-UBND"),  # U+00D0
        ("2561/UBND–KTN", "2561/UBND-KTN"),
        ("1234/QĐ-TTg", "1234/QĐ-TTG"),
        ("57 - NQ/TW", "57-NQ/TW"),
        ("157/TB_UBND", "157/TB-UBND"),
        ("01-kh/bcđtw", "01-KH/BCĐTW"),
    ],
)
def test_normalise_number(raw, value):
    assert normalise_number(raw) == value


# (text, [(surface text, value, how)])
CASES = [
    ("Căn cứ Kế hoạch số 433-KH/TU ngày 28/02/2025 của Tỉnh ủy",
     [("433-KH/TU", "433-KH/TU", "full")]),
    ("Thông báo số 2222/TB/SCT ngày 09/4/2025",
     [("2222/TB/SCT", "2222/TB/SCT", "full")]),
    ("theo Kế hoạch số 3906/KH-SCT. Sau đó, Kế hoạch 3906 được điều chỉnh",
     [("3906/KH-SCT", "3906/KH-SCT", "full"), ("Kế hoạch 3906", "3906/KH-SCT", "backref")]),
    ("Thực hiện Văn bản số 3077/SKHCN-CĐS; theo Văn bản 3077, các đơn vị báo cáo",
     [("3077/SKHCN-CĐS", "3077/SKHCN-CĐS", "full"), ("Văn bản 3077", "3077/SKHCN-CĐS", "backref")]),
    ("Nghị quyết số 57-NQ/TW của Bộ Chính trị. Triển khai Nghị quyết 57 trong toàn tỉnh",
     [("57-NQ/TW", "57-NQ/TW", "full"), ("Nghị quyết 57", "57-NQ/TW", "backref")]),
    # a back-reference to a Kế hoạch prefers the KH symbol over a Quyết định with the same number
    ("Quyết định số 45/QĐ-UBND và Kế hoạch số 45/KH-SYT; thực hiện Kế hoạch số 45 đúng hạn",
     [("45/QĐ-UBND", "45/QĐ-UBND", "full"), ("45/KH-SYT", "45/KH-SYT", "full"),
      ("Kế hoạch số 45", "45/KH-SYT", "backref")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=lambda x: str(x)[:40])
def test_cases(text, expected):
    assert _found(text) == expected


# (text, the values that are mentions) — everything else in the text is a trap
NOT_MENTIONS = [
    ("Kế hoạch 192 được triển khai", []),  # no full number to refer to
    ("Kế hoạch số 12/KH-UBND và Kế hoạch số 12/KH-SYT; Kế hoạch 12", ["12/KH-UBND", "12/KH-SYT"]),  # ambiguous
    ("Quyết định số 06/QĐ-TTg phê duyệt Đề án 06", ["06/QĐ-TTG"]),  # Đề án 06 is not a back-reference
    ("Quyết định số 06/QĐ-TTg; Kế hoạch 06", ["06/QĐ-TTG"]),  # a Kế hoạch needs a KH symbol
    ("I. KẾT QUẢ; 1.2. Nội dung; Điều 5; khoản 3 Điều 12", []),  # section numbers
    ("Thuymtt | 0937535647; ĐT: 0251.3822.111", []),  # phone numbers
    ("Email: sct@dongnai.gov.vn; https://sct.dongnai.gov.vn/192/KH-UBND", []),  # URLs
    ("ngày 29/5/2025; ngày 25-7-2025; 28.07.2025 14:15:48", []),  # dates
    ("đạt 100% (81/81 cán bộ); mô hình 4T; 3/5 chỉ tiêu; 80/100 điểm", []),  # ratios, 4T
    ("V/v báo cáo kết quả; Số:            /SCT-VP", []),  # V/v, a blank number
    ("Mẫu số 01/TSMH; Tờ khai 01/TCKT; Mẫu số: 01-1/BK-TSMH", []),  # form codes
]


@pytest.mark.parametrize("text, values", NOT_MENTIONS, ids=lambda x: str(x)[:40])
def test_not_mentions(text, values):
    assert _values(text) == values


@pytest.mark.parametrize("stem", seed_stems())
def test_seed_gold(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["mentions"]["doc_numbers"]
    doc = read_document(SEEDS / f"{stem}.txt")
    found = {m.value for m in extract_doc_numbers(doc)}
    assert set(gold["required"]) <= found
    assert found <= set(gold["required"]) | set(gold["optional"])


def test_seed_000_backref():
    doc = read_document(SEEDS / "000_484bce74a44e51ae.txt")
    refs = [(m.text, m.value) for m in extract_doc_numbers(doc) if m.extra["how"] == "backref"]
    assert refs == [("Kế hoạch 192", "192/KH-UBND")]


# Real rows whose number is not one clean number-and-symbol (typos in the source data).
_DAMAGED_ROWS = {"1830 QĐ-UBND", "251-BCĐ", "109/UBND - VX", "1722/UBND -KTN", "26/KH-BCĐ (138)",
                 "12/BCĐ (CAT-PC02)", "140/BCĐ VĐ HMTN", "90/TB-BCH PCTT-TKCN"}


def test_binhduong_numbers_found():
    """Every real number of Bình Dương's register is found in its own string, whole."""
    rows = [json.loads(line) for line in (REAL / "binhduong_numbers.jsonl").open(encoding="utf-8")]
    bad = []
    for r in rows:
        if not r["number"].strip() or r["number"] in _DAMAGED_ROWS:
            continue
        if _values(r["number"]) != [normalise_number(r["number"])]:
            bad.append(r["number"])
    assert bad == []


def test_binhduong_subjects():
    """Numbers cited in the (lower-cased) subjects are found once upper-cased; dates in them are not numbers."""
    rows = [json.loads(line) for line in (REAL / "binhduong_numbers.jsonl").open(encoding="utf-8")]
    expected = found = 0
    for r in rows:
        subject = r["subject"].upper()
        values = _values(subject)
        assert not any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", v) for v in values)
        cited = re.findall(r"(?<![\w/–-])\d+(?:[/-]\d{4})?[/-](?:[A-ZĐ]+\d*[-/])*[A-ZĐ]{2,}\d*\b", subject)
        expected += len(cited)
        found += sum(1 for c in cited if any(v.startswith(normalise_number(c)) for v in values))
    assert found / expected > 0.97


def test_congbao_no_look_alikes():
    """Real Công báo texts: no date, phone number or ratio comes out as a number; every value looks like one."""
    shape = re.compile(r"\d+(?:\.\d+)?(?:-\d{4})?[/-](?:\d{4}/)?[A-ZĐ][A-ZĐ0-9&]*(?:[-/][A-ZĐ][A-ZĐ0-9&]*)*")  # BKH&ĐT: a joint code
    n = 0
    for path in sorted((REAL / "congbao").glob("*.txt")):
        doc = document_from_text(path.read_text(encoding="utf-8"))
        for m in extract_doc_numbers(doc):
            n += 1
            assert doc.text[m.start:m.end] == m.text
            assert shape.fullmatch(m.value), (path.name, m.text)
            assert not re.search(r"/(?:Ngày|NGÀY)|^\d{1,2}/\d{1,2}/\d{4}$", m.text)
    assert n > 3000
