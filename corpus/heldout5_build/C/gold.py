# -*- coding: utf-8 -*-
import json
FILES = {"c01_xlongthanh_bc_t9": "docx", "c02_xlongthanh_bc_t11": "pdf", "c03_ptranbien_bc": "docx",
         "c04_xdinhquan_kh": "txt", "c05_plongkhanh_bc": "txt", "c06_xxuanloc_bc": "pdf",
         "c07_pbinhphuoc_bc": "docx", "c08_xtanphu_bc": "txt", "c09_ubndt_bc": "pdf", "c10_thcs_nhontrach_bc": "docx"}
LT, TB, DQ, LK = ("Ủy ban nhân dân xã Long Thành", "Ủy ban nhân dân phường Trấn Biên",
                  "Ủy ban nhân dân xã Định Quán", "Ủy ban nhân dân phường Long Khánh")
XL, BP, TP, T = ("Ủy ban nhân dân xã Xuân Lộc", "Ủy ban nhân dân phường Bình Phước",
                 "Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân tỉnh")
META = {
 "c01_xlongthanh_bc_t9": (LT, "Báo cáo", "report", "178/BC-UBND", "2025-09-16"),
 "c02_xlongthanh_bc_t11": (LT, "Báo cáo", "report", "231/BC-UBND", "2025-11-24"),
 "c03_ptranbien_bc": (TB, "Báo cáo", "report", "412/BC-UBND", "2025-10-10"),
 "c04_xdinhquan_kh": (DQ, "Kế hoạch", "plan", "95/KH-UBND", "2025-07-28"),
 "c05_plongkhanh_bc": (LK, "Báo cáo", "report", "356/BC-UBND", "2025-11-05"),
 "c06_xxuanloc_bc": (XL, "Báo cáo", "report", "289/BC-UBND", "2025-12-12"),
 "c07_pbinhphuoc_bc": (BP, "Báo cáo", "report", "198/BC-UBND", "2025-10-20"),
 "c08_xtanphu_bc": (TP, "Báo cáo", "report", "141/BC-UBND", "2025-11-14"),
 "c09_ubndt_bc": (T, "Báo cáo", "report", "1245/BC-UBND", "2025-12-18"),
 "c10_thcs_nhontrach_bc": (None, "Báo cáo", "report", "45/BC-THCS", "2025-11-25"),
}
docs = {}
for s, (iss, ty, role, num, dt) in META.items():
    docs[s] = {"issuer": iss, "type": ty, "role": role, "number": num, "issue_date": dt, "file": f"{s}.{FILES[s]}"}
docs["c10_thcs_nhontrach_bc"]["issuer_note"] = ("Trường THCS Lê Quý Đôn (under the parent line 'ỦY BAN NHÂN DÂN XÃ NHƠN TRẠCH'): "
    "a school, not a registered unit and not a commune -> no cells")

def R(t, u, st, v, doc, basis, dis, why, **kw):
    c = {"target": t, "unit": u, "status": st, "value": v, "basis": basis, "doc": doc, "distractors": dis, "why": why}
    c.update(kw); return c
def U(t, u, st, doc, why, dis=None, **kw):
    c = {"target": t, "unit": u, "status": st, "value": None, "doc": doc, "why": why}
    if dis: c["distractors"] = dis
    c.update(kw); return c

