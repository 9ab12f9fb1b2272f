"""The document-field extractor: seeds against gold, header layouts, the data file's examples, the Công báo."""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from extractors.fields import extract_fields
from extractors.fields.header import parse_number_line, parse_place_date, type_from_symbol
from extractors.fields.role import asks_others, decide_role
from extractors.fields.signature import find_signer, is_person_name, printed_name
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds"
SEEDS = ROOT / "corpus" / "seeds"
CONGBAO = SHARED / "corpus" / "real"
DATA = load_data("fields.yaml")


def _similar(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.9


# ---- the seeds, every field, every rendition ----

SEED_CASES = [(g.stem, ext) for g in sorted(GOLD.glob("*.json")) for ext in ("txt", "docx", "pdf")
              if (SEEDS / f"{g.stem}.{ext}").exists()]


@pytest.mark.parametrize("stem,ext", SEED_CASES)
def test_seed_fields_match_gold(stem: str, ext: str) -> None:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["document"]
    got = extract_fields(read_document(SEEDS / f"{stem}.{ext}")).to_json()
    for key in ("number", "symbol", "type", "role", "issuer", "issue_date"):
        assert got[key] == gold[key], (key, got[key], gold[key])
    assert _similar(got["title"], gold["title"]), (got["title"], gold["title"])
    assert (got["signer"] or {}).get("name") == (gold["signer"] or {}).get("name")
    if gold["signer"]:
        assert got["signer"]["position"] == gold["signer"]["position"]
        assert got["signer"]["authority"] == gold["signer"]["authority"]


# ---- header layouts the seeds do not show ----

COMMUNE_REPORT = """ỦY BAN NHÂN DÂN
XÃ LONG PHƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/BC-UBND
Long Phước, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn xã quý III năm 2025

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã báo cáo như sau:
1. Đã tổ chức 12 lớp phổ cập kỹ năng số cho 640 lượt người dân.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Hùng
"""

PARTY_STYLE_REPORT = """BCH ĐOÀN TỈNH ĐỒNG NAI ĐOÀN TNCS HỒ CHÍ MINH
***
Số: 512-BC/TĐTN Đồng Nai, ngày 15 tháng 9 năm 2025
BÁO CÁO
Kết quả thực hiện phong trào “Bình dân học vụ số” trong đoàn viên, thanh niên 9 tháng đầu năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ban Thường vụ Tỉnh đoàn báo cáo như sau:
I. KẾT QUẢ
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
Nơi nhận: PHÓ BÍ THƯ
- Ban Thường vụ Trung ương Đoàn;
- Lưu VP.
Nguyễn Thị Hoa
"""

REQUEST_LETTER = """\tUBND TỈNH ĐỒNG NAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

\tSố: 3077/SKHCN-CĐS
V/v đề nghị báo cáo kết quả thực hiện các chỉ tiêu triển khai Chương trình “Bình dân học vụ số”
trên địa bàn tỉnh Đồng Nai năm 2025
\tĐồng Nai, ngày 03 tháng 11 năm 2025

Kính gửi: Các sở, ban, ngành tỉnh.

Để tổng hợp báo cáo Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 10/11/2025./.

\tNơi nhận:
- Như trên;
- Lưu: VT, CĐS.
\tKT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn An
"""

DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: 1707/QÐ-UBND
Đồng Nai, ngày 12 tháng 6 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.
QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận: KT. CHỦ TỊCH
- Như Điều 2; PHÓ CHỦ TỊCH
- Lưu: VT, KGVX.
Võ Tấn Đức
"""

PDF_MERGED_LETTER = """UBND TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc
Số: 12 /SCT-QLTM Đồng Nai, ngày 21 tháng 7 năm 2025 V/v đôn đốc triển khai mô hình “Chợ số - Nông thôn số”
trên địa bàn tỉnh
Kính gửi: Ủy ban nhân dân các xã, phường.
Sở Công Thương đề nghị Ủy ban nhân dân các xã, phường khẩn trương triển khai./.
Nơi nhận: GIÁM ĐỐC
- Như trên;
- Lưu: VT.
Hoàng Minh Tâm
"""

ANNEX_ONLY_TEXT = """Phụ lục
DANH MỤC NHIỆM VỤ
(Ban hành kèm theo Kế hoạch số 45/KH-UBND ngày 02 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh)
\tSTT
\tNhiệm vụ
"""

ESIGN_ONLY = """Số: 33/TB-SNV
THÔNG BÁO
Kết luận của Giám đốc Sở Nội vụ tại cuộc họp giao ban tháng 7 năm 2025
Ngày 25/7/2025, Giám đốc Sở chủ trì cuộc họp giao ban.
Thời gian ký: 28.07.2025 14:15:48 +07:00
"""

POLICE_LETTER = """BỘ CÔNG AN
CÔNG AN TỈNH ĐỒNG NAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1934/CAT-PV01
V/v cung cấp số liệu tài khoản định danh điện tử mức độ 2
Đồng Nai, ngày 17 tháng 11 năm 2025

Kính gửi: Sở Khoa học và Công nghệ.

Công an tỉnh cung cấp số liệu như sau: đã kích hoạt 1.204.300 tài khoản./.

Nơi nhận:
- Như trên;
- Lưu: VT, PV01.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Thượng tá Lê Minh Quân
"""

WARD_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG TAM HIỆP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 301/KH-UBND
Tam Hiệp, ngày 02 tháng 7 năm 2025

KẾ HOẠCH
Phổ cập kỹ năng số cho người dân trên địa bàn phường năm 2025

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh.
I. MỤC TIÊU
Phấn đấu 75% người dân trong độ tuổi lao động có kỹ năng số cơ bản.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trương Quốc Việt
"""

# A mass organisation with an organ prefix in the header and a symbol code the registry does not know:
# the organisation is the issuer, found through the header once "BAN CHẤP HÀNH" is set aside.
VETERANS_REPORT = """HỘI CỰU CHIẾN BINH VIỆT NAM
BAN CHẤP HÀNH HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI
*
Số: 58-BC/CCBĐN
Đồng Nai, ngày 20 tháng 10 năm 2025

BÁO CÁO
Kết quả vận động hội viên tham gia phong trào “Bình dân học vụ số” năm 2025

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ban Thường vụ báo cáo như sau:
1. Đã có 3.150 hội viên hoàn thành khóa học kỹ năng số cơ bản.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VP.

TM. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH

Phan Văn Thông
"""

# The Đoàn's header: the motto "ĐOÀN TNCS HỒ CHÍ MINH" above an organ that names only the place.
YOUTH_UNION_PLAN = """ĐOÀN TNCS HỒ CHÍ MINH
BCH TỈNH ĐỒNG NAI
***
Số: 77-KH/ĐTNĐN
Đồng Nai, ngày 11 tháng 6 năm 2025

KẾ HOẠCH
Ra quân “Thanh niên tình nguyện hướng dẫn kỹ năng số” hè năm 2025

Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh.

Nơi nhận:
- Lưu VP.

TM. BAN THƯỜNG VỤ
BÍ THƯ

Huỳnh Minh Nam
"""

# Another province's farmers' union: not registered, so the printed name, in conventional case, without "BCH".
OTHER_PROVINCE_UNION = """HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH TÂY NINH
*
Số: 140-CV/HNDT
V/v phối hợp tập huấn kỹ năng số cho hội viên
Tây Ninh, ngày 09 tháng 9 năm 2025

Kính gửi: Ban Thường vụ Hội Nông dân tỉnh Đồng Nai.

Nơi nhận:
- Như trên;
- Lưu VP.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Đặng Văn Tư
"""

# A thông báo that asks others to send people and figures by set dates (under "ĐỀ NGHỊ").
NOTICE_WITH_ASKS = """UBND TỈNH ĐỒNG NAI
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 512/TB-SNV
Đồng Nai, ngày 06 tháng 10 năm 2025

THÔNG BÁO
Lịch tổ chức Hội thi “Công chức số” năm 2025

Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ thông báo như sau:
I. THỜI GIAN, ĐỊA ĐIỂM
Vòng sơ khảo trực tuyến từ ngày 20 đến ngày 24/10/2025.
II. ĐỀ NGHỊ
- Các sở, ban, ngành lập danh sách thí sinh, gửi về Sở Nội vụ chậm nhất ngày 15/10/2025.
- Ủy ban nhân dân các xã, phường đăng ký đội thi trước ngày 16/10/2025.

Nơi nhận:
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Thị Kim Loan
"""

# A thông báo that only tells what happened: no ask, so not a request.
NOTICE_OF_RESULTS = """UBND TỈNH ĐỒNG NAI
SỞ NỘI VỤ
Số: 530/TB-SNV
Đồng Nai, ngày 30 tháng 10 năm 2025

THÔNG BÁO
Kết quả Hội thi “Công chức số” năm 2025

Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ thông báo kết quả như sau:
1. Có 41 đội thi của các sở, ngành và xã, phường tham gia; các đơn vị đã gửi danh sách trước ngày 15/10/2025 theo yêu cầu.
2. Giải Nhất: đội Sở Tài chính.

Nơi nhận:
- Lưu: VT.

GIÁM ĐỐC

Võ Văn Bình
"""

# A quyết định that approves a programme and carries it as an annex: a plan.
DECISION_WITH_PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: 3120/QĐ-UBND
Đồng Nai, ngày 14 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt Chương trình đào tạo kỹ năng số cho người lao động trong doanh nghiệp giai đoạn 2026-2030

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Chương trình đào tạo kỹ năng số cho người lao động trong doanh nghiệp giai đoạn 2026-2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Quốc Việt

CHƯƠNG TRÌNH
Đào tạo kỹ năng số cho người lao động trong doanh nghiệp giai đoạn 2026-2030
(Ban hành kèm theo Quyết định số 3120/QĐ-UBND ngày 14/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh)
I. MỤC TIÊU
Đến năm 2030, 90% người lao động trong doanh nghiệp có kỹ năng số cơ bản.
"""

LAYOUT_CASES = [
    ("police rank before the signer's name", POLICE_LETTER, {
        "number": "1934/CAT-PV01", "type": "cong_van", "role": "report", "issuer": "Công an tỉnh",
        "signer": ("Lê Minh Quân", "Phó Giám đốc", "KT. Giám đốc")}),
    ("ward plan signed by a given name that is also a place word", WARD_PLAN, {
        "type": "ke_hoach", "role": "plan", "issuer": "Ủy ban nhân dân phường Tam Hiệp",
        "signer": ("Trương Quốc Việt", "Chủ tịch", "TM. Ủy ban nhân dân")}),
    ("mass organisation behind BAN CHẤP HÀNH, unknown code", VETERANS_REPORT, {
        "number": "58-BC/CCBĐN", "type": "bao_cao", "role": "report", "issuer": "Hội Cựu chiến binh tỉnh",
        "signer": ("Phan Văn Thông", "Phó Chủ tịch", "TM. Ban Thường vụ")}),
    ("Đoàn motto completes BCH TỈNH …", YOUTH_UNION_PLAN, {
        "type": "ke_hoach", "role": "plan", "issuer": "Tỉnh đoàn",
        "signer": ("Huỳnh Minh Nam", "Bí thư", "TM. Ban Thường vụ")}),
    ("another province's union keeps its printed name", OTHER_PROVINCE_UNION, {
        "type": "cong_van", "role": "request", "issuer": "Hội Nông dân tỉnh Tây Ninh",
        "signer": ("Đặng Văn Tư", "Chủ tịch", "TM. Ban Thường vụ")}),
    ("thông báo that asks for lists by a date", NOTICE_WITH_ASKS, {
        "type": "thong_bao", "role": "request", "issuer": "Sở Nội vụ"}),
    ("thông báo of results asks nothing", NOTICE_OF_RESULTS, {
        "type": "thong_bao", "role": "other", "issuer": "Sở Nội vụ", "signer": ("Võ Văn Bình", "Giám đốc", None)}),
    ("quyết định approving a programme it carries", DECISION_WITH_PROGRAMME, {
        "number": "3120/QĐ-UBND", "type": "quyet_dinh", "role": "plan", "issuer": "Ủy ban nhân dân tỉnh",
        "signer": ("Lê Quốc Việt", "Phó Chủ tịch", "KT. Chủ tịch")}),
    ("commune report", COMMUNE_REPORT, {
        "number": "87/BC-UBND", "symbol": "BC-UBND", "type": "bao_cao", "role": "report",
        "issuer": "Ủy ban nhân dân xã Long Phước", "issue_date": "2025-10-08",
        "title": "Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn xã quý III năm 2025",
        "signer": ("Lê Văn Hùng", "Chủ tịch", "TM. Ủy ban nhân dân")}),
    ("Tỉnh đoàn Party-style number", PARTY_STYLE_REPORT, {
        "number": "512-BC/TĐTN", "symbol": "BC/TĐTN", "type": "bao_cao", "role": "report",
        "issuer": "Tỉnh đoàn", "issue_date": "2025-09-15",
        "title": "Kết quả thực hiện phong trào “Bình dân học vụ số” trong đoàn viên, thanh niên 9 tháng đầu năm 2025",
        "signer": ("Nguyễn Thị Hoa", "Phó Bí thư", "TM. Ban Thường vụ Tỉnh đoàn")}),
    ("công văn asking for reports, Word header table", REQUEST_LETTER, {
        "number": "3077/SKHCN-CĐS", "symbol": "SKHCN-CĐS", "type": "cong_van", "role": "request",
        "issuer": "Sở Khoa học và Công nghệ", "issue_date": "2025-11-03",
        "title": "đề nghị báo cáo kết quả thực hiện các chỉ tiêu triển khai Chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025",
        "signer": ("Trần Văn An", "Phó Giám đốc", "KT. Giám đốc")}),
    ("Quyết định with Ð (U+00D0) and merged signature", DECISION, {
        "number": "1707/QĐ-UBND", "symbol": "QĐ-UBND", "type": "quyet_dinh", "role": "other",
        "issuer": "Ủy ban nhân dân tỉnh", "issue_date": "2025-06-12",
        "title": "Về việc kiện toàn Ban Chỉ đạo Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
        "signer": ("Võ Tấn Đức", "Phó Chủ tịch", "KT. Chủ tịch")}),
    ("PDF text with merged columns", PDF_MERGED_LETTER, {
        "number": "12/SCT-QLTM", "symbol": "SCT-QLTM", "type": "cong_van", "role": "request",
        "issuer": "Sở Công Thương", "issue_date": "2025-07-21",
        "title": "đôn đốc triển khai mô hình “Chợ số - Nông thôn số” trên địa bàn tỉnh",
        "signer": ("Hoàng Minh Tâm", "Giám đốc", None)}),
    ("annex naming its plan", ANNEX_ONLY_TEXT, {
        "number": "45/KH-UBND", "symbol": "KH-UBND", "issuer": "Ủy ban nhân dân tỉnh", "issue_date": "2025-04-02",
        "signer": None}),
    ("e-signature date only when nothing else", ESIGN_ONLY, {
        "number": "33/TB-SNV", "type": "thong_bao", "role": "other", "issuer": "Sở Nội vụ",
        "issue_date": "2025-07-28"}),
]


@pytest.mark.parametrize("name,text,want", LAYOUT_CASES, ids=[c[0] for c in LAYOUT_CASES])
def test_header_layouts(name: str, text: str, want: dict) -> None:
    got = extract_fields(document_from_text(text))
    for key, value in want.items():
        if key == "title":
            assert _similar(got.title, value), got.title
        elif key == "signer":
            if value is None:
                assert got.signer is None
            else:
                assert (got.signer.name, got.signer.position, got.signer.authority) == value
        else:
            assert getattr(got, key) == value, (key, getattr(got, key))


def test_reference_to_another_plan_is_not_the_number() -> None:
    text = ("KẾ HOẠCH\nPhát động phong trào “Học tập số”\n\n"
            "Căn cứ Phụ lục Danh mục các nhiệm vụ cụ thể ban hành kèm theo Kế hoạch số 1889/KH-SCT, trong đó giao nhiệm vụ;\n"
            "Sở Công Thương ban hành Kế hoạch như sau:\n")
    got = extract_fields(document_from_text(text))
    assert (got.number, got.symbol, got.issue_date) == (None, None, None)
    assert got.issuer == "Sở Công Thương"


def test_heading_in_word_small_caps() -> None:
    got = extract_fields(document_from_text("Số: 21/KH-SNV\nKế hoạch\nTổ chức tập huấn kỹ năng số năm 2025\n\nCăn cứ Luật.\n"))
    assert (got.type, got.role, got.title) == ("ke_hoach", "plan", "Tổ chức tập huấn kỹ năng số năm 2025")


def test_mentions_argument_is_optional() -> None:
    doc = document_from_text(DECISION)
    assert extract_fields(doc, {"dates": []}).to_json() == extract_fields(doc).to_json()


# ---- the data file's examples and counter-examples ----

@pytest.mark.parametrize("case", DATA["symbol_examples"], ids=lambda c: c["header"])
def test_symbol_examples(case: dict) -> None:
    assert parse_number_line(case["header"]) == (case["number"], case["symbol"])


@pytest.mark.parametrize("line", DATA["symbol_counter_examples"])
def test_symbol_counter_examples(line: str) -> None:
    assert parse_number_line(line) is None


@pytest.mark.parametrize("case", DATA["place_date_examples"], ids=lambda c: c["text"])
def test_place_date_examples(case: dict) -> None:
    assert parse_place_date(case["text"]) == case["value"]


@pytest.mark.parametrize("line", DATA["place_date_counter_examples"])
def test_place_date_counter_examples(line: str) -> None:
    assert parse_place_date(line) is None


@pytest.mark.parametrize("case", DATA["self_reference_examples"], ids=lambda c: c["number"])
def test_self_reference_examples(case: dict) -> None:
    got = extract_fields(document_from_text("Phụ lục\n" + case["text"] + "\n"))
    assert (got.number, got.issue_date) == (case["number"], case["date"])


@pytest.mark.parametrize("line", DATA["self_reference_counter_examples"])
def test_self_reference_counter_examples(line: str) -> None:
    assert extract_fields(document_from_text("KẾ HOẠCH\nTiêu đề\n\n" + line + "\n")).number is None


@pytest.mark.parametrize("case", DATA["superior_examples"], ids=lambda c: c["issuer"])
def test_superior_examples(case: dict) -> None:
    from extractors.fields.header import lines_of
    from extractors.fields.issuer import header_orgs
    lines = lines_of("\n".join(case["lines"]) + "\nSố: 1/KH-X\n")
    assert header_orgs(lines, len(lines))[-1] == case["issuer"]


@pytest.mark.parametrize("case", DATA["role_examples"], ids=lambda c: c["subject"][:30])
def test_role_examples(case: dict) -> None:
    assert decide_role(case["type"], case["subject"]) == case["role"]


@pytest.mark.parametrize("line", DATA["consolidated_counter_examples"])
def test_consolidated_counter_examples(line: str) -> None:
    assert extract_fields(document_from_text(f"Số: 333/QĐ-BTC\nQUYẾT ĐỊNH\n{line}\nCăn cứ Luật.\n")).type == "quyet_dinh"


@pytest.mark.parametrize("name", DATA["name_examples"])
def test_name_examples(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize("line", DATA["name_counter_examples"])
def test_name_counter_examples(line: str) -> None:
    assert not is_person_name(line)


@pytest.mark.parametrize("symbol,typ", [
    ("KH-UBND", "ke_hoach"), ("BC/TĐTN", "bao_cao"), ("SCT-VP", "cong_van"), ("UBND-KT", "cong_van"),
    ("2026/NĐ-CP", "nghi_dinh"), ("TTR-CAT-PC06", "to_trinh"), ("CTR-UBND", "chuong_trinh"),
    ("GM-UBND", "giay_moi"), ("2022/TTLT-BCA", "thong_tu_lien_tich"), ("VBHN-BTC", "van_ban_hop_nhat"),
])
def test_type_from_symbol(symbol: str, typ: str) -> None:
    assert type_from_symbol(symbol) == typ


def test_title_stops_before_a_glued_body_paragraph() -> None:
    """Word paragraphs come without blank lines: the body's first paragraph must not join the title."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LÝ\nSố: 41/TB-UBND\nPhú Lý, ngày 12 tháng 12 năm 2025\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch Ủy ban nhân dân xã tại buổi làm việc với Tổ công nghệ số cộng đồng\n"
            "Ngày 10/12/2025, Chủ tịch UBND xã chủ trì buổi làm việc với các Tổ công nghệ số cộng đồng. "
            "Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:\n1. Đánh giá chung\n")
    got = extract_fields(document_from_text(text))
    assert got.title == "Kết luận của Chủ tịch Ủy ban nhân dân xã tại buổi làm việc với Tổ công nghệ số cộng đồng"
    assert got.issuer == "Ủy ban nhân dân xã Phú Lý"


