from lib import new_doc, header, para, table, signature

# (name, total students, equipped with digital skills, học bạ số %)
ROWS = [("Trường THPT chuyên Lương Thế Vinh", 1820, 1820, "100"),
        ("Trường THPT Ngô Quyền", 2455, 2410, "100"),
        ("Trường THPT Long Khánh", 2130, 1985, "100"),
        ("Các trường THPT còn lại (61 trường)", 98400, 95870, "100"),
        ("Khối THCS (246 trường)", 189905, 183645, "100"),
        ("Trung tâm GDNN-GDTX (11 trung tâm)", 7400, 6930, "100"),
        ("Sinh viên Trường Đại học Đồng Nai", 6240, 5980, "-")]


def n(x):
    return f"{x:,}".replace(",", ".")


def pct(a, b):
    return f"{b / a * 100:.2f}".replace(".", ",")


def build(path):
    d = new_doc()
    header(d, ["UBND TỈNH ĐỒNG NAI", "**SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 3412/BC-SGDĐT"],
           ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc", "",
            "Đồng Nai, ngày 10 tháng 11 năm 2025"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện Chỉ tiêu số 2 và các nhiệm vụ giáo dục kỹ năng số cho học sinh, sinh viên "
            "theo Kế hoạch số 192/KH-UBND", bold=True, center=True)
    para(d, "Căn cứ Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh triển khai chương trình "
            "“Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025; theo đề nghị của Sở Khoa học và Công nghệ "
            "tại Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025, Sở Giáo dục và Đào tạo báo cáo như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU SỐ 2", bold=True)
    para(d, "Chỉ tiêu giao: 100% học sinh trung học và sinh viên được trang bị kiến thức, kỹ năng số để phục vụ "
            "học tập, nghiên cứu và sáng tạo, có kỹ năng an toàn trong học tập và tương tác xã hội trên môi "
            "trường số. Kết quả tổng hợp tính đến ngày 31/10/2025:")
    rows = [["STT", "Đơn vị/khối", "Tổng số học sinh, sinh viên", "Số HS, SV đã được trang bị kiến thức, kỹ năng số",
             "Tỷ lệ (%)", "Tỷ lệ học bạ số (%)"]]
    for i, (nm, a, b, hb) in enumerate(ROWS, 1):
        rows.append([str(i), nm, n(a), n(b), pct(a, b), hb])
    A = sum(r[1] for r in ROWS); B = sum(r[2] for r in ROWS)
    rows.append(["", "Tổng cộng", n(A), n(B), pct(A, B), "100"])
    table(d, rows, size=10)
    para(d, "")
    para(d, f"Toàn ngành có {n(B)} trên tổng số {n(A)} học sinh trung học và sinh viên đã được trang bị kiến "
            f"thức, kỹ năng số, đạt {pct(A, B)}%, chưa đạt chỉ tiêu 100% theo Kế hoạch. 100% trường trung học "
            f"(308/308 trường) đã tổ chức dạy nội dung kỹ năng số; 100% học sinh có học bạ số. Số học sinh chưa "
            f"hoàn thành chủ yếu là học sinh chuyển trường, học sinh tại các trung tâm giáo dục thường xuyên. "
            f"Ngành phấn đấu đạt 100% trong học kỳ I năm học 2025 - 2026.")
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    para(d, "1. Tích hợp giáo dục kỹ năng số cơ bản (sử dụng dịch vụ công trực tuyến, tự bảo vệ mình trên không "
            "gian mạng, sử dụng trí tuệ nhân tạo trong học tập) vào chương trình giáo dục phổ thông từ cấp tiểu học; "
            "đã ban hành hướng dẫn khung nội dung giáo dục kỹ năng số cho các cấp học.")
    para(d, "2. Khuyến khích học sinh, sinh viên tham gia học tập kỹ năng số trên các nền tảng học trực tuyến mở "
            "đại trà (MOOCs): ghi nhận 412.650 lượt học sinh truy cập, 186.300 tài khoản học sinh được kích hoạt.")
    para(d, "3. Đẩy nhanh chuyển đổi số trong giáo dục: triển khai mô hình lớp học thông minh tại 42 trường, "
            "thí điểm trợ lý AI hỗ trợ giáo viên soạn bài tại 15 trường trung học.")
    para(d, "4. Phối hợp Sở Khoa học và Công nghệ tổ chức Cuộc thi Chế tạo dự án AI dành cho học sinh THCS, THPT "
            "với 326 dự án dự thi, 48 dự án vào vòng chung kết.")
    para(d, "5. Các trung tâm học tập cộng đồng phối hợp UBND các xã, phường tổ chức 312 buổi học tập cộng đồng về "
            "kỹ năng số cho 18.640 lượt người dân, góp phần thực hiện Chỉ tiêu số 3.")
    para(d, "III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU SỐ 1 TẠI CƠ QUAN SỞ VÀ CÁC ĐƠN VỊ TRỰC THUỘC", bold=True)
    para(d, "Tổng số cán bộ, công chức, viên chức và người lao động của cơ quan Sở và các đơn vị trực thuộc Sở là "
            "11.240 người; đã có 9.876 người hoàn thành chương trình học tập, sát hạch trên nền tảng "
            "“Bình dân học vụ số”, đạt 87,87% (chỉ tiêu 80%); trong đó cơ quan Sở đạt 100% (96/96 người). "
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng của cơ quan Sở đạt 99,2%.")
    para(d, "IV. PHỐI HỢP THỰC HIỆN CHỈ TIÊU SỐ 4", bold=True)
    para(d, "Ngành giáo dục đã hướng dẫn 21.450 giáo viên, cha mẹ học sinh và học sinh từ đủ 14 tuổi trở lên "
            "hoàn thành khóa học và xác nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID. "
            "Theo số liệu của Công an tỉnh, tính đến ngày 31/10/2025 toàn tỉnh có 734.512 người dân được xác "
            "nhận trên VNeID (đạt 73,45% chỉ tiêu 1 triệu người).")
    para(d, "V. KIẾN NGHỊ", bold=True)
    para(d, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, báo cáo viên cho các trung tâm giáo dục "
            "thường xuyên; đề nghị Công an tỉnh tiếp tục hỗ trợ kỹ thuật xác nhận trên VNeID cho học sinh.")
    signature(d, ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Công an tỉnh;", "- Lưu: VT, GDTrH."],
              ["**GIÁM ĐỐC", "", "", "", "**Nguyễn Văn Thành"])
    d.save(path)
