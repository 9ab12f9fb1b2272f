# -*- coding: utf-8 -*-
"""Source texts of set B (one paragraph per list item; the build hard-wraps them)."""

B01 = [
"BCH ĐOÀN TỈNH ĐỒNG NAI",
"***",
"Số: 512-BC/TĐTN-PT",
"ĐOÀN TNCS HỒ CHÍ MINH",
"Đồng Nai, ngày 12 tháng 11 năm 2025",
"",
"BÁO CÁO",
"Kết quả triển khai chương trình “Bình dân học vụ số” trong đoàn viên, thanh niên tỉnh Đồng Nai năm 2025",
"",
"Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh về triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025 và Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học và Công nghệ về việc đề nghị báo cáo kết quả thực hiện, Ban Thường vụ Tỉnh đoàn báo cáo như sau:",
"I. CÔNG TÁC CHỈ ĐẠO, TUYÊN TRUYỀN",
"- Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch số 308-KH/TĐTN-PT ngày 16/6/2025 về triển khai chương trình “Bình dân học vụ số” trong đoàn viên, thanh niên; chỉ đạo 100% cơ sở Đoàn trực thuộc xây dựng kế hoạch thực hiện.",
"- Đăng tải 1.260 tin, bài trên trang “Tuổi trẻ Đồng Nai” và các nhóm Zalo của cơ sở Đoàn, thu hút hơn 2,1 triệu lượt xem.",
"II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
"1. Chỉ tiêu số 1: 80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước có hiểu biết về chuyển đổi số, kỹ năng số",
"Cơ quan Tỉnh đoàn có 48 cán bộ, công chức, người lao động; 100% (48/48) đã đăng ký tài khoản học tập trên nền tảng “Bình dân học vụ số”. Đến nay có 46/48 người đã hoàn thành các học phần kỹ năng số cơ bản và sát hạch đạt yêu cầu, đạt tỷ lệ 95,83%. Cơ quan Tỉnh đoàn đã cử cán bộ tham gia lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc do Sở Khoa học và Công nghệ tổ chức.",
"2. Chỉ tiêu số 3: 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số",
"Tỉnh đoàn tập trung phổ cập kỹ năng số cho đoàn viên, thanh niên từ đủ 18 tuổi trở lên. Tính đến ngày 15/10/2025, tỷ lệ đoàn viên, thanh niên có kỹ năng số cơ bản đạt 72,4%. Đến ngày 10/11/2025, có 41.870 trên tổng số 49.500 đoàn viên, thanh niên trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, sử dụng được thiết bị thông minh và các dịch vụ số thiết yếu, đạt 84,59%.",
"Các cơ sở Đoàn đã mở 96/96 lớp theo kế hoạch, hoàn thành 100% kế hoạch mở lớp; số lượt học viên tham gia đạt 118% so với kế hoạch năm. Mục tiêu đến ngày 31/12/2025 đạt 90% đoàn viên, thanh niên trong độ tuổi trưởng thành có kỹ năng số cơ bản.",
"3. Chỉ tiêu số 4: phổ cập tri thức về chuyển đổi số trên nền tảng VNeID",
"Các cơ sở Đoàn đã hỗ trợ, hướng dẫn 23.640 đoàn viên, thanh niên và người dân hoàn thành xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID. Theo số liệu của Công an tỉnh, đến ngày 05/11/2025 toàn tỉnh có 812.346 người dân đã được xác nhận, đạt 81,23% chỉ tiêu 1 triệu người.",
"III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
"- Nhiệm vụ 3.1: Phối hợp Tổ công nghệ số cộng đồng tổ chức các khóa đào tạo cơ bản về sử dụng nền tảng số, dịch vụ số thiết yếu, an toàn trên môi trường số cho 12.400 lượt thanh niên; khuyến khích đoàn viên học tập trên các nền tảng học trực tuyến mở đại trà.",
"- Nhiệm vụ 3.2: Phối hợp Hội Liên hiệp Thanh niên tỉnh tổ chức 34 lớp “Bình dân học vụ số” cho thanh niên công nhân tại các khu công nghiệp và thanh thiếu nhi có hoàn cảnh khó khăn.",
"- Tổ chức 215 buổi học tập cộng đồng cho người dân tại các xã, phường với các nội dung thiết thực, áp dụng ngay như cài đặt, kích hoạt tài khoản định danh điện tử mức 2, tra cứu thông tin, bảo vệ tài khoản cá nhân.",
"- Thành lập 180 đội hình thanh niên tình nguyện phối hợp với tổ dân phố, Tổ công nghệ số cộng đồng hướng dẫn người dân, nhất là người cao tuổi, lao động phổ thông sử dụng các nền tảng, dịch vụ số; hỗ trợ người dân nộp 5.820 hồ sơ trực tuyến.",
"IV. KHÓ KHĂN VÀ PHƯƠNG HƯỚNG",
"Một số cơ sở Đoàn ở vùng sâu còn thiếu thiết bị, đường truyền. Thời gian tới, Tỉnh đoàn phấn đấu 100% đoàn viên, thanh niên trong độ tuổi trưởng thành có kỹ năng số cơ bản trong quý I/2026.",
"Trên đây là báo cáo kết quả triển khai chương trình “Bình dân học vụ số” của Ban Thường vụ Tỉnh đoàn./.",
"",
"Nơi nhận:",
"- Sở Khoa học và Công nghệ;",
"- Lưu VP, PT.",
"TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
"PHÓ BÍ THƯ",
"",
"Nguyễn Thị Minh Thư",
]

