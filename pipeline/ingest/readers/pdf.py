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

import ctypes
import os
import re
from functools import lru_cache
import shutil
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder  # at import: a forked child per document must not import it again

from pipeline.ingest.assemble import Part, build_document
from pipeline.core.errors import ReadError
from pipeline.core.resources import load_data
from pipeline.ingest.safety import check_page_count
from pipeline.core.source import source_of
from schemas.document import Document



@lru_cache(maxsize=1)
def _vi_marked() -> re.Pattern[str]:
    """Any letter only Vietnamese writes (data/normalise.yaml)."""
    return re.compile("[" + re.escape(load_data("normalise.yaml")["vietnamese_marked_letters"]) + "]", re.I)
_PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")
_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")
_SOFT_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen it took for end-of-line hyphenation

X_TOLERANCE = 3.0  # a gap wider than this between two glyphs is a space (pdfplumber's default)
MIN_WORD_GAP = 0.5  # a space PDFium inferred counts only across a gap at least this wide
Y_TOLERANCE = 3.0  # glyphs whose tops are this close are on one line
THIN = 2.0  # a path object thinner than this (pt) is a ruling line

# PDFium is not thread-safe: one lock for every call, held across a fork too, so
# that no thread of the parent is inside PDFium when a child is forked from it.
_lock = threading.RLock()
os.register_at_fork(before=lambda: _lock.acquire(), after_in_parent=lambda: _lock.release(),
                    after_in_child=lambda: globals().__setitem__("_lock", threading.RLock()))

Char = tuple[str, float, float, float, float]  # text (base letter + its marks), x0, x1, top, bottom


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


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


def _ocr_page(page: pdfium.PdfPage) -> str:
    import pytesseract

    image = page.render(scale=300 / 72).to_pil()
    return pytesseract.image_to_string(image, lang="vie")


# --- geometry: everything in pdfplumber's frame (x to the right, top measured down from the page top)


def _ruling_edges(page: pdfium.PdfPage, height: float) -> list[dict]:
    """The page's path objects as table edges: thin ones are lines, others give their four sides."""
    edges: list[dict] = []

    def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> None:
        edges.append({"object_type": "line_edge", "orientation": orientation, "x0": x0, "x1": x1,
                      "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top})

    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        left, bottom, right, top = l.value, b.value, r.value, t.value
        y0, y1 = height - top, height - bottom
        w, h = right - left, y1 - y0
        if h <= THIN < w:
            edge(left, (y0 + y1) / 2, right, (y0 + y1) / 2, "h")
        elif w <= THIN < h:
            edge((left + right) / 2, y0, (left + right) / 2, y1, "v")
        elif w > THIN and h > THIN:
            edge(left, y0, right, y0, "h")
            edge(left, y1, right, y1, "h")
            edge(left, y0, left, y1, "v")
            edge(right, y0, right, y1, "v")
    return edges


def _find_tables(edges: list[dict]) -> list:
    """pdfplumber's table finder ("lines" strategy) over edges we already have."""
    h = [e for e in edges if e["orientation"] == "h"]
    v = [e for e in edges if e["orientation"] == "v"]
    if len(h) < 2 or len(v) < 2:
        return []
    settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                "explicit_vertical_lines": v, "explicit_horizontal_lines": h}
    return TableFinder(None, settings).tables  # type: ignore[arg-type]  # the page is only needed for text strategies


def _chars(textpage: pdfium.PdfTextPage, height: float) -> list[Char]:
    """Every glyph drawn on the page with its loose box; a combining mark is glued to its base letter.

    Spaces and line breaks PDFium made up are dropped: lines and word gaps are
    decided from the boxes, so ``Giám đốc`` in NFD stays one line in a cell.
    """
    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range(0, n, force_this=True) if n else ""
    rect = pdfium_c.FS_RECTF()
    out: list[Char] = []
    pending_space = False
    for i, ch in enumerate(text[:n]):
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            # a space PDFium inferred: kept only where the glyphs really stand apart (below),
            # so a PDF that draws no space glyphs ("gópýdựthảo") keeps its words
            pending_space = pending_space or ch == " "
            continue
        if unicodedata.combining(ch) and out:
            c = out[-1]
            out[-1] = (c[0] + ch, c[1], c[2], c[3], c[4])
            continue
        if ch in "\r\n":
            pending_space = False
            continue
        if ch == _SOFT_HYPHEN:
            ch = "-"
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
        left, right, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
        if pending_space and out and out[-1][0] != " " and left - out[-1][2] > MIN_WORD_GAP \
                and abs(top - out[-1][3]) <= Y_TOLERANCE:
            prev = out[-1]
            out.append((" ", prev[2], prev[2], prev[3], prev[4]))
        pending_space = False
        out.append((ch, left, right, top, bottom))
    return out


def _lines_of(chars: list[Char]) -> list[tuple[float, str]]:
    """Glyphs grouped into lines (by top), each line left to right, words split at wide gaps."""
    if not chars:
        return []
    ordered = sorted(chars, key=lambda c: c[3])
    groups: list[list[Char]] = [[ordered[0]]]
    for c in ordered[1:]:
        if c[3] - groups[-1][-1][3] <= Y_TOLERANCE:
            groups[-1].append(c)
        else:
            groups.append([c])
    lines = []
    for group in groups:
        group.sort(key=lambda c: c[1])
        parts: list[str] = []
        prev = None
        for c in group:
            if prev is not None and c[1] - prev[2] > X_TOLERANCE and prev[0] != " " and c[0] != " ":
                parts.append(" ")
            parts.append(c[0])
            prev = c
        text = " ".join("".join(parts).split())
        if text:
            lines.append((group[0][3], text))
    return lines


def _table_rows(table, chars: list[Char], centres: list[tuple[float, float]]) -> list[list[str]]:
    """A found table's rows × cells; a cell's text is its glyphs' lines joined by newlines.

    A glyph belongs to the cell its centre lies in (pdfplumber's rule).
    """
    rows = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        in_row = [i for i, (x, y) in enumerate(centres) if x0 <= x < x1 and top <= y < bottom]
        cells = []
        for cell in row.cells:
            inside = []
            if cell is not None:
                cx0, ctop, cx1, cbottom = cell
                inside = [chars[i] for i in in_row if cx0 <= centres[i][0] < cx1 and ctop <= centres[i][1] < cbottom]
            cells.append("\n".join(t for _, t in _lines_of(inside)))
        rows.append(cells)
    return rows


def _outside(centres: list[tuple[float, float]], boxes: list[tuple[float, float, float, float]]) -> list[int]:
    """Indexes of glyphs whose centre is in none of ``boxes``."""
    return [i for i, (x, y) in enumerate(centres)
            if not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)]


