"""Tasks: cites of Plan 192's tasks and sentences that carry one out."""
from __future__ import annotations

import json
import time

import pytest

from extractors.indicators import extract_indicators
from extractors.tasks import _head, extract_tasks
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data
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
    # in-house training is for the body's own staff (1.1); a mass organisation's staff are not (3.3 is theirs)
    ("Tổ chức bồi dưỡng nội bộ cho phóng viên, biên tập viên về ứng dụng trí tuệ nhân tạo trong sản xuất tin, bài.", {"1.1"}),
    ("- 100% cơ sở Hội có ít nhất 01 cán bộ nòng cốt được tập huấn về ứng dụng AI trong công tác Hội.", set()),
    ("Tổ chức 2 lớp tập huấn ứng dụng AI cho cán bộ Hội Cựu chiến binh các xã.", set()),
    ("Tổ chức 2 lớp tập huấn ứng dụng AI cho công chức Văn phòng và cán bộ Hội đồng nhân dân phường.", {"1.1"}),
    # classes for the elderly (4.3) vs neighbourhood members going door to door (4.2)
    ("Mở 40 lớp hướng dẫn người cao tuổi khám bệnh từ xa, thanh toán viện phí qua ứng dụng ngân hàng.", {"4.3"}),
    ("Các ấp phân công đoàn viên thanh niên đến từng nhà hướng dẫn người cao tuổi cài đặt ứng dụng VNeID.", {"4.2"}),
    ("Tổ công nghệ số cộng đồng hướng dẫn người dân tại trụ sở Công an phường.", set()),
    # community learning sessions under another name (4.1); the centre is a place, not a session
    ("Tổ chức 320 buổi “Chủ nhật số”, sinh hoạt học tập cộng đồng tại các ấp.", {"4.1"}),
    ("Sửa chữa Trung tâm học tập cộng đồng xã Phú Lý.", set()),
    # "trí tuệ nhân tạo" ≡ "AI" before words are compared with the task texts
    ("+ Học phần 2: kiến thức, kỹ năng ứng dụng trí tuệ nhân tạo trong xử lý công việc.", {"1.1"}),
    ("Chủ đề 3 – ứng dụng trí tuệ nhân tạo trong công việc hằng ngày;", {"1.1"}),
    ("Tăng cường ứng dụng trí tuệ nhân tạo trong giám định bảo hiểm y tế.", set()),
    # one sentence of a long task is enough (4.1's first two sentences; 2.1's first)
    ("Tổ chức 60 buổi sinh hoạt học tập kỹ năng số cho người dân trên địa bàn các xã biên giới, "
     "tập trung nội dung thiết thực, áp dụng ngay.", {"4.1"}),
    ("Đưa kỹ năng số cơ bản vào chương trình giáo dục học sinh ngay từ cấp tiểu học.", {"2.1"}),
    ("Giáo dục nghề nghiệp tại các trung tâm được sắp xếp lại theo cấp tỉnh.", set()),
    ("Thông tư này quy định chuẩn chuyên môn, nghiệp vụ của nhà giáo giáo dục nghề nghiệp.", set()),
    ("Tổ chức 12 buổi tuyên truyền cho người dân trên địa bàn xã về phòng chống cháy nổ.", set()),
    # the head before a list of details is compared on its own
    ("Mở 50 buổi học tập kỹ năng số tại các xã, phường cho người dân, chọn nội dung thiết thực, có thể áp dụng "
     "ngay: mở tài khoản định danh điện tử, nộp thuế trực tuyến, trả tiền nước qua ví điện tử, nhận diện tin nhắn "
     "giả mạo ngân hàng, đặt lịch khám bệnh qua ứng dụng.", {"4.1"}),
    # cán bộ of cooperatives are not the public sector's (task 1.3); công chức still are
    ("Tổ chức 4 lớp tập huấn chuyển đổi số cho cán bộ quản lý các tổ hợp tác trồng tiêu.", set()),
    ("Mở 7 lớp bồi dưỡng kỹ năng số cho cán bộ, xã viên của 90 hợp tác xã.", set()),
    ("Tổ chức 2 lớp tập huấn chuyển đổi số cho cán bộ, công chức phụ trách kinh tế hợp tác xã của các xã.", {"1.3"}),
    ("Tổ chức 3 lớp bồi dưỡng kỹ năng số cho cán bộ các phòng chuyên môn.", {"1.3"}),
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


def test_head_is_what_comes_before_a_list() -> None:
    assert _head("Tổ chức 9 buổi hướng dẫn tại khu phố, nội dung gần gũi: cài VNeID, thanh toán số.") == (
        "Tổ chức 9 buổi hướng dẫn tại khu phố, nội dung gần gũi")
    assert _head("Nội dung: kỹ năng số cơ bản, an toàn thông tin.") is None
    assert _head("Tổ chức 9 buổi hướng dẫn tại khu phố.") is None


# A training sentence that names no one takes the document's main audience.
UNNAMED_TRAINING = "Trong năm, tổ chức 5 lớp tập huấn về chuyển đổi số, nền tảng số.\n"


def test_audience_of_cooperatives_is_not_the_public_sector() -> None:
    coop = ("Liên minh Hợp tác xã tỉnh đề nghị các hợp tác xã báo cáo. Cán bộ quản lý hợp tác xã, "
            "người lao động của hợp tác xã, tổ hợp tác và doanh nghiệp nhỏ tham gia.\n")
    public = "Sở Tài chính cử công chức, viên chức tham gia; cán bộ, công chức các phòng cùng học.\n"
    assert "1.3" not in values(coop + UNNAMED_TRAINING)
    assert "1.3" in values(public + UNNAMED_TRAINING)


def test_synonyms_reach_the_task_texts() -> None:
    """The plan writes "trí tuệ nhân tạo (AI)" in 2.1: its canonical text holds "AI" once."""
    from extractors.tasks import _canonical, _model

    m = _model()
    assert _canonical("kỹ năng sử dụng trí tuệ nhân tạo (AI) trong giáo dục", m.synonyms) == (
        "kỹ năng sử dụng AI trong giáo dục")


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


# ---- a list or a range after one cue (data/tasks.yaml explicit_examples) ----

EXPLICIT = load_data("tasks.yaml")


@pytest.mark.parametrize("case", EXPLICIT["explicit_examples"], ids=lambda c: c["text"])
def test_explicit_list_examples(case: dict) -> None:
    doc = document_from_text(case["text"] + "\n")
    got = [m for m in extract_tasks(doc) if m.extra["how"] == "explicit"]
    assert [m.value for m in got] == case["ids"]
    assert all(doc.text[m.start:m.end] == m.text for m in got)


@pytest.mark.parametrize("case", EXPLICIT["explicit_counter_examples"], ids=lambda c: c["text"])
def test_explicit_list_counter_examples(case: dict) -> None:
    got = [m.value for m in extract_tasks(document_from_text(case["text"] + "\n")) if m.extra["how"] == "explicit"]
    assert got == case["ids"]
