# -*- coding: utf-8 -*-
"""Gold answers for heldout6, one entry per document (id as in docs.py).

Written by hand from CONTRACT.md; build.py writes one JSON per rendition file.
Quantities are 'kind:value' strings with the documents' decimal comma.
"""

RANGE_NOTE = ("Task ranges: the contract's only rule for ranges is the date rule ('one mention per end'); the task rule "
              "counts a task when the document cites it or describes its content. A range's two ends are cited and "
              "required; its inner tasks are designated but not written, so they are optional unless the document "
              "also cites or describes them elsewhere (then required).")

G = {}

G["01_bc_baodongnai_layout"] = dict(
    document=dict(number="125-BC/BĐN", symbol="BC/BĐN", type="bao_cao", role="report", issuer="Báo Đồng Nai",
                  issue_date="2025-11-05",
                  title="Kết quả thông tin, tuyên truyền Chương trình “Bình dân học vụ số” trên Báo Đồng Nai từ tháng 6 đến tháng 10 năm 2025",
                  signer=dict(name="Võ Thị Ngọc Hân", position="Phó Tổng Biên tập", authority="KT. Tổng Biên tập")),
    doc_numbers=(["125-BC/BĐN", "433-KH/TU", "57-NQ/TW", "192/KH-UBND", "25-HD/BTGDVTU", "88-KH/BĐN"], []),
    dates=(["2025-11-05", "2025-06", "2025-10", "2025-02-28", "2024-12-22", "2025-05-29", "2025-06-16", "2025-06-12", "2025-12-15"], []),
    quantities=(["count:1", "count:8", "count:426", "percent:38", "count:5", "count:2", "count:64", "count:12", "count:6",
                 "count:1200000", "count:168", "count:258", "count:37", "percent:9,5", "count:3"], []),
    units=(["Tỉnh ủy", "Bộ Chính trị", "Ủy ban nhân dân tỉnh", "Báo Đồng Nai", "Hội Nông dân tỉnh", "Sở Công Thương",
            "Sở Khoa học và Công nghệ"], []),
    indicators=(["CT1", "CT2", "CT3", "CT4", "CT5"], []),
    tasks=(["2.1", "2.2", "2.3", "2.4", "3.4", "5.3"], []),
    notes=("pdftotext -layout of a Word-built PDF. Party-style header: 'TỈNH ỦY ĐỒNG NAI' (parent line) over 'BÁO ĐỒNG NAI' "
           "(the issuer, a registered unit), '*', 'Số 125-BC/BĐN' without colon, 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the Quốc hiệu. "
           "Symbol is the part after the number ('BC/BĐN'). Signature beside 'Nơi nhận' on the same lines: KT. TỔNG BIÊN TẬP / "
           "PHÓ TỔNG BIÊN TẬP. Title and body carry 'từ tháng 6 đến tháng 10 năm 2025': a range, one mention per end; "
           "the first end takes the year from the second as in the contract's 'ngày 8-10/10/2025', so 2025-06 and 2025-10 are required. "
           "Lists: 'Chỉ tiêu số 1, 2 và 3' gives CT1-CT3, 'Chỉ tiêu số 4 và số 5' CT4 and CT5 (all explicit); "
           "'kết quả các nhiệm vụ 2.1, 2.2, 2.3 và 2.4' gives all four tasks (2.4 is also described: cuộc thi Chế tạo dự án AI). "
           "Tasks named by content only: 3.4 (lớp bồi dưỡng hướng dẫn nông dân sử dụng các ứng dụng AI có sẵn trên điện thoại thông minh), "
           "5.3 (mô hình “Chợ số - Nông thôn số”). Counts: 'loạt bài 05 kỳ' = 5 (unit kỳ), 'loạt bài 03 kỳ' = 3, '01 Phó Tổng Biên tập' = 1, "
           "'08 phóng viên', '02 tọa đàm' (also the table cell '02'), '06 chợ', 'hơn 1,2 triệu lượt xem' = 1200000 (qualifier hơn); "
           "table rows carry the counted noun in the row label ('Số tin, bài trên báo in | 168'). 'vượt 38%' and '9,5%' are percents. "
           "'Kế hoạch 192' is a back-reference to 192/KH-UBND. Units: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' is an unregistered Party board "
           "(Tỉnh ủy is required anyway from 'của Tỉnh ủy' and the header); 'Ban Biên tập' is internal to the issuer; 'định kỳ hằng tháng' is a period."),
)

G["02_cv_stc_ykien_dutoan_layout"] = dict(
    document=dict(number="4718/STC-NS", symbol="STC-NS", type="cong_van", role="other", issuer="Sở Tài chính",
                  issue_date="2025-09-23",
                  title="ý kiến đối với dự toán kinh phí triển khai Chương trình “Bình dân học vụ số” năm 2025 của Sở Khoa học và Công nghệ",
                  signer=dict(name="Nguyễn Lê Hoàng Anh", position="Q. Giám đốc", authority=None)),
    doc_numbers=(["4718/STC-NS", "2456/SKHCN-KHTC", "192/KH-UBND", "06/2023/TT-BTC", "25/2024/NQ-HĐND"], []),
    dates=(["2025-09-23", "2025-09-12", "2025-05-29", "2023-01-31", "2024-12-10", "2025-09-30"], []),
    quantities=(["count:12", "count:50", "count:40", "count:600", "percent:12,6"],
                ["count:1286500000", "count:1124000000", "count:864000000", "count:260000000"]),
    units=(["Sở Tài chính", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Tỉnh đoàn",
            "Hội Liên hiệp Thanh niên tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh"], []),
    indicators=([], []),
    tasks=(["1.1", "1.2", "3.1", "3.4"], ["3.2", "3.3"]),
    notes=("pdftotext -layout. Header 'UBND TỈNH ĐỒNG NAI' / 'SỞ TÀI CHÍNH': the department is the issuer. Công văn "
           "(V/v, Kính gửi) whose subject is 'ý kiến đối với dự toán ...': it gives an opinion on another body's budget; it does not "
           "report results, commit to targets, or ask others to act or report (the closing line is 'có ý kiến để ... được biết, hoàn chỉnh hồ sơ'), "
           "so role 'other' (reading of the contract: the subject line decides, as it does for 'báo cáo ...'). Signature 'Q. GIÁM ĐỐC' "
           "(acting director) is one line: position 'Q. Giám đốc', no prefix line, authority null; it sits beside '- Như trên;'. "
           "'nhiệm vụ 1.1, 1.2' gives both tasks (both also described: AI course, giảng viên nguồn). 'các nhiệm vụ từ 3.1 đến 3.4': "
           "3.1 and 3.4 required, 3.2 and 3.3 optional (range interior, not otherwise cited or described; the lead units in brackets are "
           "not task content). " + RANGE_NOTE + " Counts from the table whose row labels hold the noun: 'Số lớp tập huấn | 12', "
           "'Số học viên mỗi lớp | 50', 'Số giảng viên nguồn được bồi dưỡng | 40', 'Số bộ tài liệu in ấn | 600'. Money amounts "
           "('1.286.500.000 đồng' ...) do not count people, organisations or things; they are optional (a reader may emit them as counts). "
           "'giảm 12,6%' is a percent. Not quantities: the phone number 0251.3822.517. 'Thông tư số 06/2023/TT-BTC' and "
           "'Nghị quyết số 25/2024/NQ-HĐND' are doc numbers; 'Bộ Tài chính' is not registered. 'HĐND tỉnh' = Hội đồng nhân dân tỉnh; "
           "'Tỉnh⏎đoàn' is split over lines; 'Phòng Quản lý ngân sách' is a sub-unit of the issuer."),
)

