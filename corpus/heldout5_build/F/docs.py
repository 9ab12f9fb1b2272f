# -*- coding: utf-8 -*-
"""Set F sources. Mini-markup, one block per line:
  @HDR left1;left2 || right1;right2     header as a borderless 2-column table (DOCX) / two lines (TXT)
  @SIG left;... || right;...            signature block
  | a | b | c                           table row (consecutive rows = one table; first row = header)
  anything else                         a paragraph
"""

def pct(a, b, nd=2):
    return f"{a / b * 100:.{nd}f}".replace(".", ",")

def n(x):
    return f"{x:,}".replace(",", ".")

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;Độc lập - Tự do - Hạnh phúc"

DOCS = {}

# ---------------------------------------------------------------- f01 SNV, earlier report (DOCX)
DOCS["f01_snv_bc_t10"] = dict(fmt="docx", text=f"""@HDR UBND TỈNH ĐỒNG NAI;SỞ NỘI VỤ;Số: 1873/BC-SNV || {QH};Đồng Nai, ngày 15 tháng 10 năm 2025
BÁO CÁO
Kết quả triển khai chương trình “Bình dân học vụ số” đối với cán bộ, công chức, viên chức và người lao động trong khu vực công (quý III năm 2025)
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh về triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025, Sở Nội vụ báo cáo kết quả thực hiện quý III năm 2025 như sau:
I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI
Sở Nội vụ đã ban hành Kế hoạch số 1120/KH-SNV ngày 16/6/2025 hưởng ứng chương trình “Bình dân học vụ số” trong toàn ngành nội vụ và Văn bản số 1205/SNV-CCVC ngày 24/6/2025 đề nghị các cơ quan, đơn vị cử cán bộ, công chức, viên chức tham gia học tập trên nền tảng.
II. KẾT QUẢ THỰC HIỆN
1. Chỉ tiêu số 1
Tính đến ngày 30/9/2025, toàn tỉnh có {n(35987)}/{n(48500)} cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước hoàn thành chương trình bồi dưỡng kiến thức, kỹ năng số cơ bản, đạt tỷ lệ {pct(35987,48500)}%, chưa đạt mức 80% theo kế hoạch.
Trong quý III, Sở đã phối hợp mở 9 lớp bồi dưỡng trực tiếp, hoàn thành 100% kế hoạch mở lớp của quý (9/9 lớp), với 1.240 lượt học viên tham dự.
2. Bồi dưỡng, tập huấn cho cán bộ, công chức, viên chức
Tổ chức các lớp bồi dưỡng, tập huấn cập nhật kiến thức về chuyển đổi số, kỹ năng số cho cán bộ, công chức, viên chức và người lao động phù hợp với tiến trình chuyển đổi số của từng cơ quan, đơn vị; lồng ghép nội dung chuyển đổi số vào chương trình bồi dưỡng ngạch, chức danh.
3. Bồi dưỡng kỹ năng ứng dụng trí tuệ nhân tạo
Phối hợp với Sở Khoa học và Công nghệ tổ chức 02 lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc cho lãnh đạo, công chức các phòng chuyên môn của Sở với 86 người tham dự.
III. NHIỆM VỤ QUÝ IV
Phấn đấu đến ngày 31/12/2025 đạt trên 80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước có hiểu biết về chuyển đổi số, kỹ năng số.
Sở Nội vụ báo cáo để Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ biết, tổng hợp./.
@SIG Nơi nhận:;- UBND tỉnh (b/c);- Sở Khoa học và Công nghệ;- Lưu: VT, CCVC. || KT. GIÁM ĐỐC;PHÓ GIÁM ĐỐC;;;Trần Thị Mỹ Hạnh
""")

# ---------------------------------------------------------------- f02 SNV, later report (PDF)
rows02 = [("Khối cơ quan chuyên môn, tổ chức hành chính cấp tỉnh", 7020, 6240),
          ("Khối đơn vị sự nghiệp công lập cấp tỉnh", 17650, 14380),
          ("Khối Ủy ban nhân dân các xã, phường", 23830, 20292)]
tot_a = sum(r[1] for r in rows02); tot_b = sum(r[2] for r in rows02)
assert (tot_a, tot_b) == (48500, 40912)
tbl02 = "| STT | Khối cơ quan, đơn vị | Tổng số CB, CC, VC, NLĐ | Số đã hoàn thành | Tỷ lệ (%)\n" + "\n".join(
    f"| {i} | {r[0]} | {n(r[1])} | {n(r[2])} | {pct(r[2], r[1])}" for i, r in enumerate(rows02, 1)) + \
    f"\n|  | Tổng cộng | {n(tot_a)} | {n(tot_b)} | {pct(tot_b, tot_a)}"