# --- pages


def _plain_lines(textpage: pdfium.PdfTextPage, height: float) -> Iterator[tuple[float, str]]:
    """PDFium's own lines with their top: the fast path for a page without tables."""
    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    if not n:
        return
    text = textpage.get_text_range(0, n, force_this=True)
    rect = pdfium_c.FS_RECTF()
    for m in _LINE.finditer(text):
        # a hyphen at a line's end comes back as U+FFFE with the next line glued on
        # ("3906/KH￾SCT"): give the hyphen back and the line break with it, as drawn
        start = m.start()
        for piece in m.group().split(_SOFT_HYPHEN):
            stripped = piece.strip()
            if stripped:
                pdfium_c.FPDFText_GetLooseCharBox(raw, start + len(piece) - len(piece.lstrip()), rect)
                yield height - rect.top, stripped + ("-" if start + len(piece) < m.end() else "")
            start += len(piece) + 1


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


def _page_parts(page: pdfium.PdfPage, number: int) -> list[Part]:
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        tables = _find_tables(_ruling_edges(page, height))
        items: list[tuple[float, Part]] = []
        if tables:
            chars = _chars(textpage, height)
            centres = [((c[1] + c[2]) / 2, (c[3] + c[4]) / 2) for c in chars]
            body = [chars[i] for i in _outside(centres, [t.bbox for t in tables])]
            items += [(top, Part("paragraph", page=number, text=text)) for top, text in _lines_of(body)]
            for t in tables:
                rows = _table_rows(t, chars, centres)
                if any(any(c.strip() for c in r) for r in rows):
                    items.append((t.bbox[1], Part("table", page=number, rows=rows)))
        else:
            items += [(top, Part("paragraph", page=number, text=text)) for top, text in _plain_lines(textpage, height)]
    finally:
        textpage.close()
    parts = _in_reading_order(items)
    # a bare page number at the top or bottom of the page is not document text
    while parts and parts[0].kind == "paragraph" and _PAGE_NUMBER.match(parts[0].text):
        parts.pop(0)
    while parts and parts[-1].kind == "paragraph" and _PAGE_NUMBER.match(parts[-1].text):
        parts.pop()
    return parts


def _has_image(page: pdfium.PdfPage) -> bool:
    return next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])), None) is not None


def _open(p: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(p))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ReadError("encrypted", str(e)) from e
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
    except Exception as e:  # a file that vanished or cannot be opened
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e


def _read_pages(pdf: pdfium.PdfDocument, n_pages: int) -> tuple[list[Part], list[str]]:
    parts: list[Part] = []
    warnings: list[str] = []
    for number in range(1, n_pages + 1):
        try:
            page = pdf[number - 1]
        except Exception as e:
            raise ReadError("unreadable", f"page {number}: {type(e).__name__}: {e}") from e
        try:
            try:
                page_parts = _page_parts(page, number)
            except Exception as e:
                raise ReadError("unreadable", f"page {number}: {type(e).__name__}: {e}") from e
            text = "\n".join(x.text for x in page_parts)
            scanned = not text.strip() and _has_image(page)
            garbage = bool(text.strip()) and not _looks_vietnamese(text)
            if scanned or garbage:
                if not tesseract_available():
                    raise ReadError("needs_ocr", f"page {number} has {'no' if scanned else 'an unreadable'} text layer")
                ocr = _ocr_page(page)
                page_parts = [Part("paragraph", page=number, text=line) for line in ocr.splitlines()]
                warnings.append(f"page {number}: text by OCR")
            parts.extend(page_parts)
        finally:
            page.close()
    return parts, warnings


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


def pdf_page_count(path: str | Path) -> int:
    """A PDF's number of pages without reading its text (for limits and time allowances)."""
    with _lock:
        pdf = _open(Path(path))
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
            parts, warnings = _read_pages(pdf, n_pages)
        finally:
            pdf.close()
    parts = join_rows_cut_by_pages(parts)
    if not any(x.text.strip() or x.rows for x in parts):
        raise ReadError("needs_ocr" if n_pages else "empty", "no text on any page")
    doc = build_document(source_of(p, "pdf", pages=n_pages), parts)
    doc.warnings.extend(warnings)
    return doc
