"""PDF reader (pypdfium2): text per page in reading order, tables as rows × cells, OCR for scans.

pdfplumber's ``extract_text`` reads about 17 pages/s on this machine because
pdfminer lays out every glyph in Python; PDFium does the same in C, about 50×
faster. So per page:

- a page without ruling lines (most of a báo cáo) is read as PDFium's text
  lines, put in top-to-bottom order;
- a page whose path objects hold at least two horizontal and two vertical
  lines goes to pdfplumber's table finder, fed with those lines (no pdfminer
  pass): its cells get the characters whose centre lies inside them, the rest
  of the page is read line by line from the same characters, and both are put
  back in top-to-bottom order. Characters are laid out here, not by PDFium,
  because PDFium breaks words inside narrow cells of decomposed text
  (``Giám đô⏎́c``); a combining mark stays with its base letter.

A page with no text layer but with an image is a scan: it is OCR'd with
Tesseract (``vie``) when Tesseract is installed, otherwise the document fails
with ``needs_ocr``. A text layer that is not Vietnamese at all (a broken OCR
layer reading ``ceNG HoA xA ugr cuu``) is treated as no text layer. PDFium is
not thread-safe: every call goes through one lock.
"""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.ingest.assemble import Part, build_document
from pipeline.core.errors import ReadError
from pipeline.core.resources import load_data
from pipeline.ingest.safety import check_page_count
from pipeline.core.source import source_of
from pipeline.ingest.readers import ocr, pdf_stamps
from pipeline.ingest.readers.columns import reading_lines, reading_pieces
from pipeline.ingest.signatures import read_signatures
from pipeline.ingest.readers.pdf_layout import (Y_TOLERANCE, _chars, _find_tables, _line_pieces, _outside,
                                                _plain_lines, _ruling_edges, _table_rows)
from schemas.document import Document



@lru_cache(maxsize=1)
def _vi_marked() -> re.Pattern[str]:
    """Any letter only Vietnamese writes (data/normalise.yaml)."""
    return re.compile("[" + re.escape(load_data("normalise.yaml")["vietnamese_marked_letters"]) + "]", re.I)
_PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")

# PDFium is not thread-safe: one lock for every call, held across a fork too, so
# that no thread of the parent is inside PDFium when a child is forked from it.
_lock = threading.RLock()
os.register_at_fork(before=lambda: _lock.acquire(), after_in_parent=lambda: _lock.release(),
                    after_in_child=lambda: globals().__setitem__("_lock", threading.RLock()))



def tesseract_available() -> bool:
    return ocr.tesseract_available()


def _looks_vietnamese(text: str) -> bool:
    """Does a text layer read as Vietnamese? Real text has marked letters in most lines.

    ``Cộng hòa xã hội chủ nghĩa Việt Nam`` → True; ``ceNG HoA xA ugr cuu`` → False. Decomposed
    text (seed 003 is mostly NFD) is composed first, or its marks would not count and a good
    layer would go to OCR.
    """
    words = re.findall(r"[^\W\d_]{2,}", unicodedata.normalize("NFC", text))
    if len(words) < 20:
        return True  # too little to judge; keep it
    marked = sum(1 for w in words if _vi_marked().search(w))
    return marked / len(words) >= 0.15


# --- pages

def _in_reading_order(items: list[tuple[float, Part]]) -> list[Part]:
    """Top to bottom; pieces whose tops are within the tolerance keep the order they were drawn in."""
    if not items:
        return []
    tops = sorted({top for top, _ in items})
    rank, r, last = {}, 0, tops[0]
    for t in tops:
        if t - last > Y_TOLERANCE:
            r += 1
        rank[t], last = r, t
    return [p for _, p in sorted(items, key=lambda it: rank[it[0]])]


# a stamped number sat in the blank before its symbol, its digits spaced as the stamp draws them:
# "Số: 1547 /SNV-TCBC", "Số: 3 29/BC-UBND" → "1547/SNV-TCBC", "329/BC-UBND"
_STAMPED_NUMBER = re.compile(r"(?<=\d) +(?=\d* */[^\W\d_])")