agencies02 = [("Văn phòng UBND tỉnh", 142, 131), ("Sở Nội vụ", 168, 160), ("Sở Tài chính", 410, 362),
    ("Sở Khoa học và Công nghệ", 186, 181), ("Sở Công Thương", 352, 301), ("Sở Giáo dục và Đào tạo", 124, 124),
    ("Sở Nông nghiệp và Môi trường", 1460, 1238), ("Sở Xây dựng", 690, 587), ("Sở Y tế", 455, 402),
    ("Sở Tư pháp", 98, 90), ("Sở Văn hóa, Thể thao và Du lịch", 236, 205), ("Ban Quản lý các Khu công nghiệp", 104, 96),
    ("Thanh tra tỉnh", 87, 71), ("Các cơ quan, tổ chức hành chính khác", 2508, 2292)]
assert sum(r[1] for r in agencies02) == 7020 and sum(r[2] for r in agencies02) == 6240, (sum(r[1] for r in agencies02), sum(r[2] for r in agencies02))
annex02 = "| STT | Cơ quan | Tổng số | Đã hoàn thành | Tỷ lệ (%)\n" + "\n".join(
    f"| {i} | {r[0]} | {n(r[1])} | {n(r[2])} | {pct(r[2], r[1])}" for i, r in enumerate(agencies02, 1)) + \
    f"\n|  | Cộng khối cơ quan chuyên môn, tổ chức hành chính | {n(7020)} | {n(6240)} | {pct(6240, 7020)}"
DOCS["f02_snv_bc_t11"] = dict(fmt="pdf", text=f"""@HDR UBND TỈNH ĐỒNG NAI;SỞ NỘI VỤ;Số: 2164/BC-SNV || {QH};Đồng Nai, ngày 12 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện Chỉ tiêu số 1 và các nhiệm vụ được giao tại Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh về chương trình “Bình dân học vụ số” (đến ngày 31/10/2025)
Thực hiện Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện các chỉ tiêu triển khai chương trình “Bình dân học vụ số”, Sở Nội vụ báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU
Chỉ tiêu: 80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn tỉnh có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc.
Kết quả: tính đến ngày 30/9/2025 đạt {pct(35987,48500)}% ({n(35987)}/{n(48500)} người); đến ngày 31/10/2025 có {n(40912)} trên tổng số {n(48500)} cán bộ, công chức, viên chức và người lao động hoàn thành chương trình, đạt {pct(40912,48500)} %, vượt mức chỉ tiêu giao 80%. Kết quả cụ thể theo khối như sau:
{tbl02}
Số lượt bồi dưỡng trực tiếp và trực tuyến trong năm đạt 105,4% kế hoạch bồi dưỡng năm 2025. Theo số liệu của Sở Khoa học và Công nghệ trên nền tảng học tập trực tuyến, tỷ lệ cán bộ, công chức, viên chức hoàn thành khóa học kỹ năng số cơ bản đạt 79,1%; Sở Nội vụ sẽ phối hợp rà soát, đối chiếu số liệu.
Bên cạnh đó, 98,6% hồ sơ công việc tại các cơ quan hành chính cấp tỉnh được xử lý trên môi trường mạng.
Ngoài ra, Sở Nội vụ đã đôn đốc cán bộ, công chức, viên chức thực hiện bài kiểm tra trên nền tảng VNeID; đến ngày 31/10/2025 có {n(31206)} cán bộ, công chức, viên chức được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.
II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
1. Nhiệm vụ 1.3: Sở Nội vụ chủ trì tổ chức 14 lớp bồi dưỡng, tập huấn cập nhật, nâng cao trình độ về chuyển đổi số, kỹ năng số cho cán bộ, công chức, viên chức và người lao động; hoàn thành 100% kế hoạch mở lớp năm (14/14 lớp) với 2.315 lượt học viên.
2. Cử 24 công chức, viên chức tham gia lớp bồi dưỡng kiến thức kỹ năng số cho giảng viên nguồn do Sở Khoa học và Công nghệ tổ chức; đội ngũ giảng viên nguồn này đã tham gia giảng dạy tại các lớp của ngành nội vụ.
3. Công tác tuyên truyền, quán triệt
Sở Nội vụ đã đăng tải 37 tin, bài về chương trình trên Trang thông tin điện tử của Sở; 100% cơ quan, đơn vị thuộc khối hành chính cấp tỉnh (16/16 cơ quan) đã ban hành kế hoạch hưởng ứng; tổ chức quán triệt nội dung chương trình tại hội nghị giao ban ngành nội vụ tháng 7/2025 và tháng 9/2025.
4. Kiểm tra, đôn đốc
Trong tháng 10/2025, Sở Nội vụ phối hợp Sở Khoa học và Công nghệ kiểm tra tại 08 cơ quan, đơn vị và 12 xã, phường; qua kiểm tra, nhìn chung các đơn vị đã bố trí thời gian cho cán bộ, công chức, viên chức học tập, tuy nhiên việc cập nhật kết quả học tập lên hệ thống còn chậm ở một số đơn vị sự nghiệp.
III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT
Một số đơn vị sự nghiệp công lập có số lượng viên chức lớn, phân tán nên tiến độ học tập còn chậm. Mục tiêu đến ngày 31/12/2025 đạt 90% cán bộ, công chức, viên chức và người lao động hoàn thành chương trình.
Đề xuất Ủy ban nhân dân tỉnh chỉ đạo thủ trưởng các cơ quan, đơn vị chịu trách nhiệm về kết quả học tập của cán bộ, công chức, viên chức thuộc phạm vi quản lý; đề nghị Sở Khoa học và Công nghệ thống nhất một đầu mối dữ liệu kết quả học tập trên nền tảng.
Sở Nội vụ kính báo cáo./.
@SIG Nơi nhận:;- Sở Khoa học và Công nghệ;- UBND tỉnh (b/c);- Giám đốc Sở;- Lưu: VT, CCVC&ĐT. || GIÁM ĐỐC;;;Nguyễn Văn Thông
PHỤ LỤC
KẾT QUẢ CỦA CÁC CƠ QUAN CHUYÊN MÔN, TỔ CHỨC HÀNH CHÍNH CẤP TỈNH
(Kèm theo Báo cáo số 2164/BC-SNV ngày 12/11/2025 của Sở Nội vụ)
{annex02}
""")

