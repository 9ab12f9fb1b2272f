"""Excel forms and page images read into the one document model, decided by content.

An ``.xlsx`` Biểu mẫu is written here with openpyxl (real numeric cells, a
percent format, a merged title) and read back: its cells come out as Excel
shows them in Vietnamese (``1.250``, ``93,15%``). A header page is drawn with
Pillow (issuer | Quốc hiệu; number | place and date) and saved as PNG, JPEG,
a 2-page TIFF and a sideways phone photo; OCR must keep the two columns apart
(``Số: 123/BC-UBND`` a line of its own). OCR tests skip without Tesseract.
"""
from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest

from pipeline.core.errors import ReadError
from pipeline.extract import extract_file
from pipeline.ingest.read import detect_format, read_document
from pipeline.ingest.readers import image as image_reader
from pipeline.ingest.readers.xlsx import cell_text
from tests.conftest import REAL

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def table_rows(doc) -> list[list[list[str]]]:
    """Each table of ``doc`` as rows of cell texts."""
    return [[[doc.text[c.start:c.end] for c in row.children] for row in t.children] for t in doc.iter_blocks("table")]


# --- XLSX


def write_form(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    ws["A1"] = "BIỂU TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH"
    ws.merge_cells("A1:D1")
    ws.append(["Đơn vị", "Số hồ sơ", "Tỷ lệ đúng hạn", "Ngày báo cáo"])
    ws.append(["Sở Nội vụ", 1250, 0.9315, dt.date(2025, 6, 5)])
    ws["B3"].number_format = "#,##0"
    ws["C3"].number_format = "0.00%"
    ws["D3"].number_format = "dd/mm/yyyy"
    ws.append(["Sở Tư pháp", 12500, 93.15, None])  # General cells
    ws.append(["Năm", 2025, None, None])
    ws["H12"] = " "  # a stray blank far off: trailing rows and columns are dropped
    wb.create_sheet("Trống")
    second = wb.create_sheet("Biểu 02")
    second.append(["STT", "Chỉ tiêu", "Kết quả"])
    second.append([1, "Tỷ lệ hồ sơ trực tuyến", 0.8])
    second["C2"].number_format = "0%"
    wb.save(path)
    return path


def test_xlsx_cells_read_as_excel_shows_them(tmp_path):
    doc = read_document(write_form(tmp_path / "Biểu mẫu.xlsx"))
    assert doc.source.format == "xlsx" and doc.source.pages is None
    first, second = table_rows(doc)
    assert first[0] == ["BIỂU TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH", "", "", ""]  # merged: its top-left cell
    assert first[2] == ["Sở Nội vụ", "1.250", "93,15%", "05/06/2025"]
    assert first[3] == ["Sở Tư pháp", "12.500", "93,15", ""]
    assert first[4] == ["Năm", "2025", "", ""]  # a year is not grouped
    assert len(first) == 5 and {len(r) for r in first} == {4}
    assert second == [["STT", "Chỉ tiêu", "Kết quả"], ["1", "Tỷ lệ hồ sơ trực tuyến", "80%"]]
    paragraphs = [doc.text[b.start:b.end] for b in doc.iter_blocks("paragraph")]
    assert paragraphs == ["Biểu 01", "Biểu 02"]  # the empty sheet is left out


@pytest.mark.parametrize("value, fmt, text", [
    (0.9315, "0.00%", "93,15%"),
    (1250, "#,##0", "1.250"),
    (1234567.891, "#,##0.00", "1.234.567,89"),
    (93.15, "General", "93,15"),
    (12500, "General", "12.500"),
    (2025, "General", "2025"),
    (1250.0, "General", "1250"),
    (0.5, "0.0#", "0,5"),
    (-12500, '#,##0" người"', "-12.500"),
    (dt.datetime(2025, 6, 5), "dd/mm/yyyy", "05/06/2025"),
    (dt.datetime(2025, 6, 5, 8, 30), "dd/mm/yyyy hh:mm", "05/06/2025 08:30"),
    (None, "General", ""),
    (True, "General", "TRUE"),
    ("Sở Nội vụ", "@", "Sở Nội vụ"),
])
def test_cell_text(value, fmt, text):
    assert cell_text(value, fmt) == text


def test_xlsx_through_extract_file(tmp_path):
    rec = extract_file(write_form(tmp_path / "bieu.xlsx"))
    assert rec["status"] == "ok" and rec["format"] == "xlsx", rec.get("error")


def test_xlsx_named_docx_is_read_as_xlsx(tmp_path):
    named = tmp_path / "bao_cao.docx"
    named.write_bytes(write_form(tmp_path / "b.xlsx").read_bytes())
    assert detect_format(named) == "xlsx"
    assert read_document(named).source.format == "xlsx"


def _corrupt_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "not a workbook <")
    return path