def _page_parts(page: pdfium.PdfPage, number: int, own: int | None = None) -> list[Part]:
    """The page's parts in reading order. ``own``: the page was flattened and the glyphs of its text
    stream from ``own`` on are stamps (``pdf_stamps``), laid into the printed lines they sit on."""
    height, width = page.get_height(), page.get_width()
    textpage = page.get_textpage()
    try:
        tables = _find_tables(_ruling_edges(page, height))
        items: list[tuple[float, Part]] = []
        if tables or own is not None:
            chars = _chars(textpage, height, stop=own)
            if own is not None:
                chars = chars + pdf_stamps.snap(chars, _chars(textpage, height, start=own))
            centres = [((c[1] + c[2]) / 2, (c[3] + c[4]) / 2) for c in chars]
            body = [chars[i] for i in _outside(centres, [t.bbox for t in tables])]
            items += [(top, Part("paragraph", page=number, text=text))
                      for top, text in reading_lines(_line_pieces(body, width), width)]
            for t in tables:
                rows = _table_rows(t, chars, centres)
                if any(any(c.strip() for c in r) for r in rows):
                    items.append((t.bbox[1], Part("table", page=number, rows=rows)))
            parts = _in_reading_order(items)
        else:  # already in reading order, the header as two columns
            parts = [Part("paragraph", page=number, text=text) for _, text in _plain_lines(textpage, height, width)]
    finally:
        textpage.close()
    if own is not None:
        for p in parts:
            p.text = _STAMPED_NUMBER.sub("", p.text)
            p.rows = [[_STAMPED_NUMBER.sub("", c) for c in r] for r in p.rows]
    # a bare page number at the top or bottom of the page is not document text
    while parts and parts[0].kind == "paragraph" and _PAGE_NUMBER.match(parts[0].text):
        parts.pop(0)
    while parts and parts[-1].kind == "paragraph" and _PAGE_NUMBER.match(parts[-1].text):
        parts.pop()
    return parts


def _has_image(page: pdfium.PdfPage) -> bool:
    return next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])), None) is not None


def _open(p: Path | BinaryIO) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(p if hasattr(p, "read") else str(p))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ReadError("encrypted", str(e)) from e
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
    except Exception as e:  # a file that vanished or cannot be opened
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e


IMAGE_PAGE = 0.5  # an image covering this share of the page makes it a scan when its own text is this short:
STAMP_ONLY_WORDS = 40  # the only text of a scanned page may be its e-signature or 'SAO Y' line


def _image_share(page: pdfium.PdfPage) -> float:
    """The share of the page the largest image covers."""
    area = page.get_width() * page.get_height() or 1.0
    best = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_pos()
        best = max(best, (right - left) * (top - bottom) / area)
    return best


def _needs_ocr(page: pdfium.PdfPage, parts: list[Part]) -> str | None:
    """Why the page must be read by OCR (decided from its own text, before any stamp is drawn in), or None."""
    text = "\n".join(x.text for x in parts) + "\n".join(c for x in parts for r in x.rows for c in r)
    if not text.strip():
        return "no" if _has_image(page) else None
    if not _looks_vietnamese(text):
        return "an unreadable"
    if len(re.findall(r"\w+", text)) < STAMP_ONLY_WORDS and _image_share(page) >= IMAGE_PAGE:
        return "only a signature's"
    return None


def _ocr_parts(pdf: pdfium.PdfDocument, numbers: list[int]) -> dict[int, list[Part]]:
    """The pages ``numbers`` by OCR, side by side (``ocr.ocr_images``), laid out like a text layer."""
    def png(number: int) -> bytes:
        page = pdf[number - 1]
        try:
            return ocr.png_bytes(ocr.render_page(page))
        finally:
            page.close()

    widths = {}
    for number in numbers:
        page = pdf[number - 1]
        widths[number] = page.get_width()
        page.close()
    lines = ocr.ocr_images([(n, (lambda n=n: png(n))) for n in numbers], header=[1])
    return {n: [Part("paragraph", page=n, text=p.text, words=list(p.words)) for _, p in reading_pieces(lines[n], widths[n])]
            for n in numbers}


