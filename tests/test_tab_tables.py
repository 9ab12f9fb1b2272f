"""A TXT table pasted from Excel: each row a line, its cells split by TABs (pipeline/ingest/normalise.py
``tab_rows_as_cells``). It is laid out as the readers lay out a table, so a figure in it has its column's
header and its row (``Toàn ngành`` is the total row), as in a DOCX or PDF table. A header or a signature
aligned with a TAB is no table."""
from __future__ import annotations

from pathlib import Path

from pipeline.extract import extract_file

REPORT = ("UBND TỈNH ĐỒNG NAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 3398/BC-SGDĐT\tĐồng Nai, ngày 14 tháng 11 năm 2025\n\n"
          "BÁO CÁO\nKết quả thực hiện chương trình “Bình dân học vụ số” năm 2025\n"
          "1. Chỉ tiêu 100% học sinh trung học và sinh viên được trang bị kiến thức, kỹ năng số\n"
          "Kết quả tính đến ngày 31/10/2025:\n"
          "Cấp học\tTổng số học sinh\tSố học sinh được trang bị kiến thức, kỹ năng số\tTỷ lệ\n"
          "Trung học cơ sở\t183.950\t178.420\t96,99%\n"
          "Trung học phổ thông\t115.870\t112.305\t96,92%\n"
          "Toàn ngành\t299.820\t290.725\t96,97%\n"
          "Các trường tiếp tục triển khai học bạ số.\n"
          "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n")


def _record(tmp_path: Path) -> dict:
    path = tmp_path / "bc_sgddt.txt"
    path.write_text(REPORT, encoding="utf-8")
    return extract_file(path)


def test_a_pasted_table_gives_its_figures_their_header_and_total_row(tmp_path: Path) -> None:
    rec = _record(tmp_path)
    total = next(q for q in rec["mentions"]["quantities"] if q["text"] == "96,97%")
    table = total["context"]["table"]
    assert table["header"][table["column"]] == "Tỷ lệ" and "Tổng số học sinh" in table["header"]
    assert table["row"][0] == "Toàn ngành" and table["total"] is True


def test_every_figure_keeps_its_place_in_the_file(tmp_path: Path) -> None:
    """The cells are moved onto lines of their own; each figure still maps to its characters in the file."""
    from pipeline.ingest.read import read_document

    rec = _record(tmp_path)
    doc = read_document(tmp_path / "bc_sgddt.txt")
    for q in rec["mentions"]["quantities"]:
        s, e = q["start"], q["end"]
        assert doc.text[s:e] == q["text"]
        assert doc.raw_text[doc.origin[s]: doc.origin[e - 1] + 1] == q["text"]


def test_a_header_aligned_with_tabs_is_no_table(tmp_path: Path) -> None:
    doc = _record(tmp_path)["document"]
    assert (doc["issuer"], doc["number"], doc["issue_date"], doc["type"]) == (
        "Sở Giáo dục và Đào tạo", "3398/BC-SGDĐT", "2025-11-14", "bao_cao")


def test_a_numbered_list_and_a_signature_aligned_with_tabs_are_no_table() -> None:
    """Word's 'Save as text' writes a numbered list as '1.<TAB>…': its numbers are list markers, not cells;
    a signature aligned with a TAB after a table is not one of its rows."""
    from pipeline.ingest.assemble import document_from_text

    listed = "Kết quả:\n1.\tTổ chức 12 lớp cho cán bộ\n2.\tTỷ lệ cán bộ đạt 96,5%\n3.\tTổng số 1.250 người\nHết."
    assert document_from_text(listed).text == listed
    signed = document_from_text("Bảng:\nĐơn vị\tSố\tTỷ lệ\nPhòng A\t12\t80%\nCộng\t20\t85%\n"
                                "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n").text
    assert signed.endswith("\tCộng\n\t20\n\t85%\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC")