# ---------------------------------------------------------------- f03 HLHPN, competing CT3 figures (DOCX)
rows03 = [("Chi hội, cơ sở Hội khu vực phía Nam", 78400, 63120), ("Chi hội, cơ sở Hội khu vực trung tâm", 92300, 73580),
          ("Chi hội, cơ sở Hội khu vực phía Bắc", 65800, 50720)]
assert sum(r[1] for r in rows03) == 236500 and sum(r[2] for r in rows03) == 187420
tbl03 = "| Khu vực | Số hội viên, phụ nữ | Số có kỹ năng số cơ bản | Tỷ lệ\n" + "\n".join(
    f"| {r[0]} | {n(r[1])} | {n(r[2])} | {pct(r[2], r[1], 1)}%" for r in rows03) + \
    f"\n| Toàn tỉnh | {n(236500)} | {n(187420)} | {pct(187420, 236500)}%"
DOCS["f03_hlhpn_bc"] = dict(fmt="docx", text=f"""@HDR HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI;BAN THƯỜNG VỤ;Số: 412/BC-BTV || {QH};Đồng Nai, ngày 06 tháng 11 năm 2025
BÁO CÁO
Kết quả tham gia thực hiện chương trình “Bình dân học vụ số” của các cấp Hội Phụ nữ tỉnh năm 2025
Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh báo cáo kết quả thực hiện đến ngày 31/10/2025 như sau:
1. Phổ cập kỹ năng số cho hội viên, phụ nữ (góp phần thực hiện mục tiêu 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số)
Theo số liệu tổng hợp từ báo cáo của các cơ sở Hội, tính đến ngày 31/10/2025, có {n(187420)}/{n(236500)} hội viên, phụ nữ trong độ tuổi trưởng thành có kỹ năng số cơ bản, đạt {pct(187420,236500)}%. Cụ thể:
{tbl03}
Đồng thời, theo dữ liệu trên nền tảng học tập “Bình dân học vụ số” do Hội quản lý, cùng thời điểm 31/10/2025 có {n(196805)} hội viên, phụ nữ đã hoàn thành các học phần kỹ năng số cơ bản, tương đương {pct(196805,236500)}% tổng số hội viên, phụ nữ. Hai nguồn số liệu trên hiện đang được các cấp Hội tiếp tục đối chiếu.
2. Xác thực trên VNeID
Vận động {n(12375)} hội viên, phụ nữ hoàn thành bài kiểm tra và được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.
3. Bồi dưỡng ứng dụng AI
Tổ chức 06 lớp bồi dưỡng chuyên đề “Ứng dụng AI vào công tác truyền thông và hoạt động Hội” cho 420 cán bộ Hội các cấp; hỗ trợ 138 cơ sở kinh doanh do phụ nữ làm chủ quảng bá sản phẩm trên các nền tảng số, sàn thương mại điện tử; đăng tải 215 tin, bài trên trang thông tin của Hội.
4. Phong trào “Gia đình số”
Các cấp Hội vận động hội viên tham gia phong trào “Gia đình số”; đến nay 68,2% hộ gia đình hội viên có ít nhất một thành viên tham gia học tập, có hiểu biết về chuyển đổi số, kỹ năng số và hướng dẫn các thành viên khác trong gia đình.
5. Phương hướng
Phấn đấu đến cuối năm 2025 có 85% hội viên, phụ nữ trong độ tuổi trưởng thành có kỹ năng số cơ bản.
@SIG Nơi nhận:;- Sở Khoa học và Công nghệ;- Trung ương Hội LHPN Việt Nam;- Lưu: VP. || TM. BAN THƯỜNG VỤ;PHÓ CHỦ TỊCH;;;Lê Thị Ngọc Loan
""")

