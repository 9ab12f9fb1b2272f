from lib import new_doc, header, para, table, signature

ROWS = [("Văn phòng Sở", 24, 24), ("Thanh tra Sở", 14, 12),
        ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", 18, 16),
        ("Phòng Công chức, viên chức", 17, 15),
        ("Phòng Xây dựng chính quyền và công tác thanh niên", 16, 13),
        ("Phòng Lao động, tiền lương và bảo hiểm xã hội", 15, 12),
        ("Ban Thi đua - Khen thưởng", 25, 18), ("Ban Tôn giáo", 19, 14),
        ("Trung tâm Lưu trữ lịch sử", 20, 18)]
CLASSES = [3, 2, 2, 2, 2, 2, 3, 2, 2]  # classes opened = planned, per unit (20/20)


def pct(a, b):
    return f"{b / a * 100:.2f}".replace(".", ",")


def build(path):
    d = new_doc()
    header(d, ["UBND TỈNH ĐỒNG NAI", "**SỞ NỘI VỤ", "", "Số: 1285/BC-SNV"],
           ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc", "",
            "Đồng Nai, ngày 05 tháng 11 năm 2025"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả triển khai chương trình “Bình dân học vụ số” đối với cán bộ, công chức, "
            "viên chức và người lao động của Sở Nội vụ (tính đến ngày 31/10/2025)", bold=True, center=True)
    para(d, "Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh về triển khai "
            "chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025 và Văn bản số "
            "3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học và Công nghệ về việc đề nghị báo cáo kết quả "
            "thực hiện các chỉ tiêu, Sở Nội vụ báo cáo kết quả thực hiện tại cơ quan Sở và các đơn vị "
            "trực thuộc như sau:")
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    para(d, "1. Sở Nội vụ đã ban hành Kế hoạch số 842/KH-SNV ngày 16/6/2025 hưởng ứng chương trình "
            "“Bình dân học vụ số” trong toàn ngành nội vụ; phân công lãnh đạo các phòng, ban, trung tâm "
            "trực tiếp theo dõi, đôn đốc công chức, viên chức đăng ký học tập trên nền tảng "
            "“Bình dân học vụ số” và hoàn thành sát hạch.")
    para(d, "2. Sở đã quán triệt mục tiêu của Chỉ tiêu số 1 tại Phụ lục 1 Kế hoạch số 192/KH-UBND: 80% cán bộ, "
            "công chức, viên chức và người lao động trong các cơ quan nhà nước có hiểu biết về chuyển đổi số, "
            "kỹ năng số và sử dụng được các nền tảng, dịch vụ số phục vụ công việc; đồng thời giao chỉ tiêu "
            "cụ thể cho từng phòng, ban, trung tâm (mỗi đơn vị phấn đấu đạt tối thiểu 80%).")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    para(d, "1. Bồi dưỡng, tập huấn kỹ năng số (nhiệm vụ 1.3)", bold=True)
    para(d, "Sở đã tổ chức 20/20 lớp bồi dưỡng, tập huấn cập nhật kiến thức về chuyển đổi số, kỹ năng số "
            "cho công chức, viên chức và người lao động, hoàn thành 100% kế hoạch mở lớp năm 2025, với "
            "436 lượt người tham dự (một người có thể tham dự nhiều lớp). Nội dung tập trung vào quản lý "
            "văn bản và hồ sơ công việc trên môi trường mạng, ký số, khai thác cơ sở dữ liệu cán bộ, "
            "công chức, viên chức.")
    para(d, "Phối hợp Sở Khoa học và Công nghệ cử 06 công chức tham gia lớp bồi dưỡng giảng viên nguồn về "
            "kỹ năng số của tỉnh; cử 38 công chức, viên chức tham dự khóa bồi dưỡng kiến thức và kỹ năng "
            "ứng dụng trí tuệ nhân tạo (AI) trong công việc do Sở Khoa học và Công nghệ tổ chức.")
    para(d, "2. Kết quả thực hiện Chỉ tiêu số 1 tại cơ quan Sở", bold=True)
    para(d, "Tính đến ngày 30/9/2025, toàn Sở mới có 115/168 cán bộ, công chức, viên chức và người lao động "
            "hoàn thành chương trình học và sát hạch trên nền tảng (68,45%). Sau đợt đôn đốc tháng 10, kết quả "
            "tính đến ngày 31/10/2025 của từng đơn vị như sau:")
    rows = [["STT", "Đơn vị", "Tổng số CBCCVC và NLĐ (người)",
             "Số người đã hoàn thành học tập, sát hạch (người)", "Tỷ lệ (%)", "Số lớp tập huấn đã mở/kế hoạch"]]
    for i, ((n, a, b), c) in enumerate(zip(ROWS, CLASSES), 1):
        rows.append([str(i), n, str(a), str(b), pct(a, b), f"{c}/{c}"])
    A = sum(r[1] for r in ROWS); B = sum(r[2] for r in ROWS); C = sum(CLASSES)
    rows.append(["", "Toàn Sở", str(A), str(B), pct(A, B), f"{C}/{C}"])
    table(d, rows)
    para(d, "")
    para(d, f"Như vậy, tỷ lệ cán bộ, công chức, viên chức và người lao động của Sở có hiểu biết về chuyển đổi "
            f"số, kỹ năng số và sử dụng được nền tảng, dịch vụ số phục vụ công việc đạt {pct(A, B)}%, vượt "
            f"mức 80% của Chỉ tiêu số 1. Có 7/9 đơn vị đạt từ 80% trở lên; Văn phòng Sở đạt 100%; Ban "
            f"Thi đua - Khen thưởng (72,00%) và Ban Tôn giáo (73,68%) chưa đạt mức 80% theo kế hoạch.")
    para(d, "3. Ứng dụng nền tảng số trong công việc", bold=True)
    para(d, "Tỷ lệ hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở được tiếp nhận, giải quyết trực tuyến "
            "đạt 97,8% (2.946/3.012 hồ sơ); 100% văn bản đi (trừ văn bản mật) được ký số; 100% công chức "
            "được cấp tài khoản hệ thống quản lý văn bản và điều hành. Đã đăng tải 46 tin, bài tuyên truyền về "
            "chương trình trên Trang thông tin điện tử của Sở.")
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(d, "- Một số viên chức lớn tuổi tại Ban Thi đua - Khen thưởng, Ban Tôn giáo còn hạn chế về kỹ năng "
            "sử dụng thiết bị thông minh; thời gian học tập chủ yếu ngoài giờ hành chính.")
    para(d, "- Nền tảng học tập có thời điểm quá tải, một số tài khoản không ghi nhận kết quả sát hạch.")
    para(d, "IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI", bold=True)
    para(d, "- Tiếp tục đôn đốc 26 người chưa hoàn thành; phấn đấu đạt 100% công chức, viên chức và người lao "
            "động của Sở hoàn thành chương trình trong quý IV năm 2025.")
    para(d, "- Tổ chức thêm 04 lớp bồi dưỡng chuyên sâu về kỹ năng số cho viên chức Trung tâm Lưu trữ lịch sử "
            "và Ban Tôn giáo.")
    para(d, "Trên đây là báo cáo kết quả triển khai chương trình “Bình dân học vụ số” của Sở Nội vụ./.")
    signature(d, ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
                  "- Lưu: VT, CCVC."],
              ["**KT. GIÁM ĐỐC", "**PHÓ GIÁM ĐỐC", "", "", "", "**Trần Thị Minh Hạnh"])
    d.save(path)
