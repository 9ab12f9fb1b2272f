"""Quantities: counts, percents and ratios, and the numbers that are none of these.

Cases read like the documents: ``(text, [(surface, "kind:value"), ...])`` where
``surface`` is where the mention starts (its first occurrence in ``text``).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.quantities import extract_quantities, parse_number
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds"
SEEDS = ROOT / "corpus" / "seeds"


def key(m) -> str:
    """The scorer's ``kind:value`` key of a mention (``ratio:81/81``, ``percent:85.6``)."""
    v = m.value
    if isinstance(v, float) and v == int(v):
        v = int(v)
    return f"{m.extra['kind']}:{v}"


def found(text: str) -> list[tuple[str, str]]:
    doc = document_from_text(text)
    out = []
    for m in extract_quantities(doc):
        assert doc.text[m.start:m.end] == m.text and m.text == m.text.strip()
        out.append((m.text, key(m)))
    return out


CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # counts: the counted noun decides
    ("- Đăng tải hơn 600 bài viết tuyên truyền, phổ biến nội dung", [("600 bài viết", "count:600")]),
    ("số hóa quy trình sản xuất (4 doanh nghiệp).", [("4 doanh nghiệp", "count:4")]),
    ("mô hình sản xuất thông minh tại doanh nghiệp (lựa chọn 01 doanh nghiệp).", [("01 doanh nghiệp", "count:1")]),
    ("vào ngày 26/02/2025: 81 lượt người (toàn bộ CCVC các phòng, 02 đơn vị thuộc sở)",
     [("81 lượt người", "count:81"), ("02 đơn vị", "count:2")]),
    ("- 1 triệu người dân trong độ tuổi trưởng thành được xác nhận", [("1 triệu người dân", "count:1000000")]),
    ("khoảng 1,2 triệu lượt truy cập", [("1,2 triệu lượt truy cập", "count:1200000")]),
    ("Hội Nông dân có gần 2.000 hội viên tham gia", [("2.000 hội viên", "count:2000")]),
    ("734.512 người dân được xác nhận trên VNeID", [("734.512 người dân", "count:734512")]),
    ("thu hút 2 nghìn lượt người và 3 ngàn học viên", [("2 nghìn lượt người", "count:2000"), ("3 ngàn học viên", "count:3000")]),
    ("Tổ chức 12 lớp tập huấn cho 560 học viên tại 95 xã, phường", [
        ("12 lớp tập huấn", "count:12"), ("560 học viên", "count:560"), ("95 xã, phường", "count:95")]),
    ("Tổng số 1.250 người tham gia", [("1.250 người", "count:1250")]),
    # teams are counted things, capitalised or not (held-out gold: `14 Tổ công nghệ số cộng đồng tại 14 ấp`)
    ("Ra mắt 35 Tổ công nghệ số cộng đồng với 1.045 thành viên", [("35 Tổ công nghệ số cộng đồng", "count:35"), ("1.045 thành viên", "count:1045")]),
    ("kiện toàn 1.094 Tổ công nghệ số cộng đồng", [("1.094 Tổ công nghệ số cộng đồng", "count:1094")]),
    ("đã cấp 15.320 tài khoản, hỗ trợ 4.210 hộ gia đình", [("15.320 tài khoản", "count:15320"), ("4.210 hộ gia đình", "count:4210")]),
    ("Mỗi phường, xã bố trí ít nhất một nhân sự hỗ trợ", [("một nhân sự", "count:1")]),
    ("hướng dẫn hai đơn vị triển khai", [("hai đơn vị", "count:2")]),
    # percents
    ("80% người lao động trong các doanh nghiệp", [("80%", "percent:80")]),
    ("Tỷ lệ hoàn thành đạt 85,6%.", [("85,6%", "percent:85.6")]),
    ("trên 95% học sinh được trang bị", [("95%", "percent:95")]),
    ("đạt 80 % kế hoạch, tương đương 80 phần trăm", [("80 %", "percent:80"), ("80 phần trăm", "percent:80")]),
    ("đạt từ 70-80% số hộ", [("70", "percent:70"), ("80%", "percent:80")]),
    # ratios
    ("Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức) so với Kế hoạch 192.",
     [("100%", "percent:100"), ("81/81", "ratio:81/81")]),
    ("Đã có 1.532/1.800 cán bộ hoàn thành (đạt 85,1%)", [("1.532/1.800", "ratio:1532/1800"), ("85,1%", "percent:85.1")]),
    ("tỷ lệ 45/50 xã đã triển khai", [("45/50", "ratio:45/50")]),
    ("hoàn thành 100% (12/12)", [("100%", "percent:100"), ("12/12", "ratio:12/12")]),
    # counts of nouns outside the list: underthesea reads the word after the number as a noun
    ("Sở đã biên soạn bộ tài liệu gồm 07 chuyên đề về kỹ năng số", [("07 chuyên đề", "count:7")]),
    ("Huyện đoàn bố trí 318 điểm tư vấn lưu động tại các khu dân cư", [("318 điểm tư vấn", "count:318")]),
    ("Công an xã đã mở 1.275\nđiểm tiếp nhận hồ sơ cấp căn cước", [("1.275", "count:1275")]),
    ("in ấn 2.500 cuốn sổ tay hướng dẫn sử dụng VNeID", [("2.500 cuốn sổ tay", "count:2500")]),
    ("ký kết 14 thỏa thuận hợp tác với doanh nghiệp công nghệ", [("14 thỏa thuận", "count:14")]),
    ("hỗ trợ 9 trang trại áp dụng nhật ký điện tử", [("9 trang trại", "count:9")]),
    ("lắp đặt 36 trạm phát sóng wifi miễn phí tại chợ", [("36 trạm", "count:36")]),
    # a document-type word opening a sentence is a verb, not a name
    ("- Hướng dẫn 96 hợp tác xã chuyển đổi số trong sản xuất", [("96 hợp tác xã", "count:96")]),
    ("Đã gửi báo cáo. Hướng dẫn 41 cơ sở kinh doanh mở gian hàng trực tuyến",
     [("41 cơ sở", "count:41")]),
    ("b) Hướng dẫn 30 doanh nghiệp nhỏ đăng ký hóa đơn điện tử", [("30 doanh nghiệp", "count:30")]),
    # a label word after a determiner is a plain noun (each class, each commune)
    ("tổ chức 8 lớp, mỗi lớp 45 học viên", [("8 lớp", "count:8"), ("45 học viên", "count:45")]),
    ("bố trí mỗi xã 02 công chức trực hỗ trợ người dân", [("02 công chức", "count:2")]),
    # a capitalised counted noun after a cue word or inside a parenthesis
    ("đã có 6 Hợp tác xã tham gia chương trình", [("6 Hợp tác xã", "count:6")]),
    ("chuyển đổi số thành công (12 Doanh nghiệp).", [("12 Doanh nghiệp", "count:12")]),
    ("Chi hội gồm 25 Hội viên nòng cốt", [("25 Hội viên", "count:25")]),
    # `/` followed by anything but a period or a number is `or`, not a rate
    ("hỗ trợ 4 doanh nghiệp/hợp tác xã", [("4 doanh nghiệp", "count:4")]),
]

