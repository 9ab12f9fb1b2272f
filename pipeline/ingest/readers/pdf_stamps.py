"""E-office stamps: text drawn in signature-widget appearances, put back where it is printed.

An e-office system stamps the document's number and day onto the signed PDF
at issuance. They are not page content: every form field is a signature field
(``/FT /Sig``) whose appearance stream draws ``1547`` over ``Số: /SNV-TCBC``
and ``18`` and ``9`` into ``ngày … tháng …``. PDFium's text page does not see
them; flattening the page's annotations into its content
(``FPDFPage_Flatten(FLAT_NORMALDISPLAY)``) and reloading the page does, with a
box for every character, but they come *last* in the text stream. The PDF
reader then lays every glyph out by its box (``pdf_layout``), the stamp's
glyphs first moved onto the printed line they overlap (``snap``), so
``Số: /SNV-TCBC`` + ``1547`` reads ``Số: 1547/SNV-TCBC``. Only pages that carry
widget annotations are flattened.
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


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


def _overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return max(0.0, min(a_bottom, b_bottom) - max(a_top, b_top))


def snap(own: list, stamp: list) -> list:
    """Stamped glyph boxes (``pdf_layout.Char`` tuples) moved onto the printed line they overlap by more
    than half their height, at the nearest printed glyph's top and bottom; the others stay where drawn."""
    out = []
    for c in stamp:
        h = max(c[4] - c[3], 0.1)
        beside = [o for o in own if _overlap(o[3], o[4], c[3], c[4]) > 0.5 * min(h, o[4] - o[3])]
        if beside:
            o = min(beside, key=lambda o: abs(o[1] - c[1]))
            c = (c[0], c[1], c[2], o[3], o[4])
        out.append(c)
    return out