# ---------------------------------------------------------------- f04 Công an tỉnh (TXT)
rows04 = [("Phường Trấn Biên", 41250), ("Phường Biên Hòa", 38904), ("Xã Long Thành", 27611),
          ("Xã Nhơn Trạch", 24315), ("Phường Long Khánh", 19870), ("90 xã, phường còn lại", 710390)]
assert sum(r[1] for r in rows04) == 862340
tbl04 = "| STT | Địa bàn | Số người dân được xác nhận đạt phổ cập trên VNeID\n" + "\n".join(
    f"| {i} | {r[0]} | {n(r[1])}" for i, r in enumerate(rows04, 1)) + f"\n|  | Toàn tỉnh | {n(862340)}"
DOCS["f04_cat_bc"] = dict(fmt="txt", text=f"""@HDR BỘ CÔNG AN;CÔNG AN TỈNH ĐỒNG NAI;Số: 5127/BC-CAT-PC06 || {QH};Đồng Nai, ngày 08 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện Chỉ tiêu số 4 Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh và phổ cập kỹ năng số trong lực lượng Công an tỉnh
Kính gửi: Ban Chỉ đạo Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 tỉnh Đồng Nai.
I. KẾT QUẢ XÁC NHẬN PHỔ CẬP TRÊN NỀN TẢNG VNeID
Chỉ tiêu giao: 1 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.
Tính đến ngày 30/9/2025 toàn tỉnh có {n(651027)} người dân được xác nhận. Tính đến ngày 31/10/2025, toàn tỉnh có {n(862340)} người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID, bằng {pct(862340,1000000)}% chỉ tiêu được giao. Số liệu theo địa bàn:
{tbl04}
Trong cùng kỳ, đã kích hoạt {n(2145600)} tài khoản định danh điện tử mức độ 2; 98,7% hồ sơ thủ tục hành chính liên quan đến cư trú được tiếp nhận, giải quyết trực tuyến; 100% Công an xã, phường (95/95 đơn vị) bố trí tổ hỗ trợ người dân thực hiện bài kiểm tra trên VNeID. Số lượt người dân được hướng dẫn trực tiếp đạt 112% kế hoạch tuyên truyền.
Phấn đấu đến ngày 31/12/2025 hoàn thành 100% chỉ tiêu 1.000.000 người.
II. PHỔ CẬP KỸ NĂNG SỐ TRONG LỰC LƯỢNG CÔNG AN TỈNH (Chỉ tiêu số 1)
Tính đến ngày 30/9/2025 tỷ lệ cán bộ, chiến sĩ hoàn thành chương trình là {pct(3941,4800)}%. Đến ngày 31/10/2025, {n(4388)}/{n(4800)} cán bộ, chiến sĩ Công an tỉnh đã hoàn thành chương trình bồi dưỡng kiến thức, kỹ năng số cơ bản và sử dụng thành thạo các nền tảng số phục vụ công tác ({pct(4388,4800)}%); trong đó khối Công an xã, phường đạt 93,6%.
III. ĐỀ XUẤT
Đề nghị UBND các xã, phường tiếp tục phối hợp Công an xã, phường tuyên truyền, vận động người dân thực hiện bài kiểm tra trên VNeID.
@SIG Nơi nhận:;- Ban Chỉ đạo tỉnh;- Sở Khoa học và Công nghệ;- Lưu: VT, PC06. || KT. GIÁM ĐỐC;PHÓ GIÁM ĐỐC;;;Đại tá Phạm Quốc Việt
""")

# ---------------------------------------------------------------- f05 xã Định Quán, report (PDF)
rows05 = [("Ấp Hiệp Đồng", 6120, 4980), ("Ấp Hiệp Quyết", 5870, 4102), ("Ấp Hiệp Nghĩa", 6450, 4870),
          ("Ấp Hiệp Tâm 1", 5480, 3912), ("Ấp Hiệp Tâm 2", 5490, 3972)]