TRAPS: list[str] = [
    # doc numbers, dates, years and periods
    "Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024; Kế hoạch số 01-KH/BCĐTW",
    "ngày 9/6/2025 các đơn vị; vào ngày 29/5 doanh nghiệp đã đăng ký",
    "ngày 15/3/2025 doanh nghiệp đã đăng ký",
    "Thời gian: Từ tháng 5/2025 đến tháng 12/2025; năm 2025; Giai đoạn 2025-2030",
    "Định kỳ 06 tháng/lần; Định kỳ 06 tháng và hàng năm; trong 03 ngày",
    # labels, ordinals, levels
    "1. Chỉ tiêu số 1: (80 người",  # `80 người` is not closed here: the label kills `1`, the count stays
    "+ Chuyên đề 2: Kiến thức và kỹ năng ứng dụng AI trong công việc",
    "theo mô hình chính quyền 2 cấp; đơn vị hành chính 2 cấp",
    "Cách mạng công nghiệp lần thứ tư; Hội nghị lần thứ 2",
    "theo quy định tại khoản 2 Điều 5 Nghị định 30/2020/NĐ-CP",
    "triển khai Đề án 06 tỉnh Đồng Nai",
    "mô hình học tập 4T (Tiểu thương - Thương mại điện tử)",
    "2.1 Cơ quan chủ trì; 2.2 Cơ quan phối hợp",
    "Khu phố 3 phường Tân Phong; Tổ 5 khu phố 2",
    # money, phones, URLs, times, ages
    "Mức hỗ trợ 500.000 đồng/người; tổng kinh phí 2 tỷ đồng; 3 triệu đồng",
    "Thuymtt | 0937535647",
    "https://sct.dongnai.gov.vn/tin-tuc/123-doanh-nghiep",
    "Thời gian ký: 28.07.2025 14:15:48 +07:00",
    "người từ 60 tuổi trở lên",
    # words that look like counts
    "Một số ít cán bộ lớn tuổi còn gặp khó khăn",
    "Phần mềm một cửa điện tử (Igate)",
    # scores, labels, names, enumerations, rates, measures and years next to nouns
    "Sau khóa học, học viên đạt 9 điểm.",
    "bài kiểm tra từ 8 điểm trở lên được cấp chứng nhận",
    "quy định tại tiêu chuẩn 2 điểm b khoản 1",
    "Nghị quyết Hội nghị Trung ương 8 khóa XIII",
    "dự án đường vành đai 4 thành phố",
    "trong đó Chuyên đề 4 tập trung vào bảo mật thông tin",
    "các biểu 02, 03 và 04 kèm theo công văn này",
    "cấp phát đồng phục 01 bộ/ 01 năm; định mức 01 lượt/năm; 3 giáo viên/lớp",
    "mô hình liên kết “3 nhà” trong nông nghiệp",
    "liều hấp thụ 5×106 rad",
    "chứng chỉ bậc 2 (Level 2 as defined in the framework)",
    "nguồn phóng xạ 100 mCi",
    "trạm biến áp 110 kv tại xã An Viễn",
    "Trong 2025 hội viên tham gia hưởng ứng",
    "Ví dụ 3 minh họa cách tính",
    # table STT cells and years in the Thời gian column
    "\tSTT\n\tNhiệm vụ\n\tThời gian\n\n\t1\n\tCơ quan chủ trì\n\t2025\n\n\t2\n\tDoanh nghiệp\n\t2025",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_finds(text: str, expected: list[tuple[str, str]]) -> None:
    got = found(text)
    assert [k for _, k in got] == [k for _, k in expected]
    for (surface, _), (span, _) in zip(expected, got):
        assert span.startswith(surface), (span, surface)


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text: str) -> None:
    got = [k for _, k in found(text)]
    if text.startswith("1. Chỉ tiêu số 1"):
        assert got == ["count:80"]
    else:
        assert got == []


