# Set E documents. Lines starting with "|" are table rows (cells split by "|").
# fmt: the rendition written to corpus/heldout5/E/.

DOCS = {}

DOCS["e01_snv_bc"] = dict(fmt="docx", text="""\
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-SNV
Đồng Nai, ngày 12 tháng 11 năm 2025
BÁO CÁO
Kết quả triển khai chương trình “Bình dân học vụ số” đối với cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn tỉnh năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh về triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025, Sở Nội vụ báo cáo kết quả thực hiện như sau:
I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI
Sở Nội vụ đã ban hành Kế hoạch số 2145/KH-SNV ngày 16/6/2025 hưởng ứng chương trình “Bình dân học vụ số” trong toàn ngành nội vụ; hướng dẫn các sở, ban, ngành, địa phương tổ chức cho cán bộ, công chức, viên chức đăng ký học tập trên nền tảng học trực tuyến.
Trong năm, Sở đã phối hợp với Sở Khoa học và Công nghệ mở 46/46 lớp bồi dưỡng, tập huấn cập nhật kiến thức chuyển đổi số, kỹ năng số cho cán bộ, công chức, viên chức (đạt 100% kế hoạch mở lớp), thu hút 5.830 lượt người tham dự. Riêng chuyên đề bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc đã tổ chức 9 lớp với 1.215 lượt học viên.
Việc giải quyết thủ tục hành chính thuộc ngành nội vụ tiếp tục được số hóa: 98,6% hồ sơ được tiếp nhận và xử lý trực tuyến.
II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU
Mục tiêu của Kế hoạch số 192/KH-UBND là 80% cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên địa bàn tỉnh có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc.
Tại thời điểm báo cáo sơ kết (tính đến ngày 30/9/2025), toàn tỉnh có 35.904 trên tổng số 49.520 cán bộ, công chức, viên chức và người lao động hoàn thành chương trình bồi dưỡng, tương đương 72,5%, chưa đạt mức 80% theo kế hoạch.
Tính đến ngày 31/10/2025, toàn tỉnh có 41.286 trên tổng số 49.520 cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước đã hoàn thành chương trình, có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc; trong đó:
- Khối cơ quan hành chính cấp tỉnh: 6.812/7.950 người (85,69%);
- Cán bộ, công chức cấp xã: 12.430/15.870 người (78,32%);
- Khối đơn vị sự nghiệp công lập: 22.044/25.700 người (85,77%).
Theo số liệu thống kê trên nền tảng học trực tuyến do Sở Khoa học và Công nghệ cung cấp, tỷ lệ tài khoản cán bộ, công chức đã hoàn thành bài kiểm tra cuối khóa là 79,4%.
Có 21 xã, phường đạt dưới 75% đối với cán bộ, công chức cấp xã; Sở Nội vụ đã có văn bản đôn đốc các địa phương này.
III. NHIỆM VỤ THUỘC PHỤ LỤC 2
Đối với nhiệm vụ 1.3 (tổ chức các lớp bồi dưỡng, tập huấn để cập nhật, nâng cao trình độ về chuyển đổi số, kỹ năng số cho cán bộ, công chức, viên chức và người lao động), Sở đã lồng ghép nội dung kỹ năng số vào 100% chương trình bồi dưỡng ngạch công chức năm 2025.
IV. PHƯƠNG HƯỚNG
Phấn đấu đến ngày 31/12/2025 tỷ lệ cán bộ, công chức, viên chức và người lao động đạt yêu cầu là 90%; tập trung hỗ trợ cán bộ, công chức cấp xã.
Trên đây là báo cáo của Sở Nội vụ./.
Nơi nhận:
- Sở Khoa học và Công nghệ;
- UBND tỉnh (b/c);
- Lưu: VT, CCVC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Thu Hà
""")