assert sum(r[1] for r in rows05) == 29410 and sum(r[2] for r in rows05) == 21836
tbl05 = "| STT | Ấp | Người dân trong độ tuổi trưởng thành | Số người có kỹ năng số cơ bản | Tỷ lệ %\n" + "\n".join(
    f"| {i} | {r[0]} | {n(r[1])} | {n(r[2])} | {pct(r[2], r[1])}" for i, r in enumerate(rows05, 1)) + \
    f"\n|  | Toàn xã | {n(29410)} | {n(21836)} | {pct(21836, 29410)}"
DOCS["f05_xdq_bc"] = dict(fmt="pdf", text=f"""@HDR ỦY BAN NHÂN DÂN;XÃ ĐỊNH QUÁN;Số: 318/BC-UBND || {QH};Định Quán, ngày 10 tháng 11 năm 2025
BÁO CÁO
Kết quả triển khai chương trình “Bình dân học vụ số” trên địa bàn xã Định Quán năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh và Kế hoạch số 57/KH-UBND ngày 20/6/2025 của UBND xã, Ủy ban nhân dân xã Định Quán báo cáo kết quả như sau:
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ngay sau khi Kế hoạch số 57/KH-UBND được ban hành, UBND xã đã thành lập Tổ triển khai chương trình do Phó Chủ tịch UBND xã làm tổ trưởng; kiện toàn Tổ công nghệ số cộng đồng tại 5/5 ấp với 47 thành viên; giao chỉ tiêu cụ thể cho từng ấp, từng đoàn thể.
Công tác tuyên truyền được thực hiện qua hệ thống loa truyền thanh của xã, các nhóm Zalo của ấp và trang thông tin điện tử của xã; đã phát 320 lượt tin trên loa truyền thanh và đăng 54 tin, bài; 100% ấp (5/5 ấp) tổ chức họp dân phổ biến chương trình.
II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
1. Cán bộ, công chức, viên chức và người lao động của xã
Tính đến 30/9/2025 có 49/62 người hoàn thành chương trình ({pct(49,62)}%). Đến 31/10/2025, tỷ lệ cán bộ, công chức, viên chức và người lao động trong các cơ quan của xã có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng số phục vụ công việc đạt {pct(58,62)}% (58/62 người).
2. Người dân trong độ tuổi trưởng thành (chỉ tiêu 3)
Kết quả phổ cập kỹ năng số cho người dân trong độ tuổi trưởng thành tính đến 31/10/2025:
{tbl05}
Trong đó, người cao tuổi đạt 61,2%. Tỷ lệ toàn xã chưa đạt mức 80% theo kế hoạch; phấn đấu đến ngày 31/12/2025 đạt 80%.
3. Xác nhận trên nền tảng VNeID
Phối hợp Công an xã hướng dẫn, đến nay có {n(9126)} người dân trên địa bàn xã đã được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.
III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
- Tổ chức 12 lớp học “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số và an toàn số, hoàn thành 100% kế hoạch mở lớp (12/12 lớp), với 1.850 lượt người tham gia, đạt 118% kế hoạch.
- Bố trí 03 công chức và 06 đoàn viên thanh niên tại Trung tâm Phục vụ hành chính công xã hỗ trợ, hướng dẫn người dân thao tác trên Cổng dịch vụ công trực tuyến; 96,4% hồ sơ thủ tục hành chính của xã được tiếp nhận trực tuyến.
- Phong trào “Gia đình số”: {n(3412)}/{n(5060)} hộ gia đình ({pct(3412,5060)}%) có ít nhất một thành viên tham gia học tập, có hiểu biết về chuyển đổi số, kỹ năng số.
- Mô hình “Chợ số - Nông thôn số”: hướng dẫn 146 tiểu thương chợ Định Quán sử dụng thanh toán không dùng tiền mặt, bán hàng trên sàn thương mại điện tử.
IV. KHÓ KHĂN, VƯỚNG MẮC
- Một bộ phận người dân, nhất là người cao tuổi và lao động tự do, chưa có điện thoại thông minh hoặc chưa quen thao tác; nhiều người lao động làm việc ngoài địa phương nên khó tham gia các lớp học tập trung.
- Kinh phí tổ chức lớp, in tài liệu còn hạn chế; thiết bị tại nhà văn hóa một số ấp chưa đáp ứng.
- 21% thành viên Tổ công nghệ số cộng đồng kiêm nhiệm nhiều việc nên thời gian hỗ trợ người dân còn ít.
V. PHƯƠNG HƯỚNG
Tiếp tục đẩy mạnh tuyên truyền, tập trung vào ấp Hiệp Quyết và ấp Hiệp Tâm 1 là các ấp có tỷ lệ thấp; phấn đấu hoàn thành các chỉ tiêu được giao trong năm 2025.
Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, thiết bị cho các lớp học tại ấp.
@SIG Nơi nhận:;- UBND tỉnh;- Sở Khoa học và Công nghệ;- TT Đảng ủy, HĐND xã;- Lưu: VT. || TM. ỦY BAN NHÂN DÂN;CHỦ TỊCH;;;Hoàng Văn Sơn
""")

