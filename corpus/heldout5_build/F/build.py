# -*- coding: utf-8 -*-
"""Build set F: python build.py  (DOCX/TXT into corpus/heldout5/F; PDF stems written as DOCX
into _pdfsrc/, then convert.sh converts them one at a time)."""
import os, sys, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "../../heldout5/F"))
PDFSRC = os.path.join(HERE, "_pdfsrc")

def is_upper(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)

def blocks(text):
    out, rows = [], []
    for line in text.strip("\n").split("\n"):
        if line.startswith("| "):
            rows.append([c.strip() for c in line[2:].split(" | ")]); continue
        if rows:
            out.append(("table", rows)); rows = []
        if line.startswith("@HDR ") or line.startswith("@SIG "):
            l, r = line[5:].split(" || ")
            out.append((line[1:4].lower(), l.split(";"), r.split(";")))
        else:
            out.append(("p", line))
    if rows: out.append(("table", rows))
    return out

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def cell_lines(cell, lines, bold_first=False, center=True):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln.replace("*", "") if ln != "*" else "")
        if ln == "*": r.text = "*"
        r.bold = is_upper(ln) and not ln.startswith("- ")
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def make_docx(stem, text, path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(0)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(2.2)
    first_title = True
    for b in blocks(text):
        if b[0] in ("hdr", "sig"):
            t = d.add_table(rows=1, cols=2); no_borders(t)
            if b[0] == "hdr":
                cell_lines(t.cell(0, 0), b[1]); cell_lines(t.cell(0, 1), b[2])
            else:
                cell_lines(t.cell(0, 0), b[1], center=False); cell_lines(t.cell(0, 1), b[2])
            d.add_paragraph("")
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j); cell.text = c
                    if i == 0 or c in ("Tổng cộng", "Toàn tỉnh", "Toàn xã", "Toàn ngành", "Chung"):
                        for r in cell.paragraphs[0].runs: r.bold = True
        else:
            line = b[1]
            p = d.add_paragraph()
            r = p.add_run(line)
            if is_upper(line):
                r.bold = True
                if not line[:2].rstrip(".").isalpha() or line in ("BÁO CÁO", "KẾ HOẠCH"):
                    pass
                if line in ("BÁO CÁO", "KẾ HOẠCH"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif first_title and len(d.paragraphs) > 1 and d.paragraphs[-2].text in ("BÁO CÁO", "KẾ HOẠCH"):
                r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; first_title = False
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
    d.core_properties.author = "heldout5-F"
    d.save(path)

def make_txt(stem, text, path, style):
    out = []
    for b in blocks(text):
        if b[0] == "hdr":
            L, R = b[1], b[2]
            for i in range(max(len(L), len(R))):
                l = L[i] if i < len(L) else ""; r = R[i] if i < len(R) else ""
                out.append(f"{l:<38}{r}".rstrip())
            out.append("")
        elif b[0] == "sig":
            for ln in b[2]: out.append(" " * 40 + ln if ln else "")
            out.append("")
            out.extend(b[1])
        elif b[0] == "table":
            if style == "tabs":
                for row in b[1]: out.append("\t".join(row))
            else:
                w = [max(len(r[j]) for r in b[1]) + 2 for j in range(len(b[1][0]))]
                for row in b[1]: out.append("".join(c.ljust(w[j]) for j, c in enumerate(row)).rstrip())
        else:
            out.append(b[1])
    s = unicodedata.normalize("NFC", "\n".join(out) + "\n")
    open(path, "w", encoding="utf-8").write(s)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True); os.makedirs(PDFSRC, exist_ok=True)
    for stem, spec in DOCS.items():
        if spec["fmt"] == "docx":
            make_docx(stem, spec["text"], os.path.join(OUT, stem + ".docx"))
        elif spec["fmt"] == "pdf":
            make_docx(stem, spec["text"], os.path.join(PDFSRC, stem + ".docx"))
        else:
            make_txt(stem, spec["text"], os.path.join(OUT, stem + ".txt"),
                     "tabs" if stem.startswith("f07") else "spaces")
        print("built", stem, spec["fmt"])
