# -*- coding: utf-8 -*-
"""Set C document sources. Each doc: header fields + blocks.
Blocks: ("h", text) heading (bold), ("p", text), ("t", rows) table (row 0 = header)."""

def pct(a, b, nd=2):
    return f"{a / b * 100:.{nd}f}".replace(".", ",")

def n(x):
    return f"{x:,}".replace(",", ".")

SIG_UBND = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]

def table_rows(header, rows, total_label):
    """rows: (name, base, done) -> table with pct column and total row."""
    out = [header]
    tb = td = 0
    for i, (nm, b, d) in enumerate(rows, 1):
        out.append([str(i), nm, n(b), n(d), pct(d, b)])
        tb += b; td += d
    out.append(["", total_label, n(tb), n(td), pct(td, tb)])
    return out, tb, td

DOCS = {}

# ---------------------------------------------------------------- c01
DOCS["c01_xlongthanh_bc_t9"] = dict(
    org=["ỦY BAN NHÂN DÂN", "XÃ LONG THÀNH"], number="Số: 178/BC-UBND",
    place_date="Long Thành, ngày 16 tháng 9 năm 2025",
    type="BÁO CÁO",
    title="Kết quả bước đầu triển khai chương trình “Bình dân học vụ số” trên địa bàn xã Long Thành (đến tháng 9/2025)",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh về triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025, Ủy ban nhân dân xã Long Thành báo cáo kết quả bước đầu như sau:"),
        ("h", "I. KẾT QUẢ THỰC HIỆN"),
        ("p", "1. Đối với cán bộ, công chức, viên chức và người lao động của xã (Chỉ tiêu số 1)"),
        ("p", "Ngay sau khi vận hành chính quyền địa phương 2 cấp, xã đã tổ chức 03 lớp bồi dưỡng, tập huấn kỹ năng số cho cán bộ, công chức tại hội trường Ủy ban nhân dân xã. Tính đến ngày 10/9/2025, có 90/125 cán bộ, công chức, viên chức và người lao động của xã có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt 72,00%."),
        ("p", "2. Đối với người dân trong độ tuổi trưởng thành (Chỉ tiêu số 3)"),
        ("p", "Toàn xã có 18.920/38.500 người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, kỹ năng số, đạt 49,14%. Ủy ban nhân dân xã phát động phong trào “Gia đình số”, vận động mỗi hộ gia đình có ít nhất một thành viên tham gia học tập kỹ năng số và hướng dẫn lại cho các thành viên trong gia đình; đến nay đã có 6.840/10.200 hộ gia đình đăng ký tham gia (67,06%)."),
        ("p", "3. Phổ cập trên nền tảng VNeID (Chỉ tiêu số 4)"),
        ("p", "Phối hợp Công an xã hướng dẫn người dân học và làm bài kiểm tra trên ứng dụng VNeID; đến ngày 10/9/2025 có 9.860 người dân trên địa bàn xã được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID."),
        ("h", "II. KHÓ KHĂN, VƯỚNG MẮC"),
        ("p", "Một bộ phận người dân lớn tuổi chưa có điện thoại thông minh; thời gian triển khai sau sắp xếp đơn vị hành chính còn ngắn; nhân lực hướng dẫn tại các ấp còn mỏng."),
        ("h", "III. PHƯƠNG HƯỚNG THỜI GIAN TỚI"),
        ("p", "Tiếp tục tuyên truyền, hướng dẫn người dân; phấn đấu đến cuối năm 2025 đạt 80% người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản theo chỉ tiêu giao."),
        ("p", "Trên đây là báo cáo kết quả bước đầu của Ủy ban nhân dân xã Long Thành./."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- TT. Đảng ủy, HĐND xã;", "- Lưu: VT, VHXH."],
    sig=SIG_UBND, signer="Nguyễn Văn Hòa",
)

# ---------------------------------------------------------------- c02
rows02, tb02, td02 = table_rows(
    ["STT", "Ấp, khu phố", "Người dân trong độ tuổi trưởng thành (người)", "Số người có kỹ năng số cơ bản (người)", "Tỷ lệ (%)"],
    [("Khu phố Long Đức", 9200, 7820), ("Khu phố Phước Thuận", 8100, 6480), ("Ấp Lộc An", 7600, 6156),
     ("Ấp Bình Sơn", 6900, 5520), ("Ấp An Phước", 6700, 5672)], "Tổng cộng")
assert (tb02, td02) == (38500, 31648), (tb02, td02)
DOCS["c02_xlongthanh_bc_t11"] = dict(
    org=["ỦY BAN NHÂN DÂN", "XÃ LONG THÀNH"], number="Số: 231/BC-UBND",
    place_date="Long Thành, ngày 24 tháng 11 năm 2025",
    type="BÁO CÁO",
    title="Kết quả triển khai chương trình “Bình dân học vụ số” trên địa bàn xã Long Thành năm 2025",
    blocks=[
        ("p", "Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh; tiếp theo Báo cáo số 178/BC-UBND ngày 16/9/2025, Ủy ban nhân dân xã Long Thành báo cáo kết quả thực hiện đến ngày 31/10/2025 như sau:"),
        ("h", "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
        ("h", "1. Chỉ tiêu số 1 – cán bộ, công chức, viên chức và người lao động"),
        ("p", "Ủy ban nhân dân xã đã hoàn thành 100% kế hoạch mở lớp (6/6 lớp) bồi dưỡng, tập huấn kỹ năng số cho cán bộ, công chức, viên chức và người lao động của xã. Đến ngày 30/9/2025, tỷ lệ đạt là 79,20% (99/125 người); tính đến ngày 31/10/2025, có 108/125 cán bộ, công chức, viên chức và người lao động của xã có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt 86,40 %."),
        ("h", "2. Chỉ tiêu số 3 – người dân trong độ tuổi trưởng thành"),
        ("p", "Kết quả phổ cập kỹ năng số cho người dân trong độ tuổi trưởng thành theo từng ấp, khu phố (tính đến 31/10/2025):"),
        ("t", rows02),
        ("p", "Ngoài ra, Trung tâm Phục vụ hành chính công xã bố trí 02 công chức và 04 đoàn viên thanh niên thường trực hỗ trợ, hướng dẫn người dân đến làm thủ tục hành chính nhưng không đủ khả năng thao tác trên Cổng dịch vụ công trực tuyến (nhiệm vụ 5.1), với 4.320 lượt người dân được hướng dẫn; 2.150 tài khoản thanh toán số được mở mới trong kỳ."),
        ("h", "3. Chỉ tiêu số 4 – phổ cập trên nền tảng VNeID"),
        ("p", "Tính đến ngày 31/10/2025, trên địa bàn xã có 21.350 người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID."),
        ("h", "II. KẾT QUẢ THỰC HIỆN MỘT SỐ NHIỆM VỤ"),
        ("p", "- Nhiệm vụ 1.3: tiếp tục tổ chức các lớp bồi dưỡng cập nhật kiến thức chuyển đổi số cho cán bộ, công chức, viên chức và người lao động phù hợp với tiến trình chuyển đổi số của xã."),
        ("p", "- Nhiệm vụ 4.3: phối hợp Hội Người cao tuổi xã tổ chức 12 lớp “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số và an toàn số, với 486 người tham dự."),
        ("h", "III. ĐÁNH GIÁ CHUNG"),
        ("p", "Các chỉ tiêu số 1 và số 3 của xã đã vượt mức 80% theo Kế hoạch số 192/KH-UBND. Số liệu tại Báo cáo này thay thế số liệu tại Báo cáo số 178/BC-UBND ngày 16/9/2025."),
        ("p", "Trên đây là báo cáo kết quả triển khai chương trình “Bình dân học vụ số” của Ủy ban nhân dân xã Long Thành./."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- TT. Đảng ủy, HĐND xã;", "- Lưu: VT, VHXH."],
    sig=SIG_UBND, signer="Nguyễn Văn Hòa",
)

# ---------------------------------------------------------------- c03
DOCS["c03_ptranbien_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẤN BIÊN"], number="Số: 412/BC-UBND",
    place_date="Trấn Biên, ngày 10 tháng 10 năm 2025",
    type="BÁO CÁO",
    title="Tình hình thực hiện Kế hoạch số 192/KH-UBND của Ủy ban nhân dân tỉnh về chương trình “Bình dân học vụ số” trên địa bàn phường Trấn Biên",
    blocks=[
        ("h", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
        ("p", "Ủy ban nhân dân phường ban hành Kế hoạch số 57/KH-UBND ngày 15/7/2025 triển khai chương trình “Bình dân học vụ số”; thành lập 18 Tổ công nghệ số cộng đồng tại các khu phố."),
        ("h", "II. KẾT QUẢ THỰC HIỆN"),
        ("p", "1. Về tỷ lệ cán bộ, công chức, viên chức và người lao động có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc"),
        ("p", "Phường đã mở 9/9 lớp bồi dưỡng kỹ năng số (đạt 100% kế hoạch) cho cán bộ, công chức, viên chức và người lao động. Tính đến ngày 30/9/2025, tỷ lệ cán bộ, công chức, viên chức và người lao động của phường đạt yêu cầu là 76,85% (249/324 người), chưa đạt mức 80% theo kế hoạch; trong đó khối Đảng, Mặt trận và các đoàn thể đạt 88,46% (92/104 người), khối chính quyền đạt 71,36% (157/220 người)."),
        ("p", "2. Về người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh"),
        ("p", "Có 84.210 trên tổng số 102.600 người dân trong độ tuổi trưởng thành của phường có kỹ năng số cơ bản, đạt 82,08%. Phong trào “Gia đình số” được hưởng ứng rộng rãi: 27.430/28.900 hộ gia đình (94,91%) có ít nhất một thành viên tham gia học tập, hướng dẫn cho các thành viên trong gia đình; 36.540 tài khoản ví điện tử, thanh toán số được kích hoạt."),
        ("p", "Thực hiện nhiệm vụ 4.1, các khu phố tổ chức 64 buổi học tập cộng đồng cho người dân với các nội dung thiết thực như cài đặt, sử dụng dịch vụ công trực tuyến, nhận diện lừa đảo trên mạng."),
        ("p", "3. Về phổ cập trên nền tảng VNeID"),
        ("p", "Đến ngày 30/9/2025, có 59.870 người dân phường hoàn thành và được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID."),
        ("h", "III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025"),
        ("p", "Tập trung bồi dưỡng cho khối chính quyền, phấn đấu tỷ lệ cán bộ, công chức, viên chức và người lao động đạt yêu cầu đến 31/12/2025 là 90%."),
        ("p", "Ủy ban nhân dân phường Trấn Biên báo cáo Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ./."),
    ],
    recipients=["- UBND tỉnh;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, VP."],
    sig=SIG_UBND, signer="Trần Thị Minh Thư",
)

# ---------------------------------------------------------------- c04 (plan, TXT with tab lines)
DOCS["c04_xdinhquan_kh"] = dict(
    org=["ỦY BAN NHÂN DÂN", "XÃ ĐỊNH QUÁN"], number="Số: 95/KH-UBND",
    place_date="Định Quán, ngày 28 tháng 7 năm 2025",
    type="KẾ HOẠCH",
    title="Triển khai chương trình “Bình dân học vụ số” trên địa bàn xã Định Quán năm 2025",
    blocks=[
        ("p", "Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh Đồng Nai, Ủy ban nhân dân xã Định Quán ban hành Kế hoạch triển khai như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Phổ cập kỹ năng số cho cán bộ, công chức và người dân trên địa bàn xã với phương châm “không ai bị bỏ lại phía sau”."),
        ("h", "II. CHỈ TIÊU"),
        ("t", [["STT", "Chỉ tiêu", "Đơn vị thực hiện", "Thời gian"],
               ["1", "80% cán bộ, công chức, viên chức và người lao động của xã có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc (Chỉ tiêu số 1)", "Văn phòng HĐND và UBND xã", "Tháng 12/2025"],
               ["2", "80% người dân trong độ tuổi trưởng thành trên địa bàn xã có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh (Chỉ tiêu số 3)", "Phòng Văn hóa - Xã hội", "Tháng 12/2025"],
               ["3", "Tối thiểu 14.000 người dân trong độ tuổi trưởng thành của xã được xác nhận đạt phổ cập trên nền tảng VNeID, góp phần thực hiện chỉ tiêu 1 triệu người của tỉnh (Chỉ tiêu số 4)", "Công an xã", "Tháng 12/2025"]]),
        ("h", "III. NHIỆM VỤ"),
        ("t", [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp"],
               ["1", "Tổ chức các lớp bồi dưỡng, tập huấn nâng cao kỹ năng số cho cán bộ, công chức, viên chức và người lao động của xã (nhiệm vụ 1.3)", "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn"],
               ["2", "Tổ chức các lớp “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số (nhiệm vụ 4.3)", "Phòng Văn hóa - Xã hội", "Hội Người cao tuổi xã"],
               ["3", "Tổ chức lớp phổ cập kỹ năng số chuyên biệt cho người khuyết tật (nhiệm vụ 4.4)", "Phòng Văn hóa - Xã hội", "Hội Bảo trợ người khuyết tật"],
               ["4", "Bố trí ít nhất một nhân sự hỗ trợ người dân thao tác trên Cổng dịch vụ công trực tuyến tại Trung tâm Phục vụ hành chính công xã (nhiệm vụ 5.1)", "Trung tâm Phục vụ hành chính công xã", "Đoàn Thanh niên xã"],
               ["5", "Triển khai mô hình “Chợ số - Nông thôn số” tại chợ Định Quán, đào tạo tiểu thương theo mô hình 4T (nhiệm vụ 5.3)", "Phòng Kinh tế", "Tổ công nghệ số cộng đồng"]]),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "Các phòng, đơn vị được phân công xây dựng kế hoạch chi tiết, định kỳ hằng tháng báo cáo kết quả về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Sở Khoa học và Công nghệ."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- TT. Đảng ủy, HĐND xã;", "- Lưu: VT."],
    sig=SIG_UBND, signer="Lê Quang Vinh",
)

# ---------------------------------------------------------------- c05 (TXT wrapped 70)
DOCS["c05_plongkhanh_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN", "PHƯỜNG LONG KHÁNH"], number="Số: 356/BC-UBND",
    place_date="Long Khánh, ngày 05 tháng 11 năm 2025",
    type="BÁO CÁO",
    title="Kết quả thực hiện chương trình “Bình dân học vụ số” trên địa bàn phường Long Khánh",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh và Công văn số 3077/SKHCN-CĐS của Sở Khoa học và Công nghệ về việc báo cáo kết quả triển khai chương trình “Bình dân học vụ số”, Ủy ban nhân dân phường Long Khánh báo cáo như sau:"),
        ("h", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
        ("p", "1. Cán bộ, công chức, viên chức và người lao động của phường: tính đến ngày 31/10/2025 có 312/356 người có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt tỷ lệ 87,64%, vượt chỉ tiêu 80% được giao. Số lượt cán bộ, công chức hoàn thành bài kiểm tra trên nền tảng học tập trực tuyến đạt 109,5% kế hoạch đề ra (438 lượt)."),
        ("p", "2. Người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số, sử dụng được thiết bị thông minh để khai thác thông tin, sử dụng nền tảng, dịch vụ số thiết yếu: tính đến ngày 30/9/2025 đạt 71,20%; đến ngày 31/10/2025 đạt 81,30% (67.418/82.930 người). Theo Sở Khoa học và Công nghệ, tỷ lệ chung của toàn tỉnh đến cùng thời điểm đạt 68,40%."),
        ("p", "3. Phổ cập trên nền tảng VNeID: theo số liệu của Công an tỉnh, đến ngày 31/10/2025 toàn tỉnh có 812.460 người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID; trong đó phường Long Khánh có 15.420 người."),
        ("p", "4. Thực hiện nhiệm vụ 4.2, các Tổ công nghệ số cộng đồng phối hợp Đoàn Thanh niên, Hội Liên hiệp Phụ nữ phường cử thành viên đến từng khu phố hướng dẫn người dân, nhất là người cao tuổi, lao động phổ thông sử dụng các nền tảng, dịch vụ số."),
        ("h", "II. KHÓ KHĂN, ĐỀ XUẤT"),
        ("p", "Đề nghị Sở Khoa học và Công nghệ tiếp tục hỗ trợ tài liệu, giảng viên; đề nghị Công an tỉnh cung cấp số liệu VNeID theo từng khu phố để phường chủ động đôn đốc."),
        ("p", "Trên đây là báo cáo của Ủy ban nhân dân phường Long Khánh./."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- Công an tỉnh;", "- Lưu: VT."],
    sig=SIG_UBND, signer="Phạm Đức Thắng",
)

# ---------------------------------------------------------------- c06 (PDF)
DOCS["c06_xxuanloc_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN", "XÃ XUÂN LỘC"], number="Số: 289/BC-UBND",
    place_date="Xuân Lộc, ngày 12 tháng 12 năm 2025",
    type="BÁO CÁO",
    title="Kết quả triển khai chương trình “Bình dân học vụ số” năm 2025 trên địa bàn xã Xuân Lộc",
    blocks=[
        ("p", "Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã Xuân Lộc báo cáo kết quả triển khai chương trình “Bình dân học vụ số” năm 2025 như sau:"),
        ("h", "1. Kết quả thực hiện Chỉ tiêu số 1"),
        ("p", "Trong năm, cán bộ, công chức của xã tham gia 1.260 lượt học tập trên nền tảng “Bình dân học vụ số”, đạt 112% kế hoạch. Tính đến ngày 30/11/2025, tỷ lệ cán bộ, công chức, viên chức và người lao động của xã có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc đạt 89,24% (141/158 người)."),
        ("h", "2. Kết quả thực hiện Chỉ tiêu số 3"),
        ("p", "Tính đến ngày 30/11/2025, có 35.806/47.200 người dân trong độ tuổi trưởng thành của xã có tri thức cơ bản về chuyển đổi số, có kỹ năng số, đạt 75,86%; 28.940 tài khoản dịch vụ công trực tuyến của người dân đã được kích hoạt. Mục tiêu đến cuối năm đạt 80% theo kế hoạch của tỉnh chưa hoàn thành."),
        ("p", "Thực hiện nhiệm vụ 4.3, xã tổ chức 9 lớp cho người cao tuổi về sử dụng Internet, thanh toán số, chăm sóc sức khỏe trực tuyến."),
        ("h", "3. Kết quả thực hiện Chỉ tiêu số 5"),
        ("p", "Đã có 18/18 hợp tác xã trên địa bàn (100%) tổ chức phổ biến kỹ năng số cho người lao động. Kết quả, 412/530 người lao động trong các doanh nghiệp, hợp tác xã trên địa bàn xã có kiến thức cơ bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, kinh doanh, đạt 77,74%."),
        ("h", "4. Mô hình “Chợ số - Nông thôn số”"),
        ("p", "Phối hợp Sở Công Thương triển khai mô hình “Chợ số - Nông thôn số” tại chợ Xuân Lộc; 146 tiểu thương được đào tạo theo mô hình học tập 4T, 100% tiểu thương tại chợ có mã QR thanh toán không dùng tiền mặt."),
        ("h", "5. Phương hướng"),
        ("p", "Phấn đấu đến ngày 31/12/2025 tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số đạt 80% và người lao động trong các hợp tác xã đạt 85%."),
        ("p", "Trên đây là báo cáo kết quả của Ủy ban nhân dân xã Xuân Lộc./."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- Sở Công Thương;", "- Lưu: VT."],
    sig=SIG_UBND, signer="Đỗ Thanh Tùng",
)

# ---------------------------------------------------------------- c07 (DOCX)
rows07, tb07, td07 = table_rows(
    ["STT", "Khu phố", "Tổng số người dân trong độ tuổi trưởng thành", "Số người dân có kỹ năng số cơ bản", "Tỷ lệ (%)"],
    [("Khu phố 1", 13400, 11390), ("Khu phố 2", 12800, 9600), ("Khu phố 3", 14200, 10366),
     ("Khu phố 4", 11900, 8330), ("Khu phố 5", 12600, 9954), ("Khu phố 6", 12000, 9000)], "Tổng cộng toàn phường")
assert (tb07, td07) == (76900, 58640), (tb07, td07)
DOCS["c07_pbinhphuoc_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH PHƯỚC"], number="Số: 198/BC-UBND",
    place_date="Bình Phước, ngày 20 tháng 10 năm 2025",
    type="BÁO CÁO",
    title="Kết quả phổ cập kỹ năng số trên địa bàn phường Bình Phước theo chương trình “Bình dân học vụ số”",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân phường Bình Phước báo cáo kết quả đến ngày 15/10/2025 như sau:"),
        ("h", "1. Đối với cán bộ, công chức, viên chức và người lao động"),
        ("p", "100% (5/5) phòng, ban chuyên môn thuộc Ủy ban nhân dân phường đã triển khai cho cán bộ học tập. Đến nay, có 203 trên tổng số 226 cán bộ, công chức, viên chức, người lao động của phường có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc, đạt tỷ lệ 89,82 %."),
        ("h", "2. Đối với người dân trong độ tuổi trưởng thành (Chỉ tiêu số 3)"),
        ("p", "Kết quả theo từng khu phố như sau:"),
        ("t", rows07),
        ("p", "Thực hiện nhiệm vụ 3.1, Đoàn Thanh niên phường phối hợp Tổ công nghệ số cộng đồng tổ chức các khóa đào tạo cơ bản về sử dụng nền tảng số, dịch vụ số thiết yếu, an toàn trên môi trường số."),
        ("h", "3. Đối với Chỉ tiêu số 4"),
        ("p", "Có 31.205 người dân phường được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID."),
        ("p", "Ủy ban nhân dân phường Bình Phước báo cáo để Sở Khoa học và Công nghệ tổng hợp./."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- Lưu: VT."],
    sig=SIG_UBND, signer="Huỳnh Văn Lợi",
)

# ---------------------------------------------------------------- c08 (TXT plain)
DOCS["c08_xtanphu_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ"], number="Số: 141/BC-UBND",
    place_date="Tân Phú, ngày 14 tháng 11 năm 2025",
    type="BÁO CÁO",
    title="Kết quả thực hiện chương trình “Bình dân học vụ số” trên địa bàn xã Tân Phú",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã Tân Phú báo cáo kết quả như sau:"),
        ("h", "I. KẾT QUẢ THỰC HIỆN"),
        ("p", "1. Chỉ tiêu số 1: đến ngày 31/10/2025, 97/112 cán bộ, công chức, viên chức và người lao động của xã (86,61%) có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc; trong đó cán bộ, công chức 58/64 người (90,63%), viên chức và người lao động 39/48 người (81,25%)."),
        ("p", "2. Chỉ tiêu số 3: theo tổng hợp từ các ấp, tính đến ngày 31/10/2025 có 19.870/25.400 người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản (78,23%). Theo số liệu trên hệ thống theo dõi của xã cùng thời điểm, số người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản là 21.180 người (83,39%). Hai nguồn số liệu đang được rà soát, đối chiếu."),
        ("p", "3. Xã tổ chức 02 lớp phổ cập công nghệ, kỹ năng số chuyên biệt cho người khuyết tật với chương trình giảng dạy phù hợp với khả năng, nhu cầu của từng nhóm (34 học viên)."),
        ("p", "4. Trung tâm Phục vụ hành chính công xã bố trí 01 công chức thường trực hỗ trợ, hướng dẫn người dân đến làm thủ tục hành chính nhưng không đủ khả năng thao tác trên Cổng dịch vụ công trực tuyến; trong kỳ đã hỗ trợ 1.935 hồ sơ trực tuyến."),
        ("h", "II. KIẾN NGHỊ"),
        ("p", "Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất cách thống kê người dân đạt kỹ năng số cơ bản."),
        ("p", "Trên đây là báo cáo của Ủy ban nhân dân xã Tân Phú./."),
    ],
    recipients=["- Sở Khoa học và Công nghệ;", "- Lưu: VT."],
    sig=SIG_UBND, signer="Vũ Thị Ngọc Lan",
)

# ---------------------------------------------------------------- c09 (PDF, province)
prov = [("Phường Trấn Biên", 102600, 84210), ("Phường Biên Hòa", 118400, 90100), ("Xã Long Thành", 38500, 31648),
        ("Phường Long Khánh", 82930, 67418), ("Xã Xuân Lộc", 47200, 35806), ("Phường Bình Phước", 76900, 58640),
        ("Các xã, phường còn lại (89 đơn vị)", 1809470, 1330578)]
rows09, tb09, td09 = table_rows(
    ["STT", "Xã, phường", "Người dân trong độ tuổi trưởng thành", "Số người có kỹ năng số cơ bản", "Tỷ lệ (%)"],
    prov, "Toàn tỉnh")
assert (tb09, td09) == (2276000, 1698400), (tb09, td09)
DOCS["c09_ubndt_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI"], number="Số: 1245/BC-UBND",
    place_date="Đồng Nai, ngày 18 tháng 12 năm 2025",
    type="BÁO CÁO",
    title="Kết quả triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025, Ủy ban nhân dân tỉnh báo cáo kết quả triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh năm 2025 như sau:"),
        ("h", "I. CÔNG TÁC TRIỂN KHAI"),
        ("p", "100% (95/95) xã, phường đã ban hành kế hoạch triển khai. Sở Khoa học và Công nghệ tổ chức 04 lớp bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc cho cán bộ, công chức (nhiệm vụ 1.1) và 02 lớp bồi dưỡng kỹ năng số cho 180 giảng viên nguồn (nhiệm vụ 1.2)."),
        ("h", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
        ("p", "1. Chỉ tiêu số 1: tính đến ngày 30/11/2025, toàn tỉnh có 52.380/59.400 cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc (88,18%)."),
        ("p", "2. Chỉ tiêu số 3: tính đến ngày 30/11/2025, tỷ lệ người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số trên toàn tỉnh đạt 74,62%; còn 21 xã, phường đạt dưới 50%. Kết quả một số xã, phường và toàn tỉnh như sau:"),
        ("t", rows09),
        ("p", "3. Chỉ tiêu số 4: đến ngày 30/9/2025, toàn tỉnh có 734.512 người dân được xác nhận trên nền tảng VNeID; tính đến ngày 15/12/2025, toàn tỉnh có 1.046.300 người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID, vượt chỉ tiêu 1 triệu người; trong đó khu vực phía Bắc (tỉnh Bình Phước cũ) 298.750 người. Toàn tỉnh ghi nhận 3.412.000 lượt truy cập học tập trên ứng dụng."),
        ("h", "III. ĐÁNH GIÁ"),
        ("p", "Chỉ tiêu số 1 và số 4 đã hoàn thành; Chỉ tiêu số 3 chưa đạt mức 80% theo kế hoạch, cần tiếp tục tập trung chỉ đạo trong năm 2026."),
        ("p", "Trên đây là báo cáo kết quả triển khai chương trình “Bình dân học vụ số” của Ủy ban nhân dân tỉnh Đồng Nai./."),
    ],
    recipients=["- Bộ Khoa học và Công nghệ;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- Lưu: VT, KGVX."],
    sig=SIG_UBND, signer="Dương Minh Dũng",
)

# ---------------------------------------------------------------- c10 (school, not a unit)
DOCS["c10_thcs_nhontrach_bc"] = dict(
    org=["ỦY BAN NHÂN DÂN XÃ NHƠN TRẠCH", "TRƯỜNG THCS LÊ QUÝ ĐÔN"], number="Số: 45/BC-THCS",
    place_date="Nhơn Trạch, ngày 25 tháng 11 năm 2025",
    type="BÁO CÁO",
    title="Kết quả thực hiện chương trình “Bình dân học vụ số” tại Trường THCS Lê Quý Đôn",
    blocks=[
        ("p", "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh và hướng dẫn của Ủy ban nhân dân xã Nhơn Trạch, Trường THCS Lê Quý Đôn báo cáo kết quả như sau:"),
        ("p", "1. Chỉ tiêu số 2: 1.482/1.482 học sinh của trường (100%) được trang bị kiến thức, kỹ năng số để phục vụ học tập, có kỹ năng an toàn trên môi trường số; nhà trường đã tích hợp giáo dục kỹ năng số cơ bản vào các môn học (nhiệm vụ 2.1)."),
        ("p", "2. Đối với cán bộ, giáo viên, nhân viên: 61/64 người (95,31%) có hiểu biết về chuyển đổi số, kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc; 100% học bạ số đã được triển khai."),
        ("p", "3. Nhà trường tổ chức cho học sinh tham gia cuộc thi chế tạo dự án AI dành cho học sinh THCS (nhiệm vụ 2.4) với 6 dự án."),
        ("p", "Trên đây là báo cáo của Trường THCS Lê Quý Đôn./."),
    ],
    recipients=["- UBND xã Nhơn Trạch;", "- Lưu: VT."],
    sig=["HIỆU TRƯỞNG"], signer="Ngô Thị Hạnh",
)