# ---------------------------------------------------------------- f06 xã Định Quán, plan (DOCX)
DOCS["f06_xdq_kh"] = dict(fmt="docx", text=f"""@HDR ỦY BAN NHÂN DÂN;XÃ ĐỊNH QUÁN;Số: 57/KH-UBND || {QH};Định Quán, ngày 20 tháng 6 năm 2025
KẾ HOẠCH
Triển khai chương trình “Bình dân học vụ số” trên địa bàn xã Định Quán năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã Định Quán ban hành Kế hoạch triển khai như sau:
I. MỤC TIÊU
- 80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn xã có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc.
- 80% người dân trong độ tuổi trưởng thành trên địa bàn xã có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh, biết bảo vệ bản thân trên môi trường số.
- Phấn đấu 12.000 người dân trong độ tuổi trưởng thành của xã được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID, góp phần thực hiện chỉ tiêu 1 triệu người của tỉnh.
II. NHIỆM VỤ
1. Tổ chức các buổi học tập cộng đồng cho người dân tại nhà văn hóa các ấp, tập trung vào nội dung thiết thực: cài đặt, sử dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt (ít nhất 02 buổi/ấp/quý).
2. Mở các lớp “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số, an toàn số và chăm sóc sức khỏe trực tuyến.
3. Phối hợp Hội Người khuyết tật tổ chức lớp phổ cập kỹ năng số chuyên biệt cho người khuyết tật với nội dung phù hợp khả năng, nhu cầu của từng nhóm.
4. Bố trí ít nhất một nhân sự tại Trung tâm Phục vụ hành chính công xã hỗ trợ người dân không đủ khả năng thao tác trên Cổng dịch vụ công trực tuyến.
5. Phát động phong trào “Gia đình số”: mỗi hộ gia đình có ít nhất một thành viên tham gia học tập, có hiểu biết về chuyển đổi số, kỹ năng số.
III. TỔ CHỨC THỰC HIỆN
Công chức Văn hóa - Xã hội là đầu mối tham mưu; Tổ công nghệ số cộng đồng các ấp, Đoàn Thanh niên xã phối hợp thực hiện; định kỳ hằng tháng báo cáo kết quả về UBND xã.
@SIG Nơi nhận:;- Sở Khoa học và Công nghệ;- Các ấp;- Lưu: VT. || TM. ỦY BAN NHÂN DÂN;KT. CHỦ TỊCH;PHÓ CHỦ TỊCH;;;Nguyễn Thị Thu Trang
""")

# ---------------------------------------------------------------- f07 Sở GD&ĐT (TXT)
rows07 = [("Trung học cơ sở", 183950, 178420), ("Trung học phổ thông", 115870, 112305),
          ("Giáo dục nghề nghiệp - Giáo dục thường xuyên", 16080, 14210)]
a07 = sum(r[1] for r in rows07); b07 = sum(r[2] for r in rows07)
tbl07 = "| Cấp học | Tổng số học sinh | Số học sinh được trang bị kiến thức, kỹ năng số | Tỷ lệ\n" + "\n".join(
    f"| {r[0]} | {n(r[1])} | {n(r[2])} | {pct(r[2], r[1])}%" for r in rows07) + \
    f"\n| Toàn ngành | {n(a07)} | {n(b07)} | {pct(b07, a07)}%"
