from lib import new_doc, header, para, table, signature


def build(path):
    d = new_doc()
    header(d, ["UBND TỈNH ĐỒNG NAI", "**SỞ CÔNG THƯƠNG", "", "Số: 4125/BC-SCT"],
           ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc", "",
            "Đồng Nai, ngày 12 tháng 11 năm 2025"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả phổ cập kỹ năng số cho người lao động trong doanh nghiệp, hợp tác xã ngành Công Thương "
            "năm 2025", bold=True, center=True)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ.", center=True)
    para(d, "Thực hiện Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học và Công nghệ về việc đề nghị báo cáo "
            "kết quả thực hiện các chỉ tiêu triển khai Chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai "
            "năm 2025, Sở Công Thương báo cáo như sau:")
    para(d, "I. NGƯỜI LAO ĐỘNG TRONG DOANH NGHIỆP, HỢP TÁC XÃ", bold=True)
    para(d, "Mục tiêu: 80% người lao động trong các doanh nghiệp, hợp tác xã, liên hợp tác xã có kiến thức cơ bản về "
            "công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, kinh doanh, nâng cao "
            "năng suất lao động (chỉ tiêu giao 80%).")
    para(d, "Sở đã phối hợp Liên minh Hợp tác xã tỉnh, Hiệp hội doanh nghiệp tỉnh khảo sát 1.245 doanh nghiệp, hợp "
            "tác xã thuộc lĩnh vực ngành Công Thương quản lý; 1.124/1.245 doanh nghiệp (90,28%) đã tổ chức cho người "
            "lao động học tập trên nền tảng “Bình dân học vụ số”. Sở đã mở 24 lớp tập huấn kỹ năng số cho người lao "
            "động, hoàn thành 100% kế hoạch mở lớp (24/24 lớp), số học viên đạt 112% kế hoạch.")
    rows = [["STT", "Thời điểm", "Tổng số người lao động", "Số người lao động có kỹ năng số cơ bản", "Tỷ lệ (%)"],
            ["1", "Tính đến 30/9/2025", "241.300", "168.430", "69,80"],
            ["2", "Tính đến 31/10/2025", "241.300", "186.420", "77,26"]]
    para(d, "Kết quả tổng hợp qua các kỳ:")
    table(d, rows)
    para(d, "")
    para(d, "Như vậy, đến ngày 31/10/2025 có 186.420 trên tổng số 241.300 người lao động trong các doanh nghiệp, hợp "
            "tác xã do ngành quản lý có kiến thức cơ bản, kỹ năng số, đạt 77,26%; trong đó khối doanh nghiệp "
            "172.300/224.100 người (76,89%), khối hợp tác xã 14.120/17.200 người (82,09%). Kết quả chung chưa đạt "
            "chỉ tiêu 80%. Theo Ban Quản lý các Khu công nghiệp, tỷ lệ người lao động trong các khu công nghiệp "
            "đạt 71,5%.")
    para(d, "II. MÔ HÌNH “CHỢ SỐ - NÔNG THÔN SỐ”", bold=True)
    para(d, "Phối hợp UBND các xã, phường và Tổ công nghệ số cộng đồng đào tạo 2.650 tiểu thương tại 38 chợ theo mô "
            "hình học tập 4T (Tiểu thương - Thương mại điện tử - Thanh toán không dùng tiền mặt - Tiết kiệm số), đạt "
            "106% kế hoạch; 31/38 chợ (81,6%) đã triển khai thanh toán không dùng tiền mặt.")
    para(d, "III. CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC CỦA SỞ (CHỈ TIÊU SỐ 1)", bold=True)
    para(d, "Tỷ lệ công chức, viên chức và người lao động của Sở hoàn thành học tập, sát hạch trên nền tảng "
            "“Bình dân học vụ số” đạt 93,65% (118/126 người); 100% lãnh đạo phòng đã tham gia sát hạch kiến thức và "
            "kỹ năng ứng dụng AI. Trang thông tin điện tử của Sở đăng tải 215 tin, bài tuyên truyền về chương trình.")
    para(d, "IV. KIẾN NGHỊ", bold=True)
    para(d, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu học tập kỹ năng số chuyên biệt cho lao động phổ thông "
            "trong doanh nghiệp dệt may, da giày; phấn đấu đạt 80% trong tháng 12/2025.")
    signature(d, ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLCN."],
              ["**KT. GIÁM ĐỐC", "**PHÓ GIÁM ĐỐC", "", "", "", "**Võ Minh Tuấn"])
    d.save(path)
