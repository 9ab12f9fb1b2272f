"""Figure attribution (pipeline/reconcile/attribution.py): which figure of a report is the unit's result, or none.

Each case is a short report through the real extractors, then the matrix: the
cell's status and rate, with the distractor figures the issue named (shares of
classes, school records, communes, households; interim dates; goals; quoted
units; a commune's count against the province's 1 triệu).
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pipeline.core.plan192 import load_reference
from pipeline.extract import extract_mentions, record_for
from pipeline.ingest.assemble import document_from_text
from pipeline.reconcile.matrix import build_matrix, review_items
from pipeline.reconcile.population import compatibility, reason_text, words
from schemas.mention import DocumentFields

AS_OF = date(2026, 1, 15)


HEAD = "BÁO CÁO\nKết quả thực hiện các chỉ tiêu Chương trình “Bình dân học vụ số” theo Kế hoạch số 192/KH-UBND\n"


def report(text: str, issuer: str, role: str = "report", issue_date: str = "2025-11-20", name: str = "r.txt") -> dict[str, Any]:
    doc = document_from_text(HEAD + text, path=name)
    fields = DocumentFields(type="bao_cao", role=role, issuer=issuer, issue_date=issue_date)
    return record_for(name, doc, fields, extract_mentions(doc))


def cell(records: list[dict[str, Any]], target: str, unit: str):
    rows = build_matrix(records, load_reference(), as_of=AS_OF)
    found = [r for r in rows if (r.target, r.unit) == (target, unit)]
    assert len(found) == 1
    return found[0]


# (text, issuer, target, status, rate)
CASES = [
    # a share of classes opened next to the CT1 result
    ("1. Chỉ tiêu số 1: Tỷ lệ hoàn thành kế hoạch mở lớp đạt 100% (12/12 lớp). "
     "Kết quả: 12.960/15.000 cán bộ, công chức, viên chức và người lao động đã hoàn thành khóa học, đạt 86,4%.",
     "Sở Nội vụ", "CT1", "met", 86.4),
    # school records are not students
    ("Chỉ tiêu số 2: Tỷ lệ học bạ số được triển khai ở cấp THCS đạt 92,5%. "
     "Có 97,8% học sinh trung học được trang bị kiến thức, kỹ năng số.",
     "Sở Giáo dục và Đào tạo", "CT2", "not_met", 97.8),
    # a count of communes is no rate; the count of people is (the lead answers for the province)
    ("Chỉ tiêu số 4: Toàn tỉnh có 734.512 người dân được xác nhận trên nền tảng VNeID; còn 21 xã đạt dưới 50%.",
     "Công an tỉnh", "CT4", "not_met", 73.45),
    # households are not adults
    ("Chỉ tiêu số 3: Tỷ lệ hộ gia đình có thành viên sử dụng dịch vụ công trực tuyến đạt 80,1%; "
     "tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản đạt 81,7%.",
     "Ủy ban nhân dân phường Trấn Biên", "CT3", "met", 81.7),
    # the latest as-of date speaks
    ("Chỉ tiêu số 3: Tính đến ngày 30/9/2025, tỷ lệ người dân trưởng thành có kỹ năng số đạt 71,2%; "
     "tính đến ngày 31/10/2025, tỷ lệ người dân trưởng thành có kỹ năng số đạt 83,6%.",
     "Sở Khoa học và Công nghệ", "CT3", "met", 83.6),
    # a hoped-for target is never a result
    ("Chỉ tiêu số 2: Hiện có 95,5% học sinh trung học được trang bị kỹ năng số; phấn đấu đạt 100% trong quý IV.",
     "Sở Giáo dục và Đào tạo", "CT2", "not_met", 95.5),
    # above 100% is not a share of people
    ("Chỉ tiêu số 5: Số người lao động được tập huấn đạt 106% so với kế hoạch.",
     "Sở Công Thương", "CT5", "reported", None),
    # another unit's rate quoted never sets the issuer's cell
    ("Chỉ tiêu số 3: Theo số liệu của Sở Khoa học và Công nghệ, tỷ lệ người dân trưởng thành có kỹ năng số đạt 78%. "
     "Tỉnh đoàn đã tổ chức 120 buổi hướng dẫn cho 5.400 lượt người.",
     "Tỉnh đoàn", "CT3", "reported", None),
    # a commune's count is never rated against the province-wide 1 triệu
    ("Chỉ tiêu số 4: Trên địa bàn xã đã có 8.440 người dân được xác nhận trên nền tảng VNeID.",
     "Ủy ban nhân dân xã Long Phước", "CT4", "reported", None),
    # a table's total row is the unit's figure, the other rows are parts
    ("Chỉ tiêu số 1: kết quả theo đơn vị:\n\n\tSTT\n\tĐơn vị\n\tTổng số CBCCVC\n\tĐã hoàn thành\n\tTỷ lệ (%)\n\n"
     "\t1\n\tPhòng Kinh tế\n\t40\n\t38\n\t95\n\n\t2\n\tPhòng Nội vụ\n\t60\n\t42\n\t70\n\n"
     "\tTổng cộng\n\t100\n\t80\n\t80\n",
     "Ủy ban nhân dân xã Phú Lý", "CT1", "met", 80.0),
    # the result in a ratio against a stated total
    ("Chỉ tiêu số 5: Đã tập huấn cho 1.200 người lao động trên tổng số 1.500 người lao động của các hợp tác xã.",
     "Liên minh Hợp tác xã tỉnh", "CT5", "met", 80.0),
    # a summary names each target's lead: that lead's result is not the issuer's own
    ("1. Chỉ tiêu 1 – Cán bộ, công chức\nĐơn vị chủ trì: Sở Nội vụ.\n"
     "Kết quả: 41.275/47.830 người hoàn thành ít nhất một khóa học, đạt 86,3%.",
     "Sở Khoa học và Công nghệ", "CT1", "reported", None),
    # ... and where the issuer is the named lead, the result is its own
    ("3. Chỉ tiêu 3 – Người dân\nĐơn vị chủ trì: Sở Khoa học và Công nghệ.\n"
     "Kết quả: tỷ lệ người dân trưởng thành có kỹ năng số đạt 76,5%.",
     "Sở Khoa học và Công nghệ", "CT3", "not_met", 76.5),
    # a bare number against a stated total, no percent printed; the earlier date gives way
    ("Chỉ tiêu số 1: tính đến ngày 30/9/2025, tỷ lệ cán bộ, công chức đạt 72,5%. Tính đến ngày 31/10/2025, toàn tỉnh "
     "có 41.286 trên tổng số 49.520 cán bộ, công chức, viên chức đã hoàn thành chương trình.",
     "Sở Nội vụ", "CT1", "met", 83.37),
    # "đạt yêu cầu là 74,2%" is a result, not the bar
    ("Chỉ tiêu số 3: qua khảo sát, tỷ lệ hội viên đạt yêu cầu là 74,2% (11.872/16.000 hội viên). "
     "Khoảng 30% hội viên là người cao tuổi.",
     "Hội Nông dân tỉnh", "CT3", "not_met", 74.2),
    # a percent and its counts that agree to the rounding are one figure, not two that disagree
    ("Chỉ tiêu số 2: toàn ngành có 298.640 trên tổng số 308.350 học sinh trung học và sinh viên "
     "được trang bị kỹ năng số, đạt 96,85%.",
     "Sở Giáo dục và Đào tạo", "CT2", "not_met", 96.85),
    # the target named by its people and content, no number cited: its result still counts
    ("1. Về tỷ lệ cán bộ, công chức, viên chức và người lao động có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng "
     "được các nền tảng, dịch vụ số phục vụ công việc\nPhường đã mở 9/9 lớp (đạt 100% kế hoạch). Tính đến ngày "
     "30/9/2025, tỷ lệ cán bộ, công chức, viên chức và người lao động đạt yêu cầu là 76,85% (249/324 người).",
     "Ủy ban nhân dân phường Trấn Biên", "CT1", "not_met", 76.85),
    # two sources for one date ("cùng thời điểm") that disagree: abstain, though one is in the cited sentence
    ("Chỉ tiêu số 3: tính đến ngày 31/10/2025 có 19.870/25.400 người dân trong độ tuổi trưởng thành có kỹ năng số "
     "(78,23%). Theo số liệu trên hệ thống của xã cùng thời điểm, số người dân trong độ tuổi trưởng thành có kỹ năng "
     "số là 21.180 người (83,39%).",
     "Ủy ban nhân dân xã Tân Phú", "CT3", "reported", None),
    # a table's date stands in the sentence above it; the earlier figure in prose gives way
    ("Chỉ tiêu số 1: tính đến ngày 30/9/2025, toàn Sở có 115/168 cán bộ, công chức hoàn thành (68,45%). "
     "Kết quả tính đến ngày 31/10/2025 của từng đơn vị như sau:\n\n\tSTT\n\tĐơn vị\n\tTổng số CBCCVC\n"
     "\tĐã hoàn thành\n\tTỷ lệ (%)\n\n\t1\n\tVăn phòng Sở\n\t40\n\t36\n\t90\n\n"
     "\t2\n\tPhòng Tổ chức\n\t128\n\t106\n\t82,81\n\n\tTổng cộng\n\t168\n\t142\n\t84,52\n",
     "Sở Nội vụ", "CT1", "met", 84.52),
    # two own rates of one date that nothing tells apart: abstain
    ("Chỉ tiêu số 1: tỷ lệ cán bộ, công chức được tập huấn đạt 90%, tỷ lệ cán bộ, công chức được cấp chứng nhận đạt 70%.",
     "Sở Tài chính", "CT1", "reported", None),
]


@pytest.mark.parametrize("text,issuer,target,status,rate", CASES, ids=[c[2] + " " + c[1] for c in CASES])
def test_the_cell_takes_the_unit_s_result(text, issuer, target, status, rate):
    row = cell([report(text, issuer)], target, issuer)
    assert (row.status, None if row.value is None else round(row.value, 2)) == (status, rate), row.reasons


def test_an_abstained_cell_lists_its_candidates_for_review():
    rec = report(CASES[-1][0], "Sở Tài chính")
    rows = build_matrix([rec], load_reference(), as_of=AS_OF)
    row = next(r for r in rows if (r.target, r.unit) == ("CT1", "Sở Tài chính"))
    assert row.abstained and {f.label() for f in row.candidates} == {"90%", "70%"}
    items = [i for i in review_items(rows, [rec]) if i["issue"] == "abstained" and i["target"] == "CT1"]
    assert len(items) == 2 and all("tỷ lệ cán bộ, công chức được tập huấn" in i["detail"] for i in items)


def test_a_later_report_speaks_and_an_abstaining_one_does_not_rate():
    early = report("Chỉ tiêu số 3: tỷ lệ người dân trưởng thành có kỹ năng số đạt 71,2%.", "Sở Khoa học và Công nghệ",
                   issue_date="2025-10-05", name="a.txt")
    late = report("Chỉ tiêu số 3: tỷ lệ người dân trưởng thành có kỹ năng số đạt 83,6%.", "Sở Khoa học và Công nghệ",
                  issue_date="2025-11-20", name="b.txt")
    row = cell([early, late], "CT3", "Sở Khoa học và Công nghệ")
    assert (row.status, row.value) == ("met", 83.6) and row.conflicts


def test_an_issuer_that_is_no_unit_makes_no_cell():
    rec = report("Chỉ tiêu số 1: tỷ lệ cán bộ, công chức đạt 90%.", "Sở Y tế")
    rows = build_matrix([rec], load_reference(), as_of=AS_OF)
    assert not [r for r in rows if r.unit == "Sở Y tế"]
    assert any(i["issue"] == "not_a_unit" for i in review_items(rows, [rec]))


@pytest.mark.parametrize("phrase,target,fits", words()["examples"]["compatible"])
def test_population_examples(phrase, target, fits):
    """data/attribution.yaml's examples: what a phrase counts, against each target's population (plan192.json)."""
    ref = load_reference()
    pops = {i.id: i.population for i in ref.indicators}
    others = tuple(p for t, p in pops.items() if t != target)
    assert (compatibility(phrase, pops[target], others).grade != "no") == fits


def test_reasons_read_in_vietnamese():
    fit = compatibility("kế hoạch mở lớp", load_reference().indicator("CT1").population)
    assert reason_text(fit.reason) == "số liệu đếm “kế hoạch” (tiến độ kế hoạch), không phải đối tượng của chỉ tiêu"
    assert "counts kế hoạch" in reason_text(fit.reason, "en")


def test_another_provinces_report_makes_no_cell_and_says_why():
    """Sở Nội vụ tỉnh Lâm Đồng reports 90%: not the home Sở Nội vụ's cell; the review item names another province."""
    rec = report("Chỉ tiêu số 1: tỷ lệ cán bộ, công chức được tập huấn đạt 90%.", "Sở Nội vụ tỉnh Lâm Đồng")
    rows = build_matrix([rec], load_reference(), as_of=AS_OF)
    assert not [r for r in rows if r.unit in ("Sở Nội vụ", "Sở Nội vụ tỉnh Lâm Đồng") and (r.figure or r.evidence)]
    items = [i for i in review_items(rows, [rec]) if i["unit"] == "Sở Nội vụ tỉnh Lâm Đồng"]
    assert [i["issue"] for i in items] == ["other_province"]