DOCS["f07_sgddt_bc"] = dict(fmt="txt", text=f"""@HDR UBND TỈNH ĐỒNG NAI;SỞ GIÁO DỤC VÀ ĐÀO TẠO;Số: 3398/BC-SGDĐT || {QH};Đồng Nai, ngày 14 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện chương trình “Bình dân học vụ số” trong ngành Giáo dục và Đào tạo tỉnh Đồng Nai năm 2025
Thực hiện Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU
1. Chỉ tiêu 100% học sinh trung học và sinh viên được trang bị kiến thức, kỹ năng số để phục vụ học tập, nghiên cứu và sáng tạo
Kết quả tính đến ngày 31/10/2025 (số liệu tính đến 30/9/2025 là 88,15%):
{tbl07}
Theo số liệu của Sở Khoa học và Công nghệ, 92,4% học sinh trung học đã đăng ký tài khoản trên nền tảng “Bình dân học vụ số”. 100% trường trung học (412/412 trường) đã triển khai học bạ số; 100% học bạ số cấp trung học phổ thông được ký số. Ngành phấn đấu đạt 100% trong quý IV năm 2025.
2. Cán bộ quản lý, giáo viên, nhân viên (Chỉ tiêu số 1)
Có {n(31560)} trên tổng số {n(36420)} cán bộ quản lý, giáo viên, nhân viên, viên chức và người lao động toàn ngành hoàn thành bồi dưỡng kỹ năng số, sử dụng được các nền tảng số phục vụ công việc, tỷ lệ {pct(31560,36420)}%; trong đó cơ quan Sở đạt 100%.
II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
1. Nhiệm vụ 2.1: Tích hợp nội dung giáo dục kỹ năng số cơ bản, sử dụng dịch vụ công trực tuyến, tự bảo vệ mình trên không gian mạng vào chương trình giáo dục; hướng dẫn các trường sử dụng trí tuệ nhân tạo (AI) trong dạy và học.
2. Nhiệm vụ 2.2: Khuyến khích học sinh tham gia học tập kỹ năng số trên các nền tảng học trực tuyến mở đại trà; 146.300 lượt học sinh tham gia các khóa học.
3. Nhiệm vụ 2.3: Đẩy nhanh chuyển đổi số trong giáo dục, xây dựng 28 mô hình trường học số, lớp học thông minh ứng dụng trí tuệ nhân tạo.
4. Nhiệm vụ 2.4: Phối hợp Sở Khoa học và Công nghệ tổ chức cuộc thi Chế tạo dự án AI dành cho học sinh THCS, THPT với 317 dự án dự thi, đạt 126% so với kế hoạch.
III. KIẾN NGHỊ
Đề nghị Sở Khoa học và Công nghệ tiếp tục hỗ trợ tài liệu, học liệu số cho các cơ sở giáo dục.
@SIG Nơi nhận:;- Sở Khoa học và Công nghệ;- UBND tỉnh (b/c);- Lưu: VT, VP. || KT. GIÁM ĐỐC;PHÓ GIÁM ĐỐC;;;Võ Ngọc Thạch
""")

# ---------------------------------------------------------------- f08 Ban Quản lý các KCN, competing CT5 (PDF)
rows08 = [("Khu công nghiệp Amata", 58420, 47190), ("Khu công nghiệp Nhơn Trạch", 96300, 74980),
          ("Khu công nghiệp Long Thành", 41800, 33510), ("Các khu công nghiệp khác", 117100, 90200)]
assert sum(r[1] for r in rows08) == 313620 and sum(r[2] for r in rows08) == 245880
tbl08 = "| Khu công nghiệp | Số người lao động | Số người lao động có kỹ năng số | Tỷ lệ (%)\n" + "\n".join(
    f"| {r[0]} | {n(r[1])} | {n(r[2])} | {pct(r[2], r[1])}" for r in rows08) + \
    f"\n| Chung | {n(313620)} | {n(245880)} | {pct(245880, 313620)}"
DOCS["f08_bqlkcn_bc"] = dict(fmt="pdf", text=f"""@HDR UBND TỈNH ĐỒNG NAI;BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP;Số: 2871/BC-KCNĐN || {QH};Đồng Nai, ngày 07 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện chương trình “Bình dân học vụ số” đối với người lao động trong các khu công nghiệp và công chức, viên chức của Ban năm 2025
I. CHỈ TIÊU SỐ 5: NGƯỜI LAO ĐỘNG TRONG CÁC DOANH NGHIỆP
Ban Quản lý đã gửi văn bản đến các doanh nghiệp trong khu công nghiệp triển khai phổ cập kỹ năng số; đến nay 312/340 doanh nghiệp (91,76%) đã tổ chức cho người lao động học tập.
Theo số liệu tổng hợp từ báo cáo của các doanh nghiệp, tính đến ngày 31/10/2025 có {n(245880)}/{n(313620)} người lao động có kiến thức cơ bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh phục vụ sản xuất, đạt {pct(245880,313620)}%:
{tbl08}
Theo số liệu trên hệ thống quản lý lao động của Ban Quản lý, cập nhật cùng ngày 31/10/2025, số người lao động đã hoàn thành chương trình phổ cập kỹ năng số là {n(257640)} người, chiếm {pct(257640,313620)}% tổng số người lao động trong các khu công nghiệp. Ban đang phối hợp các doanh nghiệp rà soát, thống nhất số liệu.
Theo số liệu của Sở Công Thương, tỷ lệ người lao động trong các doanh nghiệp trên địa bàn tỉnh có kỹ năng số cơ bản đạt 71,3%.
II. CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG CỦA BAN (Chỉ tiêu số 1)
Tính đến 30/9/2025: {pct(89,104)}% (89/104). Đến ngày 31/10/2025: 96/104 công chức, viên chức và người lao động của Ban hoàn thành chương trình bồi dưỡng kỹ năng số ({pct(96,104)}%); 100% phòng, đơn vị trực thuộc (7/7 đơn vị) đã cử người tham gia.
III. PHƯƠNG HƯỚNG
Phấn đấu đến cuối năm 2025 đạt mục tiêu 80% người lao động trong các doanh nghiệp có kỹ năng số; phối hợp Hiệp hội doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh vận động doanh nghiệp tham gia.
@SIG Nơi nhận:;- Sở Khoa học và Công nghệ;- UBND tỉnh (b/c);- Lưu: VT, VP. || KT. TRƯỞNG BAN;PHÓ TRƯỞNG BAN;;;Đỗ Minh Tuấn
""")