def _read_pages(pdf: pdfium.PdfDocument, n_pages: int) -> tuple[list[Part], list[str]]:
    pages: dict[int, list[Part]] = {}
    warnings: list[str] = []
    scans: list[int] = []
    for number in range(1, n_pages + 1):
        try:
            page = pdf[number - 1]
        except Exception as e:
            raise ReadError("unreadable", f"page {number}: {type(e).__name__}: {e}") from e
        try:
            try:
                page_parts = _page_parts(page, number)
                why = _needs_ocr(page, page_parts)
                if why is not None:
                    if not tesseract_available():
                        raise ReadError("needs_ocr", f"page {number} has {why} text layer")
                    scans.append(number)
                    continue
                if pdf_stamps.has_widgets(page):
                    textpage = page.get_textpage()
                    own = textpage.count_chars()
                    textpage.close()
                    page = pdf_stamps.flatten(pdf, number - 1, page)
                    page_parts = _page_parts(page, number, own=own)
                    warnings.append(f"page {number}: e-office stamps read in place")
            except ReadError:
                raise
            except Exception as e:
                raise ReadError("unreadable", f"page {number}: {type(e).__name__}: {e}") from e
            pages[number] = page_parts
        finally:
            page.close()
    if scans:
        try:
            pages.update(_ocr_parts(pdf, scans))
        except Exception as e:
            raise ReadError("unreadable", f"OCR: {type(e).__name__}: {e}") from e
        warnings += [f"page {n}: text by OCR" for n in scans]
    return [p for n in sorted(pages) for p in pages[n]], warnings


def join_rows_cut_by_pages(parts: list[Part]) -> list[Part]:
    """A table row that a page break cut in two becomes one row again.

    The page's last part is a table, the next page's first part a table whose
    first row has as many cells and an empty first cell (no STT: the row goes
    on) but text in another: that row is the end of the previous one
    (``Part.tail``), not a row of its own. A repeated header row (``STT``) or
    a new numbered row is left alone.
    """
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "table" and part.kind == "table" and prev.rows and part.rows
                and prev.tail is None and prev.page is not None and part.page == prev.page + 1):
            first = part.rows[0]
            if (len(first) == len(prev.rows[-1]) and not first[0].strip() and any(c.strip() for c in first[1:])):
                prev.tail, prev.tail_page = first, part.page
                if len(part.rows) == 1:
                    continue
                part = Part("table", page=part.page, rows=part.rows[1:], index=part.index)
        out.append(part)
    return out


def pdf_page_count(path: str | Path | BinaryIO) -> int:
    """A PDF's number of pages without reading its text (for limits and time allowances); ``path`` may be
    a file already open (the run's parent opens only what it checked is a regular file)."""
    with _lock:
        pdf = _open(path if hasattr(path, "read") else Path(path))
        try:
            return len(pdf)
        finally:
            pdf.close()


def read_pdf(path: str | Path) -> Document:
    """Read a PDF, e.g. a Sở's signed báo cáo exported from Word, or a scan."""
    p = Path(path)
    with _lock:
        pdf = _open(p)
        try:
            n_pages = len(pdf)
            check_page_count(n_pages)
            pdf.init_forms()  # before any page is loaded: a page rendered for OCR then shows its stamps
            parts, warnings = _read_pages(pdf, n_pages)
        finally:
            pdf.close()
    parts = join_rows_cut_by_pages(parts)
    if not any(x.text.strip() or x.rows for x in parts):
        raise ReadError("needs_ocr" if n_pages else "empty", "no text on any page")
    doc = build_document(source_of(p, "pdf", pages=n_pages), parts)
    doc.warnings.extend(warnings)
    doc.signatures = read_signatures(p)
    return doc
