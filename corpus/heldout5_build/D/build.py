"""Build set D of the heldout5 matrix development set.
Run: /work/main/.venv/bin/python build.py   (needs soffice for the PDFs)"""
import os, subprocess, sys, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "heldout5", "D")
sys.path.insert(0, HERE)
from docs import DOCS   # stem -> (ext, blocks)

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(ln)
            r.bold = ln.isupper()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def grid(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            if i == 0 or row[0] in ("", "Tổng cộng", "Toàn Sở"):
                for r in c.paragraphs[0].runs:
                    r.bold = True

def build_docx(blocks, path):
    doc = Document()
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(2.0))
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"; st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(3)
    for b in blocks:
        kind = b[0]
        if kind == "hdr":
            header_table(doc, b[1], b[2])
        elif kind == "tbl":
            grid(doc, b[1])
        else:
            text = b[1]
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind in ("c", "cb"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if kind == "cb" or kind == "b":
                r.bold = True
            if kind == "i":
                r.italic = True
    doc.save(path)

def build_txt(blocks, path):
    lines = []
    for b in blocks:
        if b[0] == "hdr":
            for l, r in zip(b[1] + [""] * 9, b[2] + [""] * 9):
                if l or r:
                    lines.append(f"{l:<44}{r}".rstrip())
        elif b[0] == "tbl":
            for row in b[1]:
                lines.append(" | ".join(row))
        else:
            lines.append(b[1])
        lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write(unicodedata.normalize("NFC", "\n".join(lines)))

def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = os.path.join(HERE, "_docx_tmp"); os.makedirs(tmp, exist_ok=True)
    for stem, (ext, blocks) in DOCS.items():
        if ext == "txt":
            build_txt(blocks, os.path.join(OUT, stem + ".txt"))
        elif ext == "docx":
            build_docx(blocks, os.path.join(OUT, stem + ".docx"))
        elif ext == "pdf":
            src = os.path.join(tmp, stem + ".docx")
            build_docx(blocks, src)
            subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/lo_D",
                            "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                           check=True, stdout=subprocess.DEVNULL)
        print("built", stem, ext)

if __name__ == "__main__":
    main()
