"""The compliance matrix on the seed corpus and on variants of it.

Records are contract lines built by hand from the seeds' gold answers, with the
mentions' real positions in the normalised seed texts (``RecordBuilder``), so
the matrix is tested apart from the extractors; ``test_matrix_on_real_extraction``
runs it on ``bdhv extract``'s output when the extractors are there.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.ingest.assemble import document_from_text
from pipeline.reconcile.attribution import assign_quantities
from pipeline.reconcile.matrix import build_matrix, deadline_date, unique_documents, write_matrix_json
from pipeline.core.resources import load_data
from pipeline.core.sentences import sentence_at

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
AS_OF = date(2026, 1, 15)


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def load_ref():
    """Plan 192's reference: data/plan192.json, or parsed from seed 003 until that file lands."""
    if (ROOT / "data" / "plan192.json").exists():
        from pipeline.core.plan192 import load_reference
        return load_reference()
    from pipeline.reconcile.reference import parse_reference
    return parse_reference(document_from_text(seed_path("003").read_text(encoding="utf-8")))


class RecordBuilder:
    """A contract line for a text, with mentions placed at the real offsets of given substrings."""

    def __init__(self, text: str, source: str, **document: Any) -> None:
        self.text = document_from_text(text).text
        self.source = source
        self.document = {"number": None, "symbol": None, "type": "ke_hoach", "role": "plan", "issuer": None,
                         "issue_date": None, "title": None, "signer": None} | document
        self.mentions: dict[str, list[dict[str, Any]]] = {k: [] for k in
                                                          ("doc_numbers", "dates", "quantities", "units", "indicators", "tasks")}

    @classmethod
    def seed(cls, prefix: str, **document: Any) -> "RecordBuilder":
        p = seed_path(prefix)
        return cls(p.read_text(encoding="utf-8"), f"corpus/seeds/{p.name}", **document)

    def add(self, kind: str, needle: str, value: Any, /, nth: int = 0, after: str | None = None, **extra: Any) -> "RecordBuilder":
        pos = self.text.index(after) if after else 0
        start = self.text.index(needle, pos)
        for _ in range(nth):
            start = self.text.index(needle, start + 1)
        end = start + len(needle)
        self.mentions[kind].append({"value": value, "text": needle, "start": start, "end": end, "page": None,
                                    "confidence": 1.0, **extra, "sentence": sentence_at(self.text, start, end)})
        return self

    def record(self) -> dict[str, Any]:
        return {"source": self.source, "sha256": "0" * 64, "format": Path(self.source).suffix[1:], "status": "ok",
                "error": None, "document": self.document, "mentions": self.mentions}


def seed_000() -> RecordBuilder:
    """The Sở Công Thương report (gold 000): CT1 met 100% from 81/81, CT5 200 lượt người."""
    b = RecordBuilder.seed("000", type="cong_van", role="report", issuer="Sở Công Thương", issue_date="2025-11",
                           symbol="SCT-VP", title="báo cáo kết quả thực hiện các chỉ tiêu")
    b.add("quantities", "hơn 600 bài viết", 600, kind="count", unit="bài viết", qualifier="hơn")
    b.add("quantities", "4 doanh nghiệp", 4, kind="count", unit="doanh nghiệp")
    b.add("quantities", "01 doanh nghiệp", 1, kind="count", unit="doanh nghiệp")
    b.add("indicators", "Chỉ tiêu số 1", "CT1", how="explicit")
    b.add("quantities", "80%", 80, after="Chỉ tiêu số 1", kind="percent")
    b.add("quantities", "170 lượt người", 170, kind="count", unit="lượt người")
    b.add("quantities", "250 lượt người", 250, kind="count", unit="lượt người")
    b.add("quantities", "81 lượt người", 81, kind="count", unit="lượt người")
    b.add("quantities", "02 đơn vị", 2, kind="count", unit="đơn vị")
    b.add("quantities", "100%", 100, kind="percent")
    b.add("quantities", "81/81", "81/81", kind="ratio", numerator=81, denominator=81)
    b.add("indicators", "Chỉ tiêu số 5", "CT5", how="explicit")
    b.add("quantities", "80%", 80, after="Chỉ tiêu số 5", kind="percent")
    b.add("quantities", "200 lượt người", 200, kind="count", unit="lượt người")
    b.add("tasks", "Mô hình “Chợ số”", "5.3", how="content")
    return b


