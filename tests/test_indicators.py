"""Indicators: cites (``Chỉ tiêu số 1``) and restatements of Plan 192's five targets."""
from __future__ import annotations

import json

import pytest

from extractors.indicators import extract_indicators
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data
from tests.conftest import GOLD, SEEDS, seed_stems


# Cites count only in a document about Plan 192 or its programme; this preamble makes one and gives nothing.
PREAMBLE = "Báo cáo kết quả triển khai chương trình “Bình dân học vụ số” năm 2025.\n"


def values(text: str) -> list[str]:
    return [m.value for m in extract_indicators(document_from_text(PREAMBLE + text))]


CASES = [
    # (text, [(surface text of the mention, value, how)])
    ("1. Chỉ tiêu số 1: (80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn tỉnh "
     "có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc.)",
     [("Chỉ tiêu số 1", "CT1", "explicit"),
      ("80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn tỉnh có hiểu biết về "
       "chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc", "CT1", "restated")]),
    ("Kết quả chỉ tiêu 5 và chỉ tiêu số 2 như sau:", [("chỉ tiêu 5", "CT5", "explicit"), ("chỉ tiêu số 2", "CT2", "explicit")]),
    ("Đã hoàn thành các chỉ tiêu số 1, 3 và 5.", [("chỉ tiêu số 1", "CT1", "explicit"), ("3", "CT3", "explicit"), ("5", "CT5", "explicit")]),
    ("- 80% người lao động trong các doanh nghiệp có kiến thức cơ bản về công nghệ số, có kỹ năng số.",
     [("80% người lao động trong các doanh nghiệp có kiến thức cơ bản về công nghệ số, có kỹ năng số", "CT5", "restated")]),
    # traps: a participation target for staff, a ratio, another figure, a figure that is not a target's
    ("100% CBCCVC của Sở tham gia ít nhất một hình thức học tập trong Kế hoạch này", []),
    ("Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức) so với Kế hoạch 192.", []),
    ("Chuyên đề 1: Kiến thức về chuyển đổi số, công nghệ số, kỹ năng số cho cán bộ", []),
    # a difference in percentage points, a decimal, a heading over a numbered list item
    ("Tỷ lệ đạt 86,4%, cao hơn chỉ tiêu 6,4 điểm phần trăm.", []),
    ("Tỷ lệ đạt 92%, vượt chỉ tiêu 2 điểm phần trăm; chỉ tiêu 4,5 lần.", []),
    ("II. NỘI DUNG, CHỈ TIÊU\n1. Phát sóng chuyên mục “Công dân số” mỗi tuần 02 số.", []),
    ("Kết quả thực hiện Chỉ tiêu số 4 đến ngày 31/10/2025 như sau:", [("Chỉ tiêu số 4", "CT4", "explicit")]),
    # a restatement in other words ("ở" for "trong các", "dùng được" for "sử dụng được")
    ("mục tiêu 80% người lao động ở doanh nghiệp, hợp tác xã có kỹ năng số, dùng được thiết bị thông minh "
     "trong sản xuất, kinh doanh.",
     [("80% người lao động ở doanh nghiệp, hợp tác xã có kỹ năng số, dùng được thiết bị thông minh trong sản xuất, "
       "kinh doanh", "CT5", "restated")]),
    ("80% người lao động ở doanh nghiệp được đóng bảo hiểm xã hội đầy đủ.", []),
    ("phấn đấu đạt chỉ tiêu 1 triệu người dân được xác nhận trên nền tảng VNeID", [("1 triệu người dân được xác nhận trên nền tảng VNeID", "CT4", "restated")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = document_from_text(PREAMBLE + text)
    got = [(m.text, m.value, m.extra["how"]) for m in extract_indicators(doc)]
    assert got == expected
    for m in extract_indicators(doc):
        assert doc.text[m.start:m.end] == m.text


DATA = load_data("indicators.yaml")


@pytest.mark.parametrize("case", DATA["explicit_examples"] + DATA["restated_examples"] + DATA["described_examples"], ids=lambda c: c["text"][:40])
def test_data_examples(case: dict) -> None:
    assert sorted(set(values(case["text"]))) == sorted(case["values"])


@pytest.mark.parametrize("text", DATA["explicit_counter_examples"])
def test_data_explicit_counter_examples(text: str) -> None:
    assert [m for m in extract_indicators(document_from_text(PREAMBLE + text)) if m.extra["how"] == "explicit"] == []


def test_preamble_alone_gives_nothing() -> None:
    assert values("") == []


def test_cites_only_in_documents_about_the_plan() -> None:
    """``chỉ tiêu số 3`` of a decree on another programme is that programme's target."""
    other = "Nghị quyết về chương trình mục tiêu giảm nghèo bền vững.\nKết quả thực hiện chỉ tiêu số 3 đạt 95%."
    assert [m.value for m in extract_indicators(document_from_text(other))] == []
    cited = "Nghị quyết về chương trình mục tiêu.\nKết quả thực hiện chỉ tiêu số 3 tại Phụ lục 1 Kế hoạch 192 đạt 95%."
    assert [m.value for m in extract_indicators(document_from_text(cited))] == ["CT3"]


@pytest.mark.parametrize("text", DATA["restated_counter_examples"])
def test_data_restated_counter_examples(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("text", DATA["described_counter_examples"])
def test_data_described_counter_examples(text: str) -> None:
    """A population and a few of a target's words are not its restatement."""
    assert values(text) == []


def test_described_once_per_sentence() -> None:
    """``cán bộ``, ``công chức`` and ``viên chức`` all cue CT1: one sentence still gives one mention."""
    text = DATA["described_examples"][0]["text"]
    found = [m for m in extract_indicators(document_from_text(PREAMBLE + text)) if m.value == "CT1"]
    assert len(found) == 1 and found[0].extra["how"] == "restated"


@pytest.mark.parametrize("stem", seed_stems())
def test_seeds_against_gold(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["mentions"]["indicators"]
    found = {m.value for m in extract_indicators(read_document(SEEDS / f"{stem}.txt"))}
    assert set(gold["required"]) <= found
    assert found <= set(gold["required"]) | set(gold["optional"])