TABLE = ("Kết quả:\n\n\tSTT\n\tĐơn vị\n\tSố lượng học viên\n\tTỷ lệ (%)\n\tNăm\n\n"
         "\t1\n\tVăn phòng Sở\n\t20\n\t90\n\t2025\n\n"
         "\t2\n\tPhòng Chuyển đổi số\n\t15\n\t100%\n\t2025\n\nHết.")


def test_table_columns() -> None:
    """Header-driven cells: counts and percents, never STT numbers or years."""
    doc = document_from_text(TABLE)
    got = [(m.text, key(m), m.extra.get("unit")) for m in extract_quantities(doc)]
    assert got == [("20", "count:20", "học viên"), ("90", "percent:90", None),
                   ("15", "count:15", "học viên"), ("100%", "percent:100", None)]


TOTAL_ROW = ("\tSTT\n\tẤp\n\tSố hộ tham gia\n\tSố người hoàn thành\n\tTỷ lệ (%)\n\n"
             "\t1\n\tBình Lợi\n\t214\n\t503\n\t71,6\n\n"
             "\t2\n\tTân Hạnh\n\t189\n\t467\n\t66,2\n\n"
             "\t\n\tTổng cộng\n\t403\n\t970\n\t69,0\n\nHết.")


def test_table_total_row() -> None:
    """``Tổng cộng`` with its empty STT cell dropped: the cells line up from the right."""
    doc = document_from_text(TOTAL_ROW)
    got = [key(m) for m in extract_quantities(doc)]
    assert got[-3:] == ["count:403", "count:970", "percent:69"]
    assert "count:1" not in got and "count:2" not in got