def seed_records() -> list[dict[str, Any]]:
    """The five seeds as contract lines (gold documents and required indicators/tasks)."""
    r001 = RecordBuilder.seed("001", issuer="Sở Công Thương")
    r001.add("tasks", "lớp tập huấn, bồi dưỡng chuyên sâu", "1.3", how="content")
    r001.add("quantities", "100%", 100, kind="percent")
    r002 = RecordBuilder.seed("002", issuer="Ban Quản lý các Khu công nghiệp")
    r002.add("indicators", "80% cán bộ, công chức, viên chức và người lao động trong Ban", "CT1", how="restated")
    r002.add("indicators", "80% người lao động trong các doanh nghiệp", "CT5", how="restated")
    r002.add("tasks", "Bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc", "1.1", how="content")
    r002.add("tasks", "Tham gia các lớp bồi dưỡng, tập huấn", "1.3", how="content")
    r002.add("tasks", "ít nhất một nhân sự", "5.1", how="content")
    r003 = RecordBuilder.seed("003", number="192/KH-UBND", symbol="KH-UBND", issuer="Ủy ban nhân dân tỉnh",
                              issue_date="2025-05-29")
    for i, needle in enumerate(["80% cán bộ", "100% học sinh", "80% người dân", "1 triệu người dân", "80% người lao động"], 1):
        r003.add("indicators", needle, f"CT{i}", how="restated")
    r003.add("tasks", "Mô hình “Chợ số - Nông thôn số”", "5.3", how="content")
    r004 = RecordBuilder.seed("004", symbol="KH-SKHCN", issuer="Sở Khoa học và Công nghệ", issue_date="2025")
    r004.add("indicators", "80% người trưởng thành", "CT3", how="restated")
    r004.add("tasks", "Kiến thức và kỹ năng ứng dụng AI trong công việc", "1.1", how="content")
    r004.add("tasks", "Kiến thức kỹ năng số cho các giảng viên nguồn", "1.2", how="content")
    r004.add("tasks", "Tập huấn, hướng dẫn cán bộ cấp xã", "1.3", how="content")
    return [seed_000().record(), r001.record(), r002.record(), r003.record(), r004.record()]


def cell(rows: list[dict[str, Any]], target: str, unit: str) -> dict[str, Any]:
    found = [r for r in rows if r["target"] == target and r["unit"] == unit]
    assert len(found) == 1, f"{len(found)} rows for ({target}, {unit})"
    return found[0]


@pytest.fixture(scope="module")
def reference():
    return load_ref()


@pytest.fixture(scope="module")
def seed_json(reference, tmp_path_factory) -> list[dict[str, Any]]:
    rows = build_matrix(seed_records(), reference, as_of=AS_OF)
    out = tmp_path_factory.mktemp("m") / "matrix.json"
    write_matrix_json(rows, out)
    return json.loads(out.read_text(encoding="utf-8"))


# (target, unit, role, status, value) — the issue's "must show" list.
MUST_SHOW = [
    ("CT1", "Sở Công Thương", "self", "met", 100.0),
    ("CT5", "Sở Công Thương", "lead", "reported", None),
    ("CT1", "Ban Quản lý các Khu công nghiệp", "self", "planned", None),
    ("CT5", "Ban Quản lý các Khu công nghiệp", "lead", "planned", None),
    ("CT3", "Sở Khoa học và Công nghệ", "lead", "planned", None),
    ("CT2", "Sở Giáo dục và Đào tạo", "lead", "no_information", None),
    ("CT4", "Công an tỉnh", "lead", "no_information", None),
    ("5.3", "Sở Công Thương", "lead", "reported", None),
    ("1.2", "Sở Khoa học và Công nghệ", "lead", "planned", None),
]