@pytest.mark.parametrize("make", [
    lambda p: p.write_bytes(write_form(p.with_name("ok.xlsx")).read_bytes()[:700]),  # truncated
    _corrupt_workbook,
    lambda p: p.write_text("Sở Nội vụ\t1.250\n", encoding="utf-8"),  # text named .xlsx
], ids=["truncated", "bad-parts", "text"])
def test_damaged_xlsx_is_unreadable(tmp_path, make):
    path = tmp_path / "bieu.xlsx"
    make(path)
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert e.value.code == "unreadable"


def test_empty_workbook_is_empty(tmp_path):
    from openpyxl import Workbook

    Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(ReadError) as e:
        read_document(tmp_path / "empty.xlsx")
    assert e.value.code == "empty"


# --- images


def _font(size: int = 40):
    from PIL import ImageFont

    for name in ("DejaVuSans.ttf", "dejavu/DejaVuSans.ttf", "truetype/dejavu/DejaVuSans.ttf"):
        for root in (Path("/usr/share/fonts"), Path("/usr/share/fonts/truetype")):
            if (root / name).exists():
                return ImageFont.truetype(str(root / name), size)
    found = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    if not found:
        pytest.skip("no DejaVuSans font to draw Vietnamese with")
    return ImageFont.truetype(str(found[0]), size)