def test_total_row_merged_label() -> None:
    """``Cộng`` spanning the STT and name columns, in a table whose header says what is counted."""
    text = ("\tTT\n\tĐơn vị\n\tSố lượng học viên\n\n\t1\n\tPhòng A\n\t35\n\n"
            "\t2\n\tPhòng B\n\t27\n\n\tCộng\n\t62\n\nHết.")
    assert [key(m) for m in extract_quantities(document_from_text(text))] == [
        "count:35", "count:27", "count:62"]


def test_generic_count_headers_and_pdf_wraps() -> None:
    """`Số …`, `Lượt …`, `Đã …` headers count; a header cell wrapped onto a TAB-less line and a
    total row split from its numbers by a blank line (both PDF habits) still line up."""
    text = ("Kết quả:\n\tSTT\n\tKhối\n\tSố chi đoàn,\ncơ sở\n\tLượt đoàn viên\n\tĐã hoàn thành\n\tSố điện thoại\n\n"
            "\t1\n\tKhối A\n\t12\n\t340\n\t310\n\t0251\n\n"
            "\t2\n\tKhối B\n\t7\n\t215\n\t190\n\t0252\n\n"
            "\tTổng\n\n\t19\n\t555\n\t500\n\t0253\n\nHết.")
    got = [key(m) for m in extract_quantities(document_from_text(text))]
    assert got == ["count:12", "count:340", "count:310", "count:7", "count:215", "count:190",
                   "count:19", "count:555", "count:500"]


@pytest.mark.parametrize("header", ["Số", "Số TT", "Số, ký hiệu", "Số văn bản", "Số tiền (đồng)", "Năm"])
def test_not_count_headers(header: str) -> None:
    text = f"\tSTT\n\t{header}\n\n\t1\n\t45\n\n\t2\n\t60\n\nHết."
    assert list(extract_quantities(document_from_text(text))) == []


@pytest.mark.parametrize("head", load_data("quantities.yaml")["not_count_heads"])
def test_not_count_heads(head: str) -> None:
    """Every head of the blocklist: a number before it is no count (`7 tháng`, `7 cấp`, `7 ha`)."""
    assert [k for _, k in found(f"đã thực hiện 7 {head} liên tiếp") if k.startswith("count")] == []


@pytest.mark.parametrize("compound", load_data("quantities.yaml")["count_heads_despite_prefix"])
def test_count_head_compounds(compound: str) -> None:
    """A compound that starts like a blocked head still counts (`7 trang trại`, not `7 trang`)."""
    assert [k for _, k in found(f"đã có 7 {compound} mới")] == ["count:7"]


def test_pos_counts_are_marked() -> None:
    """Counts found by the part-of-speech rule say so (``how="pos"``) and carry their noun."""
    (m,) = extract_quantities(document_from_text("bộ tài liệu gồm 05 chuyên đề, trong đó"))
    assert (m.value, m.extra["unit"], m.extra["how"]) == (5, "chuyên đề", "pos")


def test_qualifier_and_unit() -> None:
    doc = document_from_text("Đăng tải hơn 600 bài viết; ít nhất 03 cán bộ, công chức tham gia")
    ms = list(extract_quantities(doc))
    assert [(m.value, m.extra["unit"], m.extra["qualifier"]) for m in ms] == [
        (600, "bài viết", "hơn"), (3, "cán bộ, công chức", "ít nhất")]
    assert all(isinstance(m.value, int) for m in ms)


def test_ratio_extras() -> None:
    (r,) = [m for m in extract_quantities(document_from_text("đạt 81/81 doanh nghiệp")) if m.extra["kind"] == "ratio"]
    assert (r.value, r.extra["numerator"], r.extra["denominator"]) == ("81/81", 81, 81)


@pytest.mark.parametrize("written,whole,value", [
    ("1.250", False, 1250), ("85,6", False, 85.6), ("01", False, 1), ("100", False, 100),
    ("1,5", False, 1.5), ("1,250", True, 1250), ("734.512", False, 734512), ("2.1", False, 2.1)])
def test_parse_number(written: str, whole: bool, value: float) -> None:
    assert parse_number(written, whole) == value


DATA = load_data("quantities.yaml")


@pytest.mark.parametrize("text,expected", DATA["examples"])
def test_data_examples(text: str, expected: list[str]) -> None:
    assert sorted(k for _, k in found(text)) == sorted(expected)


@pytest.mark.parametrize("text", DATA["counter_examples"])
def test_data_counter_examples(text: str) -> None:
    assert found(text) == []