DOCS["e02_xtrangbom_bc"] = dict(fmt="pdf", text="""\
ỦY BAN NHÂN DÂN
XÃ TRẢNG BOM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 285/BC-UBND
Trảng Bom, ngày 14 tháng 11 năm 2025
BÁO CÁO
Kết quả thực hiện chương trình “Bình dân học vụ số” trên địa bàn xã Trảng Bom năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã Trảng Bom báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
1. Chỉ tiêu số 1
Kết quả phổ cập kỹ năng số cho cán bộ, công chức, viên chức và người lao động của xã (tính đến 31/10/2025):
|STT|Cơ quan, đơn vị|Tổng số|Số đã hoàn thành|Tỷ lệ cán bộ, công chức, viên chức và người lao động có kỹ năng số
|1|Văn phòng HĐND và UBND xã|42|38|90,48
|2|Phòng Kinh tế|25|21|84,00
|3|Phòng Văn hóa - Xã hội|24|19|79,17
|4|Trung tâm Phục vụ hành chính công|17|15|88,24
|5|Trung tâm Dịch vụ tổng hợp|62|47|75,81
||Tổng cộng|170|140|82,35
Ghi chú: 100% cơ quan, đơn vị (5/5) đã cử cán bộ đầu mối; chỉ tiêu giao cho xã là 80%.
2. Chỉ tiêu số 3
Tính đến ngày 30/9/2025, tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản đạt 64,1%. Đến ngày 31/10/2025, trên địa bàn xã có 58.212/79.850 người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh, đạt 72,9%. Xã phấn đấu đạt 80% trước ngày 31/12/2025.
Toàn xã đã tổ chức lớp phổ cập tại 21/21 ấp, khu phố (đạt 100%).
3. Chỉ tiêu số 4
Đã có 8.440 người dân trên địa bàn xã được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID, đạt 112,5% chỉ tiêu Ban Chỉ đạo giao cho xã (7.500 người).
4. Chỉ tiêu số 5
Trên địa bàn xã có 146 doanh nghiệp, hợp tác xã; trong đó 62/146 doanh nghiệp (42,5%) đã ký cam kết tham gia chương trình. Số người lao động trong các doanh nghiệp, hợp tác xã trên địa bàn có kiến thức cơ bản về công nghệ số, có kỹ năng số là 18.420/22.950 người, đạt 80,26%.
II. CÁC MÔ HÌNH, NHIỆM VỤ
- Bố trí 03 nhân sự tại Trung tâm Phục vụ hành chính công xã hỗ trợ, hướng dẫn người dân không đủ khả năng thao tác trên Cổng dịch vụ công trực tuyến; 96,2% hồ sơ được nộp trực tuyến.
- Phong trào “Gia đình số”: 9.870/12.400 hộ gia đình (79,6%) có ít nhất một thành viên tham gia học tập kỹ năng số và hướng dẫn các thành viên khác.
- Tổ chức 14 lớp học “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số với 612 lượt người tham dự.
Trên đây là báo cáo của Ủy ban nhân dân xã Trảng Bom./.
Nơi nhận:
- Sở Khoa học và Công nghệ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Lộc
""")

DOCS["e03_pbienhoa_bc"] = dict(fmt="txt", text="""\
ỦY BAN NHÂN DÂN
PHƯỜNG BIÊN HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 517/BC-UBND
Biên Hòa, ngày 18 tháng 11 năm 2025
BÁO CÁO
Tình hình triển khai phong trào “Bình dân học vụ số” trên địa bàn phường Biên Hòa
Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân phường Biên Hòa báo cáo như sau:
1. Đối với cán bộ, công chức, viên chức và người lao động của phường
Tỷ lệ cán bộ, công chức, viên chức và người lao động của phường có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc đạt 91,2% (176/193 người), trong đó Văn phòng HĐND và UBND phường đạt 100% (34/34 người). Phường đã hoàn thành 100% kế hoạch mở lớp (15/15 lớp).
2. Đối với người dân trong độ tuổi trưởng thành
Theo kết quả rà soát của 38 khu phố tính đến ngày 31/10/2025, có 67.480/83.000 người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, tương đương 81,3%.
Theo số liệu khảo sát trên phần mềm theo dõi phổ cập kỹ năng số của phường tính đến ngày 31/10/2025, tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản là 76,8%.
Trên địa bàn phường đã có 42.618 tài khoản định danh điện tử mức 2 được kích hoạt; 12 khu phố đạt dưới 70%.
3. Các hoạt động khác
- Tổ chức 27 buổi học tập cộng đồng cho người dân tại các khu phố, tập trung vào nội dung thiết thực như cài đặt ứng dụng, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt, với 3.140 lượt người tham dự.
- Phối hợp Hội Người khuyết tật phường tổ chức 02 lớp phổ cập kỹ năng số chuyên biệt cho người khuyết tật với chương trình phù hợp với khả năng của từng nhóm.
- Đăng tải 86 tin, bài tuyên truyền trên trang thông tin điện tử của phường.
Trên đây là báo cáo của Ủy ban nhân dân phường Biên Hòa./.
Nơi nhận:
- Sở Khoa học và Công nghệ;
- Lưu: VT, VHXH.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Minh Tuấn
""")

DOCS["e04_hccb_kh"] = dict(fmt="docx", text="""\
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
HỘI CỰU CHIẾN BINH TỈNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27-KH/HCCB
Đồng Nai, ngày 20 tháng 6 năm 2025
KẾ HOẠCH
Hưởng ứng phong trào “Bình dân học vụ số” trong hội viên Cựu chiến binh tỉnh năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ban Thường vụ Hội Cựu chiến binh tỉnh xây dựng Kế hoạch như sau:
I. MỤC TIÊU
- Góp phần thực hiện Chỉ tiêu số 3: 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh để khai thác thông tin, sử dụng nền tảng, dịch vụ số thiết yếu.
- Phấn đấu 85% hội viên cựu chiến binh biết sử dụng điện thoại thông minh, ứng dụng VNeID và dịch vụ công trực tuyến; 100% chi hội cơ sở có ít nhất 01 hội viên nòng cốt về kỹ năng số.
II. NỘI DUNG
- Phối hợp Ủy ban nhân dân các xã, phường tổ chức các lớp học “Bình dân học vụ số” cho hội viên cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số, an toàn số.
- Vận động mỗi gia đình hội viên có ít nhất một thành viên tham gia học tập kỹ năng số (phong trào “Gia đình số”).
- Phối hợp Hội Nông dân tỉnh hướng dẫn hội viên ở nông thôn sử dụng các ứng dụng AI trên điện thoại thông minh.
III. TỔ CHỨC THỰC HIỆN
Các cấp Hội báo cáo kết quả về Thường trực Hội Cựu chiến binh tỉnh trước ngày 30/11/2025 để tổng hợp, báo cáo Sở Khoa học và Công nghệ.
Nơi nhận:
- Ủy ban MTTQ Việt Nam tỉnh;
- Sở Khoa học và Công nghệ;
- Lưu: VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phạm Quang Vinh
""")

