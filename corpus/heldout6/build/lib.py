"""Small python-docx builder for Vietnamese administrative documents (heldout6).

A document spec is a dict:
  header: {"left": [...], "right": [...], "style": "table" | "tabs", "bold_left": [idx...]}
  kind:   "BÁO CÁO" / "KẾ HOẠCH" / None (công văn: V/v lines sit in header.left)
  title:  [lines]            (bold, centred, under kind)
  kinh_gui: [lines] or None
  body:   [("h", text) | ("p", text) | ("pl", text) (no indent) | ("table", rows, widths_cm)]
  noi_nhan: [lines]          (first is "Nơi nhận:")
  sig:    [authority lines ..., position]
  name:   "Họ Tên"
  sig_offset: int            (empty lines above the authority line in the right cell)
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Times New Roman"


def _font(run, size=13, bold=False, italic=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)


def _para(container, text, size=13, bold=False, italic=False, align=None, indent=None, space_after=0):
    p = container.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, italic)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    return p


def _cell_para(cell, text, first, **kw):
    if first:
        p = cell.paragraphs[0]
        if text:
            _font(p.add_run(text), kw.get("size", 13), kw.get("bold", False), kw.get("italic", False))
        if kw.get("align") is not None:
            p.alignment = kw["align"]
        p.paragraph_format.space_after = Pt(0)
        return p
    return _para(cell, text, **kw)


def _set_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths_cm[i])


C = WD_ALIGN_PARAGRAPH.CENTER
J = WD_ALIGN_PARAGRAPH.JUSTIFY
L = WD_ALIGN_PARAGRAPH.LEFT


def build(spec, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(13)

    h = spec["header"]
    if h.get("style", "table") == "table":
        t = doc.add_table(rows=1, cols=2)
        _set_widths(t, h.get("widths", [7.2, 9.3]))
        for col, key in ((0, "left"), (1, "right")):
            cell = t.rows[0].cells[col]
            for i, line in enumerate(h[key]):
                bold = i in h.get("bold_" + key, [])
                italic = line.startswith(("Đồng Nai, ngày", "Trảng Bom, ngày", "Trấn Biên, ngày", "Xuân Lộc, ngày"))
                small = line.startswith("V/v") or h.get("vv_from") is not None and col == 0 and i >= h["vv_from"]
                size = 12 if small or line.isupper() and len(line) > (30 if col else 20) else 13
                _cell_para(cell, line, i == 0, size=size, bold=bold, italic=italic, align=C)
    else:  # tab-separated header lines, as many Word users type them
        for line in h["lines"]:
            p = _para(doc, "", size=12)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(11.9), WD_TAB_ALIGNMENT.CENTER)
            left, _, right = line.partition("\t")
            _font(p.add_run(left), 12, bold=left.isupper() and bool(left.strip()))
            if right:
                _font(p.add_run("\t" + right), 12, bold=right.isupper(), italic=right.startswith("Đồng Nai, ngày"))

    _para(doc, "")
    if spec.get("kind"):
        _para(doc, spec["kind"], size=14, bold=True, align=C)
    for line in spec.get("title", []):
        _para(doc, line, size=14, bold=True, align=C)
    if spec.get("kinh_gui"):
        _para(doc, "")
        for i, line in enumerate(spec["kinh_gui"]):
            p = _para(doc, line, align=C if len(spec["kinh_gui"]) == 1 else L)
            if i > 0:
                p.paragraph_format.left_indent = Cm(3)
    _para(doc, "")
    for item in spec["body"]:
        kind = item[0]
        if kind == "h":
            _para(doc, item[1], bold=True, align=J, indent=1, space_after=3)
        elif kind == "p":
            _para(doc, item[1], align=J, indent=1, space_after=3)
        elif kind == "pl":
            _para(doc, item[1], align=L, space_after=3)
        elif kind == "table":
            rows, widths = item[1], item[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            _set_widths(t, widths)
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.rows[r].cells[c]
                    _cell_para(cell, val, True, size=12, bold=(r == 0), align=C if (r == 0 or c > 0) else L)
            _para(doc, "")
    _para(doc, "")
    # signature block: borderless two-column table
    t = doc.add_table(rows=1, cols=2)
    _set_widths(t, spec.get("sig_widths", [8.0, 8.2]))
    left, right = t.rows[0].cells
    for i, line in enumerate(spec["noi_nhan"]):
        if i == 0:
            _cell_para(left, line, True, size=12, bold=True, italic=True, align=L)
        else:
            _cell_para(left, line, False, size=11, align=L)
    lines = [""] * spec.get("sig_offset", 0) + list(spec["sig"])
    for i, line in enumerate(lines):
        _cell_para(right, line, i == 0, size=13, bold=True, align=C)
    for _ in range(3):
        _cell_para(right, "", False, size=13, align=C)
    _cell_para(right, spec["name"], False, size=13, bold=True, align=C)
    doc.core_properties.author = spec.get("author", "Văn thư")
    doc.save(path)
