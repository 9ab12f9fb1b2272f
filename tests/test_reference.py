"""Plan 192's reference: regenerated from every rendition of the plan, it equals data/plan192.json."""
from __future__ import annotations

import json

import pytest

from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.plan192 import load_reference
from pipeline.reconcile.reference import (REFERENCE_FILE, parse_deadline, parse_parties, parse_reference, parse_target,
                                          reference_json)
from schemas.reference import Party, Reference, Target
from tests.conftest import SEEDS

PLAN = "003_b28077b9c0207294"


@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
def test_regenerated_reference_is_identical(ext: str) -> None:
    path = SEEDS / f"{PLAN}.{ext}"
    if not path.exists():
        pytest.skip(f"no {ext} rendition")
    assert reference_json(parse_reference(read_document(path))) == REFERENCE_FILE.read_text(encoding="utf-8")


def test_reference_contents() -> None:
    ref = load_reference()
    assert ref.plan == "192/KH-UBND"
    assert [i.id for i in ref.indicators] == ["CT1", "CT2", "CT3", "CT4", "CT5"]
    assert [t.id for t in ref.tasks] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3",
                                         "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3"]
    ct1 = ref.indicator("CT1")
    assert ct1.target == Target("percent", 80)
    assert ct1.population == "cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước"
    assert ct1.lead == ("Sở Nội vụ",)
    assert ct1.coordinating == (Party("các sở, ban, ngành, địa phương"),)
    assert ref.indicator("CT4").target == Target("count", 1000000, "người dân")
    assert ref.indicator("CT5").lead == ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Ban Quản lý các Khu công nghiệp")
    assert ref.task("5.1").lead == ("Ủy ban nhân dân cấp xã",)  # its cell is split from its row in every rendition
    assert ref.task("5.1").coordinating == ("Sở Khoa học và Công nghệ",)
    assert ref.task("2.4").deadline is None
    assert ref.task("1.3").lead == ("Sở Nội vụ",)  # "Sở Nội Vụ"
    assert ref.task("5.3").group.title.startswith("Triển khai các mô hình")
    assert load_reference() is ref
    assert Reference.from_json(json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))) == ref


@pytest.mark.parametrize("cell, parties", [
    ("Giám đốc Sở Nội vụ, Phó Trưởng Ban Chỉ đạo.", ("Sở Nội vụ",)),
    ("Thủ trưởng các sở, ban, ngành, địa phương là thành viên Ban Chỉ đạo", (Party("các sở, ban, ngành, địa phương"),)),
    ("Tỉnh đoàn, các sở, ban, ngành, địa phương, các tổ chức chính trị - xã hội, các cơ sở giáo dục và đào tạo nghề.",
     ("Tỉnh đoàn", Party("các sở, ban, ngành, địa phương"), Party("các tổ chức chính trị - xã hội"),
      Party("các cơ sở giáo dục và đào tạo nghề"))),
    ("- Đoàn\nTNCS\nHồ Chí\nMinh tỉnh\n- Tổ công nghệ số cộng đồng.\n- Giảng viên nguồn",
     ("Tỉnh đoàn", "Tổ công nghệ số cộng đồng", Party("giảng viên nguồn"))),
])
def test_parse_parties(cell: str, parties: tuple) -> None:
    assert parse_parties(cell) == parties


@pytest.mark.parametrize("cell, deadline", [("2025", "2025"), ("202 5", "2025"), ("Tháng 12/2025", "2025-12"), ("", None)])
def test_parse_deadline(cell: str, deadline: str | None) -> None:
    assert parse_deadline(cell) == deadline


def test_parse_target() -> None:
    assert parse_target("100% học sinh trung học và sinh viên được trang bị kiến thức") == (Target("percent", 100), "học sinh trung học và sinh viên")
    assert parse_target("2 triệu người dân tham gia học tập") == (Target("count", 2000000, "người dân"), "người dân")


# A variant plan: other figures, a wrapped cell, a group header merged into its first row and a
# cell split off its row (what the TXT/DOCX exports of the real plan do), other units.
VARIANT = """KẾ HOẠCH
Phụ lục 1
PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU
(Ban hành kèm theo Kế hoạch số 77/KH-UBND ngày 2 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh)

\tSTT
\tNhiệm vụ
\tGiao trách nhiệm chính
\tĐề nghị phối hợp
\tThời gian

\t1
\t90% cán bộ, công chức, viên chức trong các cơ quan nhà nước có kỹ năng số.
\tGiám đốc Sở
Nội vụ
\tCác sở, ban, ngành
\tTháng 10/2025

Phụ lục 2
NHIỆM VỤ
\tSTT
\tNhiệm vụ
\tĐơn vị chủ trì
\tĐơn vị phối hợp
\tThời gian

\t1
\tPhổ cập kỹ năng số cho người dân
\t1.1
\tMở lớp cho người cao tuổi

- Hội Nông dân tỉnh

\tSở Khoa học và Công nghệ
\t2025
"""


def test_variant_layout() -> None:
    ref = parse_reference(document_from_text(VARIANT))
    assert ref.plan == "77/KH-UBND"
    ct1 = ref.indicators[0]
    assert (ct1.target, ct1.lead, ct1.deadline) == (Target("percent", 90), ("Sở Nội vụ",), "2025-10")
    task = ref.tasks[0]
    assert (task.id, task.group.title, task.text) == ("1.1", "Phổ cập kỹ năng số cho người dân", "Mở lớp cho người cao tuổi")
    assert (task.lead, task.coordinating, task.deadline) == (("Hội Nông dân tỉnh",), ("Sở Khoa học và Công nghệ",), "2025")
