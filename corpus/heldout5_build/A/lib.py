"""Small python-docx helpers for set A (header block, paragraphs, tables, signature)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(2))
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(3)
    return d


def _cell_lines(cell, lines, bold=False, center=True, size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        b = bold
        if ln.startswith("**"):
            ln, b = ln[2:], True
        r = p.add_run(ln)
        r.bold = b
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header(d, left, right, size=12):
    """left/right: lists of lines; '**' prefix = bold."""
    t = d.add_table(rows=1, cols=2)
    _cell_lines(t.rows[0].cells[0], left, size=size)
    _cell_lines(t.rows[0].cells[1], right, size=size)
    return t


def para(d, text, bold=False, italic=False, center=False, right=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if center else
                   WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.JUSTIFY)
    return p


def table(d, rows, bold_rows=(0,), size=11):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            _cell_lines(t.rows[i].cells[j], [val], bold=(i in bold_rows or i == len(rows) - 1 and row[1].startswith(("Toàn", "Tổng", "Cộng"))),
                        center=(j != 1 or i == 0), size=size)
    return t


def signature(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2)
    _cell_lines(t.rows[0].cells[0], left, center=False, size=10)
    _cell_lines(t.rows[0].cells[1], right, size=size)
    return t