@pytest.mark.parametrize("target,unit,role,status,value", MUST_SHOW)
def test_must_show_cells(seed_json, target, unit, role, status, value):
    row = cell(seed_json, target, unit)
    assert (row["role"], row["status"], row["value"]) == (role, status, value)
    for key in ("target", "unit", "role", "status", "value", "evidence"):
        assert key in row


def test_ct1_sct_figure_is_100_percent_from_81_of_81(seed_json):
    row = cell(seed_json, "CT1", "Sở Công Thương")
    assert row["figure"]["kind"] == "percent" and row["figure"]["basis"] == "81/81"
    assert row["figure"]["label"] == "100% (81/81)"
    assert "Đạt tỷ lệ 100% (81/81" in row["figure"]["sentence"]
    assert row["evidence"][0]["source"].endswith("000_484bce74a44e51ae.txt")


def test_ct5_sct_shows_200_people(seed_json):
    row = cell(seed_json, "CT5", "Sở Công Thương")
    assert row["figure"]["value"] == 200 and row["figure"]["unit"] == "lượt người"
    assert row["figure"]["label"] == "200 lượt người"


def test_restated_80_percent_is_not_a_result(seed_json):
    """``Chỉ tiêu số 5: (80% người lao động …)`` restates the target: CT5 is reported, not met."""
    row = cell(seed_json, "CT5", "Sở Công Thương")
    assert all(f["value"] != 80 for e in row["evidence"] for f in e["figures"])


def test_plan_192_is_not_evidence(seed_json):
    assert not [r for r in seed_json if r["unit"] == "Ủy ban nhân dân tỉnh" and r["role"] == "self"]
    assert all(not e["source"].startswith("corpus/seeds/003") for r in seed_json for e in r["evidence"])


def test_every_target_has_its_lead_rows(seed_json, reference):
    ids = [i.id for i in reference.indicators] + [t.id for t in reference.tasks]
    assert ids[:5] == ["CT1", "CT2", "CT3", "CT4", "CT5"] and len(ids) == 23
    for tid in ids:
        assert any(r["target"] == tid for r in seed_json)
    assert {r["unit"] for r in seed_json if r["target"] == "CT5" and r["role"] == "lead"} == {
        "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Ban Quản lý các Khu công nghiệp"}
    assert {r["unit"] for r in seed_json if r["target"] == "CT5" and r["role"] == "coordinator"} >= {
        "Liên minh Hợp tác xã tỉnh", "Hiệp hội doanh nghiệp tỉnh"}


def test_overdue_means_deadline_passed_without_report(seed_json):
    assert cell(seed_json, "CT4", "Công an tỉnh")["overdue"] is True
    assert cell(seed_json, "CT1", "Sở Công Thương")["overdue"] is False
    assert cell(seed_json, "CT1", "Ban Quản lý các Khu công nghiệp")["overdue"] is True


def test_coordinators_are_never_overdue(seed_json):
    coordinators = [r for r in seed_json if r["role"] == "coordinator"]
    assert coordinators and not any(r["overdue"] for r in coordinators)
    assert any(r["overdue"] for r in seed_json if r["role"] == "lead")


def test_not_overdue_before_deadline(reference):
    rows = build_matrix(seed_records(), reference, as_of=date(2025, 7, 1))
    assert not any(r.overdue for r in rows)


def test_renditions_count_once(reference):
    recs = seed_records()
    pdf = json.loads(json.dumps(recs[0]))
    pdf["source"] = pdf["source"].replace(".txt", ".pdf")
    pdf["format"] = "pdf"
    for ms in pdf["mentions"].values():
        for m in ms:
            m["page"] = 2
    docs = unique_documents(recs + [pdf])
    assert len(docs) == 5
    rows = build_matrix(recs + [pdf], reference, as_of=AS_OF)
    row = next(r for r in rows if (r.target, r.unit) == ("CT1", "Sở Công Thương"))
    assert len(row.evidence) == 1 and row.evidence[0].also_in and row.conflicts == []
    assert row.evidence[0].page == 2  # the PDF is kept: it has pages


