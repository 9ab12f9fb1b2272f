"""Dates and months: day-first shapes, ranges (one mention per end), blank place-and-date lines, and look-alikes."""
from __future__ import annotations

import json
import re

import pytest

from extractors.dates import extract_dates
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data
from tests.conftest import GOLD, REAL, SEEDS, seed_stems

DATA = load_data("dates.yaml")


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = document_from_text(text)
    out = []
    last_end = -1
    for m in extract_dates(doc):
        assert doc.text[m.start:m.end] == m.text and m.text == m.text.strip()
        assert m.start >= last_end, "mentions overlap"
        last_end = m.end
        out.append((m.text, m.value, m.extra["precision"]))
    return out


def _values(text: str) -> list[str]:
    return [v for _, v, _ in _found(text)]


@pytest.mark.parametrize("case", DATA["examples"], ids=lambda c: c["text"][:40])
def test_data_examples(case):
    assert _values(case["text"]) == case["values"]


@pytest.mark.parametrize("text", DATA["counter_examples"], ids=lambda t: t[:40])
def test_data_counter_examples(text):
    assert _values(text) == []


# (text, [(surface text, value, precision)])
CASES = [
    ("Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở",
     [("ngày 03/11/2025", "2025-11-03", "day")]),
    ("Hà Nội, ngày 01 tháng 7 năm 2025",
     [("ngày 01 tháng 7 năm 2025", "2025-07-01", "day")]),
    ("diễn ra từ  ngày 8-10/10/2025.",
     [("ngày 8", "2025-10-08", "day"), ("10/10/2025", "2025-10-10", "day")]),
    ("hội thao 14 – 16/11/2025 tại Biên Hòa",
     [("14", "2025-11-14", "day"), ("16/11/2025", "2025-11-16", "day")]),
    ("từ ngày 01/4 đến ngày 09/4/2025",
     [("ngày 01/4", "2025-04-01", "day"), ("ngày 09/4/2025", "2025-04-09", "day")]),
    ("Thời gian: Từ tháng 08/2025 đến tháng 11/2025.",
     [("tháng 08/2025", "2025-08", "month"), ("tháng 11/2025", "2025-11", "month")]),
    ("từ tháng 5 đến hết tháng 12 năm 2025",
     [("tháng 5", "2025-05", "month"), ("tháng 12 năm 2025", "2025-12", "month")]),
    ("Biên Hòa, ngày …… tháng 10 năm 2025",
     [("tháng 10 năm 2025", "2025-10", "month")]),
    ("Thời gian ký: 28.07.2025 14:15:48 +07:00",
     [("28.07.2025", "2025-07-28", "day")]),
    ("Công văn số 108-CV/TU ngày 18/4/2025 của Tỉnh Ủy Đồng Nai ngày 17/7/2025",
     [("ngày 18/4/2025", "2025-04-18", "day"), ("ngày 17/7/2025", "2025-07-17", "day")]),
    ("dịp lễ 30/4 và 01/5/2025",
     [("30/4", "2025-04-30", "day"), ("01/5/2025", "2025-05-01", "day")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=lambda x: str(x)[:40])
def test_cases(text, expected):
    assert _found(text) == expected


NOT_MENTIONS = [
    "Kế hoạch năm 2025 trên địa bàn tỉnh",  # a bare year
    "giai đoạn 2025-2030, tầm nhìn đến năm 2045",  # a period of years
    "Định kỳ 06 tháng/lần; báo cáo định kỳ 06 tháng; 6 tháng đầu năm 2025",  # periods
    "kết quả quý III/2025 và quý 3/2025",  # quarters
    "Nghị định số 01/2025/NĐ-CP; Nghị định số 34/2016/NĐ-CP; Thông tư 15/2024/TT-BTC",  # numbers
    "Đồng Nai, ngày          tháng     năm 2025",  # month blank too
    "ngày 31/02/2025; ngày 30 tháng 2 năm 2024; tháng 13/2025",  # not on the calendar
    "ngày quốc khánh 02/9; từ ngày 01/4",  # no year anywhere
    "đạt 81/81 cán bộ; tỷ lệ 1/2000; đợt 2/2014",  # ratios and counts
    "Thuymtt | 0937535647",
]


@pytest.mark.parametrize("text", NOT_MENTIONS, ids=lambda t: t[:40])
def test_not_mentions(text):
    assert _values(text) == []


@pytest.mark.parametrize("stem", seed_stems())
def test_seed_gold(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["mentions"]["dates"]
    doc = read_document(SEEDS / f"{stem}.txt")
    found = {m.value for m in extract_dates(doc)}
    assert set(gold["required"]) <= found
    assert found <= set(gold["required"]) | set(gold["optional"])


def test_binhduong_date_column():
    """Every real issue date of Bình Dương's register (DD/MM/YYYY) is read day first."""
    rows = [json.loads(line) for line in (REAL / "binhduong_numbers.jsonl").open(encoding="utf-8")]
    for r in rows:
        d, m, y = r["date"].split("/")
        assert _values(r["date"]) == [f"{y}-{m}-{d}"], r["date"]


def test_binhduong_subject_dates():
    """Dates cited in real subjects (``ngày 10/7/2022``, ``tháng 7/2021``) are all found."""
    rows = [json.loads(line) for line in (REAL / "binhduong_numbers.jsonl").open(encoding="utf-8")]
    missed = []
    for r in rows:
        s = r["subject"]
        got = set(_values(s))
        want = {f"{y}-{int(m):02d}-{int(d):02d}"
                for d, m, y in re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])", s)}
        want |= {f"{y}-{int(m):02d}" for m, y in re.findall(r"tháng (\d{1,2})/((?:19|20)\d\d)(?![\d/])", s)}
        if want - got:
            missed.append(s)
    assert missed == []


def test_congbao_no_number_dates():
    """Real Công báo texts: no date is taken from a number-symbol like 34/2016/NĐ-CP."""
    n = 0
    for path in sorted((REAL / "congbao").glob("*.txt")):
        doc = document_from_text(path.read_text(encoding="utf-8"))
        for m in extract_dates(doc):
            n += 1
            after = doc.text[m.end:m.end + 2]
            assert not re.match(r"/[A-ZĐ\d]", after), (path.name, m.text, after)
            assert re.match(r"(?:ngày|tháng|\d)", m.text, re.I), m.text
    assert n > 4000
