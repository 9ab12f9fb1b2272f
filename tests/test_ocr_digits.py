"""The second reading of a scanned header's numerals (pipeline/ingest/readers/ocr_digits.py, data/ocr.yaml).

Tesseract's Vietnamese model reads an e-office stamp's italic 19 as ``79`` at
97; its English model, shown the word alone, reads ``19``. The two readings
are reconciled: taken where they agree (allowing only the first model's listed
confusions), the word unread where a surer second reading differs, unchanged
otherwise. Real pages: the e-office files of ../shared/corpus/real/files
printed to an image (their page rendered, as a print-out is scanned), and the
scans whose day was written by hand.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.core.resources import load_data
from pipeline.ingest.readers import ocr_digits

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "files"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpus/real/files not present")


@pytest.mark.parametrize("case", load_data("ocr.yaml")["examples"], ids=lambda c: f"{c['first'][0]}-{c['second']}")
def test_reconcile_examples(case: dict) -> None:
    text, conf = case["first"]
    got = ocr_digits.reconcile(text, conf, [tuple(w) for w in case["second"]])
    assert list(got) == case["becomes"]


@pytest.mark.parametrize("text", ["tháng", "Số:", "/TTr-CAT-PC06", "/2024/NĐ-CP", "/", "ngàyO6", "J'Ø/TTr-CAT-PC06",
                                  "Đồng", "2025-11-13T15:53:50"])
def test_not_a_numeral_is_never_read_twice(text: str) -> None:
    assert ocr_digits.candidate(text) is None


def test_the_text_keeps_its_length_so_spans_hold() -> None:
    """The second reading replaces digits one for one: every span built on the line stays where it was."""
    for case in load_data("ocr.yaml")["examples"]:
        assert len(case["becomes"][0]) == len(case["first"][0])


def _page_png(name: str) -> bytes:
    import pypdfium2 as pdfium

    from pipeline.ingest.readers import ocr

    pdf = pdfium.PdfDocument(str(REAL / name))
    pdf.init_forms()  # the e-office stamp (number, day) is drawn, as on the print-out
    page = pdf[0]
    try:
        return ocr.png_bytes(ocr.render_page(page))
    finally:
        page.close()
        pdf.close()


@needs_tesseract
@needs_real
@pytest.mark.parametrize("name, number, day, sure", [("real-07.pdf", "329/BC-UBND", "2025-12-19", False),
                                                     ("real-12.pdf", "85/GM-UBND", "2026-01-19", True)])
def test_a_printed_e_office_page_read_as_an_image_gets_its_stamped_day(tmp_path: Path, name: str, number: str,
                                                                       day: str, sure: bool) -> None:
    """The page printed and scanned: the first reading alone gives 'ngày 79' (no day); read twice, 19
    where the second reading is sure enough of its 1 (real-12: 68), else the day is left unread (real-07:
    53), never taken as 79 or guessed."""
    from pipeline.extract import extract_file
    from pipeline.ingest.readers import ocr

    png = _page_png(name)
    once = " ".join(p.text for p in ocr.read_page(png))
    assert "ngày 79" in once  # what the Vietnamese model alone makes of the stamp's italic 19
    image = tmp_path / (Path(name).stem + ".png")
    image.write_bytes(png)
    doc = extract_file(image)["document"]
    assert doc["issue_date"] == (day if sure else day[:7]) and doc["issue_date_source"] == "printed"
    assert doc["number"] == number


@needs_tesseract
@needs_real
def test_a_handwritten_day_the_readers_disagree_on_is_unread() -> None:
    """real-02: the day '01' written by hand. The first reading says '01' at about 75, the second '04':
    the word is unread (confidence 0), so no day is taken from it."""
    from pipeline.ingest.readers import ocr

    png = _page_png("real-02.pdf")
    words = [c for piece in ocr.read_page(png, header=True) if "ngày" in piece.text and "tháng" in piece.text
             for (s, e, c) in piece.words if piece.text[s:e] == "01"]
    assert words == [0]


@needs_tesseract
@needs_real
def test_a_handwritten_day_read_in_part_is_not_confirmed() -> None:
    """real-03: the day '24' written by hand, read '2' by the first model. The second reader sees the
    space up to 'tháng' (the written 4 with it), so it never confirms '2'."""
    from pipeline.ingest.readers import ocr

    png = _page_png("real-03.pdf")
    got = [(piece.text[s:e], c) for piece in ocr.read_page(png, header=True) if "tháng 12" in piece.text
           for (s, e, c) in piece.words if piece.text[s:e] in ("2", "24")]
    assert got and all(text == "2" and conf < int(load_data("fields.yaml")["ocr_unreadable_below"]) for text, conf in got)


def test_pages_other_than_a_documents_first_are_read_once(monkeypatch) -> None:
    """Only a document's first page has its header read twice (the number and the day are there)."""
    from pipeline.ingest.readers import ocr

    calls = []
    monkeypatch.setattr(ocr, "tsv", lambda png, lang="vie": "level\n")
    monkeypatch.setattr(ocr_digits, "read_twice", lambda png, keys, words: calls.append(png) or words)
    ocr.ocr_images([(1, lambda: b"p1"), (2, lambda: b"p2")], n_workers=1, header=[1])
    assert calls == [b"p1"]


@needs_tesseract
@needs_real
def test_without_the_second_model_the_first_reading_stands(monkeypatch) -> None:
    """No English language data (or Tesseract failing on the strip): the page reads as it did with one model."""
    from pipeline.ingest.readers import ocr

    png = _page_png("real-07.pdf")
    once = ocr.read_page(png)
    monkeypatch.setitem(ocr_digits.rules(), "lang", "no_such_language")
    assert ocr.read_page(png, header=True) == once