def test_renditions_that_differ_are_a_review_item(reference):
    """A rendition that lost a task (another reader, another conversion) does not silently decide the cell:
    the review queue names the target and which files link it."""
    from pipeline.reconcile.matrix import review_items
    recs = seed_records()
    sct = next(r for r in recs if r["document"].get("issuer") == "Sở Công Thương")
    pdf = json.loads(json.dumps(sct))
    pdf["source"], pdf["format"] = sct["source"].replace(".txt", ".pdf"), "pdf"
    lost = sorted(m["value"] for m in pdf["mentions"]["indicators"])[0]
    pdf["mentions"]["indicators"] = [m for m in pdf["mentions"]["indicators"] if m["value"] != lost]
    rows = build_matrix(recs + [pdf], reference, as_of=AS_OF)
    items = [i for i in review_items(rows, recs + [pdf]) if i["issue"] == "renditions_differ"]
    assert [(i["target"], i["unit"]) for i in items] == [(lost, "Sở Công Thương")]
    assert Path(sct["source"]).name in items[0]["detail"] and Path(pdf["source"]).name in items[0]["detail"]
    assert not [i for i in review_items(build_matrix(recs, reference, as_of=AS_OF), recs) if i["issue"] == "renditions_differ"]


def test_error_and_issuerless_records_are_skipped(reference):
    bad = {"source": "x.pdf", "sha256": None, "format": "pdf", "status": "error",
           "error": {"code": "encrypted"}, "document": None, "mentions": {}}
    rows = build_matrix(seed_records() + [bad], reference, as_of=AS_OF)
    assert len(rows) == len(build_matrix(seed_records(), reference, as_of=AS_OF))


@pytest.mark.parametrize("deadline,expected", [
    ("2025", "2025-12-31"), ("2025-06", "2025-06-30"), ("2025-12", "2025-12-31"), ("2025-02", "2025-02-28"),
    (None, None), ("", None), ("quý III", None),
])
def test_deadline_date(deadline, expected):
    assert deadline_date(deadline) == expected


def test_assign_quantities_up_to_next_indicator():
    b = seed_000()
    owned = assign_quantities(b.mentions, {"CT1", "CT5", "5.3"})
    ct1 = [q["text"] for q in owned["CT1"]]
    assert ct1 == ["80%", "170 lượt người", "250 lượt người", "81 lượt người", "02 đơn vị", "100%", "81/81"]
    assert [q["text"] for q in owned["CT5"]] == ["80%", "200 lượt người"]  # 80%s restate: figures_for drops them
    assert "hơn 600 bài viết" not in ct1  # before any indicator mention


def test_matrix_json_is_a_list_of_plain_rows(seed_json):
    assert isinstance(seed_json, list) and seed_json
    json.dumps(seed_json, ensure_ascii=False)


def real_seed_records() -> list[dict[str, Any]]:
    """Every seed rendition (TXT, DOCX, PDF) through the real extractors.

    Document fields come from ``extractors.fields`` when it is there, else from the gold answers.
    """
    from pipeline.extract import extract_file, extract_mentions, record_for
    from pipeline.ingest.read import read_document
    from schemas.mention import DocumentFields

    try:
        from extractors.fields import extract_fields  # noqa: F401
        return [extract_file(p) for p in sorted(SEEDS.glob("*.*"))]
    except ImportError:
        pass
    gold_dir = ROOT.parent / "shared" / "gold" / "seeds"
    records = []
    for p in sorted(SEEDS.glob("*.*")):
        gold = json.loads((gold_dir / f"{p.stem}.json").read_text(encoding="utf-8"))["document"]
        doc = read_document(p)
        fields = DocumentFields(**{k: v for k, v in gold.items() if k != "signer"})
        records.append(record_for(p, doc, fields, extract_mentions(doc)))
    return records


