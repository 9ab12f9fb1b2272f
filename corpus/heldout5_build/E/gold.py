"""Write /work/main/corpus/heldout5_gold/E.json."""
import json

D = {
 "e01_snv_bc": {"issuer": "Sở Nội vụ", "type": "Báo cáo", "role": "report", "number": "412/BC-SNV", "issue_date": "2025-11-12", "file": "e01_snv_bc.docx"},
 "e02_xtrangbom_bc": {"issuer": "Ủy ban nhân dân xã Trảng Bom", "type": "Báo cáo", "role": "report", "number": "285/BC-UBND", "issue_date": "2025-11-14", "file": "e02_xtrangbom_bc.pdf"},
 "e03_pbienhoa_bc": {"issuer": "Ủy ban nhân dân phường Biên Hòa", "type": "Báo cáo", "role": "report", "number": "517/BC-UBND", "issue_date": "2025-11-18", "file": "e03_pbienhoa_bc.txt"},
 "e04_hccb_kh": {"issuer": None, "issuer_note": "Hội Cựu chiến binh tỉnh (under ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI): neither is in units.json -> no cells", "type": "Kế hoạch", "role": "plan", "number": "27-KH/HCCB", "issue_date": "2025-06-20", "file": "e04_hccb_kh.docx"},
 "e05_sgddt_bc": {"issuer": "Sở Giáo dục và Đào tạo", "type": "Báo cáo", "role": "report", "number": "3318/BC-SGDĐT", "issue_date": "2025-11-10", "file": "e05_sgddt_bc.pdf"},
 "e06_skhcn_cv": {"issuer": "Sở Khoa học và Công nghệ", "type": "Công văn", "role": "report", "number": "3412/SKHCN-CĐS", "issue_date": "2025-11-21", "file": "e06_skhcn_cv.txt"},
}


def rated(t, u, st, v, basis, doc, dis, why):
    return {"target": t, "unit": u, "status": st, "value": v, "basis": basis, "doc": doc, "distractors": dis, "why": why}


def rep(t, u, doc, why, **kw):
    c = {"target": t, "unit": u, "status": "reported", "value": None, "doc": doc, "why": why}
    c.update(kw)
    return c


SNV, TB, BH, GD, KH = ("Sở Nội vụ", "Ủy ban nhân dân xã Trảng Bom", "Ủy ban nhân dân phường Biên Hòa",
                       "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ")