G["03_bc_danguy_trangbom_plain"] = dict(
    document=dict(number="86-BC/ĐU", symbol="BC/ĐU", type="bao_cao", role="report", issuer="Đảng ủy xã Trảng Bom",
                  issue_date="2025-10-28",
                  title="kết quả lãnh đạo triển khai phong trào “Bình dân học vụ số” trên địa bàn xã Trảng Bom năm 2025",
                  signer=dict(name="Lâm Thị Mỹ Duyên", position="Phó Bí thư", authority="TM. Ban Thường vụ")),
    doc_numbers=(["86-BC/ĐU", "433-KH/TU", "57-NQ/TW", "192/KH-UBND", "15-KH/ĐU", "112/KH-UBND"], []),
    dates=(["2025-10-28", "2025-02-28", "2024-12-22", "2025-05-29", "2025-07-09", "2025-07-18", "2025-10-15", "2025-12-31"], []),
    quantities=(["count:14", "count:35", "count:2146", "count:1032", "count:2", "count:3", "count:68", "ratio:4812/6350",
                 "percent:75,8", "count:41275", "count:1000000", "percent:92,3", "ratio:48/52", "count:5"], ["count:1"]),
    units=(["Tỉnh ủy", "Bộ Chính trị", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân xã Trảng Bom", "Tổ công nghệ số cộng đồng",
            "Sở Khoa học và Công nghệ"], []),
    indicators=(["CT3", "CT4"], ["CT1"]),
    tasks=(["4.3", "4.4", "5.1", "5.2", "1.2"], []),
    notes=("Plain pdftotext: header cells come out one per line in column order. Party-style header 'ĐẢNG BỘ TỈNH ĐỒNG NAI' (parent) / "
           "'ĐẢNG ỦY XÃ TRẢNG BOM' (issuer) / '*' / 'Số 86-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', place-date 'Trảng Bom, ngày 28 tháng 10 năm 2025'. "
           "The commune Party committee is not in units.json and is not the commune's People's Committee, so the issuer is written as "
           "named in conventional capitalisation, 'Đảng ủy xã Trảng Bom' (judgement call: not rolled up to Ủy ban nhân dân xã Trảng Bom "
           "nor to Tỉnh ủy). Signature TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ. 'Năm 2025, 35 lớp ...': count 35 right after a clause "
           "that starts with a year. 'các nhiệm vụ 4.3, 4.4, 5.1, 5.2' links all four (4.4, 5.1, 5.2 also described). 'chỉ tiêu 3 và 4' "
           "gives CT3 and CT4; CT4 also restated ('người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập ... VNeID', "
           "'chỉ tiêu 1 triệu người' = count 1000000). 'bồi dưỡng giảng viên nguồn' = 1.2 (contract example). '14 Tổ ... tại 14 ấp' "
           "one value 14; '4.812/6.350 hộ' ratio; '48/52 người' ratio; 'ít nhất một thành viên' spelled-out one, optional count:1. "
           "Not quantities: 'mức độ 2' (identification level; the '2' starts a line in this rendition). Units: 'Ủy ban nhân dân xã Trảng Bom' "
           "is a specific commune (bare 'Ủy ban nhân dân xã' refers to it); 'Tổ công nghệ số⏎cộng đồng' split over lines. Traps, not "
           "units: 'Đoàn Thanh niên xã' (not Tỉnh đoàn), 'Hội Liên hiệp Phụ nữ xã' (not Hội Liên hiệp Phụ nữ tỉnh), 'Đảng bộ tỉnh Đồng Nai', "
           "'Trung tâm Phục vụ hành chính công xã'. 'Ban Thường vụ Tỉnh ủy' in Nơi nhận also names Tỉnh ủy (required from the body). "
           "'112/KH-UBND' (the commune's plan) and '192/KH-UBND' are different numbers. CT1 optional: '92,3% (48/52 người)' of the commune's "
           "cán bộ, công chức completing the course is a result for CT1's population, but CT1 is neither cited nor its target restated."),
)