def test_matrix_on_real_extraction(reference):
    """The seeds' 15 renditions through the extractors, then the matrix: the must-show cells."""
    try:
        records = real_seed_records()
    except ImportError as e:
        pytest.skip(f"extractors not all there yet: {e}")
    assert len(records) == 15
    rows = [r.to_json() for r in build_matrix(records, reference, as_of=AS_OF)]
    ct1 = cell(rows, "CT1", "Sở Công Thương")
    assert ct1["figure"]["label"] == "100% (81/81)" and len(ct1["evidence"]) == 1
    assert cell(rows, "CT5", "Sở Công Thương")["figure"]["label"] == "200 lượt người"
    wrong = []
    for target, unit, role, status, value in MUST_SHOW:
        found = [r for r in rows if r["target"] == target and r["unit"] == unit]
        got = (found[0]["status"], found[0]["value"]) if found else None
        if got != (status, value):
            wrong.append((target, unit, got, (status, value)))
    assert not wrong, wrong


# --- a held-out style corpus: other units, figures above and below targets, ratios, counts
# against a population, issuers given by alias. Mentions come from the real extractors.

HELDOUT: list[tuple[str, dict[str, Any], str]] = [
    ("snv_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Sở Nội Vụ", "issue_date": "2025-12-05"}, """\
BÁO CÁO
Kết quả thực hiện chỉ tiêu Chương trình “Bình dân học vụ số” năm 2025
1. Chỉ tiêu số 1: 80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn tỉnh có hiểu biết về chuyển đổi số, kỹ năng số.
Kết quả: đã có 4.520/5.000 cán bộ, công chức, viên chức hoàn thành khóa học trên nền tảng, đạt tỷ lệ 90,4%.
2. Nhiệm vụ tổ chức các lớp bồi dưỡng, tập huấn để cập nhật, nâng cao trình độ về chuyển đổi số cho cán bộ, công chức: đã tổ chức 12 lớp với 960 học viên.
"""),
    ("cat_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Công an tỉnh Đồng Nai", "issue_date": "2025-12-10"}, """\
BÁO CÁO
Kết quả thực hiện chỉ tiêu số 4 Kế hoạch 192/KH-UBND
Chỉ tiêu 4: 1 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số trên nền tảng VNeID.
Kết quả: tính đến ngày 30/11/2025, toàn tỉnh đã có 734.512 người dân được xác nhận trên nền tảng VNeID.
"""),
    ("sgd_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Sở GD&ĐT", "issue_date": "2025-12-01"}, """\
BÁO CÁO
Kết quả triển khai chương trình “Bình dân học vụ số” trong ngành giáo dục
Chỉ tiêu số 2: 100% học sinh trung học và sinh viên được trang bị kiến thức, kỹ năng số.
Kết quả: 98,2% học sinh trung học được trang bị kiến thức, kỹ năng số cơ bản.
"""),
    ("snnmt_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Sở NN&MT", "issue_date": "2025-11-28"}, """\
BÁO CÁO
Kết quả thực hiện chỉ tiêu số 5 năm 2025
Chỉ tiêu số 5: 80% người lao động trong các doanh nghiệp, hợp tác xã, liên hợp tác xã có kiến thức cơ bản về công nghệ số.
Kết quả: Sở đã phối hợp tập huấn cho 1.200 người lao động trên tổng số 1.400 người lao động của các hợp tác xã nông nghiệp.
"""),
    ("skhcn_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Sở KH&CN", "issue_date": "2025-12-15"}, """\
BÁO CÁO
Tình hình thực hiện chỉ tiêu số 3
Chỉ tiêu số 3: 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số.
Kết quả: tỷ lệ người dân trưởng thành có kỹ năng số cơ bản đạt 65%.
"""),
    ("bql_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Ban Quản lý các Khu công nghiệp Đồng Nai", "issue_date": "2025-12-02"}, """\
BÁO CÁO
Kết quả triển khai chỉ tiêu số 5 tại các khu công nghiệp
Chỉ tiêu số 5: 80% người lao động trong các doanh nghiệp có kiến thức cơ bản về công nghệ số.
Kết quả: 85% người lao động tại các doanh nghiệp được khảo sát đã được phổ biến kiến thức cơ bản về công nghệ số.
"""),
    ("hnd_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Hội Nông dân tỉnh", "issue_date": "2025-12-03"}, """\
BÁO CÁO
Kết quả thực hiện nhiệm vụ Chương trình “Bình dân học vụ số”
Trong năm, Hội đã tổ chức bồi dưỡng chuyên đề hướng dẫn sử dụng các ứng dụng AI có sẵn trên điện thoại thông minh dành cho nông dân: 18 lớp, 1.350 hội viên tham gia.
Đến nay, 92% cán bộ, công chức, viên chức của cơ quan Hội có hiểu biết về chuyển đổi số, đạt chỉ tiêu số 1.
"""),
    ("xa_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Ủy ban nhân dân xã Phú Lý", "issue_date": "2025-12-08"}, """\
BÁO CÁO
Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn xã
	STT
	Chỉ tiêu
	Kết quả

	1
	80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước có hiểu biết về chuyển đổi số, kỹ năng số
	38/40 cán bộ, công chức

	2
	1 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số trên nền tảng VNeID
	5.230 người dân

Xã đã bố trí 02 nhân sự hỗ trợ, hướng dẫn người dân thao tác trên Cổng dịch vụ công trực tuyến tại bộ phận một cửa.
"""),
    ("tinhdoan_kh.txt", {"role": "plan", "type": "ke_hoach", "issuer": "Tỉnh đoàn", "issue_date": "2025-06-20"}, """\
KẾ HOẠCH
Triển khai chương trình “Bình dân học vụ số” năm 2025
Phấn đấu đạt chỉ tiêu số 3: 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số.
"""),
]