def test_signer_rank_is_kept_apart() -> None:
    signer = extract_fields(document_from_text(POLICE_LETTER)).signer
    assert (signer.name, getattr(signer, "rank", None)) == ("Lê Minh Quân", "Thượng tá")


@pytest.mark.parametrize("case", DATA["ranked_name_examples"], ids=lambda c: c["line"])
def test_ranked_name_examples(case: dict) -> None:
    got = printed_name(case["line"])
    assert got is not None and (got.name, got.rank) == (case["name"], case["rank"])


@pytest.mark.parametrize("case", DATA["organ_examples"], ids=lambda c: " / ".join(c["lines"]))
def test_organ_examples(case: dict) -> None:
    text = "\n".join(case["lines"]) + "\nSố: 12/KH-XYZ\nĐồng Nai, ngày 01 tháng 7 năm 2025\nKẾ HOẠCH\nTập huấn kỹ năng số\n\nCăn cứ Luật.\n"
    assert extract_fields(document_from_text(text)).issuer == case["issuer"]


@pytest.mark.parametrize("case", DATA["conventional_name_examples"], ids=lambda c: c["caps"])
def test_conventional_name_examples(case: dict) -> None:
    from extractors.fields.issuer import conventional_name
    assert conventional_name(case["caps"]) == case["name"]


