from lib import new_doc, header, para, signature


def build(path):
    d = new_doc()
    header(d, ["UBND TỈNH ĐỒNG NAI", "**SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 2790/BC-SKHCN"],
           ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc", "",
            "Đồng Nai, ngày 30 tháng 9 năm 2025"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Tiến độ triển khai chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai quý III năm 2025",
         bold=True, center=True)
    para(d, "Kính gửi: Ủy ban nhân dân tỉnh.", center=True)
    para(d, "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ "
            "(cơ quan đầu mối) báo cáo tiến độ thực hiện tính đến ngày 26/9/2025 như sau:")
    para(d, "1. Phổ cập kỹ năng số cho người trưởng thành", bold=True)
    para(d, "Qua tổng hợp của Sở Khoa học và Công nghệ từ dữ liệu nền tảng và báo cáo của các xã, phường, toàn tỉnh "
            "có 1.959.680/3.200.000 người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, "
            "kỹ năng số, sử dụng được thiết bị thông minh và dịch vụ số thiết yếu, đạt 61,24% (mục tiêu 80%). "
            "Có 21 xã đạt dưới 50%; 100% xã, phường (95/95) đã thành lập Tổ công nghệ số cộng đồng.")
    para(d, "Các Tổ công nghệ số cộng đồng đã tổ chức 860 khóa đào tạo cơ bản về sử dụng nền tảng số, dịch vụ số "
            "thiết yếu và an toàn trên môi trường số cho người dân, đạt 108% kế hoạch quý III.")
    para(d, "2. Bồi dưỡng cho cán bộ, công chức, viên chức", bold=True)
    para(d, "- Tổ chức 14 khóa bồi dưỡng kiến thức và kỹ năng ứng dụng AI trong công việc cho 7.420 lượt cán bộ, "
            "công chức, viên chức các sở, ban, ngành, địa phương.")
    para(d, "- Bồi dưỡng kiến thức kỹ năng số cho 640 giảng viên nguồn của các sở, ngành và xã, phường.")
    para(d, "3. Kết quả tại cơ quan Sở", bold=True)
    para(d, "Cơ quan Sở và 03 đơn vị sự nghiệp trực thuộc có 71 trên tổng số 92 cán bộ, công chức, viên chức và "
            "người lao động đã hoàn thành học tập, sát hạch trên nền tảng “Bình dân học vụ số” (77,17%); "
            "trong đó Ban Giám đốc Sở đạt 100% (4/4).")
    para(d, "4. Phối hợp thực hiện chỉ tiêu VNeID", bold=True)
    para(d, "Theo số liệu của Công an tỉnh, đến ngày 25/9/2025 toàn tỉnh có 655.210 người dân được xác nhận đạt "
            "phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID.")
    para(d, "5. Nhiệm vụ quý IV", bold=True)
    para(d, "Phấn đấu đến ngày 31/12/2025 đạt 80% người dân trong độ tuổi trưởng thành và 100% cán bộ, công chức, "
            "viên chức của Sở hoàn thành chương trình.")
    signature(d, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Chỉ đạo tỉnh;", "- Lưu: VT, CĐS."],
              ["**GIÁM ĐỐC", "", "", "", "**Lê Quang Huy"])
    d.save(path)