# (target, unit, status, value rounded to 2)
HELDOUT_CELLS = [
    ("CT1", "Sở Nội vụ", "met", 90.4),
    ("CT4", "Công an tỉnh", "not_met", 73.45),
    ("CT2", "Sở Giáo dục và Đào tạo", "not_met", 98.2),
    ("CT5", "Sở Nông nghiệp và Môi trường", "met", 85.71),
    ("CT3", "Sở Khoa học và Công nghệ", "not_met", 65.0),
    ("CT5", "Ban Quản lý các Khu công nghiệp", "met", 85.0),
    ("CT3", "Tỉnh đoàn", "planned", None),
    ("3.4", "Hội Nông dân tỉnh", "reported", None),
    ("CT1", "Hội Nông dân tỉnh", "met", 92.0),
    ("CT1", "Ủy ban nhân dân xã Phú Lý", "met", 95.0),
    ("CT4", "Ủy ban nhân dân xã Phú Lý", "reported", None),  # a commune's count is never rated against the province's 1 triệu
    ("5.1", "Ủy ban nhân dân xã Phú Lý", "reported", None),
    ("CT5", "Sở Công Thương", "no_information", None),
    ("5.3", "Sở Công Thương", "no_information", None),
]


def _extracted(name: str, fields: dict[str, Any], text: str) -> dict[str, Any]:
    from pipeline.extract import extract_mentions, record_for
    from schemas.mention import DocumentFields

    doc = document_from_text(text, path=name)
    return record_for(name, doc, DocumentFields(**fields), extract_mentions(doc))


def test_heldout_style_corpus(reference):
    """Real extractors' mentions, then the matrix: every cell as expected (the issue asks ≥ 90%)."""
    try:
        records = [_extracted(*case) for case in HELDOUT]
    except ImportError as e:
        pytest.skip(f"extractors not all there yet: {e}")
    rows = [r.to_json() for r in build_matrix(records, reference, as_of=AS_OF)]
    wrong = []
    for target, unit, status, value in HELDOUT_CELLS:
        found = [r for r in rows if r["target"] == target and r["unit"] == unit]
        got = (found[0]["status"], found[0]["value"]) if len(found) == 1 else None
        if got != (status, value):
            wrong.append((target, unit, got, (status, value)))
    assert not wrong, wrong


