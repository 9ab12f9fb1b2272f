"""E-office stamps: text drawn in signature-widget appearances, put back where it is printed.

An e-office system stamps the document's number and day onto the signed PDF
at issuance. They are not page content: every form field is a signature field
(``/FT /Sig``) whose appearance stream draws ``1547`` over ``Số: /SNV-TCBC``
and ``18`` and ``9`` into ``ngày … tháng …``. PDFium's text page does not see
them; flattening the page's annotations into its content
(``FPDFPage_Flatten(FLAT_NORMALDISPLAY)``) and reloading the page does, with a
box for every character, but they come *last* in the text stream. So each
stamped word is laid into the line it is printed on, at its x position:
``Số: /SNV-TCBC`` + ``1547`` → ``Số: 1547/SNV-TCBC``; a stamped word that sits
on no printed line (a signature box's ``Ký bởi: …``) becomes a line of its own
at its height.

Only pages that have widget annotations are flattened, and only when the
flattened text still starts with the page's own text; anything else keeps the
page as it was.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

NO_SPACE_BEFORE = set("/-.,;:)]”’%")
NO_SPACE_AFTER = set("/-([“‘")
WORD_GAP = 1.5  # pt between two stamped glyphs that still belong to one word


@dataclass
class Glyph:
    index: int
    ch: str
    left: float
    right: float
    top: float  # measured down from the page top
    bottom: float


@dataclass
class Word:
    text: str
    left: float
    right: float
    top: float
    bottom: float


def has_widgets(page: pdfium.PdfPage) -> bool:
    """Does the page carry widget annotations (form fields, signature boxes)?"""
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_WIDGET:
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return False


def flatten(pdf: pdfium.PdfDocument, index: int, page: pdfium.PdfPage) -> pdfium.PdfPage:
    """The page with its annotations drawn into its content, reloaded (the caller closes it)."""
    pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY)
    page.close()
    return pdf[index]


def glyphs(textpage: pdfium.PdfTextPage, height: float, start: int = 0) -> list[Glyph]:
    """The drawn characters from ``start`` on, with their boxes (PDFium's made-up spaces dropped)."""
    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    rect = pdfium_c.FS_RECTF()
    out = []
    for i in range(start, n):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        ch = chr(code) if code else ""
        if not ch.strip() or pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect))
        out.append(Glyph(i, ch, rect.left, rect.right, height - rect.top, height - rect.bottom))
    return out


def words(stamp: list[Glyph]) -> list[Word]:
    """Stamped glyphs grouped into words: same line, next to each other."""
    out: list[Word] = []
    for g in stamp:
        w = out[-1] if out else None
        same_line = w is not None and min(w.bottom, g.bottom) - max(w.top, g.top) > 0.5 * min(w.bottom - w.top, g.bottom - g.top)
        if w is not None and same_line and -WORD_GAP <= g.left - w.right <= WORD_GAP:
            w.text += g.ch
            w.right, w.top, w.bottom = g.right, min(w.top, g.top), max(w.bottom, g.bottom)
        else:
            out.append(Word(g.ch, g.left, g.right, g.top, g.bottom))
    return out


def _overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return max(0.0, min(a_bottom, b_bottom) - max(a_top, b_top))


def placements(text: str, own: list[Glyph], stamp: list[Word]) -> tuple[dict[int, list[str]], list[Word]]:
    """Where each stamped word goes in ``text`` (the page's own text): ``{index: [words]}`` and the words left over.

    ``own`` are the page's own glyphs with their index into ``text``. A word goes
    into the printed line whose glyphs overlap it vertically by more than half its
    height and that it sits beside (the nearest glyph horizontally), before the
    first glyph of that line to its right. A word beside no printed line is left
    over (a signature box's ``Ký bởi: …``): it becomes a line of its own.
    """
    inserts: dict[int, list[str]] = {}
    alone: list[Word] = []
    for w in stamp:
        h = max(w.bottom - w.top, 0.1)
        beside = [g for g in own if _overlap(g.top, g.bottom, w.top, w.bottom) > 0.5 * min(h, g.bottom - g.top)]
        if not beside:
            alone.append(w)
            continue
        centre = (w.left + w.right) / 2
        nearest = min(beside, key=lambda g: min(abs(g.left - centre), abs(g.right - centre)))
        line_start = text.rfind("\n", 0, nearest.index) + 1
        line_end = text.find("\n", nearest.index)
        line_end = len(text) if line_end < 0 else line_end
        line = sorted((g for g in beside if line_start <= g.index < line_end), key=lambda g: g.left)
        right = next((g for g in line if (g.left + g.right) / 2 > centre), None)
        at = right.index if right is not None else max(g.index for g in line) + 1
        inserts.setdefault(at, []).append(w.text)
    return inserts, alone


def insert(piece: str, offset: int, inserts: dict[int, list[str]]) -> str:
    """``piece`` (the page text from ``offset`` on) with the stamped words placed in it, spaced as printed."""
    out: list[str] = []
    for i, ch in enumerate(piece):
        for word in inserts.get(offset + i, ()):
            if out and out[-1] not in " " and out[-1][-1] not in NO_SPACE_AFTER and word[0] not in NO_SPACE_BEFORE:
                out.append(" ")
            out.append(word)
            if ch not in " " and ch not in NO_SPACE_BEFORE and word[-1] not in NO_SPACE_AFTER:
                out.append(" ")
        out.append(ch)
    for word in inserts.get(offset + len(piece), ()):
        if out and out[-1] != " " and word[0] not in NO_SPACE_BEFORE:
            out.append(" ")
        out.append(word)
    return "".join(out)


def alone_lines(alone: list[Word]) -> list[tuple[float, str]]:
    """Left-over stamped words as lines: words on one line joined left to right."""
    rows: list[list[Word]] = []
    for w in sorted(alone, key=lambda w: w.top):
        if rows and _overlap(rows[-1][0].top, rows[-1][0].bottom, w.top, w.bottom) > 0.5 * (w.bottom - w.top):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [(r[0].top, " ".join(w.text for w in sorted(r, key=lambda w: w.left))) for r in rows]


def snap(own: list, stamp: list) -> list:
    """Stamped glyph boxes (``Char`` tuples) moved onto the printed line they overlap, for the table path."""
    out = []
    for c in stamp:
        h = max(c[4] - c[3], 0.1)
        beside = [o for o in own if _overlap(o[3], o[4], c[3], c[4]) > 0.5 * min(h, o[4] - o[3])]
        if beside:
            o = min(beside, key=lambda o: abs(o[1] - c[1]))
            c = (c[0], c[1], c[2], o[3], o[4])
        out.append(c)
    return out
