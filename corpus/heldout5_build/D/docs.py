# -*- coding: utf-8 -*-
"""Texts of set D. Block kinds: hdr (two-column header), p (justified), b (bold),
c/cb (centred / centred bold), r (right), i (italic), tbl (grid, first row header)."""

QH = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

D01 = [  # Công an tỉnh, report, PDF
 ("hdr", ["CÔNG AN TỈNH ĐỒNG NAI", "Số: 1245/BC-CAT"], QH + ["Đồng Nai, ngày 07 tháng 11 năm 2025"]),
 ("cb", "BÁO CÁO"),
 ("cb", "Kết quả thực hiện chỉ tiêu xác nhận phổ cập kỹ năng số trên nền tảng VNeID và các nhiệm vụ Chương trình “Bình dân học vụ số” năm 2025"),
 ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh về triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025 và Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học và Công nghệ, Công an tỉnh báo cáo kết quả như sau:"),
 ("b", "I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU SỐ 4"),
 ("p", "Chỉ tiêu giao: 1 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID."),
 ("p", "- Công an tỉnh đã phối hợp Công an các xã, phường hướng dẫn người dân cập nhật ứng dụng VNeID, thực hiện nội dung học tập và xác nhận phổ cập kỹ năng số. Đến nay đã kích hoạt 2.145.380 tài khoản định danh điện tử mức 2, đạt 104,2% kế hoạch năm; tiếp nhận 186.420 hồ sơ dịch vụ công trực tuyến qua VNeID, tỷ lệ hồ sơ giải quyết đúng hạn 98,6%."),
 ("p", "- Tính đến ngày 30/9/2025, toàn tỉnh có 612.430 người dân được xác nhận đạt phổ cập trên nền tảng VNeID (đạt 61,24% chỉ tiêu)."),
 ("p", "- Tính đến ngày 31/10/2025, toàn tỉnh đã có 734.512 người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID, đạt 73,45% so với chỉ tiêu 1 triệu người; trong đó phường Biên Hòa 38.420 người, phường Trấn Biên 31.067 người, xã Long Thành 21.135 người. Còn 21 xã, phường đạt dưới 50% số người được giao."),
 ("p", "- Chỉ tiêu chưa đạt; Công an tỉnh phấn đấu đến ngày 31/12/2025 đạt 1.000.000 người, bằng 100% chỉ tiêu được giao."),
 ("b", "II. KẾT QUẢ ĐỐI VỚI CÁN BỘ, CHIẾN SĨ (CHỈ TIÊU SỐ 1)"),
 ("p", "Chỉ tiêu số 1 đối với cán bộ, chiến sĩ, công nhân viên Công an tỉnh: đến 30/9/2025 có 81,3% hoàn thành chương trình học tập trên nền tảng “Bình dân học vụ số”. Tính đến 31/10/2025, đã có 5.804/6.120 cán bộ, chiến sĩ, công nhân viên (94,84%) hoàn thành chương trình, sử dụng được các nền tảng, dịch vụ số phục vụ công việc. 100% (126/126) Công an xã, phường đã tổ chức học tập tập trung với 28.640 lượt cán bộ, chiến sĩ tham gia."),
 ("b", "III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
 ("p", "1. Tổ chức 1.386 buổi học tập cộng đồng tại các xã, phường, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến và các nội dung thiết thực gắn với Đề án 06."),
 ("p", "2. Phối hợp Ủy ban nhân dân cấp xã mở 214 lớp “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số và an toàn số, với 9.870 người cao tuổi tham gia."),
 ("b", "IV. KIẾN NGHỊ"),
 ("p", "Đề nghị Ủy ban nhân dân các xã, phường tiếp tục chỉ đạo tuyên truyền, vận động người dân hoàn thành nội dung học tập trên VNeID trước 31/12/2025."),
 ("p", "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Lưu: VT, PV06."),
 ("hdr", [""], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đại tá Trần Văn Hiếu"]),
]

D02 = [  # Ban Quản lý các Khu công nghiệp, report, DOCX
 ("hdr", ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Số: 2871/BC-KCNĐN"], QH + ["Đồng Nai, ngày 06 tháng 11 năm 2025"]),
 ("cb", "BÁO CÁO"),
 ("cb", "Kết quả phổ cập kỹ năng số cho người lao động trong các doanh nghiệp khu công nghiệp năm 2025"),
 ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ban Quản lý các Khu công nghiệp Đồng Nai báo cáo kết quả thực hiện chỉ tiêu 5 và các nhiệm vụ được giao như sau:"),
 ("b", "1. Kết quả thực hiện chỉ tiêu người lao động trong doanh nghiệp có kỹ năng số"),
 ("p", "Chỉ tiêu giao 80% người lao động trong các doanh nghiệp có kiến thức cơ bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, kinh doanh. Đến nay đã có 1.214/1.520 doanh nghiệp (79,87%) đang hoạt động trong các khu công nghiệp triển khai chương trình cho người lao động. Tại thời điểm 30/9/2025, tỷ lệ người lao động đạt yêu cầu là 74,60%."),
 ("p", "Kết quả tính đến ngày 31/10/2025 theo báo cáo của các doanh nghiệp:"),
 ("tbl", [
   ["STT", "Doanh nghiệp (khu công nghiệp)", "Tổng số người lao động", "Số người lao động có kỹ năng số cơ bản", "Tỷ lệ (%)"],
   ["1", "Công ty TNHH Giày da Thạnh Phú (KCN Thạnh Phú)", "27.400", "24.112", "88,00"],
   ["2", "Công ty TNHH Sản xuất giày Hố Nai (KCN Hố Nai)", "31.250", "22.813", "73,00"],
   ["3", "Công ty TNHH Sợi Nhơn Trạch (KCN Nhơn Trạch 5)", "6.820", "6.138", "90,00"],
   ["4", "Công ty TNHH Linh kiện điện tử Long Thành (KCN Long Thành)", "3.140", "2.983", "95,00"],
   ["5", "Các doanh nghiệp còn lại (1.210 doanh nghiệp)", "343.950", "283.834", "82,52"],
   ["", "Tổng cộng", "412.560", "339.880", "82,38"],
 ]),
 ("p", "Như vậy, chỉ tiêu 5 tại các khu công nghiệp đã đạt so với yêu cầu của Kế hoạch; Ban phấn đấu đến 31/12/2025 nâng tỷ lệ lên 85%."),
 ("b", "2. Đối với công chức, viên chức, người lao động của Ban (chỉ tiêu 1)"),
 ("p", "Ban đã hoàn thành 100% kế hoạch mở lớp (4/4 lớp). Có 81 trên tổng số 86 công chức, viên chức và người lao động của Ban có hiểu biết về chuyển đổi số, sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt 94,19 %."),
 ("b", "3. Các nhiệm vụ khác"),
 ("p", "- Tổ chức các lớp bồi dưỡng, tập huấn cập nhật kiến thức chuyển đổi số, kỹ năng số cho công chức, viên chức và người lao động của Ban phù hợp với tiến trình chuyển đổi số của cơ quan."),
 ("p", "- Phối hợp Công đoàn các Khu công nghiệp tổ chức 36 lớp “Bình dân học vụ số” cho thanh niên công nhân tại nhà trọ, khu lưu trú công nhân, với 2.860 lượt người tham gia."),
 ("p", "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Lưu: VT, VP."),
 ("hdr", [""], ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "Nguyễn Thị Hoàng Yến"]),
]

D03 = [  # Sở Nông nghiệp và Môi trường, plan, TXT
 ("hdr", ["UBND TỈNH ĐỒNG NAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 2150/KH-SNNMT"], QH + ["Đồng Nai, ngày 16 tháng 6 năm 2025"]),
 ("cb", "KẾ HOẠCH"),
 ("cb", "Triển khai Chương trình “Bình dân học vụ số” ngành Nông nghiệp và Môi trường năm 2025"),
 ("p", "Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường ban hành Kế hoạch triển khai như sau:"),
 ("b", "I. MỤC TIÊU"),
 ("p", "1. Phấn đấu 80% người lao động trong các hợp tác xã, liên hợp tác xã nông nghiệp có kiến thức cơ bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, kinh doanh, nâng cao năng suất lao động."),
 ("p", "2. Thực hiện Chỉ tiêu số 1: 80% công chức, viên chức và người lao động của Sở có hiểu biết về chuyển đổi số, kỹ năng số."),
 ("b", "II. NHIỆM VỤ"),
 ("p", "1. Cử công chức, viên chức tham gia các lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc do Sở Khoa học và Công nghệ tổ chức."),
 ("p", "2. Phối hợp Hội Nông dân tỉnh tổ chức bồi dưỡng chuyên đề hướng dẫn sử dụng các ứng dụng AI có sẵn trên điện thoại thông minh dành cho nông dân."),
 ("p", "3. Phối hợp Sở Công Thương nhân rộng mô hình “Chợ số - Nông thôn số”, đào tạo nông dân, hộ sản xuất về thương mại điện tử, thanh toán không dùng tiền mặt."),
 ("b", "III. TỔ CHỨC THỰC HIỆN"),
 ("p", "Các phòng, chi cục, đơn vị trực thuộc Sở triển khai thực hiện; báo cáo kết quả về Văn phòng Sở trước ngày 31/10/2025."),
 ("hdr", ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Lê Văn Thành"]),
]

D04 = [  # Sở Nông nghiệp và Môi trường, report, PDF
 ("hdr", ["UBND TỈNH ĐỒNG NAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 318/BC-SNNMT"], QH + ["Đồng Nai, ngày 12 tháng 11 năm 2025"]),
 ("cb", "BÁO CÁO"),
 ("cb", "Kết quả triển khai Chương trình “Bình dân học vụ số” ngành Nông nghiệp và Môi trường năm 2025"),
 ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh và Kế hoạch số 2150/KH-SNNMT ngày 16/6/2025 của Sở, Sở Nông nghiệp và Môi trường báo cáo như sau:"),
 ("b", "I. NGƯỜI LAO ĐỘNG TRONG HỢP TÁC XÃ (CHỈ TIÊU SỐ 5)"),
 ("p", "Toàn tỉnh có 512 hợp tác xã, liên hợp tác xã nông nghiệp, trong đó 468/512 hợp tác xã (91,41%) đã ứng dụng ít nhất một nền tảng số; 3.215 hộ sản xuất được cấp mã QR truy xuất nguồn gốc. Đến 30/9/2025, tỷ lệ người lao động hợp tác xã có kỹ năng số cơ bản đạt 69,8%."),
 ("p", "Tính đến ngày 31/10/2025, có 14.426/18.640 người lao động trong các hợp tác xã, liên hợp tác xã nông nghiệp có kiến thức cơ bản về công nghệ số, sử dụng được thiết bị thông minh phục vụ sản xuất, kinh doanh, đạt 77,39%; trong đó lao động các hợp tác xã trồng trọt đạt 8.120/9.870 người (82,27%). Kết quả chưa đạt mức 80% theo kế hoạch; Sở phấn đấu đạt trên 80% trong quý IV/2025."),
 ("b", "II. CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG CỦA SỞ (CHỈ TIÊU SỐ 1)"),
 ("p", "Kết quả tính đến 31/10/2025:"),
 ("tbl", [
   ["STT", "Đơn vị", "Số CC, VC, NLĐ", "Số người đạt", "Tỷ lệ (%)"],
   ["1", "Văn phòng Sở", "62", "58", "93,55"],
   ["2", "Chi cục Kiểm lâm", "214", "196", "91,59"],
   ["3", "Chi cục Thủy lợi", "48", "45", "93,75"],
   ["4", "Trung tâm Khuyến nông", "96", "87", "90,63"],
   ["5", "Các đơn vị còn lại", "222", "212", "95,50"],
   ["", "Toàn Sở", "642", "598", "93,15"],
 ]),
 ("b", "III. KẾT QUẢ CÁC NHIỆM VỤ"),
 ("p", "1. Tổ chức 06 lớp bồi dưỡng, tập huấn nâng cao trình độ chuyển đổi số, kỹ năng số cho công chức, viên chức và người lao động của Sở, hoàn thành 100% kế hoạch (6/6 lớp)."),
 ("p", "2. Phối hợp Sở Công Thương triển khai mô hình “Chợ số - Nông thôn số” tại 14 xã, đào tạo 1.240 nông dân, tiểu thương về thương mại điện tử, thanh toán không dùng tiền mặt và tiết kiệm số."),
 ("p", "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Lưu: VT, VP."),
 ("hdr", [""], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Văn Thành"]),
]

D05 = [  # Ủy ban nhân dân tỉnh, summary report, DOCX
 ("hdr", ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 486/BC-UBND"], QH + ["Đồng Nai, ngày 25 tháng 11 năm 2025"]),
 ("cb", "BÁO CÁO"),
 ("cb", "Sơ kết tình hình triển khai Chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025"),
 ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025, trên cơ sở báo cáo của các sở, ban, ngành, địa phương, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:"),
 ("b", "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
 ("p", "1. Chỉ tiêu số 1: theo báo cáo của Sở Nội vụ, có 41.236/47.880 cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước (86,12%) có hiểu biết về chuyển đổi số, kỹ năng số."),
 ("p", "2. Chỉ tiêu số 2: Sở Giáo dục và Đào tạo cho biết 100% học sinh trung học và sinh viên (312.450/312.450 em) được trang bị kiến thức, kỹ năng số; 100% trường đã triển khai học bạ số."),
 ("p", "3. Chỉ tiêu số 3: theo số liệu của Sở Khoa học và Công nghệ, có 1.742.310/2.280.510 người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, kỹ năng số, đạt 76,40%."),
 ("p", "4. Chỉ tiêu số 4: theo Báo cáo số 1245/BC-CAT của Công an tỉnh, đến 31/10/2025 có 734.512 người được xác nhận đạt phổ cập trên VNeID. Tính đến ngày 20/11/2025, toàn tỉnh đã có 801.236 người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID, bằng 80,12% chỉ tiêu 1 triệu người. Mục tiêu đến 31/12/2025 đạt 100% chỉ tiêu."),
 ("p", "5. Chỉ tiêu số 5: Ban Quản lý các Khu công nghiệp báo cáo 82,38% người lao động trong các doanh nghiệp khu công nghiệp có kỹ năng số cơ bản; Sở Nông nghiệp và Môi trường báo cáo 77,39% người lao động trong hợp tác xã nông nghiệp; Sở Công Thương đang tổng hợp số liệu."),
 ("b", "II. KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH, PHONG TRÀO"),
 ("p", "- 95/95 xã, phường (100%) đã bố trí nhân sự hỗ trợ, hướng dẫn người dân khi đến làm thủ tục hành chính nhưng không đủ khả năng thao tác trên Cổng dịch vụ công trực tuyến."),
 ("p", "- Phong trào “Gia đình số”: 412.300 hộ gia đình có ít nhất một thành viên tham gia học tập kỹ năng số và hướng dẫn lại cho các thành viên trong gia đình."),
 ("b", "III. NHIỆM VỤ THỜI GIAN TỚI"),
 ("p", "Các sở, ban, ngành, địa phương tập trung hoàn thành các chỉ tiêu trước ngày 31/12/2025."),
 ("hdr", ["Nơi nhận:", "- Bộ Khoa học và Công nghệ;", "- Tỉnh ủy;", "- Lưu: VT, KGVX."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Dương Minh Dũng"]),
]

D06 = [  # Báo Đồng Nai under Tỉnh ủy, tasks-only report, PDF
 ("hdr", ["TỈNH ỦY ĐỒNG NAI", "BÁO ĐỒNG NAI", "*", "Số 152-BC/BĐN"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đồng Nai, ngày 10 tháng 11 năm 2025"]),
 ("cb", "BÁO CÁO"),
 ("cb", "Kết quả tham gia Chương trình “Bình dân học vụ số” năm 2025"),
 ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Báo Đồng Nai báo cáo kết quả như sau:"),
 ("p", "1. Công tác tuyên truyền: đăng tải 1.245 tin, bài, video về Chương trình “Bình dân học vụ số” trên báo in, báo điện tử và các nền tảng mạng xã hội, đạt 112% kế hoạch; thu hút hơn 3,2 triệu lượt xem. 100% (18/18) chuyên trang, chuyên mục có nội dung về chuyển đổi số."),
 ("p", "2. Tổ chức 02 lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc (sản xuất tin, bài, biên tập ảnh, video) cho 86 phóng viên, biên tập viên."),
 ("p", "3. Tổ chức 03 lớp tập huấn cập nhật kiến thức chuyển đổi số, kỹ năng số cho viên chức, người lao động của Báo, phù hợp với tiến trình chuyển đổi số của cơ quan báo chí."),
 ("hdr", ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Sở Khoa học và Công nghệ;", "- Lưu."], ["TỔNG BIÊN TẬP", "", "", "Phạm Quốc Khánh"]),
]

DOCS = {
 "d01_cat_bc": ("pdf", D01),
 "d02_bqlkcn_bc": ("docx", D02),
 "d03_snnmt_kh": ("txt", D03),
 "d04_snnmt_bc": ("pdf", D04),
 "d05_ubnd_bc": ("docx", D05),
 "d06_baodn_bc": ("pdf", D06),
}