# Hội LHPN: a tab-line table (rows: cơ sở Hội + Toàn tỉnh)
PN_ROWS = [
 ("1", "Hội LHPN phường Trấn Biên", 24600, 22460),
 ("2", "Hội LHPN phường Biên Hòa", 21300, 18105),
 ("3", "Hội LHPN xã Long Thành", 18900, 14553),
 ("4", "Hội LHPN phường Long Khánh", 15200, 11704),
 ("5", "Hội LHPN xã Định Quán", 14100, 9165),
 ("6", "Các cơ sở Hội còn lại (90 xã, phường)", 92300, 67541),
]

def vn_int(n):
    return f"{n:,}".replace(",", ".")

def vn_pct(a, b):
    return f"{a / b * 100:.2f}".replace(".", ",")

def pn_table():
    rows = [["STT", "Đơn vị", "Số hội viên", "Số hội viên có kỹ năng số cơ bản", "Tỷ lệ (%)"]]
    for stt, name, hv, dat in PN_ROWS:
        rows.append([stt, name, vn_int(hv), vn_int(dat), vn_pct(dat, hv)])
    th = sum(r[2] for r in PN_ROWS); td = sum(r[3] for r in PN_ROWS)
    rows.append(["", "Toàn tỉnh", vn_int(th), vn_int(td), vn_pct(td, th)])
    return rows, th, td

B02_HEAD = [
"HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI",
"BAN THƯỜNG VỤ",
"Số: 87/BC-BTV",
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
"Độc lập - Tự do - Hạnh phúc",
"Đồng Nai, ngày 14 tháng 11 năm 2025",
"",
"BÁO CÁO",
"Kết quả thực hiện chương trình “Bình dân học vụ số” trong các cấp Hội phụ nữ tỉnh năm 2025",
"",
"Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh; thực hiện Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở KH&CN, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh báo cáo kết quả như sau:",
"I. ĐỐI VỚI CÁN BỘ, CÔNG CHỨC CƠ QUAN HỘI (CHỈ TIÊU 1)",
"Cơ quan Hội LHPN tỉnh có 41 cán bộ, công chức, người lao động. Kết quả có 38/41 cán bộ, công chức, người lao động hoàn thành bồi dưỡng kiến thức, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc (92,68%). 100% văn bản đi của cơ quan được ký số và phát hành trên hệ thống quản lý văn bản.",
"II. ĐỐI VỚI HỘI VIÊN PHỤ NỮ (CHỈ TIÊU 3)",
"Thực hiện chỉ tiêu 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, các cấp Hội đã vận động 12.450 lượt hội viên tham gia học trực tuyến trên nền tảng “Bình dân học vụ số”. Kết quả tính đến ngày 31/10/2025 như sau:",
]

B02_TAIL = [
"Như vậy kết quả chung của toàn Hội chưa đạt mức 80% theo kế hoạch; còn 21 cơ sở Hội đạt dưới 50%, chủ yếu ở các xã vùng sâu.",
"III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO",
"1. Nhiệm vụ 3.3: Tổ chức 6 lớp bồi dưỡng chuyên đề “Ứng dụng AI vào công tác truyền thông và hoạt động Hội” cho 540 cán bộ Hội các cấp; hỗ trợ 1.126 cơ sở kinh doanh do phụ nữ làm chủ quảng bá sản phẩm trên nền tảng số, đạt 112,6% kế hoạch.",
"2. Hưởng ứng phong trào “Gia đình số”: vận động 68.420 hộ gia đình hội viên có ít nhất một thành viên tham gia học tập, có hiểu biết về chuyển đổi số, kỹ năng số và hướng dẫn cho các thành viên trong gia đình, đạt 64,5% số hộ hội viên.",
"IV. PHƯƠNG HƯỚNG",
"Tiếp tục đẩy mạnh phổ cập kỹ năng số cho hội viên, phấn đấu đạt 80% trong quý I/2026.",
"",
"Nơi nhận:",
"- Sở Khoa học và Công nghệ;",
"- Lưu VT.",
"TM. BAN THƯỜNG VỤ",
"CHỦ TỊCH",
"",
"Trần Thị Ngọc Lan",
]

