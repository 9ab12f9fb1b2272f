# -*- coding: utf-8 -*-
"""Write ../../heldout5_gold/D.json. Distractor strings start with the trap kind:
share (1), subunit (2), quoted (3), goal (4), date (5), over100 (6), ct4local (7)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "heldout5_gold", "D.json")

docs = {
 "d01_cat_bc": {"issuer": "Công an tỉnh", "type": "Báo cáo", "role": "report", "number": "1245/BC-CAT", "issue_date": "2025-11-07", "file": "d01_cat_bc.pdf"},
 "d02_bqlkcn_bc": {"issuer": "Ban Quản lý các Khu công nghiệp", "type": "Báo cáo", "role": "report", "number": "2871/BC-KCNĐN", "issue_date": "2025-11-06", "file": "d02_bqlkcn_bc.docx"},
 "d03_snnmt_kh": {"issuer": "Sở Nông nghiệp và Môi trường", "type": "Kế hoạch", "role": "plan", "number": "2150/KH-SNNMT", "issue_date": "2025-06-16", "file": "d03_snnmt_kh.txt"},
 "d04_snnmt_bc": {"issuer": "Sở Nông nghiệp và Môi trường", "type": "Báo cáo", "role": "report", "number": "318/BC-SNNMT", "issue_date": "2025-11-12", "file": "d04_snnmt_bc.pdf"},
 "d05_ubnd_bc": {"issuer": "Ủy ban nhân dân tỉnh", "type": "Báo cáo", "role": "report", "number": "486/BC-UBND", "issue_date": "2025-11-25", "file": "d05_ubnd_bc.docx"},
 "d06_baodn_bc": {"issuer": "Báo Đồng Nai", "type": "Báo cáo", "role": "report", "number": "152-BC/BĐN", "issue_date": "2025-11-10", "file": "d06_baodn_bc.pdf"},
}

CAT, BQL, SNN, UB, BAO = ("Công an tỉnh", "Ban Quản lý các Khu công nghiệp",
    "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh", "Báo Đồng Nai")

def rep(t, u, doc, why, **kw):
    c = {"target": t, "unit": u, "status": "reported", "value": None, "doc": doc, "why": why}
    c.update(kw); return c

def pla(t, u, doc, why):
    return {"target": t, "unit": u, "status": "planned", "value": None, "doc": doc, "why": why}

cells = [
 # ---- d01 Công an tỉnh
 {"target": "CT4", "unit": CAT, "status": "not_met", "value": 73.45,
  "basis": "Tính đến ngày 31/10/2025, toàn tỉnh đã có 734.512 người dân ... trên nền tảng VNeID, đạt 73,45% so với chỉ tiêu 1 triệu người",
  "doc": "d01_cat_bc",
  "distractors": ["share: 2.145.380 tài khoản định danh điện tử mức 2 — accounts, not people confirmed",
                  "over100: 104,2% kế hoạch năm (tài khoản)",
                  "share: 186.420 hồ sơ / 98,6% hồ sơ giải quyết đúng hạn — documents processed",
                  "date: 612.430 người (61,24%) tính đến 30/9/2025 — superseded by 31/10",
                  "ct4local: trong đó phường Biên Hòa 38.420, phường Trấn Biên 31.067, xã Long Thành 21.135 người — communes' parts",
                  "share: 21 xã, phường đạt dưới 50% — communes",
                  "goal: phấn đấu đến 31/12/2025 đạt 1.000.000 người, bằng 100% chỉ tiêu"],
  "why": "province-wide count by the lead unit, latest date; 734512/1e6 = 73.45% < 100%"},
 {"target": "CT1", "unit": CAT, "status": "met", "value": 94.84,
  "basis": "Tính đến 31/10/2025, đã có 5.804/6.120 cán bộ, chiến sĩ, công nhân viên (94,84%) hoàn thành chương trình",
  "doc": "d01_cat_bc",
  "distractors": ["date: 81,3% đến 30/9/2025 — superseded",
                  "share: 100% (126/126) Công an xã, phường tổ chức học tập — share of commune police units",
                  "share: 28.640 lượt cán bộ, chiến sĩ — visits"],
  "why": "explicit 'Chỉ tiêu số 1' for the unit's own staff (cán bộ, chiến sĩ, công nhân viên of a state body), latest date"},
 rep("4.1", CAT, "d01_cat_bc", "task: 1.386 buổi học tập cộng đồng tại các xã, phường"),
 rep("4.3", CAT, "d01_cat_bc", "task: 214 lớp “Bình dân học vụ số” cho người cao tuổi về Internet, dịch vụ công trực tuyến, thanh toán số, an toàn số"),
 # ---- d02 Ban Quản lý các KCN
 {"target": "CT5", "unit": BQL, "status": "met", "value": 82.38,
  "basis": "table total row 'Tổng cộng | 412.560 | 339.880 | 82,38' (tính đến 31/10/2025)",
  "doc": "d02_bqlkcn_bc",
  "distractors": ["share: 1.214/1.520 doanh nghiệp (79,87%) — share of enterprises",
                  "date: 74,60% tại thời điểm 30/9/2025 — superseded",
                  "subunit: enterprise rows 88,00 / 73,00 / 90,00 / 95,00 / 82,52 (các doanh nghiệp còn lại)",
                  "goal: phấn đấu đến 31/12/2025 nâng tỷ lệ lên 85%",
                  "goal: chỉ tiêu giao 80%"],
  "why": "total row is the unit's own figure; 339880/412560 = 82.38% >= 80%"},
 {"target": "CT1", "unit": BQL, "status": "met", "value": 94.19,
  "basis": "Có 81 trên tổng số 86 công chức, viên chức và người lao động của Ban ..., đạt 94,19 %",
  "doc": "d02_bqlkcn_bc",
  "distractors": ["share: hoàn thành 100% kế hoạch mở lớp (4/4 lớp) — classes"],
  "why": "own staff, cited as 'chỉ tiêu 1'"},
 rep("1.3", BQL, "d02_bqlkcn_bc", "task: lớp bồi dưỡng, tập huấn chuyển đổi số cho CC, VC, NLĐ của Ban"),
 rep("3.2", BQL, "d02_bqlkcn_bc", "task: 36 lớp “Bình dân học vụ số” cho thanh niên công nhân (2.860 lượt)"),
 # ---- d03 plan + d04 report, Sở Nông nghiệp và Môi trường
 {"target": "CT5", "unit": SNN, "status": "not_met", "value": 77.39,
  "basis": "Tính đến ngày 31/10/2025, có 14.426/18.640 người lao động trong các hợp tác xã, liên hợp tác xã nông nghiệp ..., đạt 77,39%",
  "doc": "d04_snnmt_bc",
  "distractors": ["share: 468/512 hợp tác xã (91,41%) ứng dụng nền tảng số — share of cooperatives",
                  "share: 3.215 hộ sản xuất được cấp mã QR — households",
                  "date: 69,8% đến 30/9/2025 — superseded",
                  "subunit: trong đó lao động HTX trồng trọt 8.120/9.870 (82,27%) — part after the whole",
                  "goal: chưa đạt mức 80% theo kế hoạch; phấn đấu đạt trên 80% trong quý IV/2025",
                  "goal: plan d03 'Phấn đấu 80% người lao động trong các hợp tác xã' — superseded by the report"],
  "why": "report d04 (2025-11-12) decides over plan d03; own sector total, latest date; 77.39 < 80"},
 {"target": "CT1", "unit": SNN, "status": "met", "value": 93.15,
  "basis": "table total row 'Toàn Sở | 642 | 598 | 93,15' (tính đến 31/10/2025)",
  "doc": "d04_snnmt_bc",
  "distractors": ["subunit: rows Văn phòng Sở 93,55; Chi cục Kiểm lâm 91,59; Chi cục Thủy lợi 93,75; Trung tâm Khuyến nông 90,63; Các đơn vị còn lại 95,50",
                  "share: hoàn thành 100% kế hoạch (6/6 lớp) — classes",
                  "goal: plan d03 'Chỉ tiêu số 1: 80% công chức, viên chức ...' — target restated, superseded"],
  "why": "report decides; 'Toàn Sở' row is the unit's own figure"},
 pla("1.1", SNN, "d03_snnmt_kh", "only the plan: cử CC, VC tham gia lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc"),
 pla("3.4", SNN, "d03_snnmt_kh", "only the plan: phối hợp Hội Nông dân tỉnh bồi dưỡng chuyên đề ứng dụng AI trên điện thoại thông minh cho nông dân"),
 rep("5.3", SNN, "d04_snnmt_bc", "task in the report (also in plan d03): mô hình “Chợ số - Nông thôn số”, 1.240 nông dân, tiểu thương"),
 rep("1.3", SNN, "d04_snnmt_bc", "task: 06 lớp bồi dưỡng chuyển đổi số cho CC, VC, NLĐ của Sở"),
 # ---- d05 Ủy ban nhân dân tỉnh
 {"target": "CT4", "unit": UB, "status": "not_met", "value": 80.12,
  "basis": "Tính đến ngày 20/11/2025, toàn tỉnh đã có 801.236 người dân ... trên nền tảng VNeID, bằng 80,12% chỉ tiêu 1 triệu người",
  "doc": "d05_ubnd_bc",
  "distractors": ["quoted: theo Báo cáo số 1245/BC-CAT của Công an tỉnh, đến 31/10/2025 có 734.512 người — another unit, earlier date",
                  "goal: mục tiêu đến 31/12/2025 đạt 100% chỉ tiêu"],
  "why": "province's own province-wide count, latest; 801236/1e6 = 80.12% < 100%"},
 rep("CT1", UB, "d05_ubnd_bc", "only a figure quoted from Sở Nội vụ (41.236/47.880, 86,12%)",
     distractors=["quoted: theo báo cáo của Sở Nội vụ ... 86,12%"]),
 rep("CT2", UB, "d05_ubnd_bc", "only a figure quoted from Sở Giáo dục và Đào tạo (100%, 312.450/312.450)",
     distractors=["quoted: Sở Giáo dục và Đào tạo cho biết 100% học sinh trung học và sinh viên", "share: 100% trường đã triển khai học bạ số"]),
 rep("CT3", UB, "d05_ubnd_bc", "only a figure quoted from Sở Khoa học và Công nghệ (1.742.310/2.280.510, 76,40%)",
     distractors=["quoted: theo số liệu của Sở Khoa học và Công nghệ ... 76,40%"]),
 rep("CT5", UB, "d05_ubnd_bc", "only figures quoted from Ban Quản lý các KCN (82,38%) and Sở NN&MT (77,39%); Sở Công Thương pending",
     distractors=["quoted: Ban Quản lý các Khu công nghiệp báo cáo 82,38%", "quoted: Sở Nông nghiệp và Môi trường báo cáo 77,39%"]),
 rep("5.1", UB, "d05_ubnd_bc", "task: 95/95 xã, phường bố trí nhân sự hỗ trợ người dân làm thủ tục hành chính (share of communes, task only)"),
 rep("5.2", UB, "d05_ubnd_bc", "task: Phong trào “Gia đình số”, 412.300 hộ gia đình"),
 # ---- d06 Báo Đồng Nai (under TỈNH ỦY ĐỒNG NAI)
 rep("1.1", BAO, "d06_baodn_bc", "task: 02 lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc cho 86 phóng viên, biên tập viên; issuer is the second header line, not Tỉnh ủy"),
 rep("1.3", BAO, "d06_baodn_bc", "task: 03 lớp tập huấn chuyển đổi số, kỹ năng số cho viên chức, người lao động của Báo"),
]

json.dump({"set": "D", "documents": docs, "cells": cells}, open(OUT, "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
rated = [c for c in cells if c["status"] in ("met", "not_met")]
print(len(docs), "docs", len(cells), "cells", len(rated), "rated", len(cells) - len(rated), "unrated")
