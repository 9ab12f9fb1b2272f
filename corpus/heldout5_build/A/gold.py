"""Write /work/main/corpus/heldout5_gold/A.json (only for documents that exist)."""
import json, os

OUT = "/work/main/corpus/heldout5_gold/A.json"
DOCDIR = "/work/main/corpus/heldout5/A"

DOCS = {
    "a01_snv_bc": {"issuer": "Sở Nội vụ", "type": "Báo cáo", "role": "report", "number": "1285/BC-SNV",
                   "issue_date": "2025-11-05", "file": "a01_snv_bc.docx"},
    "a02_sgddt_bc": {"issuer": "Sở Giáo dục và Đào tạo", "type": "Báo cáo", "role": "report",
                     "number": "3412/BC-SGDĐT", "issue_date": "2025-11-10", "file": "a02_sgddt_bc.pdf"},
    "a03_skhcn_bc_t9": {"issuer": "Sở Khoa học và Công nghệ", "type": "Báo cáo", "role": "report",
                        "number": "2790/BC-SKHCN", "issue_date": "2025-09-30", "file": "a03_skhcn_bc_t9.pdf"},
    "a04_skhcn_bc_t10": {"issuer": "Sở Khoa học và Công nghệ", "type": "Báo cáo", "role": "report",
                         "number": "3051/BC-SKHCN", "issue_date": "2025-10-31", "file": "a04_skhcn_bc_t10.docx"},
    "a05_sct_bc": {"issuer": "Sở Công Thương", "type": "Báo cáo", "role": "report", "number": "4125/BC-SCT",
                   "issue_date": "2025-11-12", "file": "a05_sct_bc.pdf"},
}


def task(t, unit, doc, why="task in a report", **kw):
    c = {"target": t, "unit": unit, "status": "reported", "value": None, "doc": doc, "why": why}
    c.update(kw)
    return c


SNV, GD, KH, CT = "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Công Thương"

