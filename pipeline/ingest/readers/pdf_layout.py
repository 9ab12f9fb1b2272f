"""PDF page geometry: glyphs with boxes, lines by position, ruling lines and table cells.

Everything is in pdfplumber's frame (x to the right, top measured down from
the page top). Characters are laid out here, not by PDFium, where PDFium would
break words inside narrow cells of decomposed text (``Giám đô⏎́c``): a
combining mark stays with its base letter.
"""
from __future__ import annotations

import ctypes
import re
import unicodedata
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder  # at import: a forked child per document must not import it again

from pipeline.ingest.readers.columns import MIDDLE, Piece, reading_lines


_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")
_SOFT_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen it took for end-of-line hyphenation

X_TOLERANCE = 3.0  # a gap wider than this between two glyphs is a space (pdfplumber's default)
MIN_WORD_GAP = 0.5  # a space PDFium inferred counts only across a gap at least this wide
Y_TOLERANCE = 3.0  # glyphs whose tops are this close are on one line
THIN = 2.0  # a path object thinner than this (pt) is a ruling line
COLUMN_GAP = 28.0  # glyphs of one PDFium line this far apart (pt) are in two columns


Char = tuple[str, float, float, float, float]  # text (base letter + its marks), x0, x1, top, bottom



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


_ASCENT, _DESCENT = 0.9, 0.25  # a glyph's loose box from its baseline, in font sizes (when PDFium's is wrong)


def char_box(raw, i: int, height: float, rect) -> tuple[float, float, float, float]:
    """Glyph ``i``'s loose box as (left, right, top, bottom), top measured down from the page top.

    PDFium's loose box is the font's full height at the glyph, but on some pages
    (LibreOffice's justified lines) it comes back on another line: ``Toàn tỉnh``
    drawn at 270 pt with a loose top of 159 pt, over the title's line. When the
    glyph's tight box does not lie inside it, the box is rebuilt from the glyph's
    baseline and font size.
    """
    pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
    left, right, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
    l, r, b, t = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    if pdfium_c.FPDFText_GetCharBox(raw, i, ctypes.byref(l), ctypes.byref(r), ctypes.byref(b), ctypes.byref(t)):
        tight_top, tight_bottom = height - t.value, height - b.value
        # rebuilt only when the glyph does not stand in its loose box (its middle outside): an ascender or
        # a stacked mark a point above the font's box ("b", "ế" at 12 pt) is on its line, not another
        if tight_bottom > tight_top and not (top <= (tight_top + tight_bottom) / 2 <= bottom):
            x, y = ctypes.c_double(), ctypes.c_double()
            size = pdfium_c.FPDFText_GetFontSize(raw, i) or (tight_bottom - tight_top)
            if pdfium_c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(x), ctypes.byref(y)):
                top, bottom = height - (y.value + _ASCENT * size), height - (y.value - _DESCENT * size)
    return left, right, top, bottom


def _chars(textpage: pdfium.PdfTextPage, height: float, start: int = 0, stop: int | None = None) -> list[Char]:
    """Every glyph drawn on the page (those of the text stream from ``start`` to ``stop``) with its
    loose box; a combining mark is glued to its base letter.

    Spaces and line breaks PDFium made up are dropped: lines and word gaps are
    decided from the boxes, so ``Giám đốc`` in NFD stays one line in a cell.
    """
    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range(0, n, force_this=True) if n else ""
    rect = pdfium_c.FS_RECTF()
    out: list[Char] = []
    pending_space = False
    for i in range(start, n if stop is None else min(stop, n)):
        ch = text[i] if i < len(text) else ""
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
        left, right, top, bottom = char_box(raw, i, height, rect)
        if pending_space and out and out[-1][0] != " " and left - out[-1][2] > MIN_WORD_GAP \
                and abs(top - out[-1][3]) <= Y_TOLERANCE:
            prev = out[-1]
            out.append((" ", prev[2], prev[2], prev[3], prev[4]))
        pending_space = False
        out.append((ch, left, right, top, bottom))
    return out


def _line_pieces(chars: list[Char], width: float | None = None) -> list[Piece]:
    """Glyphs grouped into lines (by top), each line left to right, words split at wide gaps;
    given the page's width, a line is also cut where a COLUMN_GAP crosses the page's middle."""
    if not chars:
        return []
    ordered = sorted(chars, key=lambda c: c[3])
    groups: list[list[Char]] = [[ordered[0]]]
    for c in ordered[1:]:
        if c[3] - groups[-1][-1][3] <= Y_TOLERANCE:
            groups[-1].append(c)
        else:
            groups.append([c])
    lo, hi = (MIDDLE[0] * width, MIDDLE[1] * width) if width else (0.0, 0.0)
    out: list[Piece] = []
    for group in groups:
        group.sort(key=lambda c: c[1])
        runs: list[list[Char]] = [[]]
        for c in group:
            prev = runs[-1][-1] if runs[-1] else None
            if prev is not None and width and c[1] - prev[2] > COLUMN_GAP and prev[2] < hi and c[1] > lo:
                runs.append([])
            runs[-1].append(c)
        for run in runs:
            parts: list[str] = []
            prev = None
            for c in run:
                if prev is not None and c[1] - prev[2] > X_TOLERANCE and prev[0] != " " and c[0] != " ":
                    parts.append(" ")
                parts.append(c[0])
                prev = c
            text = " ".join("".join(parts).split())
            if text:
                out.append(Piece(group[0][3], run[0][1], run[-1][2], text))
    return out


def _lines_of(chars: list[Char]) -> list[tuple[float, str]]:
    """Glyphs grouped into lines (by top), each line left to right, words split at wide gaps."""
    return [(p.top, p.text) for p in _line_pieces(chars)]


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


def _split_at_gaps(raw, start: int, piece: str, height: float, width: float, rect) -> Iterator[Piece]:
    """A PDFium line cut where its glyphs stand more than COLUMN_GAP apart across the page's middle
    (two columns on one baseline: ``SỞ GIÁO DỤC VÀ ĐÀO TẠO    NAM``)."""
    lo, hi = MIDDLE[0] * width, MIDDLE[1] * width
    seg_start, seg_x0, prev_x1, top = None, 0.0, 0.0, 0.0
    for k, ch in enumerate(piece):
        if ch.isspace():
            continue
        left, right, glyph_top, _ = char_box(raw, start + k, height, rect)
        if seg_start is None:
            seg_start, seg_x0, top = k, left, glyph_top
        elif left - prev_x1 > COLUMN_GAP and prev_x1 < hi and left > lo:
            yield Piece(top, seg_x0, prev_x1, piece[seg_start:k].strip())
            seg_start, seg_x0, top = k, left, glyph_top
        prev_x1 = right
    if seg_start is not None:
        yield Piece(top, seg_x0, prev_x1, piece[seg_start:].strip())


def _plain_pieces(textpage: pdfium.PdfTextPage, height: float, width: float) -> Iterator[Piece]:
    """PDFium's own lines with their boxes, cut at column gaps: the fast path for a page without tables."""
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
            if piece.strip():
                cut = list(_split_at_gaps(raw, start, piece, height, width, rect))
                if start + len(piece) < m.end():
                    cut[-1] = cut[-1]._replace(text=cut[-1].text + "-")
                yield from cut
            start += len(piece) + 1


def _plain_lines(textpage: pdfium.PdfTextPage, height: float, width: float) -> list[tuple[float, str]]:
    """The page's lines in reading order (the header as two columns) with their tops."""
    return reading_lines(list(_plain_pieces(textpage, height, width)), width)