# ---------------------------------------------------------------- f09 Báo Đồng Nai under Tỉnh ủy (TXT)
DOCS["f09_bdn_bc"] = dict(fmt="txt", text=f"""@HDR TỈNH ỦY ĐỒNG NAI;BÁO ĐỒNG NAI;*;Số: 205-BC/BĐN || ĐẢNG CỘNG SẢN VIỆT NAM;Đồng Nai, ngày 05 tháng 11 năm 2025
BÁO CÁO
kết quả tuyên truyền và thực hiện phong trào “Bình dân học vụ số” tại Báo Đồng Nai năm 2025
I. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN
Báo Đồng Nai đã mở chuyên mục “Bình dân học vụ số” trên báo in, báo điện tử và các nền tảng mạng xã hội; hoàn thành 100% kế hoạch tuyên truyền năm (48/48 tin, bài chuyên đề), tổng cộng đăng tải 486 tin, bài, phóng sự, đạt 135% kế hoạch; các sản phẩm thu hút hơn 1,2 triệu lượt xem. Nội dung tuyên truyền tập trung vào mục tiêu 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh.
II. PHỔ CẬP KỸ NĂNG SỐ TRONG CƠ QUAN (chỉ tiêu số 1)
Đến ngày 31/10/2025, 98 trong tổng số 126 phóng viên, biên tập viên, viên chức và người lao động của Báo hoàn thành chương trình bồi dưỡng kỹ năng số và sử dụng được các nền tảng số phục vụ công việc, đạt {pct(98,126)}%; trong đó Phòng Điện tử đạt 100%, Phòng Phóng viên đạt 81,8%. Mục tiêu đến cuối năm đạt 80%.
III. PHƯƠNG HƯỚNG
Tiếp tục ứng dụng các công cụ AI phục vụ sản xuất nội dung tuyên truyền về chương trình.
@SIG Nơi nhận:;- Ban Tuyên giáo và Dân vận Tỉnh ủy;- Sở Khoa học và Công nghệ;- Lưu: VP. || TỔNG BIÊN TẬP;;;Nguyễn Tôn Hoàng
""")

# ---------------------------------------------------------------- f10 hospital, not a unit (DOCX)
DOCS["f10_bvlk_bc"] = dict(fmt="docx", text=f"""@HDR SỞ Y TẾ ĐỒNG NAI;BỆNH VIỆN ĐA KHOA KHU VỰC LONG KHÁNH;Số: 1442/BC-BVLK || {QH};Long Khánh, ngày 03 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện chương trình “Bình dân học vụ số” tại Bệnh viện năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh, Bệnh viện báo cáo kết quả như sau:
1. Kết quả thực hiện Chỉ tiêu số 1
Đến ngày 31/10/2025, 750/850 viên chức và người lao động của Bệnh viện hoàn thành chương trình bồi dưỡng kỹ năng số, đạt {pct(750,850)}%; trong đó khối lâm sàng 86,1%. Theo số liệu của Sở Nội vụ, toàn tỉnh đạt {pct(40912,48500)}%.
2. Hỗ trợ người dân
Bệnh viện bố trí nhân viên hướng dẫn người bệnh đặt lịch khám trực tuyến, thanh toán không dùng tiền mặt; 64,3% lượt thanh toán viện phí thực hiện qua phương thức không dùng tiền mặt; hướng dẫn 2.130 người bệnh cài đặt, sử dụng VNeID và sổ sức khỏe điện tử.
3. Phương hướng
Phấn đấu đến cuối năm 2025 đạt 95% viên chức, người lao động hoàn thành chương trình.
@SIG Nơi nhận:;- Sở Y tế;- Lưu: VT, TCCB. || GIÁM ĐỐC;;;BS.CKII. Lâm Văn Phúc
""")
