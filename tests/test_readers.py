"""Readers: TXT, DOCX and PDF renditions read into one model; damaged inputs fail with codes."""
from __future__ import annotations

import shutil
import unicodedata

import pytest

from pipeline.core.errors import ReadError
from pipeline.ingest.read import detect_format, read_document
from pipeline.ingest.readers import pdf as pdf_reader
from pipeline.core.similarity import rendition_similarity
from tests.conftest import DAMAGED, REAL, SEEDS, seed_stems

STEMS = seed_stems()


@pytest.fixture(scope="module")
def txt_docs():
    return {s: read_document(SEEDS / f"{s}.txt") for s in STEMS}


@pytest.mark.parametrize("ext", ["docx", "pdf"])
@pytest.mark.parametrize("stem", STEMS)
def test_renditions_agree_with_txt(txt_docs, stem, ext):
    doc = read_document(SEEDS / f"{stem}.{ext}")
    ratio = rendition_similarity(txt_docs[stem].text, doc.text)
    print(f"{stem} {ext}: {ratio:.4f}")
    assert ratio >= 0.995  # all 1.0000 since rows cut by a page break are joined (003's PDF was 0.9820)


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_pages_map_back(stem):
    import pdfplumber

    doc = read_document(SEEDS / f"{stem}.pdf")
    assert doc.source.pages and doc.source.pages >= 1
    with pdfplumber.open(SEEDS / f"{stem}.pdf") as pdf:
        page_texts = [unicodedata.normalize("NFC", p.extract_text() or "") for p in pdf.pages]
    # a word that occurs on exactly one page must be reported on that page
    checked = 0
    for i, pt in enumerate(page_texts, start=1):
        for word in sorted(set(pt.split()), key=len, reverse=True)[:5]:
            if len(word) < 8 or sum(word in t for t in page_texts) != 1 or doc.text.count(word) != 1:
                continue
            assert doc.page_at(doc.text.index(word)) == i, word
            checked += 1
    assert checked >= 1


def test_pdf_reads_annex_tables_as_cells():
    doc = read_document(SEEDS / "003_b28077b9c0207294.pdf")
    tables = list(doc.iter_blocks("table"))
    assert tables, "Phụ lục tables are read as tables"
    cells = [doc.text[c.start:c.end] for c in doc.iter_blocks("cell")]
    assert any(c.strip() == "1.1" for c in cells)


def test_docx_reads_tables_and_paragraph_style():
    doc = read_document(SEEDS / "003_b28077b9c0207294.docx")
    cells = [doc.text[c.start:c.end] for c in doc.iter_blocks("cell")]
    assert any(c.strip() == "5.3" for c in cells)
    assert any(b.bold and b.align == "center" for b in doc.iter_blocks("paragraph"))


def test_blocks_point_into_text():
    for ext in ("txt", "docx", "pdf"):
        doc = read_document(SEEDS / f"000_484bce74a44e51ae.{ext}")
        for b in doc.iter_blocks():
            assert 0 <= b.start <= b.end <= len(doc.text)


@pytest.mark.parametrize("name", ["000_cp1258.txt", "000_utf16.txt", "000_utf8_bom.txt", "000_nfd_oldtone.txt"])
def test_encodings_give_the_same_text(name):
    if not (DAMAGED / name).exists():
        pytest.skip(f"{name} not made")
    original = read_document(SEEDS / "000_484bce74a44e51ae.txt").text
    assert read_document(DAMAGED / name).text == original


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_scanned_pdf_is_read_by_ocr():
    doc = read_document(DAMAGED / "scanned_000.pdf")
    assert "Công Thương" in doc.text or "Khoa học" in doc.text
    assert any("OCR" in w for w in doc.warnings)


def test_scanned_pdf_needs_ocr_without_tesseract(monkeypatch):
    monkeypatch.setattr(pdf_reader, "tesseract_available", lambda: False)
    with pytest.raises(ReadError) as e:
        read_document(DAMAGED / "scanned_000.pdf")
    assert e.value.code == "needs_ocr"


@pytest.mark.parametrize(
    "name, code",
    [
        ("truncated_000.pdf", "unreadable"),
        ("encrypted_000.pdf", "encrypted"),
        ("random_bytes.docx", "unreadable"),
        ("empty.txt", "empty"),
        ("not_a_pdf.pdf", "unreadable"),
    ],
)
def test_damaged_inputs_fail_with_their_code(name, code):
    with pytest.raises(ReadError) as e:
        read_document(DAMAGED / name)
    assert e.value.code == code
    assert e.value.message_vi and e.value.message_en