cells = [
 # --- xã Long Thành: c01 (16/9) superseded by c02 (24/11)
 R("CT1", LT, "met", 86.4, "c02_xlongthanh_bc_t11", "tính đến 31/10/2025, 108/125 cán bộ, công chức, viên chức và người lao động của xã, đạt 86,40 %",
   ["100% kế hoạch mở lớp (6/6 lớp) — share of classes",
    "79,20% (99/125) — đến 30/9/2025, earlier date in the same report",
    "72,00% (90/125) — earlier report c01 (178/BC-UBND, 16/9/2025), superseded",
    "80% — target restated ('vượt mức 80%')"], "own total, latest date, latest report"),
 R("CT3", LT, "met", 82.2, "c02_xlongthanh_bc_t11", "table by ấp/khu phố, row 'Tổng cộng': 31.648/38.500, 82,20",
   ["85,00 / 80,00 / 81,00 / 80,00 / 84,66 — rows of ấp/khu phố (sub-units)",
    "4.320 lượt người dân được hướng dẫn — visits",
    "2.150 tài khoản thanh toán số — accounts",
    "49,14% (18.920/38.500) — earlier report c01, superseded",
    "67,06% (6.840/10.200 hộ gia đình) — households, in c01"], "total row of own table; later report decides"),
 U("CT4", LT, "reported", "c02_xlongthanh_bc_t11", "commune's own VNeID count is never a share of 1 triệu",
   ["21.350 người (→ 2,14% of 1 triệu) — commune count", "9.860 người — c01, earlier"]),
 U("1.3", LT, "reported", "c02_xlongthanh_bc_t11", "task cited 'Nhiệm vụ 1.3' (c01 also: 03 lớp bồi dưỡng cho cán bộ, công chức); later report decides"),
 U("4.3", LT, "reported", "c02_xlongthanh_bc_t11", "task cited; 12 lớp cho người cao tuổi"),
 U("5.1", LT, "reported", "c02_xlongthanh_bc_t11", "task cited '(nhiệm vụ 5.1)'; staff at Trung tâm Phục vụ hành chính công"),
 U("5.2", LT, "reported", "c01_xlongthanh_bc_t9", "only the earlier report addresses it: phong trào 'Gia đình số' (content); c02 does not"),
 # --- phường Trấn Biên
 R("CT1", TB, "not_met", 76.85, "c03_ptranbien_bc", "tính đến 30/9/2025 ... 76,85% (249/324 người), chưa đạt mức 80%",
   ["100% kế hoạch (9/9 lớp) — share of classes",
    "88,46% (92/104) khối Đảng, Mặt trận, đoàn thể — 'trong đó' part",
    "71,36% (157/220) khối chính quyền — 'trong đó' part",
    "80% — 'chưa đạt mức 80% theo kế hoạch' (target restated)",
    "90% — goal for 31/12/2025"], "own total before the 'trong đó' parts"),
 R("CT3", TB, "met", 82.08, "c03_ptranbien_bc", "Có 84.210 trên tổng số 102.600 người dân trong độ tuổi trưởng thành ... đạt 82,08%",
   ["94,91% (27.430/28.900 hộ gia đình) — households", "36.540 tài khoản ví điện tử — accounts"], "own figure"),
 U("CT4", TB, "reported", "c03_ptranbien_bc", "ward's own VNeID count", ["59.870 người dân phường (→ 5,99% of 1 triệu) — ward count"]),
 U("1.3", TB, "reported", "c03_ptranbien_bc", "content: 9 lớp bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
 U("4.1", TB, "reported", "c03_ptranbien_bc", "task cited 'nhiệm vụ 4.1'; 64 buổi học tập cộng đồng"),
 U("5.2", TB, "reported", "c03_ptranbien_bc", "content: phong trào 'Gia đình số'"),
 # --- xã Định Quán (plan only)
 U("CT1", DQ, "planned", "c04_xdinhquan_kh", "plan restates and cites Chỉ tiêu số 1"),
 U("CT3", DQ, "planned", "c04_xdinhquan_kh", "plan restates and cites Chỉ tiêu số 3"),
 U("CT4", DQ, "planned", "c04_xdinhquan_kh", "plan: 14.000 người on VNeID, Chỉ tiêu số 4", ["14.000 người — commune goal", "1 triệu — province target restated"]),
 U("1.3", DQ, "planned", "c04_xdinhquan_kh", "task cited in plan table"),
 U("4.3", DQ, "planned", "c04_xdinhquan_kh", "task cited in plan table"),
 U("4.4", DQ, "planned", "c04_xdinhquan_kh", "task cited in plan table"),
 U("5.1", DQ, "planned", "c04_xdinhquan_kh", "task cited in plan table"),
 U("5.3", DQ, "planned", "c04_xdinhquan_kh", "task cited in plan table (Chợ số - Nông thôn số)"),
 # --- phường Long Khánh
 R("CT1", LK, "met", 87.64, "c05_plongkhanh_bc", "tính đến ngày 31/10/2025 có 312/356 người ... đạt tỷ lệ 87,64%",
   ["109,5% kế hoạch (438 lượt) — rate above 100%, visits", "80% — 'vượt chỉ tiêu 80% được giao' (target restated)"], "own figure"),
 R("CT3", LK, "met", 81.3, "c05_plongkhanh_bc", "đến ngày 31/10/2025 đạt 81,30% (67.418/82.930 người)",
   ["71,20% — đến 30/9/2025, earlier date", "68,40% — province-wide rate quoted from Sở Khoa học và Công nghệ"], "latest date, own figure"),
 U("CT4", LK, "reported", "c05_plongkhanh_bc", "ward's own count is reported; the province-wide count is quoted from Công an tỉnh and does not set the issuer's cell",
   ["812.460 người (→ 81,25%) — Công an tỉnh's province-wide count, quoted", "15.420 người — ward's own count (→ 1,54% of 1 triệu)"]),
 U("4.2", LK, "reported", "c05_plongkhanh_bc", "task cited 'nhiệm vụ 4.2'"),
 # --- xã Xuân Lộc
 R("CT1", XL, "met", 89.24, "c06_xxuanloc_bc", "tính đến ngày 30/11/2025 ... đạt 89,24% (141/158 người)",
   ["1.260 lượt học tập — visits", "112% kế hoạch — rate above 100%"], "own figure"),
 R("CT3", XL, "not_met", 75.86, "c06_xxuanloc_bc", "35.806/47.200 người dân trong độ tuổi trưởng thành ... đạt 75,86%",
   ["28.940 tài khoản dịch vụ công trực tuyến — accounts", "80% — 'Mục tiêu đến cuối năm đạt 80%' (target restated)", "80% — goal for 31/12/2025 in Phương hướng"], "own figure"),
 R("CT5", XL, "not_met", 77.74, "c06_xxuanloc_bc", "412/530 người lao động trong các doanh nghiệp, hợp tác xã trên địa bàn xã ... đạt 77,74%",
   ["18/18 hợp tác xã (100%) — share of cooperatives", "85% — goal for 31/12/2025", "100% tiểu thương có mã QR — share of traders (section 4)"], "own figure for CT5's people",
   note="a commune rating CT5 for the workers of its enterprises/cooperatives: the figure counts CT5's people and is the issuer's own"),
 U("4.3", XL, "reported", "c06_xxuanloc_bc", "task cited 'nhiệm vụ 4.3'"),
 U("5.3", XL, "reported", "c06_xxuanloc_bc", "content: mô hình 'Chợ số - Nông thôn số', mô hình 4T"),
 # --- phường Bình Phước
 R("CT1", BP, "met", 89.82, "c07_pbinhphuoc_bc", "có 203 trên tổng số 226 cán bộ, công chức, viên chức, người lao động ... đạt tỷ lệ 89,82 %",
   ["100% (5/5) phòng, ban chuyên môn — share of sub-units"], "own figure"),
 R("CT3", BP, "not_met", 76.25, "c07_pbinhphuoc_bc", "table by khu phố, row 'Tổng cộng toàn phường': 58.640/76.900, 76,25",
   ["85,00 (Khu phố 1) and other khu phố rows — sub-units, one above 80"], "total row"),
 U("CT4", BP, "reported", "c07_pbinhphuoc_bc", "ward's own VNeID count", ["31.205 người (→ 3,12% of 1 triệu) — ward count"]),
 U("3.1", BP, "reported", "c07_pbinhphuoc_bc", "task cited 'nhiệm vụ 3.1'"),
 # --- xã Tân Phú
 R("CT1", TP, "met", 86.61, "c08_xtanphu_bc", "đến ngày 31/10/2025, 97/112 cán bộ, công chức, viên chức và người lao động của xã (86,61%)",
   ["90,63% (58/64) cán bộ, công chức — 'trong đó' part", "81,25% (39/48) viên chức và người lao động — 'trong đó' part"], "own total"),
 U("CT3", TP, "reported", "c08_xtanphu_bc", "two equally good own results for the same date disagree (78,23% from the ấp vs 83,39% from the commune's system), 'đang được rà soát, đối chiếu': nothing says which counts",
   ["78,23% (19.870/25.400) — own, tổng hợp từ các ấp", "83,39% (21.180) — own, hệ thống theo dõi"]),
 U("4.4", TP, "reported", "c08_xtanphu_bc", "content: lớp phổ cập kỹ năng số chuyên biệt cho người khuyết tật"),
 U("5.1", TP, "reported", "c08_xtanphu_bc", "content: công chức thường trực hỗ trợ người dân thao tác trên Cổng dịch vụ công trực tuyến",
   ["1.935 hồ sơ trực tuyến — documents processed"]),
 # --- Ủy ban nhân dân tỉnh
 R("CT1", T, "met", 88.18, "c09_ubndt_bc", "toàn tỉnh có 52.380/59.400 cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước (88,18%)",
   [], "province-wide figure in the province's own report"),
 R("CT3", T, "not_met", 74.62, "c09_ubndt_bc", "toàn tỉnh đạt 74,62%; table row 'Toàn tỉnh' 1.698.400/2.276.000, 74,62",
   ["82,08 / 76,10 / 82,20 / 81,30 / 75,86 / 76,25 / 73,53 — commune rows of the table (parts)",
    "21 xã, phường đạt dưới 50% — communes", "100% (95/95) xã, phường đã ban hành kế hoạch — share of communes",
    "80% — 'chưa đạt mức 80% theo kế hoạch'"], "province total row"),
 R("CT4", T, "met", 104.63, "c09_ubndt_bc", "tính đến ngày 15/12/2025, toàn tỉnh có 1.046.300 người dân ... trên nền tảng VNeID (1.046.300 / 1.000.000 = 104,63%)",
   ["734.512 người — đến 30/9/2025, earlier date (→ 73,45)", "298.750 người — 'trong đó' khu vực phía Bắc",
    "3.412.000 lượt truy cập — visits", "1 triệu — target restated"], "province-wide count, latest date"),
 U("1.1", T, "reported", "c09_ubndt_bc", "task cited '(nhiệm vụ 1.1)'"),
 U("1.2", T, "reported", "c09_ubndt_bc", "task cited '(nhiệm vụ 1.2)', giảng viên nguồn"),
]
gold = {"set": "C", "documents": docs, "cells": cells,
        "notes": ["c10 (Trường THCS Lê Quý Đôn, under 'ỦY BAN NHÂN DÂN XÃ NHƠN TRẠCH') is not a unit: it cites Chỉ tiêu số 2, nhiệm vụ 2.1, 2.4 and a 95,31% staff figure, but makes no cells; in particular no cell for Ủy ban nhân dân xã Nhơn Trạch.",
                  "c01 and c02 are the same commune (xã Long Thành); c02 (24/11/2025) decides CT1, CT3, CT4, 1.3; 5.2 comes from c01 only.",
                  "c05 quotes Công an tỉnh (province-wide VNeID count) and Sở Khoa học và Công nghệ (province-wide CT3 rate): neither sets a cell; no cell is made for those quoted units.",
                  "c09 commune rows repeat the communes' own figures: they do not set commune cells (issuer is Ủy ban nhân dân tỉnh)."]}
json.dump(gold, open("/work/main/corpus/heldout5_gold/C.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
rated = [c for c in cells if c["status"] in ("met", "not_met")]
print(len(docs), len(cells), len(rated), len(cells) - len(rated), sum(len(c.get("distractors", [])) for c in cells))
