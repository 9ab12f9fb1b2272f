# -*- coding: utf-8 -*-
"""Write ../../heldout5_gold/B.json (hand-made gold for set B)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "heldout5_gold", "B.json"))

TD, PN, ND, LM = "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"

documents = {
 "b01_tdtn_bc": {"issuer": TD, "type": "Báo cáo", "role": "report", "number": "512-BC/TĐTN-PT",
                 "issue_date": "2025-11-12", "file": "b01_tdtn_bc.txt"},
 "b02_hlhpn_bc": {"issuer": PN, "type": "Báo cáo", "role": "report", "number": "87/BC-BTV",
                  "issue_date": "2025-11-14", "file": "b02_hlhpn_bc.txt"},
 "b03_hnd_bc": {"issuer": ND, "type": "Báo cáo", "role": "report", "number": "215-BC/HNDT",
                "issue_date": "2025-11-18", "file": "b03_hnd_bc.docx"},
 "b04_lmhtx_bc": {"issuer": LM, "type": "Báo cáo", "role": "report", "number": "198/BC-LMHTX",
                  "issue_date": "2025-11-20", "file": "b04_lmhtx_bc.txt"},
 "b05_bvdk_bc": {"issuer": None, "issuer_text": "Bệnh viện Đa khoa Đồng Nai (under SỞ Y TẾ TỈNH ĐỒNG NAI; neither is in the registry)",
                 "type": "Báo cáo", "role": "report", "number": "1456/BC-BVĐKĐN",
                 "issue_date": "2025-11-10", "file": "b05_bvdk_bc.txt"},
}

def task(t, unit, doc, why, optional=False):
    c = {"target": t, "unit": unit, "status": "reported", "value": None, "doc": doc, "why": why}
    if optional:
        c["optional"] = True
    return c

cells = [
 # ---- b01 Tỉnh đoàn
 {"target": "CT1", "unit": TD, "status": "met", "value": 95.83,
  "basis": "46/48 người (cán bộ, công chức, người lao động cơ quan Tỉnh đoàn) hoàn thành ... đạt tỷ lệ 95,83%",
  "doc": "b01_tdtn_bc",
  "distractors": ["100% (48/48) đã đăng ký tài khoản học tập — accounts registered, not skills [1]",
                  "80% cán bộ, công chức ... in the 'Chỉ tiêu số 1:' heading — target restated [4]"],
  "why": "Chỉ tiêu số 1 cited; own staff, a result"},
 {"target": "CT3", "unit": TD, "status": "met", "value": 84.59,
  "basis": "Đến ngày 10/11/2025, có 41.870 trên tổng số 49.500 đoàn viên, thanh niên trong độ tuổi trưởng thành ... đạt 84,59%",
  "doc": "b01_tdtn_bc",
  "distractors": ["72,4% — tính đến 15/10/2025, superseded by 10/11/2025 [5]",
                  "100% kế hoạch mở lớp (96/96 lớp) — share of classes [1]",
                  "118% so với kế hoạch năm (lượt học viên) — above 100%, not a share of people [6]",
                  "Mục tiêu đến ngày 31/12/2025 đạt 90% — goal with a later date [4]",
                  "phấn đấu 100% ... trong quý I/2026 — goal [4]",
                  "80% in the 'Chỉ tiêu số 3:' heading — target restated [4]"],
  "why": "Chỉ tiêu số 3 cited; the union's own adult members (từ đủ 18 tuổi); latest date. Analyst call: an organisation's CT3 result is the share of its own adult members, as with the other mass organisations"},
 {"target": "CT4", "unit": TD, "status": "reported", "value": None,
  "basis": "23.640 đoàn viên, thanh niên và người dân ... VNeID",
  "doc": "b01_tdtn_bc",
  "distractors": ["23.640 — an association's own VNeID count, never a share of 1 triệu [7]",
                  "812.346 người dân ... 81,23% chỉ tiêu 1 triệu người — quoted 'Theo số liệu của Công an tỉnh' [3]"],
  "why": "Chỉ tiêu số 4 cited; not a province-wide issuer"},
 task("1.1", TD, "b01_tdtn_bc", "cử cán bộ tham gia lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc (content of 1.1)",
      optional=True),
 task("3.1", TD, "b01_tdtn_bc", "Nhiệm vụ 3.1 cited (khóa đào tạo cơ bản ... Tổ công nghệ số cộng đồng)"),
 task("3.2", TD, "b01_tdtn_bc", "Nhiệm vụ 3.2 cited (lớp cho thanh niên công nhân, thanh thiếu nhi có hoàn cảnh khó khăn)"),
 task("4.1", TD, "b01_tdtn_bc", "content: 215 buổi học tập cộng đồng cho người dân tại các xã, phường, nội dung thiết thực, áp dụng ngay"),
 task("4.2", TD, "b01_tdtn_bc", "content: phối hợp tổ dân phố, Tổ công nghệ số cộng đồng hướng dẫn người cao tuổi, lao động phổ thông sử dụng nền tảng, dịch vụ số"),
 # ---- b02 Hội LHPN (BAN THƯỜNG VỤ under the organisation line)
 {"target": "CT1", "unit": PN, "status": "met", "value": 92.68,
  "basis": "38/41 cán bộ, công chức, người lao động ... (92,68%)",
  "doc": "b02_hlhpn_bc",
  "distractors": ["100% văn bản đi ... được ký số — share of documents [1]"],
  "why": "CHỈ TIÊU 1 in the heading; own staff; issuer is the organisation (BAN THƯỜNG VỤ is its organ line)"},
 {"target": "CT3", "unit": PN, "status": "not_met", "value": 77.0,
  "basis": "tab-line table, row 'Toàn tỉnh': 186.400 hội viên, 143.528 có kỹ năng số cơ bản, 77,00",
  "doc": "b02_hlhpn_bc",
  "distractors": ["91,30 / 85,00 / 77,00 / 77,00 / 65,00 / 73,18 — rows of cơ sở Hội (phường Trấn Biên, …) [2]",
                  "80% in 'Thực hiện chỉ tiêu 80% người dân trong độ tuổi trưởng thành' — target restated [4]",
                  "chưa đạt mức 80% theo kế hoạch — target restated [4]",
                  "12.450 lượt hội viên — visits [1]",
                  "21 cơ sở Hội đạt dưới 50% — a count of sub-units [1]",
                  "phấn đấu đạt 80% trong quý I/2026 — goal [4]"],
  "why": "CHỈ TIÊU 3 heading; the total row is the organisation's figure; 77,00 < 80"},
 task("3.3", PN, "b02_hlhpn_bc", "Nhiệm vụ 3.3 cited (chuyên đề Ứng dụng AI vào công tác truyền thông và hoạt động Hội). Distractor: 112,6% kế hoạch (cơ sở kinh doanh) [6]"),
 task("5.2", PN, "b02_hlhpn_bc", "content: phong trào “Gia đình số”. Distractor: 64,5% số hộ hội viên — households [1]"),
 # ---- b03 Hội Nông dân (DOCX; HỘI NÔNG DÂN VIỆT NAM is the national parent line)
 {"target": "CT1", "unit": ND, "status": "not_met", "value": 72.5,
  "basis": "đến ngày 15/11/2025 có 29/40 người đã hoàn thành ... tỷ lệ 72,50%",
  "doc": "b03_hnd_bc",
  "distractors": ["55,0% (22 người) — tính đến 30/9/2025, superseded [5]",
                  "chưa đạt chỉ tiêu giao 80% — target restated [4]",
                  "40/40 cán bộ (100%) tham dự lớp bồi dưỡng ... AI — attendance at a course, not the indicator [1]"],
  "why": "chỉ tiêu 1 cited in the heading; own staff; latest date"},
 {"target": "CT3", "unit": ND, "status": "met", "value": 81.35,
  "basis": "tỷ lệ hội viên nông dân có tri thức cơ bản về chuyển đổi số ... đạt 81,35% (97.620/120.000 hội viên)",
  "doc": "b03_hnd_bc",
  "distractors": ["trong đó hội viên nữ 83,1%, từ 60 tuổi 62,4%, đồng bào dân tộc thiểu số 58,7% — parts after the whole [2]",
                  "Mục tiêu đến cuối năm 2025 đạt 80% hội viên — goal restated [4]",
                  "142 lớp, đạt 118,3% kế hoạch — above 100% [6]",
                  "95/95 cơ sở Hội xã, phường (100%) — share of communes/branches [1]"],
  "why": "chỉ tiêu 3 cited; the association's own adult members; the whole, not the trong đó parts"},
 {"target": "CT4", "unit": ND, "status": "reported", "value": None,
  "basis": "hướng dẫn 35.210 hội viên nông dân hoàn thành xác nhận ... VNeID",
  "doc": "b03_hnd_bc",
  "distractors": ["35.210 — association's own count, not a share of 1 triệu (3,52 would be wrong) [7]"],
  "why": "chỉ tiêu 4 cited; not province-wide"},
 task("1.1", ND, "b03_hnd_bc", "cử 40/40 cán bộ tham dự lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc (content of 1.1)",
      optional=True),
 task("3.4", ND, "b03_hnd_bc", "content: chuyên đề “Hướng dẫn sử dụng các ứng dụng AI có sẵn trên điện thoại thông minh dành cho nông dân”"),
 task("5.3", ND, "b03_hnd_bc", "content: mô hình “Chợ số - Nông thôn số”, 4T. Distractor: 1.850 hộ ... gian hàng [1]"),
 # ---- b04 Liên minh HTX (NFD)
 {"target": "CT1", "unit": LM, "status": "met", "value": 88.0,
  "basis": "25 cán bộ, công chức, viên chức và người lao động, trong đó 22 người đã hoàn thành bồi dưỡng và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt 88,0%",
  "doc": "b04_lmhtx_bc",
  "distractors": ["100% (6/6) phòng, đơn vị trực thuộc — share of sub-units [1]"],
  "why": "CT1 only restated (people + 'sử dụng được các nền tảng, dịch vụ số phục vụ công việc'), not cited; own staff"},
 {"target": "CT5", "unit": LM, "status": "met", "value": 85.15,
  "basis": "Đến ngày 15/11/2025, có 6.318/7.420 người lao động trong các hợp tác xã, liên hiệp hợp tác xã thành viên ... đạt 85,15%",
  "doc": "b04_lmhtx_bc",
  "distractors": ["312/415 hợp tác xã (75,18%) — share of cooperatives (HTX count) [1]",
                  "1.245 tài khoản — accounts [1]",
                  "69,8% — tính đến 30/9/2025, superseded [5]",
                  "78,6% — 'Theo số liệu của Sở Nông nghiệp và Môi trường' [3]",
                  "Chỉ tiêu giao: 80% người lao động ... — target restated [4]",
                  "100% hợp tác xã có gian hàng (2026) — goal [4]"],
  "why": "Chỉ tiêu số 5 cited; Liên minh's own figure for member cooperatives' workers; latest date"},
 task("1.3", LM, "b04_lmhtx_bc", "content: tổ chức 02 lớp bồi dưỡng, tập huấn cập nhật, nâng cao trình độ về chuyển đổi số, kỹ năng số cho cán bộ, công chức, người lao động của cơ quan"),
 task("5.3", LM, "b04_lmhtx_bc", "content: mô hình “Chợ số - Nông thôn số”, phương thức 4T"),
 # ---- b05: hospital, not a unit -> no cells
]

notes = [
 "b05_bvdk_bc (Bệnh viện Đa khoa Đồng Nai under SỞ Y TẾ TỈNH ĐỒNG NAI) makes no cells although it cites Chỉ tiêu số 1 with 1.312/1.540 (85,19%) and describes task-1.3-like classes.",
 "CT3 for the three mass organisations is rated from the share of their own adult members (đoàn viên từ đủ 18 tuổi, hội viên phụ nữ, hội viên nông dân): each report gives it under a CT3 heading/citation as its result.",
 "CT1 for mass organisations/Liên minh is rated from their own cơ quan staff (the plan makes each body responsible for its own staff).",
 "Header traps: b01 'BCH ĐOÀN TỈNH ĐỒNG NAI' left, 'ĐOÀN TNCS HỒ CHÍ MINH' (national) right; b02 organ line 'BAN THƯỜNG VỤ' under the organisation; b03 'HỘI NÔNG DÂN VIỆT NAM' (national) above 'BCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI'.",
 "Optional: (1.1, Tỉnh đoàn) and (1.1, Hội Nông dân tỉnh) — the unit only sent staff to the SKHCN-run AI course; an analyst may or may not count that as addressing task 1.1.",
 "Formats: b01 hard-wrapped 78 + stray blanks; b02 hard-wrapped + tab-line table (total row 'Toàn tỉnh' has an empty STT cell); b03 DOCX, one paragraph per line; b04 Unicode NFD, hard-wrapped 72; b05 hard-wrapped 76.",
]

gold = {"set": "B", "documents": documents, "cells": cells, "notes": notes}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(OUT, len(cells), "cells")