B03 = [
"HỘI NÔNG DÂN VIỆT NAM",
"BCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI",
"Số: 215-BC/HNDT",
"Đồng Nai, ngày 18 tháng 11 năm 2025",
"",
"BÁO CÁO",
"Kết quả thực hiện chương trình “Bình dân học vụ số” trong hội viên, nông dân năm 2025",
"",
"Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ban Thường vụ Hội Nông dân tỉnh báo cáo kết quả thực hiện như sau:",
"I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
"1. Cán bộ, công chức, người lao động cơ quan Hội (chỉ tiêu 1)",
"Cơ quan Hội Nông dân tỉnh có 40 cán bộ, công chức, người lao động. Tính đến ngày 30/9/2025 có 22 người hoàn thành bồi dưỡng kỹ năng số (55,0%); đến ngày 15/11/2025 có 29/40 người đã hoàn thành khóa bồi dưỡng và sát hạch đạt yêu cầu, tỷ lệ 72,50%, chưa đạt chỉ tiêu giao 80%. Cơ quan đã cử 40/40 cán bộ (100%) tham dự lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc do Sở Khoa học và Công nghệ tổ chức.",
"2. Hội viên nông dân trong độ tuổi trưởng thành (chỉ tiêu 3)",
"Mục tiêu đến cuối năm 2025 đạt 80% hội viên nông dân có tri thức cơ bản về chuyển đổi số, có kỹ năng số. Kết quả: tỷ lệ hội viên nông dân có tri thức cơ bản về chuyển đổi số, sử dụng được thiết bị thông minh, dịch vụ số thiết yếu đạt 81,35% (97.620/120.000 hội viên); trong đó hội viên nữ đạt 83,1%, hội viên từ 60 tuổi trở lên đạt 62,4%, hội viên là người đồng bào dân tộc thiểu số đạt 58,7%.",
"Toàn tỉnh tổ chức 142 lớp phổ cập kỹ năng số cho nông dân, đạt 118,3% kế hoạch; 95/95 cơ sở Hội xã, phường (100%) đã thành lập tổ hỗ trợ kỹ năng số.",
"3. Xác nhận phổ cập trên nền tảng VNeID (chỉ tiêu 4)",
"Các cấp Hội đã hướng dẫn 35.210 hội viên nông dân hoàn thành xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.",
"II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
"- Tổ chức 38 buổi bồi dưỡng chuyên đề “Hướng dẫn sử dụng các ứng dụng AI có sẵn trên điện thoại thông minh dành cho nông dân” cho 4.560 hội viên.",
"- Phối hợp Sở Công Thương triển khai mô hình “Chợ số - Nông thôn số” theo phương thức học tập 4T (Tiểu thương - Thương mại điện tử - Thanh toán không dùng tiền mặt - Tiết kiệm số) tại 12 chợ nông thôn; 1.850 hộ nông dân, tiểu thương đã mở gian hàng trên sàn thương mại điện tử.",
"III. KIẾN NGHỊ",
"Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, báo cáo viên cho các cơ sở Hội vùng sâu, vùng xa.",
"",
"Nơi nhận:",
"- Sở Khoa học và Công nghệ;",
"- Lưu VP.",
"TM. BAN THƯỜNG VỤ",
"PHÓ CHỦ TỊCH",
"",
"Lê Văn Hùng",
]