CELLS = [
    # ---- a01 Sở Nội vụ
    {"target": "CT1", "unit": SNV, "status": "met", "value": 84.52,
     "basis": "table row 'Toàn Sở': 168 CBCCVC và NLĐ, 142 hoàn thành học tập, sát hạch, 84,52 (tính đến 31/10/2025); prose: 'đạt 84,52%, vượt mức 80% của Chỉ tiêu số 1'",
     "doc": "a01_snv_bc",
     "distractors": ["68,45% (115/168) — tính đến 30/9/2025, superseded by 31/10 [kind 5]",
                     "100,00 — Văn phòng Sở row; 72,00 / 73,68 / 85,71 … — phòng/ban rows [kind 2]",
                     "20/20 lớp, 'hoàn thành 100% kế hoạch mở lớp' — share of classes [kind 1]",
                     "7/9 đơn vị đạt từ 80% — share of sub-units [kind 1]",
                     "97,8% (2.946/3.012 hồ sơ) trực tuyến; 100% văn bản ký số; 100% công chức được cấp tài khoản [kind 1]",
                     "80% target restated; 'mỗi đơn vị phấn đấu đạt tối thiểu 80%'; 'phấn đấu đạt 100% … trong quý IV' [kind 4]",
                     "436 lượt người — visits [kind 1]"],
     "why": "own total row (Toàn Sở), latest date; SNV reports only its own staff, no province-wide CT1 figure"},
    task("1.1", SNV, "a01_snv_bc", "cử 38 CCVC tham dự khóa bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc (content)"),
    task("1.2", SNV, "a01_snv_bc", "cử 06 công chức tham gia lớp bồi dưỡng giảng viên nguồn (content)"),
    task("1.3", SNV, "a01_snv_bc", "'nhiệm vụ 1.3' cited in heading; 20/20 lớp bồi dưỡng, tập huấn"),
    # ---- a02 Sở Giáo dục và Đào tạo
    {"target": "CT2", "unit": GD, "status": "not_met", "value": 96.85,
     "basis": "table 'Tổng cộng' row: 308.350 HS, SV; 298.640 đã được trang bị; 96,85; prose 'có 298.640 trên tổng số 308.350 … đạt 96,85%, chưa đạt chỉ tiêu 100%' (tính đến 31/10/2025)",
     "doc": "a02_sgddt_bc",
     "distractors": ["100,00 — Trường THPT chuyên Lương Thế Vinh row; 98,17 / 93,19 / 97,43 / 96,70 / 93,65 / 95,83 — school/khối rows [kind 2]",
                     "'Tỷ lệ học bạ số (%)' column, 100 in the Tổng cộng row; '100% học sinh có học bạ số' — school records [kind 1]",
                     "100% trường trung học (308/308 trường) — share of schools [kind 1]",
                     "'Chỉ tiêu giao: 100% học sinh …'; 'phấn đấu đạt 100% trong học kỳ I' — target/goal [kind 4]",
                     "412.650 lượt truy cập, 186.300 tài khoản — visits/accounts [kind 1]"],
     "why": "own total row; below 100% target"},
    {"target": "CT1", "unit": GD, "status": "met", "value": 87.87,
     "basis": "'11.240 người; đã có 9.876 người hoàn thành … đạt 87,87% (chỉ tiêu 80%)' — cơ quan Sở và các đơn vị trực thuộc",
     "doc": "a02_sgddt_bc",
     "distractors": ["'trong đó cơ quan Sở đạt 100% (96/96 người)' — part after the whole [kind 2]",
                     "99,2% hồ sơ công việc xử lý trên môi trường mạng [kind 1]",
                     "'(chỉ tiêu 80%)' — target restated [kind 4]"],
     "why": "the department's own staff (its phạm vi quản lý) — CT1 cell of each sở is its own staff"},
    {"target": "CT4", "unit": GD, "status": "reported", "value": None, "doc": "a02_sgddt_bc",
     "distractors": ["734.512 người (73,45% chỉ tiêu 1 triệu người) — quoted 'Theo số liệu của Công an tỉnh' [kind 3]",
                     "21.450 giáo viên, cha mẹ HS, HS xác nhận trên VNeID — a department's own count, not province-wide [kind 7]"],
     "why": "CT4 rated only on a province-wide count by Công an tỉnh / UBND tỉnh / BCĐ tỉnh; the quoted figure is Công an tỉnh's, not the issuer's"},
    {"target": "CT3", "unit": GD, "status": "reported", "value": None, "doc": "a02_sgddt_bc",
     "distractors": ["312 buổi, 18.640 lượt người dân — counts of sessions/visits, no share of adults"],
     "why": "'góp phần thực hiện Chỉ tiêu số 3' cited, no own rate"},
    task("2.1", GD, "a02_sgddt_bc", "II.1 tích hợp giáo dục kỹ năng số cơ bản … từ cấp tiểu học (content)"),
    task("2.2", GD, "a02_sgddt_bc", "II.2 khuyến khích HS, SV học trên nền tảng học trực tuyến mở đại trà (content)"),
    task("2.3", GD, "a02_sgddt_bc", "II.3 đẩy nhanh chuyển đổi số trong giáo dục, lớp học thông minh, trợ lý AI (content)"),
    task("2.4", GD, "a02_sgddt_bc", "II.4 Cuộc thi Chế tạo dự án AI dành cho học sinh THCS, THPT (content)"),
    task("4.1", GD, "a02_sgddt_bc", "II.5 312 buổi học tập cộng đồng về kỹ năng số cho người dân (content)"),
    # ---- a03/a04 Sở Khoa học và Công nghệ (a04, 31/10, supersedes a03, 30/9)
    {"target": "CT3", "unit": KH, "status": "not_met", "value": 76.43,
     "basis": "a04 table 'Toàn tỉnh' row 3.200.000 / 2.445.760 / 76,43; prose 'đến ngày 30/10/2025, theo tổng hợp của Sở, tỷ lệ này đạt 76,43%, chưa đạt mức 80%'",
     "doc": "a04_skhcn_bc_t10",
     "distractors": ["61,24% (1.959.680/3.200.000) — tính đến 26/9/2025, in a04's prose and in the earlier report a03 [kind 5]",
                     "91,60 / 84,20 / 58,70 / 72,40 / 75,31 — xã, phường rows [kind 2]",
                     "39/95 xã, phường đạt từ 80%; '21 xã đạt dưới 50%' (a03 and a04); 95/95 xã, phường có Tổ công nghệ số cộng đồng (a03) [kind 1]",
                     "612.400/888.700 hộ gia đình (68,91%) — households [kind 1]",
                     "2.986.140 tài khoản; 9,2 triệu lượt truy cập [kind 1]",
                     "'chưa đạt mức 80% theo kế hoạch'; 'Mục tiêu đến cuối năm đạt 80%'; 'phấn đấu đạt 80% trong tháng 12/2025' [kind 4]",
                     "108% kế hoạch quý III (a03, classes) [kind 6]"],
     "why": "SKHCN is CT3's lead and gives the province total as its own aggregation; latest report (31/10) and latest date decide"},
    {"target": "CT1", "unit": KH, "status": "met", "value": 91.3,
     "basis": "a04: '84/92 cán bộ, công chức, viên chức và người lao động đã hoàn thành học tập, sát hạch (91,30%)' — cơ quan Sở và 03 đơn vị sự nghiệp",
     "doc": "a04_skhcn_bc_t10",
     "distractors": ["81,3% toàn tỉnh — 'Theo tổng hợp của Sở Nội vụ' [kind 3]",
                     "77,17% (71/92) — 26/9/2025, in a04 and as a03's figure [kind 5]",
                     "'trong đó Trung tâm Thông tin và Thống kê KH&CN đạt 100%' (a04); 'Ban Giám đốc Sở đạt 100% (4/4)' (a03) [kind 2]",
                     "126% kế hoạch năm (AI courses, 12.600 lượt) [kind 6]",
                     "'100% cán bộ … của Sở hoàn thành' — goal in a03 [kind 4]"],
     "why": "own staff; a03 (30/9) gave 77,17% (not_met) and is superseded by a04"},
    {"target": "CT4", "unit": KH, "status": "reported", "value": None, "doc": "a04_skhcn_bc_t10",
     "distractors": ["731.904 người (73,19% chỉ tiêu) — quoted 'Theo số liệu của Công an tỉnh' (a04) [kind 3]",
                     "655.210 người — quoted from Công an tỉnh, 25/9 (a03) [kind 3, kind 5]"],
     "why": "cited ('IV. CHỈ TIÊU SỐ 4'); the only count is Công an tỉnh's, quoted"},
    task("1.1", KH, "a04_skhcn_bc_t10", "'Nhiệm vụ 1.1' cited (a04); 14 khóa AI in a03"),
    task("1.2", KH, "a04_skhcn_bc_t10", "'Nhiệm vụ 1.2' cited, 1.150 giảng viên nguồn (a04); 640 in a03"),
    task("3.1", KH, "a04_skhcn_bc_t10", "'Nhiệm vụ 3.1' cited, Tổ công nghệ số cộng đồng khóa đào tạo cơ bản (a04; content in a03)"),
    task("4.1", KH, "a04_skhcn_bc_t10", "II.4 1.240 buổi học tập cộng đồng cho người dân (content)"),
    task("5.1", KH, "a04_skhcn_bc_t10", "II.5 95/95 xã, phường bố trí nhân sự hỗ trợ người dân trên Cổng dịch vụ công (content)"),
    task("5.2", KH, "a04_skhcn_bc_t10", "II.6 Phong trào 'Gia đình số' (content)"),
    # ---- a05 Sở Công Thương
    {"target": "CT5", "unit": CT, "status": "not_met", "value": 77.26,
     "basis": "'đến ngày 31/10/2025 có 186.420 trên tổng số 241.300 người lao động trong các doanh nghiệp, hợp tác xã … đạt 77,26%'; table row 'Tính đến 31/10/2025' 77,26",
     "doc": "a05_sct_bc",
     "distractors": ["69,80 — table row 'Tính đến 30/9/2025' [kind 5]",
                     "1.124/1.245 doanh nghiệp (90,28%) — share of enterprises [kind 1]",
                     "100% kế hoạch mở lớp (24/24 lớp) [kind 1]; 112% kế hoạch học viên [kind 6]",
                     "'trong đó khối doanh nghiệp … 76,89%, khối hợp tác xã … 82,09%' — parts after the whole [kind 2]",
                     "71,5% — 'Theo Ban Quản lý các Khu công nghiệp' [kind 3]",
                     "'Mục tiêu: 80% …'; '(chỉ tiêu giao 80%)'; 'phấn đấu đạt 80% trong tháng 12/2025' [kind 4]"],
     "why": "own total, latest date; below 80%"},
    {"target": "CT1", "unit": CT, "status": "met", "value": 93.65,
     "basis": "'Tỷ lệ công chức, viên chức và người lao động của Sở hoàn thành học tập, sát hạch … đạt 93,65% (118/126 người)'",
     "doc": "a05_sct_bc",
     "distractors": ["'100% lãnh đạo phòng đã tham gia sát hạch … AI' — a subset [kind 2]",
                     "215 tin, bài [kind 1]"],
     "why": "own staff; CT1 cited in the section III heading only, target not restated"},
    task("5.3", CT, "a05_sct_bc", "Mô hình 'Chợ số - Nông thôn số', 4T, 2.650 tiểu thương (content); '106% kế hoạch' and '31/38 chợ (81,6%)' are not CT rates"),
    task("1.1", CT, "a05_sct_bc", "'100% lãnh đạo phòng đã tham gia sát hạch kiến thức và kỹ năng ứng dụng AI' (content, weak)",
         optional=True, optional_why="a sentence about taking an AI test, not about the Sở organising the training; analysts may not count it as carrying out 1.1"),
]


def main():
    have = {s: v for s, v in DOCS.items() if os.path.exists(os.path.join(DOCDIR, v["file"]))}
    cells = [c for c in CELLS if c["doc"] in have]
    json.dump({"set": "A", "documents": have, "cells": cells}, open(OUT, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(len(have), "documents", len(cells), "cells")


if __name__ == "__main__":
    main()
