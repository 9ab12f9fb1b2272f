"""A small inbox for the review desk's tests: the TXT seeds plus four hand-written files.

- ``900_xphuly_bc.txt``: a commune's report whose CT3 has two sources of one
  date that disagree (78,08% and 83,56%): the matrix abstains and lists both.
- ``910_snv_bc.txt``: Sở Nội vụ's report whose title and sentences carry
  ``<script>`` and ``<img onerror>``: every page must show them as text.
- ``940_hnd_bentre_kh.txt``: a plan of an issuer outside the registry
  (``Hội Nông dân tỉnh Bến Tre``): an unregistered name for the queue.
- ``930_"><img src=x onerror=alert(9)>.pdf``: a broken PDF whose very name is
  markup: a failed file (``unreadable``) whose path every page prints.
"""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"

ABSTAINING = "900_xphuly_bc.txt"
HOSTILE = "910_snv_bc.txt"
UNREGISTERED = "940_hnd_bentre_kh.txt"
BROKEN = '930_"><img src=x onerror=alert(9)>.pdf'
COMMUNE = "Ủy ban nhân dân xã Phú Lý"

REPORT = """ỦY BAN NHÂN DÂN
XÃ PHÚ LÝ
Số: 77/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lý, ngày 20 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện chương trình “Bình dân học vụ số” trên địa bàn xã Phú Lý

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã Phú Lý báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN
1. Chỉ tiêu số 3: theo tổng hợp từ các ấp, tính đến ngày 31/10/2025 có 8.120/10.400 người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản (78,08%). Theo số liệu trên hệ thống theo dõi của xã cùng thời điểm, số người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản là {second}. Hai nguồn số liệu đang được rà soát, đối chiếu.
II. KIẾN NGHỊ
Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất cách thống kê người dân đạt kỹ năng số cơ bản.
Trên đây là báo cáo của Ủy ban nhân dân xã Phú Lý./.

Nơi nhận:
- Sở Khoa học và Công nghệ;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Minh
"""
SECOND = "8.690 người (83,56%)"
# the commune re-sends its report with another figure, and a script in the changed sentence
SECOND_CHANGED = "8.750 người (84,13%) <script>alert(10)</script>"

HOSTILE_TEXT = """UBND TỈNH ĐỒNG NAI
SỞ NỘI VỤ
Số: 88/BC-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 25 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện “Bình dân học vụ số” <img src=x onerror=alert(1)> tại Sở Nội vụ

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo như sau:
1. Chỉ tiêu số 1: đến ngày 31/10/2025, 410/450 cán bộ, công chức, viên chức và người lao động của Sở (91,11%) có hiểu biết về chuyển đổi số <script>alert(2)</script> và sử dụng được các nền tảng số.
2. Ghi chú kỹ thuật: <b onmouseover=alert(3)>đậm</b> <iframe src="javascript:alert(4)"></iframe> "><svg onload=alert(5)>
Trên đây là báo cáo của Sở Nội vụ./.

Nơi nhận:
- Sở Khoa học và Công nghệ;
- Lưu: VT.

GIÁM ĐỐC

Lê Văn Hùng
"""

UNREGISTERED_TEXT = """HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH BẾN TRE
Số: 9-KH/HNDBT
Bến Tre, ngày 01 tháng 8 năm 2025
KẾ HOẠCH
Triển khai “Bình dân học vụ số”

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025, Hội tổ chức tập huấn kỹ năng số cho hội viên theo Chỉ tiêu số 3.
"""

# what a document must never put in a page as markup
MARKUP = ("<script>alert(", "<img src=x onerror", "<b onmouseover", "<iframe", "<svg onload")


def build_inbox(folder: Path) -> Path:
    """Write the inbox into ``folder`` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    (folder / ABSTAINING).write_text(REPORT.format(second=SECOND), encoding="utf-8")
    (folder / HOSTILE).write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / UNREGISTERED).write_text(UNREGISTERED_TEXT, encoding="utf-8")
    (folder / BROKEN).write_bytes(b"%PDF-1.7\n\x00\x01 not really a PDF")
    return folder


def change_report(folder: Path) -> None:
    """The commune re-sends its report: another second figure, so its sha256 changes."""
    (folder / ABSTAINING).write_text(REPORT.format(second=SECOND_CHANGED), encoding="utf-8")