B04 = [
"LIÊN MINH HỢP TÁC XÃ",
"TỈNH ĐỒNG NAI",
"Số: 198/BC-LMHTX",
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
"Độc lập - Tự do - Hạnh phúc",
"Đồng Nai, ngày 20 tháng 11 năm 2025",
"",
"BÁO CÁO",
"Kết quả thực hiện Chỉ tiêu số 5 chương trình “Bình dân học vụ số” trong khu vực kinh tế tập thể năm 2025",
"",
"Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh Đồng Nai, Liên minh Hợp tác xã tỉnh phối hợp với Sở Công Thương, Sở Nông nghiệp và Môi trường triển khai phổ cập kỹ năng số cho người lao động trong các hợp tác xã, liên hiệp hợp tác xã. Liên minh Hợp tác xã tỉnh báo cáo kết quả như sau:",
"I. ĐỐI VỚI CƠ QUAN LIÊN MINH",
"Văn phòng và các đơn vị trực thuộc Liên minh có 25 cán bộ, công chức, viên chức và người lao động, trong đó 22 người đã hoàn thành bồi dưỡng và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt 88,0%; 100% (6/6) phòng, đơn vị trực thuộc đã sử dụng phần mềm quản lý văn bản. Liên minh đã tổ chức 02 lớp bồi dưỡng, tập huấn cập nhật, nâng cao trình độ về chuyển đổi số, kỹ năng số cho cán bộ, công chức, người lao động của cơ quan.",
"II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU SỐ 5",
"Chỉ tiêu giao: 80% người lao động trong các doanh nghiệp, hợp tác xã, liên hợp tác xã có kiến thức cơ bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, kinh doanh.",
"Toàn tỉnh hiện có 415 hợp tác xã và 3 liên hiệp hợp tác xã là thành viên Liên minh; 312/415 hợp tác xã (75,18%) đã ứng dụng phần mềm kế toán, quản lý; các hợp tác xã đã mở 1.245 tài khoản bán hàng trên sàn thương mại điện tử.",
"Tính đến ngày 30/9/2025, tỷ lệ người lao động trong các hợp tác xã thành viên có kỹ năng số cơ bản đạt 69,8%. Đến ngày 15/11/2025, có 6.318/7.420 người lao động trong các hợp tác xã, liên hiệp hợp tác xã thành viên có kiến thức cơ bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh phục vụ sản xuất, kinh doanh, đạt 85,15%.",
"Theo số liệu của Sở Nông nghiệp và Môi trường, tỷ lệ người lao động trong các hợp tác xã nông nghiệp có kỹ năng số đạt 78,6%.",
"III. CÁC HOẠT ĐỘNG KHÁC",
"Phối hợp Sở Công Thương triển khai mô hình “Chợ số - Nông thôn số”, đào tạo theo phương thức 4T cho 860 thành viên hợp tác xã, tiểu thương khu vực nông thôn, giúp người học sử dụng công nghệ, nền tảng số trong kinh doanh.",
"IV. PHƯƠNG HƯỚNG",
"Phấn đấu đến năm 2026 có 100% hợp tác xã có gian hàng trên sàn thương mại điện tử.",
"",
"Nơi nhận:",
"- Sở Khoa học và Công nghệ;",
"- Sở Công Thương;",
"- Lưu VT.",
"CHỦ TỊCH",
"",
"Phạm Quốc Bảo",
]

B05 = [
"SỞ Y TẾ TỈNH ĐỒNG NAI",
"BỆNH VIỆN ĐA KHOA ĐỒNG NAI",
"Số: 1456/BC-BVĐKĐN",
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
"Độc lập - Tự do - Hạnh phúc",
"Đồng Nai, ngày 10 tháng 11 năm 2025",
"",
"BÁO CÁO",
"Kết quả triển khai chương trình “Bình dân học vụ số” tại Bệnh viện Đa khoa Đồng Nai năm 2025",
"",
"Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh và hướng dẫn của Sở Y tế, Bệnh viện Đa khoa Đồng Nai báo cáo kết quả như sau:",
"1. Về Chỉ tiêu số 1 (80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước có hiểu biết về chuyển đổi số, kỹ năng số): đến ngày 31/10/2025, có 1.312/1.540 viên chức, người lao động của Bệnh viện hoàn thành học tập trên nền tảng “Bình dân học vụ số”, đạt 85,19%.",
"2. Bệnh viện tổ chức 8 lớp tập huấn, nâng cao trình độ về chuyển đổi số, kỹ năng số cho viên chức, người lao động, phù hợp với tiến trình chuyển đổi số của đơn vị; triển khai bệnh án điện tử tại 100% khoa lâm sàng (32/32 khoa).",
"3. Hướng dẫn người bệnh, thân nhân người bệnh sử dụng ứng dụng đặt lịch khám, thanh toán viện phí không dùng tiền mặt; 46.500 lượt người bệnh thanh toán trực tuyến.",
"Trên đây là báo cáo của Bệnh viện Đa khoa Đồng Nai./.",
"",
"Nơi nhận:",
"- Sở Y tế;",
"- Sở Khoa học và Công nghệ;",
"- Lưu VT, P.KHTH.",
"GIÁM ĐỐC",
"",
"Võ Thành Nhân",
]