def test_unregistered_header_is_never_printed_in_mangled_case() -> None:
    text = ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH BẾN TRE\nSố: 9-KH/HNDBT\n"
            "Bến Tre, ngày 01 tháng 8 năm 2025\nKẾ HOẠCH\nTập huấn\n\nCăn cứ Luật.\n")
    assert extract_fields(document_from_text(text)).issuer == "Hội Nông dân tỉnh Bến Tre"


@pytest.mark.parametrize("case", DATA["plan_issuing_examples"], ids=lambda c: c["subject"][:40])
def test_plan_issuing_examples(case: dict) -> None:
    assert decide_role("quyet_dinh", case["subject"], case["body"]) == case["role"]


@pytest.mark.parametrize("case", DATA["plan_issuing_counter_examples"], ids=lambda c: c["subject"][:40])
def test_plan_issuing_counter_examples(case: dict) -> None:
    assert decide_role("quyet_dinh", case["subject"], case["body"]) == "other"


@pytest.mark.parametrize("text", DATA["request_content_examples"])
def test_request_content_examples(text: str) -> None:
    assert asks_others(text)
    assert decide_role("thong_bao", "Kết quả rà soát", text) == "request"


@pytest.mark.parametrize("text", DATA["request_content_counter_examples"])
def test_request_content_counter_examples(text: str) -> None:
    assert not asks_others(text)