def test_format_is_decided_by_content(tmp_path):
    fake = tmp_path / "bao-cao.txt"
    fake.write_bytes((SEEDS / "000_484bce74a44e51ae.pdf").read_bytes())
    assert detect_format(fake) == "pdf"
    assert read_document(fake).source.format == "pdf"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_legacy_doc_is_read_through_libreoffice(tmp_path):
    import subprocess

    src = tmp_path / "bao-cao.docx"
    src.write_bytes((SEEDS / "000_484bce74a44e51ae.docx").read_bytes())
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/p", "--convert-to", "doc",
                    "--outdir", str(tmp_path), str(src)], capture_output=True, timeout=180, check=True)
    doc = read_document(tmp_path / "bao-cao.doc")
    assert doc.source.format == "doc"
    original = read_document(SEEDS / "000_484bce74a44e51ae.docx").text
    assert rendition_similarity(original, doc.text) >= 0.98


def test_pdf_without_space_glyphs_keeps_its_words():
    # a real Sở KH&CN letter whose PDF draws no space glyphs in its header table
    path = REAL / "files" / "real-06.pdf"
    doc = read_document(path)
    assert "V/v góp ý dự thảo Kế hoạch kiểm tra cải cách hành chính năm 2026" in doc.text
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in doc.text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_decomposed_text_in_pdf_table_cells_stays_whole(tmp_path):
    import subprocess

    import docx

    nfd = unicodedata.normalize("NFD", "Giám đốc Sở Nội vụ, Phó Trưởng Ban Chỉ đạo.")
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "1.3"
    table.cell(0, 1).text = nfd
    d.save(tmp_path / "nfd.docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/p", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "nfd.docx")], capture_output=True, timeout=180, check=True)
    cells = [c for c in read_document(tmp_path / "nfd.pdf").iter_blocks("cell")]
    assert cells, "the grid is read as a table"
    doc = read_document(tmp_path / "nfd.pdf")
    assert "Giám đốc Sở Nội vụ, Phó Trưởng Ban Chỉ đạo." in " ".join(doc.text.split())  # no word broken


# --- a table row cut by a page break


def _table(page: int, *rows: list[str]):
    from pipeline.ingest.assemble import Part

    return Part("table", page=page, rows=[list(r) for r in rows])


@pytest.mark.parametrize("next_first, joined", [
    (["", "nghiệp, hợp tác xã", "minh Hợp tác xã tỉnh", ""], True),   # the row goes on: no STT, text
    (["STT", "Chỉ tiêu", "Đơn vị phối hợp", "Thời gian"], False),    # a repeated header row
    (["6", "Chỉ tiêu mới", "Sở Nội vụ", "2025"], False),               # a new numbered row
    (["", "", "", ""], False),                                         # an empty row
    (["", "nghiệp, hợp tác xã", "minh Hợp tác xã tỉnh"], False),      # another table (other columns)
])
def test_row_cut_by_a_page_break_is_joined(next_first, joined):
    from pipeline.ingest.readers.pdf import join_rows_cut_by_pages

    before = _table(5, ["5", "80% người lao động trong các doanh", "Các sở, ban, ngành liên quan, Liên", "2025"])
    after = _table(6, next_first, ["1.1", "Nhiệm vụ", "Sở Khoa học và Công nghệ", "2025"])
    parts = join_rows_cut_by_pages([before, after])
    if joined:
        assert parts[0].tail == next_first and parts[0].tail_page == 6
        assert [r[0] for r in parts[1].rows] == ["1.1"]
    else:
        assert parts[0].tail is None and len(parts[1].rows) == 2


def test_joined_row_reads_whole_and_keeps_each_part_on_its_page():
    """Plan 192's PDF breaks CT5's row over pages 5 and 6: ``Liên ⏎ minh Hợp tác xã tỉnh`` is one unit again."""
    doc = read_document(SEEDS / f"{[s for s in STEMS if s.startswith('003')][0]}.pdf")
    unit = doc.text.find("Liên minh Hợp tác xã tỉnh, Hiệp hội")
    assert unit > 0 and doc.page_at(unit) == 5
    assert doc.page_at(unit + len("Liên ")) == 6  # "minh …" was printed on page 6
    cell = doc.text.find("\t80% người lao động trong các doanh")  # the annex's row, not the plan's own text
    rest = doc.text.find("nghiệp, hợp tác xã, liên hợp tác xã có kiến thức", cell)
    assert doc.page_at(cell + 1) == 5 and doc.page_at(rest) == 6 and cell < rest < unit