C = [
 # e01 Sở Nội vụ
 rated("CT1", SNV, "met", 83.37,
       "Tính đến ngày 31/10/2025, toàn tỉnh có 41.286 trên tổng số 49.520 cán bộ, công chức, viên chức và người lao động (no percent printed; 83,37%)",
       "e01_snv_bc",
       ["72,5% (35.904 trên tổng số 49.520) — tính đến 30/9/2025, superseded [5]",
        "chưa đạt mức 80% theo kế hoạch / target restated 80% [4]",
        "85,69% / 78,32% / 85,77% — trong đó parts (khối tỉnh, cấp xã, sự nghiệp) [2]",
        "79,4% — tài khoản completing the test, figure from Sở Khoa học và Công nghệ [3][1]",
        "100% kế hoạch mở lớp (46/46 lớp) [1]", "5.830 lượt; 1.215 lượt [1]",
        "98,6% hồ sơ xử lý trực tuyến [1]", "21 xã, phường đạt dưới 75% [1]",
        "100% chương trình bồi dưỡng ngạch [1]", "phấn đấu đến 31/12/2025 đạt 90% [4]"],
       "Sở Nội vụ is CT1's lead; province-wide total, latest date; rate computed from the counts"),
 rep("1.1", SNV, "e01_snv_bc", "task by content: chuyên đề bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc"),
 rep("1.3", SNV, "e01_snv_bc", "task cited: nhiệm vụ 1.3 (also 46/46 lớp bồi dưỡng)"),
 # e02 xã Trảng Bom
 rated("CT1", TB, "met", 82.35, "table row 'Tổng cộng' 170 | 140 | 82,35 under 'Tỷ lệ cán bộ, công chức, viên chức và người lao động có kỹ năng số' (no % sign)",
       "e02_xtrangbom_bc",
       ["90,48 / 84,00 / 79,17 / 88,24 / 75,81 — phòng, trung tâm rows [2]",
        "100% cơ quan, đơn vị (5/5) cử cán bộ đầu mối [1]", "chỉ tiêu giao cho xã là 80% [4]"],
       "own total row"),
 rated("CT3", TB, "not_met", 72.9, "Đến ngày 31/10/2025 … 58.212/79.850 người dân trong độ tuổi trưởng thành … đạt 72,9%",
       "e02_xtrangbom_bc",
       ["64,1% — tính đến 30/9/2025, superseded [5]", "phấn đấu đạt 80% trước 31/12/2025 [4]",
        "21/21 ấp, khu phố (đạt 100%) [1]", "79,6% hộ gia đình (9.870/12.400) — task 5.2 [1]"],
       "own result, latest date"),
 rep("CT4", TB, "e02_xtrangbom_bc", "commune's VNeID count (8.440 người) is never a share of 1 triệu",
     distractors=["8.440 người -> naive 0,84 [7]", "112,5% chỉ tiêu giao cho xã (7.500 người) [6]"]),
 rated("CT5", TB, "met", 80.26, "18.420/22.950 người lao động trong các doanh nghiệp, hợp tác xã trên địa bàn … đạt 80,26%",
       "e02_xtrangbom_bc",
       ["62/146 doanh nghiệp (42,5%) ký cam kết — share of firms [1]", "146 doanh nghiệp, hợp tác xã — count of firms [1]"],
       "commune's own result for workers on its territory (as CT3); close to the 80% line but above it"),
 rep("4.3", TB, "e02_xtrangbom_bc", "task by content: 14 lớp “Bình dân học vụ số” cho người cao tuổi"),
 rep("5.1", TB, "e02_xtrangbom_bc", "task by content: 03 nhân sự hỗ trợ người dân trên Cổng dịch vụ công trực tuyến"),
 rep("5.2", TB, "e02_xtrangbom_bc", "task by content: phong trào “Gia đình số”"),
 # e03 phường Biên Hòa
 rated("CT1", BH, "met", 91.2, "Tỷ lệ cán bộ, công chức, viên chức và người lao động của phường … đạt 91,2% (176/193 người)",
       "e03_pbienhoa_bc",
       ["100% (34/34) Văn phòng HĐND và UBND phường — sub-unit [2]", "100% kế hoạch mở lớp (15/15 lớp) [1]"],
       "own total"),
 rep("CT3", BH, "e03_pbienhoa_bc",
     "two own results for the same date disagree (81,3% khu phố rà soát 67.480/83.000 vs 76,8% phần mềm) and nothing says which counts",
     distractors=["81,3% [two results]", "76,8% [two results]", "42.618 tài khoản định danh mức 2 [1]", "12 khu phố đạt dưới 70% [1]", "86 tin, bài [1]", "3.140 lượt [1]"]),
 rep("4.1", BH, "e03_pbienhoa_bc", "task by content: 27 buổi học tập cộng đồng tại các khu phố"),
 rep("4.4", BH, "e03_pbienhoa_bc", "task by content: lớp phổ cập kỹ năng số chuyên biệt cho người khuyết tật"),
 # e04 Hội Cựu chiến binh: no cells (not a registered unit; MTTQ parent line not registered either)
 # e05 Sở Giáo dục và Đào tạo
 rated("CT2", GD, "not_met", 86.4, "tỷ lệ học sinh trung học và sinh viên được trang bị kiến thức, kỹ năng số … đạt 86,40 %; Toàn ngành 406.720 | 351.406 | 86,40%",
       "e05_sgddt_bc",
       ["106% kế hoạch năm học giao [6]", "81,5% kế hoạch năm học giao — a goal [4]",
        "mục tiêu cuối năm học 2025-2026 đạt 100% [4]",
        "86,92% / 85,61% / 84,19% — THCS, THPT, GDNN-GDTX rows [2]",
        "100% trường (412/412 trường) [1]", "98,7% học bạ số [1]", "318 dự án; 24 trường [1]"],
       "own total ('Toàn ngành'), below 100%"),
 rated("CT1", GD, "met", 91.95, "Toàn ngành có 38.905/42.310 cán bộ, công chức, viên chức và người lao động … đạt 91,95%",
       "e05_sgddt_bc",
       ["97,96% (96/98) cơ quan Văn phòng Sở — trong đó part [2]"],
       "toàn ngành total is the unit's figure (staff under its management)"),
 rep("2.1", GD, "e05_sgddt_bc", "task by content: tích hợp giáo dục kỹ năng số cơ bản vào chương trình giáo dục"),
 rep("2.2", GD, "e05_sgddt_bc", "task by content: khuyến khích học sinh học trên nền tảng học trực tuyến mở đại trà"),
 rep("2.3", GD, "e05_sgddt_bc", "task by content: mô hình lớp học thông minh ứng dụng trí tuệ nhân tạo (mô hình giáo dục mới dựa trên công nghệ số và AI)"),
 rep("2.4", GD, "e05_sgddt_bc", "task by content: Cuộc thi Chế tạo dự án AI dành cho học sinh THCS, THPT"),
 # e06 Sở Khoa học và Công nghệ (công văn V/v báo cáo -> report)
 rated("CT1", KH, "met", 91.93, "cán bộ, công chức, viên chức và người lao động của Sở: 148/161 người … (91,93%)",
       "e06_skhcn_cv",
       ["83,4% — toàn tỉnh, theo báo cáo của Sở Nội vụ [3]", "100% phòng, đơn vị trực thuộc (7/7 đơn vị) [1][2]",
        "112% kế hoạch tập huấn (nhiệm vụ 1.1) [6]", "1.460 lượt; 186 giảng viên nguồn; 254 tin, bài [1]"],
       "own staff; the province-wide rate is quoted from Sở Nội vụ"),
 rep("CT4", KH, "e06_skhcn_cv", "restates CT4 only to quote Công an tỉnh's count; a quoted figure does not set the issuer's cell",
     distractors=["734.512 người — Công an tỉnh's figure, naive 73,45 [3]"]),
 rep("1.1", KH, "e06_skhcn_cv", "task cited: Nhiệm vụ 1.1"),
 rep("1.2", KH, "e06_skhcn_cv", "task cited: Nhiệm vụ 1.2 (giảng viên nguồn)"),
 rep("3.1", KH, "e06_skhcn_cv", "task cited: Nhiệm vụ 3.1"),
 rep("5.3", KH, "e06_skhcn_cv", "task by content only: mô hình “Chợ số - Nông thôn số”, 4T"),
]

json.dump({"set": "E", "documents": D, "cells": C},
          open("/work/main/corpus/heldout5_gold/E.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(C), "cells;", sum(c["status"] in ("met", "not_met") for c in C), "rated")