DOCS["e05_sgddt_bc"] = dict(fmt="pdf", text="""\
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3318/BC-SGDĐT
Đồng Nai, ngày 10 tháng 11 năm 2025
BÁO CÁO
Kết quả triển khai chương trình “Bình dân học vụ số” trong ngành giáo dục và đào tạo năm 2025
Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU SỐ 2
100% trường THCS, THPT trên địa bàn tỉnh (412/412 trường) đã tích hợp giáo dục kỹ năng số cơ bản (sử dụng dịch vụ công trực tuyến, tự bảo vệ mình trên không gian mạng) vào chương trình giáo dục; 98,7% học bạ số đã được ký số.
Tính đến ngày 31/10/2025, tỷ lệ học sinh trung học và sinh viên được trang bị kiến thức, kỹ năng số để phục vụ học tập, nghiên cứu và sáng tạo đạt 86,40 %, đạt 106% kế hoạch năm học giao (81,5%). Cụ thể:
|Cấp học|Tổng số học sinh|Số học sinh được trang bị kỹ năng số|Tỷ lệ
|Trung học cơ sở|263.400|228.950|86,92%
|Trung học phổ thông|126.150|108.000|85,61%
|Giáo dục nghề nghiệp - GDTX|17.170|14.456|84,19%
|Toàn ngành|406.720|351.406|86,40%
Mục tiêu đến cuối năm học 2025-2026 đạt 100% học sinh trung học và sinh viên.
Sở đã hướng dẫn các cơ sở giáo dục khuyến khích học sinh tham gia học tập kỹ năng số trên các nền tảng học trực tuyến mở đại trà; tổ chức Cuộc thi Chế tạo dự án AI dành cho học sinh THCS, THPT với 318 dự án dự thi; triển khai mô hình lớp học thông minh ứng dụng trí tuệ nhân tạo tại 24 trường.
II. ĐỐI VỚI CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TOÀN NGÀNH
Toàn ngành có 38.905/42.310 cán bộ, công chức, viên chức và người lao động có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt 91,95%; trong đó cơ quan Văn phòng Sở đạt 97,96% (96/98 người).
Trên đây là báo cáo của Sở Giáo dục và Đào tạo./.
Nơi nhận:
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Võ Thị Hồng Nhung
""")

DOCS["e06_skhcn_cv"] = dict(fmt="txt", text="""\
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3412/SKHCN-CĐS
V/v báo cáo tiến độ thực hiện các nhiệm vụ được giao tại Phụ lục 2 Kế hoạch số 192/KH-UBND
Đồng Nai, ngày 21 tháng 11 năm 2025
Kính gửi: Ủy ban nhân dân tỉnh.
Sở Khoa học và Công nghệ báo cáo tiến độ thực hiện các nhiệm vụ chủ trì tại Phụ lục 2 Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh như sau:
1. Nhiệm vụ 1.1: đã tổ chức 12 lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc cho 1.460 lượt cán bộ, công chức, đạt 112% kế hoạch tập huấn năm.
2. Nhiệm vụ 1.2: hoàn thành bồi dưỡng kiến thức kỹ năng số cho 186 giảng viên nguồn của các sở, ban, ngành, địa phương.
3. Nhiệm vụ 3.1: phối hợp Tỉnh đoàn tổ chức các khóa đào tạo cơ bản về sử dụng nền tảng số, dịch vụ số thiết yếu, an toàn trên môi trường số; đăng tải 254 tin, bài hướng dẫn trên Cổng thông tin điện tử của Sở.
4. Phối hợp Sở Công Thương triển khai mô hình “Chợ số - Nông thôn số” tại 9 chợ truyền thống, đào tạo tiểu thương theo mô hình 4T.
5. Đối với cán bộ, công chức, viên chức và người lao động của Sở: đã có 148/161 người có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc (91,93%); 100% phòng, đơn vị trực thuộc (7/7 đơn vị) có người phụ trách chuyển đổi số. Theo báo cáo của Sở Nội vụ, tỷ lệ này trên toàn tỉnh là 83,4%.
6. Theo số liệu của Công an tỉnh, tính đến ngày 15/11/2025, toàn tỉnh có 734.512 người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.
Sở Khoa học và Công nghệ kính báo cáo Ủy ban nhân dân tỉnh./.
Nơi nhận:
- Như trên;
- Ban Giám đốc Sở;
- Lưu: VT, CĐS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Huỳnh Văn Thanh
""")
