from lib import new_doc, header, para, table, signature

# (địa phương, người trưởng thành, đạt)
ROWS = [("Phường Trấn Biên", 245000, 224420), ("Xã Long Thành", 98500, 82937),
        ("Xã Định Quán", 61200, 35924), ("Phường Bình Phước", 88300, 63929),
        ("Các xã, phường còn lại (91 đơn vị)", 2707000, 2038550)]


def n(x):
    return f"{x:,}".replace(",", ".")


def pct(a, b):
    return f"{b / a * 100:.2f}".replace(".", ",")


def build(path):
    d = new_doc()
    header(d, ["UBND TỈNH ĐỒNG NAI", "**SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 3051/BC-SKHCN"],
           ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc", "",
            "Đồng Nai, ngày 31 tháng 10 năm 2025"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai (tính đến ngày 30/10/2025)",
         bold=True, center=True)
    para(d, "Kính gửi: Ủy ban nhân dân tỉnh.", center=True)
    para(d, "Tiếp theo Báo cáo số 2790/BC-SKHCN ngày 30/9/2025, Sở Khoa học và Công nghệ báo cáo kết quả triển khai "
            "Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU SỐ 3", bold=True)
    para(d, "Tính đến ngày 26/9/2025, tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản mới đạt 61,24%; "
            "đến ngày 30/10/2025, theo tổng hợp của Sở, tỷ lệ này đạt 76,43%, chưa đạt mức 80% theo kế hoạch. "
            "Kết quả theo địa bàn như sau:")
    rows = [["STT", "Địa bàn", "Số người trong độ tuổi trưởng thành", "Số người có tri thức, kỹ năng số cơ bản",
             "Tỷ lệ (%)"]]
    for i, (nm, a, b) in enumerate(ROWS, 1):
        rows.append([str(i), nm, n(a), n(b), pct(a, b)])
    A = sum(r[1] for r in ROWS); B = sum(r[2] for r in ROWS)
    rows.append(["", "Toàn tỉnh", n(A), n(B), pct(A, B)])
    table(d, rows)
    para(d, "")
    para(d, "Có 39/95 xã, phường đạt từ 80% trở lên; 21 xã đạt dưới 50%, chủ yếu là các xã vùng sâu, có đông đồng "
            "bào dân tộc thiểu số. Nền tảng “Bình dân học vụ số” ghi nhận 2.986.140 tài khoản đăng ký học và "
            "hơn 9,2 triệu lượt truy cập. Mục tiêu đến cuối năm đạt 80%.")
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    para(d, "1. Nhiệm vụ 1.1: tổ chức 22 khóa bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc cho "
            "12.600 lượt cán bộ, công chức, viên chức, đạt 126% kế hoạch năm.")
    para(d, "2. Nhiệm vụ 1.2: bồi dưỡng kiến thức kỹ năng số cho 1.150 giảng viên nguồn.")
    para(d, "3. Nhiệm vụ 3.1: các Tổ công nghệ số cộng đồng tổ chức 1.420 khóa đào tạo cơ bản về sử dụng nền tảng "
            "số, dịch vụ số thiết yếu, an toàn trên môi trường số; hướng dẫn người dân học trên nền tảng học trực "
            "tuyến mở đại trà.")
    para(d, "4. Phối hợp Tỉnh đoàn, UBND các xã, phường tổ chức 1.240 buổi học tập cộng đồng cho người dân tại "
            "các khu phố, ấp, tập trung vào kỹ năng sử dụng dịch vụ công trực tuyến, thanh toán số.")
    para(d, "5. 95/95 xã, phường (100%) đã bố trí ít nhất một nhân sự hỗ trợ, hướng dẫn người dân thao tác trên "
            "Cổng dịch vụ công trực tuyến khi đến làm thủ tục hành chính.")
    para(d, "6. Phong trào “Gia đình số”: 612.400/888.700 hộ gia đình (68,91%) có ít nhất một thành viên tham gia "
            "học tập và hướng dẫn các thành viên khác sử dụng dịch vụ số.")
    para(d, "III. KẾT QUẢ TẠI CƠ QUAN SỞ (CHỈ TIÊU SỐ 1)", bold=True)
    para(d, "Theo tổng hợp của Sở Nội vụ, tỷ lệ cán bộ, công chức, viên chức toàn tỉnh đạt 81,3%. Tại cơ quan Sở "
            "và 03 đơn vị sự nghiệp trực thuộc, 84/92 cán bộ, công chức, viên chức và người lao động đã hoàn thành "
            "học tập, sát hạch (91,30%), tăng so với 77,17% tại thời điểm 26/9/2025; trong đó Trung tâm Thông tin "
            "và Thống kê khoa học và công nghệ đạt 100%.")
    para(d, "IV. CHỈ TIÊU SỐ 4", bold=True)
    para(d, "Theo số liệu của Công an tỉnh, tính đến ngày 30/10/2025 toàn tỉnh có 731.904 người dân được xác nhận "
            "đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID (73,19% chỉ tiêu).")
    para(d, "V. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    para(d, "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo UBND 21 xã có tỷ lệ dưới 50% xây dựng kế hoạch bổ sung, phấn đấu "
            "đạt 80% trong tháng 12/2025.")
    signature(d, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Chỉ đạo tỉnh;", "- Sở Nội vụ;", "- Lưu: VT, CĐS."],
              ["**KT. GIÁM ĐỐC", "**PHÓ GIÁM ĐỐC", "", "", "", "**Phạm Thị Thu Trang"])
    d.save(path)
