# -*- coding: utf-8 -*-
"""Write corpus/heldout5_gold/F.json. Each distractor string ends with (trap N), N = the brief's trap number."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "../../heldout5_gold/F.json"))
XDQ = "Ủy ban nhân dân xã Định Quán"

documents = {
 "f01_snv_bc_t10": dict(issuer="Sở Nội vụ", type="Báo cáo", role="report", number="1873/BC-SNV", issue_date="2025-10-15", file="f01_snv_bc_t10.docx"),
 "f02_snv_bc_t11": dict(issuer="Sở Nội vụ", type="Báo cáo", role="report", number="2164/BC-SNV", issue_date="2025-11-12", file="f02_snv_bc_t11.pdf"),
 "f03_hlhpn_bc":   dict(issuer="Hội Liên hiệp Phụ nữ tỉnh", type="Báo cáo", role="report", number="412/BC-BTV", issue_date="2025-11-06", file="f03_hlhpn_bc.docx"),
 "f04_cat_bc":     dict(issuer="Công an tỉnh", type="Báo cáo", role="report", number="5127/BC-CAT-PC06", issue_date="2025-11-08", file="f04_cat_bc.txt"),
 "f05_xdq_bc":     dict(issuer=XDQ, type="Báo cáo", role="report", number="318/BC-UBND", issue_date="2025-11-10", file="f05_xdq_bc.pdf"),
 "f06_xdq_kh":     dict(issuer=XDQ, type="Kế hoạch", role="plan", number="57/KH-UBND", issue_date="2025-06-20", file="f06_xdq_kh.docx"),
 "f07_sgddt_bc":   dict(issuer="Sở Giáo dục và Đào tạo", type="Báo cáo", role="report", number="3398/BC-SGDĐT", issue_date="2025-11-14", file="f07_sgddt_bc.txt"),
 "f08_bqlkcn_bc":  dict(issuer="Ban Quản lý các Khu công nghiệp", type="Báo cáo", role="report", number="2871/BC-KCNĐN", issue_date="2025-11-07", file="f08_bqlkcn_bc.pdf"),
 "f09_bdn_bc":     dict(issuer="Báo Đồng Nai", type="Báo cáo", role="report", number="205-BC/BĐN", issue_date="2025-11-05", file="f09_bdn_bc.txt"),
 "f10_bvlk_bc":    dict(issuer=None, type="Báo cáo", role="report", number="1442/BC-BVLK", issue_date="2025-11-03", file="f10_bvlk_bc.docx",
                        note="Bệnh viện Đa khoa khu vực Long Khánh under SỞ Y TẾ: neither is in the registry; makes no cells although it cites Chỉ tiêu số 1 with 88,24% and quotes Sở Nội vụ's 84,35%."),
}

def rated(t, u, st, v, basis, doc, dis, why, **kw):
    return dict(target=t, unit=u, status=st, value=v, basis=basis, doc=doc, distractors=dis, why=why, **kw)
def unr(t, u, st, doc, why, **kw):
    return dict(target=t, unit=u, status=st, value=None, doc=doc, why=why, **kw)

cells = [
 # ---- Sở Nội vụ: two reports, later one decides CT1
 rated("CT1", "Sở Nội vụ", "met", 84.35,
       "đến ngày 31/10/2025 có 40.912 trên tổng số 48.500 cán bộ, công chức, viên chức và người lao động hoàn thành chương trình, đạt 84,35 %; total row 'Tổng cộng 48.500 40.912 84,35'",
       "f02_snv_bc_t11",
       ["74,20% (35.987/48.500) — tính đến 30/9/2025, earlier date in the same report (trap 5)",
        "74,20% — the earlier report f01_snv_bc_t10 (15/10/2025), superseded by f02 (trap 5)",
        "88,89% / 81,47% / 85,15% — rows of the khối table (khối cơ quan chuyên môn, khối sự nghiệp, khối xã phường) (trap 2)",
        "95,24% — annex row 'Sở Nội vụ' 160/168 (the Sở's own office staff as one row of the province-wide annex), and the other agency rows / 'Cộng khối' 88,89% (trap 2)",
        "79,1% — 'Theo số liệu của Sở Khoa học và Công nghệ' on the learning platform (trap 3)",
        "105,4% kế hoạch bồi dưỡng (trap 6)",
        "98,6% hồ sơ công việc xử lý trên môi trường mạng — share of hồ sơ (trap 1)",
        "100% (14/14 lớp) kế hoạch mở lớp — share of classes (trap 1)",
        "100% cơ quan (16/16 cơ quan) ban hành kế hoạch — share of agencies (trap 1)",
        "80% — 'vượt mức chỉ tiêu giao 80%', target restated; 90% 'Mục tiêu đến ngày 31/12/2025' — goal (trap 4)"],
       "Sở Nội vụ leads CT1 province-wide; the report's own stated result is the Tổng cộng of its table at the latest date; later report (12/11) supersedes f01 (15/10)"),
 unr("CT4", "Sở Nội vụ", "reported", "f02_snv_bc_t11",
     "31.206 cán bộ, công chức, viên chức xác nhận trên VNeID — a department's count of its people, never a share of 1 triệu (trap 7)"),
 unr("1.1", "Sở Nội vụ", "reported", "f01_snv_bc_t10",
     "task 1.1 (lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc) appears only in the earlier report; f02 does not address it, so f01 is the latest that does"),
 unr("1.2", "Sở Nội vụ", "reported", "f02_snv_bc_t11", "task: cử 24 công chức tham gia lớp bồi dưỡng giảng viên nguồn"),
 unr("1.3", "Sở Nội vụ", "reported", "f02_snv_bc_t11", "task cited 'Nhiệm vụ 1.3' (also addressed by content in f01; f02 is later)"),

 # ---- Hội LHPN tỉnh (BAN THƯỜNG VỤ organ line)
 unr("CT3", "Hội Liên hiệp Phụ nữ tỉnh", "reported", "f03_hlhpn_bc",
     "COMPETING FIGURES: two own results at the same date 31/10/2025 — 79,25% (187.420/236.500, tổng hợp từ báo cáo cơ sở Hội, table total 'Toàn tỉnh') and 83,22% (196.805/236.500, nền tảng do Hội quản lý); they straddle 80% and the report says both are still being reconciled: the product should be unsure",
     distractors=["79,25% vs 83,22% — two equally good own figures (competing)",
                  "80,5% / 79,7% / 77,1% — khu vực rows of the chi hội table (trap 2)",
                  "68,2% hộ gia đình hội viên — share of households (trap 1)",
                  "85% — 'Phấn đấu đến cuối năm 2025' goal (trap 4)",
                  "80% — target restated in the heading (trap 4)"]),
 unr("CT4", "Hội Liên hiệp Phụ nữ tỉnh", "reported", "f03_hlhpn_bc",
     "12.375 hội viên, phụ nữ xác nhận trên VNeID — an association's own count, not province-wide (trap 7)"),
 unr("3.3", "Hội Liên hiệp Phụ nữ tỉnh", "reported", "f03_hlhpn_bc",
     "task by content: chuyên đề 'Ứng dụng AI vào công tác truyền thông và hoạt động Hội'; hỗ trợ cơ sở kinh doanh do phụ nữ làm chủ quảng bá sản phẩm"),
 unr("5.2", "Hội Liên hiệp Phụ nữ tỉnh", "reported", "f03_hlhpn_bc", "task by content: phong trào 'Gia đình số'"),

 # ---- Công an tỉnh (BỘ CÔNG AN parent line)
 rated("CT4", "Công an tỉnh", "not_met", 86.23,
       "Tính đến ngày 31/10/2025, toàn tỉnh có 862.340 người dân trong độ tuổi trưởng thành được xác nhận ... trên nền tảng VNeID (86,23% chỉ tiêu); table 'Toàn tỉnh 862.340'",
       "f04_cat_bc",
       ["651.027 (65,10%) — tính đến 30/9/2025, earlier date (trap 5)",
        "41.250 / 38.904 / 27.611 / 24.315 / 19.870 / 710.390 — phường/xã rows of the table (trap 2)",
        "2.145.600 tài khoản định danh điện tử mức độ 2 — accounts, not people confirmed (trap 1)",
        "98,7% hồ sơ thủ tục hành chính — share of hồ sơ (trap 1)",
        "100% Công an xã, phường (95/95 đơn vị) — share of units (trap 1)",
        "112% kế hoạch tuyên truyền — rate above 100% (trap 6)",
        "1 triệu / 1.000.000 — target restated; 'Phấn đấu đến ngày 31/12/2025 hoàn thành 100%' goal (trap 4)"],
       "Công an tỉnh is the lead for CT4 and gives the province-wide count; latest date; 862.340/1.000.000"),
 rated("CT1", "Công an tỉnh", "met", 91.42,
       "Đến ngày 31/10/2025, 4.388/4.800 cán bộ, chiến sĩ Công an tỉnh đã hoàn thành chương trình bồi dưỡng ... (91,42%) under heading '(Chỉ tiêu số 1)'",
       "f04_cat_bc",
       ["82,10% — tính đến ngày 30/9/2025, earlier date (trap 5)",
        "93,6% — 'trong đó khối Công an xã, phường', a part after the whole (trap 2)"],
       "own staff of a state agency, cited as Chỉ tiêu số 1; latest date",
       optional=False),

 # ---- xã Định Quán: plan (20/6) and report (10/11)
 rated("CT1", XDQ, "met", 93.55,
       "Đến 31/10/2025, tỷ lệ cán bộ, công chức, viên chức và người lao động trong các cơ quan của xã ... đạt 93,55% (58/62 người)",
       "f05_xdq_bc",
       ["79,03% (49/62) — tính đến 30/9/2025, earlier date (trap 5)",
        "80% — the plan f06's target restated (trap 4)"],
       "report decides over the plan; own staff; latest date"),
 rated("CT3", XDQ, "not_met", 74.25,
       "table 'Người dân trong độ tuổi trưởng thành | Số người có kỹ năng số cơ bản', total row 'Toàn xã 29.410 21.836 74,25', under '(chỉ tiêu 3)'",
       "f05_xdq_bc",
       ["81,37 / 69,88 / 75,50 / 71,39 / 72,35 — ấp rows (trap 2)",
        "61,2% — 'Trong đó, người cao tuổi' (trap 2)",
        "80% — 'chưa đạt mức 80% theo kế hoạch', 'phấn đấu đến ngày 31/12/2025 đạt 80%' (trap 4)",
        "100% (12/12 lớp) kế hoạch mở lớp — classes (trap 1)",
        "118% kế hoạch — lượt người (trap 6)",
        "67,43% (3.412/5.060 hộ gia đình) — households (trap 1)",
        "96,4% hồ sơ thủ tục hành chính — hồ sơ (trap 1)",
        "100% ấp (5/5 ấp) họp dân — share of hamlets (trap 1)",
        "21% thành viên Tổ công nghệ số cộng đồng kiêm nhiệm — not people trained (trap 1)"],
       "commune's adult residents, total row"),
 unr("CT4", XDQ, "reported", "f05_xdq_bc",
     "9.126 người dân trên địa bàn xã xác nhận trên VNeID — a commune's count, not a share of 1 triệu (trap 7); the plan's 12.000 is a goal"),
 unr("4.1", XDQ, "planned", "f06_xdq_kh", "task only in the plan: buổi học tập cộng đồng cho người dân tại nhà văn hóa các ấp"),
 unr("4.3", XDQ, "reported", "f05_xdq_bc", "task by content: 12 lớp 'Bình dân học vụ số' cho người cao tuổi (also planned in f06; report decides)"),
 unr("4.4", XDQ, "planned", "f06_xdq_kh", "task only in the plan: lớp phổ cập kỹ năng số chuyên biệt cho người khuyết tật"),
 unr("5.1", XDQ, "reported", "f05_xdq_bc", "task by content: nhân sự tại Trung tâm Phục vụ hành chính công hỗ trợ thao tác trên Cổng dịch vụ công trực tuyến (also in plan)"),
 unr("5.2", XDQ, "reported", "f05_xdq_bc", "task by content: phong trào 'Gia đình số' (also in plan)"),
 unr("5.3", XDQ, "reported", "f05_xdq_bc", "task by content: Mô hình 'Chợ số - Nông thôn số', tiểu thương, thanh toán không dùng tiền mặt"),

 # ---- Sở GD&ĐT
 rated("CT2", "Sở Giáo dục và Đào tạo", "not_met", 96.53,
       "table 'Số học sinh được trang bị kiến thức, kỹ năng số', total row 'Toàn ngành 315.900 304.935 96,53%', tính đến ngày 31/10/2025",
       "f07_sgddt_bc",
       ["96,99% / 96,92% / 88,37% — cấp học rows (THCS, THPT, GDNN-GDTX) (trap 2)",
        "88,15% — số liệu tính đến 30/9/2025 (trap 5)",
        "92,4% học sinh đăng ký tài khoản — 'Theo số liệu của Sở Khoa học và Công nghệ', quoted, and accounts (trap 3, trap 1)",
        "100% trường (412/412 trường) triển khai học bạ số; 100% học bạ số được ký số (trap 1)",
        "100% — target restated in the heading; 'phấn đấu đạt 100% trong quý IV' (trap 4)"],
       "own total row at the latest date; below the 100% target"),
 rated("CT1", "Sở Giáo dục và Đào tạo", "met", 86.66,
       "Có 31.560 trên tổng số 36.420 cán bộ quản lý, giáo viên, nhân viên, viên chức và người lao động toàn ngành ..., tỷ lệ 86,66% (Chỉ tiêu số 1)",
       "f07_sgddt_bc",
       ["100% — 'trong đó cơ quan Sở đạt 100%' (trap 2)",
        "126% so với kế hoạch — AI contest entries (trap 6, nearby in II.4)"],
       "the Sở's whole-sector staff figure is the one it gives as its CT1 result; 'cơ quan Sở' is a part after the whole",
       optional=False),
 unr("2.1", "Sở Giáo dục và Đào tạo", "reported", "f07_sgddt_bc", "task cited 'Nhiệm vụ 2.1'"),
 unr("2.2", "Sở Giáo dục và Đào tạo", "reported", "f07_sgddt_bc", "task cited 'Nhiệm vụ 2.2' (146.300 lượt học sinh is visits)"),
 unr("2.3", "Sở Giáo dục và Đào tạo", "reported", "f07_sgddt_bc", "task cited 'Nhiệm vụ 2.3'"),
 unr("2.4", "Sở Giáo dục và Đào tạo", "reported", "f07_sgddt_bc", "task cited 'Nhiệm vụ 2.4' (126% is dự án dự thi)"),

 # ---- Ban Quản lý các KCN
 unr("CT5", "Ban Quản lý các Khu công nghiệp", "reported", "f08_bqlkcn_bc",
     "COMPETING FIGURES: 78,40% (245.880/313.620, tổng hợp từ báo cáo của doanh nghiệp; table 'Chung') and 82,15% (257.640/313.620, hệ thống quản lý lao động của Ban), same date 31/10/2025, same denominator, straddling 80%; the report says it is still reconciling: the product should be unsure",
     distractors=["78,40% vs 82,15% — two equally good own figures (competing)",
                  "91,76% (312/340 doanh nghiệp) — share of enterprises (trap 1)",
                  "80,78 / 77,86 / 80,17 / 77,03 — khu công nghiệp rows (trap 2)",
                  "71,3% — 'Theo số liệu của Sở Công Thương' (trap 3)",
                  "80% — 'Phấn đấu đến cuối năm 2025 đạt mục tiêu 80%' (trap 4)"]),
 rated("CT1", "Ban Quản lý các Khu công nghiệp", "met", 92.31,
       "Đến ngày 31/10/2025: 96/104 công chức, viên chức và người lao động của Ban hoàn thành chương trình bồi dưỡng kỹ năng số (92,31%) under '(Chỉ tiêu số 1)'",
       "f08_bqlkcn_bc",
       ["85,58% (89/104) — Tính đến 30/9/2025 (trap 5)",
        "100% phòng, đơn vị trực thuộc (7/7 đơn vị) — share of units (trap 1)"],
       "own staff, latest date. (f02 of Sở Nội vụ quotes the same 96/104 in its annex row: another unit's figure, consistent, not used)"),

 # ---- Báo Đồng Nai (under TỈNH ỦY ĐỒNG NAI)
 rated("CT1", "Báo Đồng Nai", "not_met", 77.78,
       "Đến ngày 31/10/2025, 98 trong tổng số 126 phóng viên, biên tập viên, viên chức và người lao động của Báo hoàn thành ... đạt 77,78% (chỉ tiêu số 1)",
       "f09_bdn_bc",
       ["100% — 'trong đó Phòng Điện tử', 81,8% Phòng Phóng viên (trap 2)",
        "100% kế hoạch tuyên truyền (48/48 tin, bài) — articles (trap 1)",
        "135% kế hoạch — 486 tin, bài (trap 6)",
        "1,2 triệu lượt xem — visits (trap 1)",
        "80% — 'Mục tiêu đến cuối năm đạt 80%' (trap 4)"],
       "issuer is the second header line under TỈNH ỦY ĐỒNG NAI; own staff; below 80%"),
 unr("CT3", "Báo Đồng Nai", "reported", "f09_bdn_bc",
     "CT3's target text restated as the theme of its propaganda; the report gives no own result for it (only tin, bài, lượt xem)"),
]

gold = {"set": "F", "documents": documents, "cells": cells,
        "notes": [
          "Traps are tagged in each distractor string as (trap N) with N the brief's numbering; 'competing' marks the two uncertain cells (CT3 Hội LHPN tỉnh, CT5 Ban Quản lý các KCN).",
          "f10_bvlk_bc is issued by a hospital under Sở Y tế (neither registered): no cells, though it cites Chỉ tiêu số 1.",
          "f02's annex has a row named 'Sở Nội vụ' (95,24%, the Sở's own office) inside the province-wide table: the Sở's CT1 cell is the Tổng cộng it states as its result (84,35%). Also rows for Sở Giáo dục và Đào tạo (100%) and Ban Quản lý các KCN (92,31%): other units' figures quoted by Sở Nội vụ; they do not set those units' cells (their own reports agree anyway).",
          "f09's header has TỈNH ỦY ĐỒNG NAI / BÁO ĐỒNG NAI and ĐẢNG CỘNG SẢN VIỆT NAM on the right: issuer Báo Đồng Nai.",
          "f03's header: HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI / BAN THƯỜNG VỤ, signed TM. BAN THƯỜNG VỤ: issuer Hội Liên hiệp Phụ nữ tỉnh.",
          "f04's header: BỘ CÔNG AN / CÔNG AN TỈNH ĐỒNG NAI; symbol BC-CAT-PC06.",
          "xã Định Quán has a plan (f06, 20/6) and a report (f05, 10/11): the report decides CT1, CT3, CT4, 4.3, 5.1, 5.2; 4.1 and 4.4 only in the plan (planned)."]}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
json.dump(gold, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("cells", len(cells))
