"""Tasks: cites of Plan 192's tasks and sentences that carry one out."""
from __future__ import annotations

import json
import time

import pytest

from extractors.indicators import extract_indicators
from extractors.tasks import extract_tasks
from pipeline.assemble import document_from_text
from pipeline.read import read_document
from pipeline.resources import load_data
from tests.conftest import GOLD, SEEDS, seed_stems

# Content matching only runs in documents about the programme; this preamble makes one and gives no task.
PREAMBLE = "Kế hoạch triển khai chương trình “Bình dân học vụ số” năm 2025 về chuyển đổi số.\n"


def values(text: str) -> set[str]:
    return {m.value for m in extract_tasks(document_from_text(PREAMBLE + text))}


def test_preamble_alone_gives_nothing() -> None:
    assert values("") == set()


CASES = [
    # (text, {values}) — report sentences in other words, other numbers, other places
    ("- Bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc.", {"1.1"}),
    ("Mô hình “Chợ số” được đánh giá cao.", {"5.3"}),
    ("Triển khai thí điểm mô hình chợ 4.0 thanh toán không dùng tiền mặt tại chợ Tân Biên", {"5.3"}),
    ("Tổ chức 3 lớp tập huấn kỹ năng số cho 150 cán bộ, công chức cấp xã", {"1.3"}),
    ("Tổ chức 02 lớp bồi dưỡng kiến thức kỹ năng số cho 60 giảng viên nguồn của tỉnh", {"1.2"}),
    ("Phát động phong trào “Gia đình số” tại 12 khu phố của phường Long Bình.", {"5.2"}),
    ("- Đảm bảo có ít nhất 01 công chức hỗ trợ, hướng dẫn người dân thao tác trên Cổng dịch vụ công.", {"5.1"}),
    ("Hội Nông dân tỉnh tổ chức 4 lớp hướng dẫn hội viên nông dân sử dụng ứng dụng AI trên điện thoại.", {"3.4"}),
    ("Thực hiện nhiệm vụ 1.2 tại Phụ lục 2, Sở đã cử 5 công chức tham gia.", {"1.2"}),
    ("Kết quả thực hiện mục 5.3 Phụ lục 2 Kế hoạch 192/KH-UBND:", {"5.3"}),
    # traps: own section numbers, other training, a digital-government phrase, elderly staff
    ("Nội dung tại mục 1.1 của Kế hoạch này được giữ nguyên.", set()),
    ("Tổ chức 3 lớp tập huấn kỹ năng số cho 150 hội viên phụ nữ", set()),
    ("Một số ít cán bộ lớn tuổi còn gặp khó khăn trong việc tiếp cận công nghệ mới.", set()),
    ("Đề nghị ban hành các tài liệu hướng dẫn chi tiết hơn về ứng dụng AI trong các lĩnh vực cụ thể.", set()),
    ("Lập dự toán kinh phí gửi Sở Khoa học và Công nghệ tổng hợp.", set()),
    ("- Khuyến khích CBCCVC chủ động tham gia các khóa học trực tuyến đại chúng mở (MOOC).", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_cases(text: str, expected: set[str]) -> None:
    assert values(text) == expected


def test_spans_and_how() -> None:
    doc = document_from_text(PREAMBLE + "Mô hình “Chợ số” được đánh giá cao. Thực hiện nhiệm vụ 1.2 như sau.")
    got = [(m.text, m.value, m.extra["how"]) for m in extract_tasks(doc)]
    assert got == [("Mô hình “Chợ số”", "5.3", "content"), ("nhiệm vụ 1.2", "1.2", "explicit")]


def test_not_about_the_programme() -> None:
    text = "b) Thành viên hộ gia đình cùng tham gia bảo hiểm y tế. Tổ chức tập huấn nghiệp vụ cho cán bộ, công chức."
    assert {m.value for m in extract_tasks(document_from_text(text))} == set()


TASKS = load_data("tasks.yaml")["tasks"]


@pytest.mark.parametrize("tid, text, expected", [(tid, t, v) for tid, spec in TASKS.items() for t, v in spec.get("examples", [])])
def test_data_examples(tid: str, text: str, expected: list[str]) -> None:
    assert tid in values(text) and set(expected) <= values(text)


@pytest.mark.parametrize("tid, text", [(tid, t) for tid, spec in TASKS.items() for t in spec.get("counter_examples", [])])
def test_data_counter_examples(tid: str, text: str) -> None:
    assert tid not in values(text)


@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("stem", seed_stems())
def test_seeds_against_gold(stem: str, ext: str) -> None:
    path = SEEDS / f"{stem}.{ext}"
    if not path.exists():
        pytest.skip(f"no {ext} rendition")
    doc = read_document(path)
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["mentions"]["tasks"]
    found = set()
    for m in extract_tasks(doc):
        assert doc.text[m.start:m.end] == m.text
        found.add(m.value)
    assert set(gold["required"]) <= found
    assert found <= set(gold["required"]) | set(gold["optional"])


def test_plan_annex_rows_are_explicit() -> None:
    doc = read_document(SEEDS / "003_b28077b9c0207294.txt")
    explicit = {m.value for m in extract_tasks(doc) if m.extra["how"] == "explicit"}
    assert len(explicit) == 18


def test_speed_on_seeds() -> None:
    docs = [read_document(p) for p in sorted(SEEDS.glob("*.txt"))]
    list(extract_tasks(docs[0]))  # models and data load
    start = time.process_time()  # CPU time: other processes on the machine do not count
    for doc in docs:
        list(extract_tasks(doc))
        list(extract_indicators(doc))
    assert time.process_time() - start < 0.5