def _gold_key(s: str) -> str:
    kind, _, val = s.partition(":")
    if kind == "ratio":
        return s
    v = float(val.replace(".", "").replace(",", "."))
    return f"{kind}:{int(v) if v == int(v) else v}"


@pytest.mark.parametrize("stem", sorted(p.stem for p in GOLD.glob("*.json")))
@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
def test_seed_gold(stem: str, ext: str) -> None:
    """Every required quantity is found, and nothing outside required + optional."""
    path = SEEDS / f"{stem}.{ext}"
    if not path.exists():
        pytest.skip(f"no {ext} rendition")
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["mentions"]["quantities"]
    required = {_gold_key(v) for v in gold["required"]}
    optional = {_gold_key(v) for v in gold["optional"]}
    doc = read_document(path)
    got = {key(m) for m in extract_quantities(doc)}
    assert required - got == set()
    assert got - required - optional == set()


# ---- tables laid out with spaces (pdftotext -layout, Word's text export) and rows whose label counts ----

LAYOUT = ("3. Số liệu cụ thể\n"
          "                                Nội dung                         Số lượng\n"
          "          Số tin, bài trên báo in                                  168\n"
          "          Số phóng sự, video clip                                   37\n"
          "      II. ĐÁNH GIÁ\n")

WRAPPED_HEADER = ("       3. Kết quả theo khu phố (trích)\n"
                  "             Khu phố           Số buổi học     Số lượt người     Tỷ lệ hộ “Gia đình\n"
                  "                                   tập           tham gia              số” (%)\n"
                  "       Khu phố 1                     5              412                  78,2\n"
                  "       Cộng 32 khu phố              46             3.870                 73,4\n")


@pytest.mark.parametrize(("text", "expected"), [
    (LAYOUT, [("168", "count:168"), ("37", "count:37")]),  # the row's label names what is counted
    (WRAPPED_HEADER, [("5", "count:5"), ("412", "count:412"), ("78,2", "percent:78.2"),
                      ("46", "count:46"), ("3.870", "count:3870"), ("73,4", "percent:73.4")]),
    ("\tChỉ số\n\tKết quả\n\n\tSố lớp cho người cao tuổi\n\t286\n\n\tNăm báo cáo\n\t2025\n\nHết.",
     [("286", "count:286")]),  # a Word table: a row label that counts, not a year row
])
def test_layout_tables_and_counting_labels(text: str, expected: list[tuple[str, str]]) -> None:
    doc = document_from_text(text)
    got = [(m.text, key(m)) for m in extract_quantities(doc) if m.extra.get("how") == "table"]
    assert got == expected
    assert all(doc.text[m.start:m.end] == m.text for m in extract_quantities(doc))


def test_signature_and_header_lines_laid_with_spaces_are_no_table() -> None:
    text = ("Số: 125-BC/BĐN                       Đồng Nai, ngày 05 tháng 11 năm 2025\n"
            "Nơi nhận:\n- Như trên;                 KT. TỔNG BIÊN TẬP\n- Lưu: VT.            PHÓ TỔNG BIÊN TẬP\n")
    assert [m for m in extract_quantities(document_from_text(text)) if m.extra.get("how") == "table"] == []


@pytest.mark.parametrize(("header", "kind"), [
    ("Số buổi học tập cộng đồng tại xã, phường", ("count", "buổi")),  # "cộng đồng" is no currency
    ("Số tiền (đồng)", None),
    ("Số vốn hỗ trợ (triệu đồng)", None),
])
def test_currency_is_bracketed_dong(header: str, kind) -> None:
    from extractors.quantities.lexicon import lexicon
    from extractors.quantities.tables import _column_kind

    got = _column_kind(lexicon(), header)
    assert (got[0], got[1].split()[0]) == kind if kind else got is None


@pytest.mark.parametrize("text", DATA["unsettled_examples"])
def test_unsettled_examples(text: str) -> None:
    """A paragraph that says its figures are not settled: its figures carry context.unsettled."""
    from extractors.quantities.context import _unsettled
    assert _unsettled(text + " Tỷ lệ đạt 79,25%.", 0)


@pytest.mark.parametrize("text", DATA["unsettled_counter_examples"])
def test_unsettled_counter_examples(text: str) -> None:
    from extractors.quantities.context import _unsettled
    assert not _unsettled(text + " Tỷ lệ đạt 79,25%.", 0)