G["04_cv_snv_denghi_baocao_layout"] = dict(
    document=dict(number="3542/SNV-VP", symbol="SNV-VP", type="cong_van", role="request", issuer="Sở Nội vụ",
                  issue_date="2025-11-06",
                  title="đề nghị báo cáo kết quả thực hiện Chỉ tiêu số 1 và các nhiệm vụ 1.1, 1.2, 1.3 Chương trình “Bình dân học vụ số” năm 2025",
                  signer=dict(name="Đoàn Văn Tư", position="Chánh Văn phòng", authority="TL. Giám đốc")),
    doc_numbers=(["3542/SNV-VP", "192/KH-UBND", "3077/SKHCN-CĐS"], []),
    dates=(["2025-11-06", "2025-05-29", "2025-11-03", "2025-10-31", "2025-11-15"], []),
    quantities=(["percent:80", "ratio:61/95", "ratio:28/41"], []),
    units=(["Sở Nội vụ", "Ủy ban nhân dân tỉnh", "Ban Chỉ đạo tỉnh", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân cấp xã"], []),
    indicators=(["CT1"], []),
    tasks=(["1.1", "1.2", "1.3"], []),
    notes=("pdftotext -layout. Công văn asking units to report: the subject starts 'đề nghị báo cáo', not 'báo cáo', so role request "
           "(trap: the subject contains 'báo cáo'). Header 'UBND TỈNH ĐỒNG NAI' / 'SỞ NỘI VỤ'. Signature TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG "
           "beside 'Nơi nhận'; the signature table breaks across the page, so the name 'Đoàn Văn Tư' stands alone after a form feed on page 2 "
           "with the layout's left offset reset. 'các nhiệm vụ 1.1, 1.2, 1.3' (V/v line), 'nhiệm vụ 1.1, 1.2', 'các nhiệm vụ từ 1.1 đến 1.3': "
           "1.1, 1.2, 1.3 are all cited explicitly, so the range interior question does not arise here. 'chỉ tiêu 80%' is percent:80 (CT1's level). "
           "Date 'trước ngày 15-11-2025' (day-month-year with dashes) is 2025-11-15. '61/95 xã, phường', '28/41 cơ quan, đơn vị' are ratios. "
           "Not mentions: the e-mail address, the phone number 0251.3841.062. 'Ủy ban nhân dân các xã, phường' is Ủy ban nhân dân cấp xã; "
           "'Ban Chỉ⏎đạo tỉnh' is split over lines; 'Phòng Công chức, viên chức' is a sub-unit of the issuer."),
)

G["05_bc_hlhtn_wordtext"] = dict(
    document=dict(number="58/BC-HLHTN", symbol="BC-HLHTN", type="bao_cao", role="report", issuer="Hội Liên hiệp Thanh niên tỉnh",
                  issue_date="2025-11-10",
                  title="Kết quả thực hiện các nhiệm vụ Chương trình “Bình dân học vụ số” năm 2025",
                  signer=dict(name="Hồ Minh Nhật Trường", position="Phó Chủ tịch Thường trực", authority="TM. Ban Thư ký")),
    doc_numbers=(["58/BC-HLHTN", "192/KH-UBND", "112-KH/TĐTN-TNCN"], []),
    dates=(["2025-11-10", "2025-05-29", "2025-06-20"], []),
    quantities=(["percent:80", "count:27", "count:1684", "count:4", "count:18", "count:42", "count:356", "count:1",
                 "percent:71,4", "count:50"], []),
    units=(["Ủy ban nhân dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Thanh niên tỉnh", "Sở Khoa học và Công nghệ"], []),
    indicators=(["CT3"], []),
    tasks=(["3.1", "3.2", "3.4", "4.1", "1.2"], ["3.3"]),
    notes=("Word-to-text (LibreOffice text export of the DOCX): table cells one per line, long paragraphs on one line. Header "
           "'HỘI LHTN VIỆT NAM TỈNH ĐỒNG NAI' / 'ỦY BAN HỘI': the organ line 'Ủy ban Hội' belongs to the association, so the issuer is "
           "Hội Liên hiệp Thanh niên tỉnh; the right header cell 'HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM' (national body, in place of the Quốc hiệu) "
           "and 'Trung ương Hội LHTN Việt Nam' are national and unregistered. 'Hội LHTN tỉnh' (unlisted abbreviation) and 'Ủy ban Hội Liên hiệp "
           "Thanh niên Việt Nam tỉnh' name the issuer. Signature TM. BAN THƯ KÝ / PHÓ CHỦ TỊCH THƯỜNG TRỰC; name of 4 syllables. "
           "'nhiệm vụ 3.2' cited; 'các nhiệm vụ 3.1 đến 3.4': 3.1 and 3.4 required, 3.3 optional (range interior, not otherwise cited or described; "
           "3.2 is cited and described). " + RANGE_NOTE + " Content: 3.2 (27 lớp “Bình dân học vụ số” cho thanh niên công nhân, thanh thiếu nhi "
           "có hoàn cảnh khó khăn), 4.1 (buổi học tập cộng đồng cho người dân tại 18 xã, phường), 1.2 (bồi dưỡng làm giảng viên nguồn). "
           "'mục tiêu 80% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, có kỹ năng số' restates CT3 (percent:80). "
           "Table: STT cells 1-4 are list numbering, not counts; the result cells 27, 1.684, 42, 356 are counts (noun in the row label / "
           "'Đơn vị tính' column). '01 khóa học' = count 1 (digits). 'Kế hoạch số 112-KH/TĐTN-TNCN' is Tỉnh đoàn's number; 'Ban Thường vụ Tỉnh đoàn', "
           "'Thường trực Tỉnh đoàn' and 'Tỉnh đoàn' name Tỉnh đoàn. 'NĂM 2026' is a bare year."),
)

G["06_kh_snnmt_plain"] = dict(
    document=dict(number="2087/KH-SNNMT", symbol="KH-SNNMT", type="ke_hoach", role="plan", issuer="Sở Nông nghiệp và Môi trường",
                  issue_date="2025-07-14",
                  title="Phổ cập kỹ năng số cho người lao động trong các hợp tác xã nông nghiệp và nông dân thực hiện Chương trình “Bình dân học vụ số” năm 2025",
                  signer=dict(name="Tôn Nữ Thị Minh Châu", position="Phó Giám đốc", authority="KT. Giám đốc")),
    doc_numbers=(["2087/KH-SNNMT", "192/KH-UBND"], []),
    dates=(["2025-07-14", "2025-05-29", "2025-12-31", "2025-07", "2025-12", "2025-12-20"], []),
    quantities=(["percent:80", "percent:100", "count:1", "count:4", "count:220", "count:15", "count:30", "count:350"], []),
    units=(["Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh",
            "Sở Khoa học và Công nghệ"], []),
    indicators=(["CT3", "CT4", "CT5"], []),
    tasks=(["1.3", "3.4", "5.3"], []),
    notes=("Plain pdftotext. Header 'UBND TỈNH ĐỒNG NAI' / 'SỞ NÔNG NGHIỆP' / 'VÀ MÔI TRƯỜNG' (the issuer's name broken over two lines). "
           "Plan with targets: role plan. 'Phấn đấu đến ngày 31/12/2025, 80% người lao động ...': a percent right after a clause that starts with a "
           "date; it restates CT5 (scope: hợp tác xã, liên hiệp hợp tác xã và doanh nghiệp nông nghiệp) and cites it '(Chỉ tiêu⏎số 5)'. "
           "'chỉ tiêu 3 và 4' gives CT3 and CT4 (explicit). '(nhiệm vụ 1.3; 5.3)' links both, and both are described: a) lớp bồi dưỡng, tập huấn "
           "nâng cao trình độ về chuyển đổi số cho công chức, viên chức (1.3), b) mô hình “Chợ số - Nông thôn số” (5.3). 3.4 is named by content "
           "only (lớp bồi dưỡng chuyên đề hướng dẫn sử dụng các ứng dụng AI có sẵn trên điện thoại thông minh dành cho nông dân). "
           "'ít nhất 01 thành viên' = count 1 (digits). 'Từ tháng 7/2025 đến hết tháng 12/2025' gives both ends. 'Ngày 29 tháng 5 năm 2025' "
           "(long form) = 2025-05-29. Not quantities: 'định kỳ 03 tháng/lần' (period), 'OCOP'. Units: 'Liên minh Hợp tác xã tỉnh' / "
           "'Liên minh HTX tỉnh'; 'Sở KH&CN'; 'Chi cục Phát triển nông thôn', 'Văn phòng Sở' are sub-units of the issuer; signer name of 5 syllables."),
)

G["07_bc_phuong_tranbien_layout"] = dict(
    document=dict(number="245/BC-UBND", symbol="BC-UBND", type="bao_cao", role="report", issuer="Ủy ban nhân dân phường Trấn Biên",
                  issue_date="2025-11-07",
                  title="Kết quả thực hiện chương trình “Bình dân học vụ số” trên địa bàn phường Trấn Biên năm 2025",
                  signer=dict(name="Lê Hà", position="Phó Chủ tịch", authority="TM. Ủy ban nhân dân, KT. Chủ tịch")),
    doc_numbers=(["245/BC-UBND", "192/KH-UBND", "3077/SKHCN-CĐS"], []),
    dates=(["2025-11-07", "2025-05-29", "2025-11-03", "2025-10-31"], []),
    quantities=(["count:46", "count:32", "count:3870", "count:120", "count:12", "count:2", "count:41", "count:3",
                 "ratio:9416/12830", "percent:73,4", "count:5", "count:4", "count:412", "count:6", "count:365", "count:508",
                 "percent:78,2", "percent:71,0", "percent:80,5", "percent:76,9", "percent:80", "count:58204"], []),
    units=(["Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân phường Trấn Biên", "Tổ công nghệ số cộng đồng"], []),
    indicators=(["CT3", "CT4"], []),
    tasks=(["4.1", "4.2", "4.3", "4.4", "5.1", "5.2"], []),
    notes=("pdftotext -layout. Ward report: issuer 'Ủy ban nhân dân phường Trấn Biên' (header 'ỦY BAN NHÂN DÂN' / 'PHƯỜNG TRẤN BIÊN', body); "
           "place-date 'Trấn Biên, ngày 07 tháng 11 năm 2025'. Signature of three lines beside 'Nơi nhận': TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / "
           "PHÓ CHỦ TỊCH, and a two-syllable name 'Lê Hà'. Heading 'Các nhiệm vụ 4.1 – 4.4' is an en-dash range; its ends are cited and each of "
           "4.1-4.4 is also described (46 buổi học tập cộng đồng = 4.1; hội viên hướng dẫn người cao tuổi, lao động phổ thông = 4.2; lớp BDHVS cho "
           "người cao tuổi về Internet, dịch vụ công trực tuyến, thanh toán số = 4.3; lớp chuyên biệt cho người khuyết tật = 4.4), so all are "
           "required. 5.1 (03 công chức hướng dẫn người dân chưa đủ khả năng thao tác trên Cổng dịch vụ công trực tuyến) and 5.2 (phong trào "
           "“Gia đình số”) by content. 'Chỉ tiêu số 3 và Chỉ tiêu số 4' explicit; both also restated. Table: 'Khu phố 1/2/3' are names, not counts; "
           "cells under 'Số buổi học tập' and 'Số lượt người tham gia' are counts; cells under 'Tỷ lệ hộ “Gia đình số” (%)' are percents without "
           "a % sign ('71,0' = 71); the 'Cộng 32 khu phố' row repeats 32, 46, 3.870, 73,4. '9.416/12.830 hộ' ratio. 'Đến ngày 31/10/2025, "
           "58.204 người dân ...': a count right after a date clause. '(chỉ tiêu 80%)' percent 80. Units: 'UBND tỉnh Đồng Nai'; "
           "'UBND phường' in Nơi nhận is the issuer. Not units: 'Đoàn Thanh niên phường', 'hội phụ nữ' (local), 'Trung tâm Phục vụ hành chính công "
           "phường', 'Đảng ủy phường'."),
)

G["08_bc_congan_tinh_wordtext"] = dict(
    document=dict(number="1876/BC-CAT-PC06", symbol="BC-CAT-PC06", type="bao_cao", role="report", issuer="Công an tỉnh",
                  issue_date="2025-11-12",
                  title="Kết quả thực hiện Chỉ tiêu số 4 Chương trình “Bình dân học vụ số” năm 2025",
                  signer=dict(name="Nguyễn Thanh Sơn", position="Phó Giám đốc", authority="KT. Giám đốc")),
    doc_numbers=(["1876/BC-CAT-PC06", "01-KH/BCĐTW", "192/KH-UBND"], []),
    dates=(["2025-11-12", "2025-03-21", "2025-05-29", "2025-11-10", "2025-12-31"], []),
    quantities=(["count:1000000", "count:812436", "percent:81,24", "ratio:95/95", "count:42", "count:371208", "percent:62,5",
                 "count:53", "count:441228", "percent:58,9", "percent:60,4", "count:1126", "count:4350", "percent:96,7"], []),
    units=(["Công an tỉnh", "Ban Chỉ đạo Trung ương", "Ủy ban nhân dân tỉnh", "Tổ công nghệ số cộng đồng", "Sở Khoa học và Công nghệ",
            "Ủy ban nhân dân cấp xã"], []),
    indicators=(["CT3", "CT4"], ["CT1"]),
    tasks=(["1.1", "4.1"], []),
    notes=("Word-to-text. Header 'BỘ CÔNG AN' (parent, national, unregistered) / 'CÔNG AN TỈNH ĐỒNG NAI' (issuer, registry code CAT, also in "
           "the symbol 'BC-CAT-PC06'). Signature KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC over 'Đại tá Nguyễn Thanh Sơn': 'Đại tá' is a military rank printed "
           "before the name, not part of it, so name 'Nguyễn Thanh Sơn' (judgement call, as heldout4 dropped 'ThS.'). 'chỉ tiêu 3 và 4' and "
           "'chỉ tiêu 4', 'chỉ tiêu 3' give CT3 and CT4; the heading restates CT4 (count 1000000). Table: row labels 'Khu vực phía Bắc (42 xã, "
           "phường)' carry counts 42 and 53; count cells 371.208, 441.228, 812.436; the '(%)' column 62,5 / 58,9 / 60,4 are percents. "
           "'95/95 xã, phường' ratio; '81,24%' percent. 'Năm 2025, 4.350 cán bộ, chiến sĩ ...' count 4350 right after a year clause; "
           "'96,7% quân số'. Tasks by content: 1.1 (khóa học “Kiến thức và kỹ năng ứng dụng AI trong công việc” for police staff), 4.1 "
           "(1.126 buổi học tập cộng đồng cho người dân tại các xã, phường, gắn với triển khai Đề án 06). Not mentions: 'mức độ 2', 'Đề án 06', "
           "'PC06'/'C06' (department codes), 'Công an các xã, phường' (commune police, not Công an tỉnh — required anyway), 'Bộ Công an'. "
           "'UBND các xã, phường' is Ủy ban nhân dân cấp xã. CT1 optional: '96,7% quân số' completing the AI course is a rate for state "
           "staff (CT1's population), but CT1 is neither cited nor restated. Ratios ('95/95') are one ratio mention each, not two counts."),
)

G["09_kh_xa_xuanloc_wordtext"] = dict(
    document=dict(number="156/KH-UBND", symbol="KH-UBND", type="ke_hoach", role="plan", issuer="Ủy ban nhân dân xã Xuân Lộc",
                  issue_date="2025-07-15",
                  title="Triển khai chương trình “Bình dân học vụ số” trên địa bàn xã Xuân Lộc năm 2025",
                  signer=dict(name="Phạm Quốc Bảo", position="Chủ tịch", authority="TM. Ủy ban nhân dân")),
    doc_numbers=(["156/KH-UBND", "192/KH-UBND", "2145/SKHCN-CĐS"], []),
    dates=(["2025-07-15", "2025-05-29", "2025-07-03", "2025-12-05"], []),
    quantities=(["percent:80", "count:1", "percent:100", "count:20", "count:150", "percent:70"], []),
    units=(["Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân xã Xuân Lộc", "Tổ công nghệ số cộng đồng"], []),
    indicators=(["CT1", "CT3"], []),
    tasks=(["4.1", "4.2", "4.3", "5.1", "5.2", "5.3"], []),
    notes=("Word-to-text. Commune plan: issuer 'Ủy ban nhân dân xã Xuân Lộc' (header, 'Ủy ban nhân dân xã Xuân Lộc ban hành'); own "
           "symbol KH-UBND like the province's, but a different number (156 vs 192). Targets restate CT1 (cán bộ, công chức, viên chức và "
           "người lao động của xã ...) and CT3 (người dân trong độ tuổi trưởng thành ...), each also cited '(Chỉ tiêu số 1)', '(Chỉ tiêu số 3)'. "
           "'Năm 2025, 20 lớp ...' count 20 after a year clause (also '20 ấp'); this describes 4.3 (lớp BDHVS cho người cao tuổi: Internet, dịch vụ "
           "công trực tuyến, thanh toán số, an toàn số, chăm sóc sức khỏe trực tuyến). 5.3 by content (“Chợ số - Nông thôn số”, tiểu thương), 5.2 "
           "(phong trào “Gia đình số”); '(nhiệm vụ 4.1, 4.2 và 5.1)' links all three. '01 Tổ công nghệ số cộng đồng' = count 1 (the spelled-out "
           "'ít nhất một thành viên' has the same value). Traps, not units: 'Văn phòng HĐND và UBND xã', 'HĐND xã' (not Hội đồng nhân dân tỉnh), "
           "'Công an xã' (not Công an tỉnh), 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Đảng ủy'. Bare 'Ủy ban nhân dân xã' = the issuer. "
           "'năm 2025' is a bare year."),
)

G["d1_bc_tinhuy"] = dict(
    document=dict(number="318-BC/TU", symbol="BC/TU", type="bao_cao", role="report", issuer="Tỉnh ủy",
                  issue_date="2025-12-05",
                  title="sơ kết 06 tháng triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh",
                  signer=dict(name="Quách Hữu Nghĩa", position="Phó Bí thư", authority="T/M Ban Thường vụ")),
    doc_numbers=(["318-BC/TU", "01-KH/BCĐTW", "433-KH/TU", "57-NQ/TW", "192/KH-UBND", "1085-CV/TU"], []),
    dates=(["2025-12-05", "2025-03-21", "2025-02-28", "2024-12-22", "2025-05-29", "2025-07-15", "2025-11-30", "2025-12-31", "2026-01"], []),
    quantities=(["percent:80", "percent:87,2", "percent:100", "percent:96,8", "percent:68,5", "count:1000000", "count:812436",
                 "percent:81,2", "percent:74,6", "count:1500", "count:312", "count:1850", "count:640", "count:48", "count:5620",
                 "ratio:95/95", "percent:50"], []),
    units=(["Ban Chỉ đạo Trung ương", "Tỉnh ủy", "Bộ Chính trị", "Ủy ban nhân dân tỉnh", "Ban Chỉ đạo tỉnh", "Báo Đồng Nai",
            "Đài Phát thanh - Truyền hình Đồng Nai", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Khoa học và Công nghệ"], []),
    indicators=(["CT1", "CT2", "CT3", "CT4", "CT5"], []),
    tasks=(["2.4", "3.3", "5.2", "5.3"], []),
    notes=("Word-built Party report: borderless header table 'TỈNH ỦY ĐỒNG NAI' / '*' / 'Số 318-BC/TU' and 'ĐẢNG CỘNG SẢN VIỆT NAM'; "
           "issuer Tỉnh ủy (code TU). Signature T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ (Party 'T/M' spelling). Title '06 tháng' is a period (no quantity). "
           "'Chỉ tiêu số 1, 2 và 3' links CT1-CT3; the table rows 'Chỉ tiêu số 1 (...)' repeat them (not quantities); CT4 restated ('Chỉ tiêu "
           "1 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập ... VNeID') and CT5 restated ('chỉ tiêu 80% người lao động "
           "trong các doanh nghiệp, hợp tác xã, liên hợp tác xã có kiến thức cơ bản về công nghệ số'). Table percents 80/87,2/100/96,8/80/68,5. "
           "Tasks by content only: 2.4 (cuộc thi Chế tạo dự án AI dành cho học sinh THCS, THPT), 3.3 (Hội LHPN: chuyên đề ứng dụng AI vào công "
           "tác truyền thông và hoạt động Hội; quảng bá sản phẩm của cơ sở kinh doanh do phụ nữ làm chủ), 5.3 (“Chợ số - Nông thôn số”), 5.2 "
           "(“Gia đình số”). 'hơn 1.500 tin, bài' qualifier hơn; 'dưới 50%' percent 50; '95/95 xã, phường' ratio. 'tháng 01/2026' = 2026-01. "
           "Units: 'Ban Chỉ đạo tỉnh' and 'Ban Chỉ đạo Trung ương' (body and Nơi nhận); 'Thường trực Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', "
           "'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Văn phòng Trung ương Đảng' add nothing beyond Tỉnh ủy (the last is unregistered)."),
)

G["d2_cv_sct_gopy_duthao"] = dict(
    document=dict(number="4512/SCT-VP", symbol="SCT-VP", type="cong_van", role="other", issuer="Sở Công Thương",
                  issue_date="2025-11-26",
                  title="góp ý dự thảo Báo cáo tổng kết Chương trình “Bình dân học vụ số” năm 2025",
                  signer=dict(name="Lương Thị Thu Thảo", position="Phó Giám đốc", authority="KT. Giám đốc")),
    doc_numbers=(["4512/SCT-VP", "3315/SKHCN-CĐS", "192/KH-UBND", "1598/SCT-QLTM"], []),
    dates=(["2025-11-26", "2025-11-20", "2025-05-29", "2025-11-15", "2025-08-27"], []),
    quantities=(["ratio:62480/81350", "percent:76,8", "percent:71,2", "count:48", "count:5620", "count:1275", "count:20"], []),
    units=(["Sở Công Thương", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp xã", "Liên minh Hợp tác xã tỉnh",
            "Hiệp hội doanh nghiệp tỉnh"], []),
    indicators=(["CT5"], []),
    tasks=(["4.3", "4.4", "5.1", "5.2", "5.3"], []),
    notes=("Word-built công văn 'V/v góp ý dự thảo Báo cáo tổng kết ...' (V/v line inside the left header cell, Kính gửi): it comments on "
           "another body's draft; role other (it neither reports this body's results as its subject, nor commits to targets, nor asks others to act "
           "or report beyond the ordinary 'gửi ... tổng hợp'). Header 'UBND TỈNH ĐỒNG NAI' / 'SỞ CÔNG THƯƠNG'. 'các nhiệm vụ 4.3, 4.4, 5.1, 5.2' "
           "links all four; 'nhiệm vụ 5.3' cited twice and described. 'Chỉ tiêu số 5' explicit. 'mục II.2' is a section of the draft, not task 2.2. "
           "'62.480/81.350 người lao động' ratio (thousand dots); '76,8%', '71,2%' percents. 'năm 2026' bare year. Units: 'Liên minh Hợp tác xã tỉnh', "
           "'Hiệp hội doanh nghiệp tỉnh' verbatim; 'Ủy ban nhân dân cấp xã' verbatim; 'ngành Công Thương' is a sector, not a unit mention beyond "
           "Sở Công Thương (required anyway)."),
)

G["d3_bc_skhcn_nguoidan"] = dict(
    document=dict(number="3402/BC-SKHCN", symbol="BC-SKHCN", type="bao_cao", role="report", issuer="Sở Khoa học và Công nghệ",
                  issue_date="2025-12-10",
                  title="Kết quả phổ cập kỹ năng số cho người trưởng thành và người dân thuộc Chương trình “Bình dân học vụ số” năm 2025",
                  signer=dict(name="Huỳnh Ngọc Thạch", position="Giám đốc", authority=None)),
    doc_numbers=(["3402/BC-SKHCN", "192/KH-UBND"], []),
    dates=(["2025-12-10", "2025-05-29", "2025-10"], []),
    quantities=(["count:1240", "count:86300", "count:27", "count:1850", "count:30", "count:2140", "count:3412", "count:214560",
                 "count:286", "count:41", "count:5930", "count:95", "count:8415", "percent:78,6", "percent:80"], []),
    units=(["Ủy ban nhân dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Thanh niên tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh",
            "Ủy ban nhân dân cấp xã", "Sở Khoa học và Công nghệ", "Tổ công nghệ số cộng đồng", "Sở Tài chính", "Ban Chỉ đạo tỉnh",
            "Bộ Khoa học và Công nghệ"], []),
    indicators=(["CT3"], []),
    tasks=(["3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4"], []),
    notes=("Word-built report, header table, signature GIÁM ĐỐC without prefix (authority null). 'nhiệm vụ 3.1 đến 3.4': ends cited; the "
           "interior 3.2 and 3.3 are required here because section I describes each of them (27 lớp BDHVS cho thanh niên công nhân = 3.2; "
           "chuyên đề Ứng dụng AI vào công tác truyền thông và hoạt động Hội = 3.3), as are 3.1 (khóa đào tạo cơ bản về nền tảng số, dịch vụ số "
           "thiết yếu, an toàn trên môi trường số) and 3.4 (ứng dụng AI trên điện thoại thông minh cho nông dân). 'các nhiệm vụ 4.1, 4.2, 4.3 và 4.4' "
           "links all four (the table describes them too). Table 'Chỉ số | Kết quả' with the counted noun in the row label ('Số buổi học tập cộng "
           "đồng tại xã, phường | 3.412', ...). 'Tháng 10/2025, 95 xã, phường ...': count 95 right after a date clause. 'Chỉ tiêu số 3' explicit "
           "and restated; '78,6%', 'mục tiêu 80%'. Units by abbreviation: 'Hội LHTN tỉnh', 'Hội LHPN tỉnh'; 'Đoàn TNCS Hồ Chí Minh tỉnh' (alias of "
           "Tỉnh đoàn); 'Ủy ban nhân dân các xã, phường' = Ủy ban nhân dân cấp xã; 'Ban Chỉ đạo tỉnh' and 'Bộ Khoa học và Công nghệ' in Nơi nhận. "
           "'năm 2026' bare year."),
)

G["d4_kh_dai_ptth"] = dict(
    document=dict(number="215/KH-ĐPTTH", symbol="KH-ĐPTTH", type="ke_hoach", role="plan", issuer="Đài Phát thanh - Truyền hình Đồng Nai",
                  issue_date="2025-06-18",
                  title="Tuyên truyền Chương trình “Bình dân học vụ số” trên sóng phát thanh, truyền hình và nền tảng số năm 2025",
                  signer=dict(name="Bùi Thị Thanh Tâm", position="Phó Giám đốc", authority="KT. Giám đốc")),
    doc_numbers=(["215/KH-ĐPTTH", "192/KH-UBND"], []),
    dates=(["2025-06-18", "2025-05-29", "2025-06", "2025-12", "2025-07-03", "2025-12-20"], []),
    quantities=(["count:10", "count:24", "count:120", "percent:100", "count:18", "percent:80", "count:1000000"], []),
    units=(["Ủy ban nhân dân tỉnh", "Đài Phát thanh - Truyền hình Đồng Nai", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
            "Báo Đồng Nai"], []),
    indicators=(["CT3", "CT4"], []),
    tasks=(["2.1", "2.4", "4.3", "4.4", "5.2", "5.3"], ["2.2", "2.3"]),
    notes=("DOCX only. Header typed as tab-separated paragraphs (no table): 'UBND TỈNH ĐỒNG NAI<TAB>CỘNG HÒA ...', 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"
           "<TAB>Độc lập ...', 'ĐỒNG NAI', 'Số: 215/KH-ĐPTTH<TAB>Đồng Nai, ngày 18 tháng 6 năm 2025': the issuer's name runs over two lines under "
           "the parent line and is written 'Đài Phát thanh và Truyền hình Đồng Nai' in the body; canonical 'Đài Phát thanh - Truyền hình Đồng Nai'. "
           "Media plan with numeric targets: role plan. 'loạt phóng sự 10 kỳ' = count 10; '24 chương trình', '120 tin, phóng sự', '18 video clip', "
           "'100% bản tin'. Not quantities: 'ĐNRTV1' (channel name), 'thứ Năm'. 'Chỉ tiêu số 3 và Chỉ tiêu số 4' explicit and both restated "
           "(percent:80, count:1000000). Tasks by content: 5.3 (“Chợ số - Nông thôn số”), 5.2 (“Gia đình số”), 4.3 (lớp BDHVS cho người cao tuổi), "
           "4.4 (lớp kỹ năng số chuyên biệt cho người khuyết tật). '(nhiệm vụ 2.1 đến 2.4)': 2.1 and 2.4 required, 2.2 and 2.3 optional (range "
           "interior). " + RANGE_NOTE + " 'Kế hoạch 192' back-reference. 'Phòng Thời sự', 'Trung tâm Truyền thông số của Đài', 'Ban Giám đốc Đài' are "
           "internal. Dates: 'Từ tháng 6/2025 đến tháng 12/2025' both ends; 'ngày 20 tháng 12 năm 2025'."),
)

G["d5_cv_tinhdoan_baocao"] = dict(
    document=dict(number="1245-CV/TĐTN-VP", symbol="CV/TĐTN-VP", type="cong_van", role="report", issuer="Tỉnh đoàn",
                  issue_date="2025-11-14",
                  title="báo cáo kết quả thực hiện các nhiệm vụ 3.1, 4.1 và 4.2 Chương trình “Bình dân học vụ số”",
                  signer=dict(name="Đinh Thị Phương Thảo", position="Phó Bí thư", authority="TM. Ban Thường vụ Tỉnh đoàn")),
    doc_numbers=(["1245-CV/TĐTN-VP", "3077/SKHCN-CĐS", "192/KH-UBND"], []),
    dates=(["2025-11-14", "2025-11-03", "2025-06-01", "2025-07-31", "2025-08-01", "2025-10-31", "2025-08"], []),
    quantities=(["count:1240", "count:86300", "count:12500", "count:512", "count:38200", "count:728", "count:48100", "count:186",
                 "count:95", "count:2460", "count:27", "percent:78,6"], []),
    units=(["Tỉnh đoàn", "Sở Khoa học và Công nghệ", "Tổ công nghệ số cộng đồng", "Hội Liên hiệp Thanh niên tỉnh", "Tỉnh ủy",
            "Ủy ban nhân dân tỉnh"], []),
    indicators=(["CT3"], []),
    tasks=(["3.1", "3.2", "4.1", "4.2"], []),
    notes=("Word-built công văn of Tỉnh đoàn: header 'BCH ĐOÀN TNCS HỒ CHÍ MINH' / 'TỈNH ĐỒNG NAI' / '***' (issuer Tỉnh đoàn, alias 'Đoàn TNCS Hồ "
           "Chí Minh tỉnh' split over two lines), 'ĐOÀN TNCS HỒ CHÍ MINH' in place of the Quốc hiệu, number '1245-CV/TĐTN-VP' (symbol the part "
           "after the number). Subject 'báo cáo kết quả ...' so role report although the type is cong_van. Signature TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / "
           "PHÓ BÍ THƯ. 'các nhiệm vụ 3.1, 4.1 và 4.2' links all three, 'Nhiệm vụ 4.1 và 4.2' again; 'nhiệm vụ 3.2' cited. 'Tháng 8/2025, 186 đội "
           "hình ...' count 186 after a date clause. Table dates '01/6/2025 - 31/7/2025', '01/8/2025 - 31/10/2025' are ranges: both ends of each; "
           "'Đợt 1', 'Đợt 2' are labels. 'Chỉ tiêu số 3' explicit (the sentence partly restates it); '78,6%'. 'Trung ương Đoàn' is unregistered; "
           "'Thường trực Tỉnh ủy' names Tỉnh ủy."),
)

G["d6_cv_ubnd_doncoc"] = dict(
    document=dict(number="8126/UBND-KGVX", symbol="UBND-KGVX", type="cong_van", role="request", issuer="Ủy ban nhân dân tỉnh",
                  issue_date="2025-11-24",
                  title="đôn đốc triển khai và báo cáo kết quả thực hiện Kế hoạch số 192/KH-UBND",
                  signer=dict(name="Huỳnh Ngọc Thạch", position="Giám đốc Sở Khoa học và Công nghệ", authority="TUQ. Chủ tịch")),
    doc_numbers=(["8126/UBND-KGVX", "3290/BC-SKHCN", "192/KH-UBND", "3077/SKHCN-CĐS"], []),
    dates=(["2025-11-24", "2025-11-18", "2025-11-15", "2025-05-29", "2025-12-20", "2025-11-03", "2025-12-05", "2025-12"], []),
    quantities=(["ratio:38/57", "ratio:71/95", "percent:74,2", "percent:72,9", "count:1000000"], []),
    units=(["Ủy ban nhân dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Ủy ban nhân dân cấp xã",
            "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Công an tỉnh", "Ban Chỉ đạo tỉnh", "Tỉnh ủy",
            "Hội đồng nhân dân tỉnh"], []),
    indicators=(["CT1", "CT3", "CT4", "CT5"], []),
    tasks=(["1.1", "1.3", "2.4", "4.3", "4.4", "5.1", "5.3"], ["1.2", "5.2"]),
    notes=("Word-built công văn of the province UBND (header 'ỦY BAN NHÂN DÂN' / 'TỈNH ĐỒNG NAI', symbol UBND-KGVX) that urges units to finish "
           "and report: role request, although the V/v contains 'báo cáo' (it starts 'đôn đốc'). Signature TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ KHOA HỌC VÀ "
           "CÔNG NGHỆ: signed by a department head on the Chairman's authorisation; the issuer stays Ủy ban nhân dân tỉnh (trap: the position line "
           "names Sở KH&CN). 'các nhiệm vụ 4.3, 4.4 và 5.1 – 5.3': 4.3, 4.4, 5.1 and 5.3 required, 5.2 optional (interior of the en-dash range); "
           "'các nhiệm vụ từ 1.1 đến 1.3': 1.1 and 1.3 required, 1.2 optional. " + RANGE_NOTE + " 2.4 by content (cuộc thi Chế tạo dự án AI dành "
           "cho học sinh THCS, THPT). Indicators: 'Chỉ tiêu số 3', 'chỉ tiêu 5', 'Chỉ tiêu số 1' explicit; CT4 restated ('chỉ tiêu 1 triệu người "
           "dân trong độ tuổi trưởng thành ... VNeID', count 1000000). '38/57 cơ quan, đơn vị', '71/95 xã, phường' ratios. 'Báo cáo số 3290/BC-SKHCN' "
           "is a doc number. Units: 'TT. Tỉnh ủy, TT. HĐND tỉnh' in Nơi nhận name Tỉnh ủy and Hội đồng nhân dân tỉnh; 'Ủy ban nhân dân các xã, "
           "phường' = Ủy ban nhân dân cấp xã; 'Chủ tịch Ủy ban nhân dân tỉnh' names the issuer."),
)

G["d7_cv_hiephoi_ykien"] = dict(
    document=dict(number="86/HHDN-VP", symbol="HHDN-VP", type="cong_van", role="other", issuer="Hiệp hội doanh nghiệp tỉnh",
                  issue_date="2025-12-02",
                  title="tham gia ý kiến dự thảo Kế hoạch phổ cập kỹ năng số cho người lao động trong doanh nghiệp năm 2026",
                  signer=dict(name="Nguyễn Phan Thị Bích Trâm", position="Phó Chủ tịch kiêm Tổng Thư ký", authority="TM. Ban Chấp hành")),
    doc_numbers=(["86/HHDN-VP", "4630/SCT-QLCN", "192/KH-UBND"], []),
    dates=(["2025-12-02", "2025-11-25", "2025-11", "2026-02", "2026-11"], []),
    quantities=(["percent:80", "count:214", "percent:61,7", "count:38", "count:2"], []),
    units=(["Hiệp hội doanh nghiệp tỉnh", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh", "Ban Quản lý các Khu công nghiệp"], []),
    indicators=(["CT5"], []),
    tasks=(["1.3", "5.3"], []),
    notes=("DOCX only. Association công văn 'V/v tham gia ý kiến dự thảo Kế hoạch ...': an opinion on Sở Công Thương's draft, role other. "
           "Issuer 'HIỆP HỘI DOANH NGHIỆP' / 'TỈNH ĐỒNG NAI' (one name over two lines, no parent line), body 'Hiệp hội Doanh nghiệp tỉnh Đồng Nai' "
           "= Hiệp hội doanh nghiệp tỉnh. Signature TM. BAN CHẤP HÀNH / PHÓ CHỦ TỊCH KIÊM TỔNG THƯ KÝ; five-syllable name. 'Chỉ tiêu số 5' cited "
           "and restated verbatim (percent:80). '(nhiệm vụ 1.3; 5.3)' links both; 1.3 cited again. 'ít nhất 02 lớp tập huấn' count 2; "
           "'khảo sát 214 doanh nghiệp', '61,7%', '38 doanh nghiệp'. 'trong tháng 11/2025' = 2025-11; 'từ tháng 02/2026 đến tháng 11/2026' both ends; "
           "'năm 2026' bare year. 'Ban Quản lý các KCN' is the registry alias; 'Thường trực Hiệp hội' is internal."),
)

G["d8_bc_sgddt_chitieu2"] = dict(
    document=dict(number="4102/BC-SGDĐT", symbol="BC-SGDĐT", type="bao_cao", role="report", issuer="Sở Giáo dục và Đào tạo",
                  issue_date="2025-11-20",
                  title="Kết quả thực hiện Chỉ tiêu số 2 và các nhiệm vụ giáo dục kỹ năng số cho học sinh, sinh viên năm 2025",
                  signer=dict(name="Châu Kim Ngân", position="Phó Giám đốc", authority="KT. Giám đốc")),
    doc_numbers=(["4102/BC-SGDĐT", "192/KH-UBND", "3077/SKHCN-CĐS"], []),
    dates=(["2025-11-20", "2025-05-29", "2025-11-03", "2025-11-08", "2025-11-09"], []),
    quantities=(["percent:100", "count:318420", "percent:97,6", "count:186", "count:201350", "percent:97,9", "count:67",
                 "count:117070", "percent:97,1", "count:253", "count:42600", "count:15", "count:312", "count:45", "count:6",
                 "count:1450", "percent:2,4", "count:1200", "count:24"], []),
    units=(["Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo"], []),
    indicators=(["CT2"], []),
    tasks=(["1.1", "2.1", "2.2", "2.3", "2.4"], []),
    notes=("DOCX only. 'kết quả các nhiệm vụ 2.1, 2.2, 2.3, 2.4' links all four (each also described in section II: tích hợp giáo dục kỹ năng số "
           "cơ bản từ cấp tiểu học; nền tảng học trực tuyến mở đại trà; mô hình trường học số dựa trên công nghệ số và trí tuệ nhân tạo; cuộc thi "
           "Chế tạo dự án AI). 'nhiệm vụ 1.1' cited. CT2 cited ('Chỉ tiêu số 2') and restated verbatim (percent:100). 'Năm học 2024-2025, 318.420 "
           "học sinh ...': 'năm học 2024-2025' is not a date; the count follows it. Table by cấp học: 'Số trường', 'Số học sinh được trang bị' counts, "
           "'Tỷ lệ (%)' percents; 'Tổng cộng' row 253 / 318.420 / 97,6. 'ngày 8-9/11/2025' is a range: 2025-11-08 and 2025-11-09. "
           "'06 lớp' count 6; '2,4%' percent; '1.200 máy tính', '24 trường'. Units: 'Sở KH&CN'; 'trường THCS, THPT' generic."),
)