def header_page(lines: list[tuple[int, int, str]] | None = None):
    """An A4 page at 300 dpi with a two-column header drawn on it."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (2480, 3508), 255)
    draw, font = ImageDraw.Draw(page), _font()
    for x, y, text in lines or [
        (200, 250, "ỦY BAN NHÂN DÂN"), (1250, 250, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (200, 420, "Số: 123/BC-UBND"), (1350, 420, "Đồng Nai, ngày 5 tháng 6 năm 2025"),
        (1000, 600, "BÁO CÁO"),
    ]:
        draw.text((x, y), text, font=font, fill=0)
    return page


@pytest.fixture(scope="module")
def images(tmp_path_factory) -> dict[str, tuple[Path, int]]:
    """The header page as each kind of image file: name → (path, frames)."""
    from PIL import Image

    root = tmp_path_factory.mktemp("images")
    page = header_page()
    second = header_page([(200, 250, "Kính gửi: Sở Nội vụ tỉnh Đồng Nai"), (200, 400, "Trang hai của công văn")])
    page.save(root / "trang.png")
    page.convert("RGB").save(root / "trang.jpg", quality=90)
    page.save(root / "cong_van.tif", save_all=True, append_images=[second], compression="tiff_lzw")
    # a phone photo: half size, stored sideways, upright only by its EXIF orientation (6: turn 90° clockwise)
    photo = page.convert("RGB").resize((1240, 1754)).rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    photo.save(root / "anh_dien_thoai.jpeg", quality=88, exif=exif)
    return {"png": (root / "trang.png", 1), "jpg": (root / "trang.jpg", 1), "tif": (root / "cong_van.tif", 2),
            "photo": (root / "anh_dien_thoai.jpeg", 1)}


@needs_tesseract
@pytest.mark.parametrize("kind", ["png", "jpg", "tif", "photo"])
def test_image_header_columns_stay_apart(images, kind):
    path, frames = images[kind]
    doc = read_document(path)
    assert doc.source.format == "image" and doc.source.pages == frames
    lines = [line.strip() for line in doc.text.splitlines()]
    assert "Số: 123/BC-UBND" in lines, doc.text  # not merged with the place and date beside it
    assert any("ngày 5 tháng 6 năm 2025" in line and "Số" not in line for line in lines)
    assert lines.index("Số: 123/BC-UBND") < lines.index("BÁO CÁO")
    assert doc.warnings == [f"page {n}: text by OCR" for n in range(1, frames + 1)]
    if frames == 2:
        assert doc.page_at(doc.text.index("Kính gửi")) == 2 and doc.page_at(doc.text.index("Số: 123")) == 1


@needs_tesseract
def test_image_through_extract_file(images):
    rec = extract_file(images["png"][0])
    assert rec["status"] == "ok" and rec["format"] == "image", rec.get("error")
    assert rec["document"]["number"] == "123/BC-UBND"
    assert rec["document"]["issue_date"] == "2025-06-05"


@needs_tesseract
def test_png_named_txt_is_read_as_an_image(images, tmp_path):
    named = tmp_path / "scan.txt"
    named.write_bytes(images["png"][0].read_bytes())
    assert detect_format(named) == "image"
    assert "Số: 123/BC-UBND" in read_document(named).text


def test_image_needs_ocr_without_tesseract(images, monkeypatch):
    monkeypatch.setattr(image_reader, "tesseract_available", lambda: False)
    with pytest.raises(ReadError) as e:
        read_document(images["jpg"][0])
    assert e.value.code == "needs_ocr"


def test_page_scaled_to_a4_width(images):
    from PIL import Image

    with Image.open(images["photo"][0]) as photo:
        page = image_reader.page_image(photo)
    assert page.mode == "L" and abs(page.width - 2480) <= 2 and page.height > page.width  # upright, upscaled
    assert image_reader.page_image(Image.new("RGB", (4000, 3000), "white")).width == 2480
    assert image_reader.page_image(Image.new("L", (2480, 3508), 255)).size == (2480, 3508)


def test_tiff_pages_get_time(images):
    from pipeline.runs.guard import Limits

    limits = Limits(timeout_s=60, per_page_s=20)
    assert limits.time_for(images["tif"][0]) == 100 and limits.time_for(images["png"][0]) == 60


@pytest.mark.parametrize("name, data, code", [
    ("hong.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50, "unreadable"),
    ("hong.tif", b"II*\x00" + b"\xff" * 300, "unreadable"),
    ("ghi_chu.png", "Sở Nội vụ báo cáo\n".encode(), "unreadable"),  # text named .png
    ("trang.html.png", b"<!doctype html><html><body>x</body></html>", "unsupported_format"),
    ("tai_lieu.rtf", b"{\\rtf1\\ansi S\\u7903?}", "unsupported_format"),
], ids=["png", "tif", "text", "html", "rtf"])
def test_bad_images_fail_with_their_code(tmp_path, name, data, code):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_document(tmp_path / name)
    assert e.value.code == code, e.value


def test_truncated_jpeg_is_unreadable(images, tmp_path):
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(images["jpg"][0].read_bytes()[:3000])
    with pytest.raises(ReadError) as e:
        read_document(cut)
    assert e.value.code == "unreadable"


@pytest.mark.parametrize("fmt, suffix", [("GIF", ".gif"), ("GIF", ".png"), ("WEBP", ".webp")])
def test_gif_and_webp_stay_unsupported(tmp_path, fmt, suffix):
    from PIL import Image

    path = tmp_path / f"anh{suffix}"
    try:
        Image.new("L", (64, 64), 255).save(path, format=fmt)
    except (KeyError, OSError):
        pytest.skip(f"Pillow cannot write {fmt}")
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert e.value.code == "unsupported_format"


# --- a legacy .doc under a .docx name


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_real_doc_named_docx_is_read_as_doc(tmp_path):
    src = REAL / "files" / "real-28.doc"
    if not src.exists():
        pytest.skip("shared real corpus not mounted")
    named = tmp_path / "x.docx"
    shutil.copyfile(src, named)
    assert detect_format(named) == "doc"
    doc = read_document(named)
    assert doc.source.format == "doc" and doc.source.path == str(named)
    assert len(doc.text.split()) > 50