def test_subject_decides_before_content() -> None:
    """A công văn reporting results may end with asks; its subject says it reports."""
    body = "Đề nghị UBND các xã, phường gửi danh sách về Công an tỉnh trước ngày 20/11/2025."
    assert decide_role("cong_van", "báo cáo kết quả thực hiện chỉ tiêu số 4", body) == "report"
    assert decide_role("ke_hoach", "Triển khai mô hình", body) == "plan"


def test_signer_absent() -> None:
    assert find_signer("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n") is None


# ---- the real Công báo texts: type and number against the index ----

_LABELS = {"Thông tư": "thong_tu", "Nghị định": "nghi_dinh", "NQ": "nghi_quyet", "Nghị quyết": "nghi_quyet",
           "VB HN": "van_ban_hop_nhat", "Văn bản hợp nhất": "van_ban_hop_nhat", "QĐ": "quyet_dinh",
           "Quyết định": "quyet_dinh", "TT Liên tịch": "thong_tu_lien_tich", "Bộ luật": "bo_luat"}
# cb-105 is indexed as the Bộ luật Lao động but its text is the consolidated text 125/VBHN-VPQH.
_INDEX_WRONG = {"cb-105.txt"}


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d").replace(".", ""))
    s = re.sub(r"[^a-z0-9]+", "-", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip("-")
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", s)


@pytest.mark.skipif(not (CONGBAO / "congbao_index.jsonl").exists(), reason="shared corpus not present")
def test_congbao_type_and_number() -> None:
    rows = [json.loads(line) for line in (CONGBAO / "congbao_index.jsonl").read_text(encoding="utf-8").splitlines()]
    wrong_type, wrong_number, found = [], [], 0
    for row in rows:
        if row["file"] in _INDEX_WRONG:
            continue
        got = extract_fields(document_from_text((CONGBAO / "congbao" / row["file"]).read_text(encoding="utf-8")))
        want = _LABELS.get(row["type_label"])
        if want and got.type != want:
            wrong_type.append((row["file"], got.type, want))
        if got.number:
            found += 1
            if _slug(got.number) not in _slug(row["source_path"]):
                wrong_number.append((row["file"], got.number))
    assert not wrong_type
    assert not wrong_number
    assert found >= 120


# ---- the real inbox's stand-ins for a printed date, and what is never the document's (fields.yaml) ----

def _dated(key: str, text: str) -> str | None:
    from extractors.fields.header import iso_date, rules

    m = rules()[key].search(text)
    return iso_date(m.group("year"), m.group("month"), m.group("day")) if m else None


@pytest.mark.parametrize(("key", "compiled"), [("esign_date", "esign_re"), ("esign_date_ymd", "esign_ymd_re"),
                                               ("meeting_date", "meeting_date_re")])
def test_dated_stand_in_examples(key: str, compiled: str) -> None:
    for case in DATA[f"{key}_examples"]:
        assert _dated(compiled, case["text"]) == case["value"], case
    for text in DATA[f"{key}_counter_examples"]:
        assert _dated(compiled, text) is None, text


@pytest.mark.parametrize("key", ["certified_copy", "register_stamp"])
def test_not_the_documents_own_line_examples(key: str) -> None:
    from extractors.fields.header import rules

    for text in DATA[f"{key}_examples"]:
        assert rules()[f"{key}_re"].search(text), text
    for text in DATA[f"{key}_counter_examples"]:
        assert rules()[f"{key}_re"].search(text) is None, text


@pytest.mark.parametrize("case", DATA["ocr_number_line_examples"], ids=lambda c: c["text"])
def test_ocr_number_line_examples(case: dict) -> None:
    """A handwritten number OCR made junk of: the slot is shown to a person, the printed symbol kept."""
    from extractors.fields.header import parse_ocr_number_line

    assert parse_ocr_number_line(case["text"]) == (case["slot"], case["symbol"])


@pytest.mark.parametrize("text", DATA["ocr_number_line_counter_examples"])
def test_ocr_number_line_counter_examples(text: str) -> None:
    from extractors.fields.header import parse_ocr_number_line

    assert parse_ocr_number_line(text) is None


def test_ocr_place_date_examples() -> None:
    from extractors.fields.header import rules

    for text in DATA["ocr_place_date_examples"]:
        assert rules()["ocr_place_date_re"].search(text), text
    for text in DATA["ocr_place_date_counter_examples"]:
        assert rules()["ocr_place_date_re"].search(text) is None, text


@pytest.mark.parametrize("case", DATA["ocr_header_examples"], ids=lambda c: c["text"])
def test_ocr_header_examples(case: dict) -> None:
    from extractors.fields.ocr_repair import repair_caps

    assert repair_caps(case["text"]) == case["repaired"]


@pytest.mark.parametrize("text", DATA["ocr_header_counter_examples"])
def test_ocr_header_counter_examples(text: str) -> None:
    from extractors.fields.ocr_repair import repair_caps

    assert repair_caps(text) == text


def test_an_ocr_misread_province_is_still_another_province() -> None:
    """OCR reads TỈNH LÂM ĐỒNG as 'TÍNH LÂM ĐÒNG': the home province's UBND (from the symbol's UBND) is not its issuer."""
    from extractors.fields.issuer import decide_issuer

    got = decide_issuer(["ỦY BAN NHÂN DÂN TÍNH LÂM ĐÒNG"], "TB-UBND", [], "")
    assert got and "lâm" in got.casefold(), got
    assert decide_issuer(["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"], "TB-UBND", [], "") == "Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize("case", DATA["signer_block_examples"], ids=lambda c: c["name"])
def test_signer_block_examples(case: dict) -> None:
    """Signature blocks as Word-to-text, pdftotext -layout and PDF text order lay them out (data/fields.yaml)."""
    got = find_signer(case["text"])
    assert got is not None, case["text"]
    assert (got.name, got.position, got.authority) == (case["name"], case["position"], case["authority"])


@pytest.mark.parametrize("text", DATA["signer_block_counter_examples"])
def test_signer_block_counter_examples(text: str) -> None:
    assert find_signer(text) is None


@pytest.mark.parametrize("box", ["Thời gian ký: 13/11/2025 15:53:50", "Thời gian ký: 2025-11-13T15:53:50+07:00",
                                 "Date: 2025.11.13 15:53:50 +07'00'"])
def test_a_blank_day_is_dated_by_the_signature_box(box: str) -> None:
    """The printed day left blank: the visible e-signature box, day-first or year-first, dates the document."""
    text = DECISION.replace("ngày 12 tháng 6 năm 2025", "ngày      tháng 11 năm 2025") + f"\nKý bởi: SỞ NỘI VỤ\n{box}\n"
    got = extract_fields(document_from_text(text))
    assert (got.issue_date, got.issue_date_source) == ("2025-11-13", "signature_box")


def test_a_certified_copys_box_does_not_date_the_document() -> None:
    """'SAO Y; …' above the box: the box dates the copy, so the blank day stays blank."""
    text = DECISION.replace("ngày 12 tháng 6 năm 2025", "ngày      tháng 11 năm 2025") + (
        "\nSAO Y; SỞ NỘI VỤ;\nKý bởi: SỞ NỘI VỤ\nThời gian ký: 2025-11-20T09:27:28+07:00\n")
    got = extract_fields(document_from_text(text))
    assert (got.issue_date, got.issue_date_source) == ("2025-11", "printed")


def _ocred(text: str, conf: int = 95, low: dict[str, int] | None = None):
    """``text`` as if Tesseract read it: every word at ``conf``, the words of ``low`` at their own."""
    doc = document_from_text(text)
    low = low or {}
    doc.ocr_words = [(m.start(), m.end(), low.get(m.group(0), conf)) for m in re.finditer(r"\S+", doc.raw_text)]
    return doc


SCAN_HEADER = """ỦY BAN NHÂN DÂN
TÍNH LÂM ĐÒNG
{number}
Lâm Đồng, ngày 13 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh
Ngày 07/11/2025, Phó Chủ tịch đã chủ trì buổi làm việc.
"""


def test_a_misread_so_keeps_a_well_read_number() -> None:
    """'Só: 92/TB-UBND' read at 95: only 'Số' was misread; the number stands, the issuer keeps its province."""
    got = extract_fields(_ocred(SCAN_HEADER.format(number="Só: 92/TB-UBND")))
    assert (got.number, got.symbol) == ("92/TB-UBND", "TB-UBND")
    assert not [r for r in got.review if r["field"] == "number"]
    assert got.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"


def test_a_misread_symbol_makes_the_number_unreadable() -> None:
    """Digits read well, the symbol at 42 ('SNV-TCBRC' for SNV-TCBC): no number, a review item."""
    got = extract_fields(_ocred(SCAN_HEADER.format(number="Số: 1547 /SNV-TCBRC"), low={"/SNV-TCBRC": 42}))
    assert got.number is None
    headless = "Số: 1547 /SNV-TCBRC\nĐồng Nai, ngày 13 tháng 11 năm 2025\nV/v báo cáo\nKính gửi: Sở Khoa học và Công nghệ\n"
    assert extract_fields(_ocred(headless)).issuer == "Sở Nội vụ"  # read well, its code names the issuer
    assert extract_fields(_ocred(headless, low={"/SNV-TCBRC": 42})).issuer != "Sở Nội vụ"  # misread: it does not
    assert [r["why"] for r in got.review if r["field"] == "number"] == ["ocr_unreadable"]


def test_a_number_line_with_no_code_is_not_a_review_item() -> None:
    got = extract_fields(_ocred(SCAN_HEADER.format(number="Số: 12 người")))
    assert not [r for r in got.review if r["field"] == "number"]


def test_the_gazettes_signature_box_does_not_date_the_document() -> None:
    """A Công báo page's box ('Ký bởi: CÔNG BÁO …', 'Ngày ký: 2026-05-29') is the gazette's, not the issuer's."""
    text = DECISION.replace("ngày 12 tháng 6 năm 2025", "ngày      tháng 11 năm 2025") + (
        "\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
        "Ngày ký: 2025-11-29 08:07:14 +07:00\n")
    got = extract_fields(document_from_text(text))
    assert (got.issue_date, got.issue_date_source) == ("2025-11", "printed")


def test_another_provinces_unit_is_written_with_its_province() -> None:
    """UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ is Lâm Đồng's Sở Nội vụ, not the home one: the name says so, and the
    registry does not take it for the home unit."""
    from pipeline.reconcile.matrix import canonical_issuer, is_registered

    text = DECISION.replace("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ").replace(
        "Số: 1707/QÐ-UBND", "Số: 1547/SNV-TCBC").replace("Đồng Nai, ngày", "Lâm Đồng, ngày")
    got = extract_fields(document_from_text(text))
    assert got.issuer == "Sở Nội vụ tỉnh Lâm Đồng"
    assert not is_registered(canonical_issuer(got.issuer) or "")


def test_a_document_dated_in_another_province_is_not_the_home_committees() -> None:
    """Header unreadable, 'Bình Thuận, ngày …': its QĐ-UBND is not Đồng Nai's committee; a ministry's code still is the ministry."""
    from extractors.fields.issuer import decide_issuer

    assert decide_issuer([], "QĐ-UBND", [], "", None, "Bình Thuận") is None
    assert decide_issuer([], "QĐ-UBND", [], "", None, "Đồng Nai") == "Ủy ban nhân dân tỉnh"
    assert decide_issuer([], "TT-BTC", [], "", None, "Hà Nội") == "Bộ Tài chính"


def test_specks_in_an_ocred_header_are_not_part_of_the_issuer() -> None:
    text = SCAN_HEADER.replace("ỦY BAN NHÂN DÂN\nTÍNH LÂM ĐÒNG", "UBND TỈNH LÂM ĐÒNG\n.SỞ KHOA HỌC VÀ CÔNG NGHỆ _").format(
        number="SỐ: 171/SKHCN-CĐS _")
    got = extract_fields(_ocred(text))
    assert got.issuer == "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
    assert got.number == "171/SKHCN-CĐS"


@pytest.mark.parametrize(("orgs", "issuer"), [
    (["UBND TỈNH ĐỒNG NAI", "UBND PHƯỜNG TRẤN BIÊN"], "UBND phường Trấn Biên"),  # home: no province added
    (["UBND TỈNH ĐÔNG NAI", "SỞ NỘI VỤ"], "Sở Nội vụ"),  # the home province with a mark misprinted
    (["UBND TỈNH ĐỒNG NAI", "SỞ NỘI VỤ"], "Sở Nội vụ"),
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"], "Sở Nội vụ tỉnh Lâm Đồng"),
    (["UBND TỈNH LÂM ĐỒNG", "THANH TRA TỈNH"], "Thanh tra tỉnh Lâm Đồng"),  # "tỉnh" is the superior's province
    (["UBND TỈNH ĐỒNG NAI", "THANH TRA TỈNH"], "Thanh tra tỉnh"),
])
def test_the_province_is_added_only_to_another_provinces_unit(orgs: list[str], issuer: str) -> None:
    from extractors.fields.issuer import decide_issuer

    assert decide_issuer(orgs, None, [], "", []) == issuer


_TTR_HEADER = ("UBND TỈNH ĐỒNG NAI\nSỞ NỘI VỤ\nSố: 71/TIr-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nĐồng Nai, ngày 21 tháng 7 năm 2025\n{heading}\n"
               "Về việc tổ chức tập huấn kỹ năng số\n\nKính gửi: Ủy ban nhân dân tỉnh.\n")


def test_an_ocr_misread_form_code_is_read_as_the_headings_code() -> None:
    """OCR confuses I and T: 'TIr' under TỜ TRÌNH is TTr (one letter from the heading's code, and no
    form's code itself). Typed, the same line stays as printed; under another heading, too."""
    assert extract_fields(_ocred(_TTR_HEADER.format(heading="TỜ TRÌNH"))).number == "71/TTR-SNV"
    assert extract_fields(document_from_text(_TTR_HEADER.format(heading="TỜ TRÌNH"))).number == "71/TIR-SNV"
    assert extract_fields(_ocred(_TTR_HEADER.format(heading="BÁO CÁO"))).number == "71/TIR-SNV"


def test_the_place_of_a_date_line_never_starts_inside_a_symbol() -> None:
    """'Số: 12/QĐ-UBND Lâm Đồng, ngày …' (a number and a date on one line): the place is Lâm Đồng, not
    'UBND Lâm Đồng'; specks a scan left before the place are no words ('.Long Phước')."""
    from extractors.fields.header import place_date_match

    assert place_date_match("Số: 12/QĐ-UBND Lâm Đồng, ngày 05 tháng 3 năm 2025").group("place") == "Lâm Đồng"
    assert place_date_match(".Long Phước, ngày 30 tháng 03 năm 2026").group("place") == "Long Phước"
    assert place_date_match("Số: 12/QĐ-UBND, ngày 05 tháng 3 năm 2025") is None