def test_plan_192_without_its_number_is_still_the_reference(reference):
    recs = seed_records()
    recs[3]["document"]["number"] = None  # a rendition that lost the annex line
    rows = build_matrix(recs, reference, as_of=AS_OF)
    assert not [r for r in rows if r.unit == "Ủy ban nhân dân tỉnh" and r.role == "self"]


def test_issuer_alias_is_canonicalised(reference):
    recs = seed_records()
    recs[0]["document"]["issuer"] = "Sở Công thương"
    rows = build_matrix(recs, reference, as_of=AS_OF)
    row = next(r for r in rows if (r.target, r.unit) == ("CT1", "Sở Công Thương"))
    assert row.status == "met" and row.evidence[0].issuer == "Sở Công Thương"


# --- communes: members of "Ủy ban nhân dân cấp xã"

@pytest.mark.parametrize("unit, group", load_data("matrix.yaml")["examples"]["member_of"])
def test_member_of_group(unit, group):
    from pipeline.reconcile.matrix import group_of, is_registered

    assert group_of(unit) == group
    if group:
        assert is_registered(unit)


COMMUNES = [
    ("phuly_bc.txt", {"role": "report", "type": "bao_cao", "issuer": "Ủy ban nhân dân xã Phú Lý", "issue_date": "2025-12-08"}, """\
BÁO CÁO
Kết quả thực hiện nhiệm vụ Chương trình “Bình dân học vụ số” năm 2025
Xã đã bố trí 02 nhân sự hỗ trợ, hướng dẫn người dân thao tác trên Cổng dịch vụ công trực tuyến tại bộ phận một cửa.
Phong trào “Gia đình số”: 1.240 hộ gia đình có ít nhất một thành viên tham gia học tập kỹ năng số.
"""),
    ("tranbien_kh.txt", {"role": "plan", "type": "ke_hoach", "issuer": "Ủy ban nhân dân phường Trấn Biên", "issue_date": "2025-07-01"}, """\
KẾ HOẠCH
Triển khai phong trào “Bình dân học vụ số” trên địa bàn phường năm 2025
Triển khai phong trào “Gia đình số”, mỗi hộ gia đình có ít nhất một thành viên tham gia học tập, có hiểu biết về chuyển đổi số, kỹ năng số.
"""),
]


def test_commune_documents_fill_the_group_row(reference):
    """Plan 192 names 'Ủy ban nhân dân cấp xã' as lead of tasks 5.x: a commune's report is that group's evidence."""
    from pipeline.reconcile.matrix import build_matrix

    records = [_extracted(*case) for case in COMMUNES]
    rows = build_matrix(records, reference, as_of=AS_OF)
    tasks = {r.target for r in rows if r.unit == "Ủy ban nhân dân xã Phú Lý"}
    assert tasks, "the commune's report addresses no task"
    for target in tasks:
        lead = {r.unit for r in rows if r.target == target and r.role == "lead"}
        if "Ủy ban nhân dân cấp xã" not in lead:
            continue
        group = next(r for r in rows if r.target == target and r.unit == "Ủy ban nhân dân cấp xã")
        member = next(r for r in rows if r.target == target and r.unit == "Ủy ban nhân dân xã Phú Lý")
        assert member.role == "lead"  # a commune leads where the group leads, not "self"
        assert group.status == "reported" and group.value is None and not group.overdue
        issuers = {e.issuer for e in group.evidence}
        assert "Ủy ban nhân dân xã Phú Lý" in issuers
        assert {e.source for e in member.evidence} <= {e.source for e in group.evidence}
        break
    else:
        pytest.fail(f"no task led by Ủy ban nhân dân cấp xã among {tasks}")


def test_a_plan_alone_makes_the_group_planned(reference):
    from pipeline.reconcile.matrix import build_matrix

    rows = build_matrix([_extracted(*COMMUNES[1])], reference, as_of=AS_OF)
    groups = [r for r in rows if r.unit == "Ủy ban nhân dân cấp xã" and r.evidence]
    assert groups and all(r.status == "planned" for r in groups)
