# -*- coding: utf-8 -*-
"""Build set C: /work/main/.venv/bin/python build.py"""
import os, shutil, subprocess, tempfile, textwrap, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docs import DOCS

OUT = "/work/main/corpus/heldout5/C"
FORMATS = {
    "c01_xlongthanh_bc_t9": "docx", "c02_xlongthanh_bc_t11": "pdf", "c03_ptranbien_bc": "docx",
    "c04_xdinhquan_kh": "txt_tab", "c05_plongkhanh_bc": "txt_wrap", "c06_xxuanloc_bc": "pdf",
    "c07_pbinhphuoc_bc": "docx", "c08_xtanphu_bc": "txt_plain", "c09_ubndt_bc": "pdf",
    "c10_thcs_nhontrach_bc": "docx",
}

def cell_lines(cell, lines, bold_idx=(), center=True, size=12):
    cell.text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln); r.bold = i in bold_idx; r.font.size = Pt(size)
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None: tblPr.remove(b)

def make_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2.2))
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(3)
    # Decree-30 header: two-column table
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), d["org"] + ["", d["number"]], bold_idx=(1,) if len(d["org"]) > 1 else (0,))
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", d["place_date"]], bold_idx=(0, 1))
    t.cell(0, 1).paragraphs[-1].runs[0].italic = True
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(d["type"]); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(d["title"]); r.bold = True
    doc.add_paragraph()
    for kind, val in d["blocks"]:
        if kind == "h":
            p = doc.add_paragraph(); p.add_run(val).bold = True
        elif kind == "p":
            p = doc.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
        elif kind == "t":
            tb = doc.add_table(rows=len(val), cols=len(val[0])); tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    bold = i == 0 or (row[0] == "" and j == 1) or (i == len(val) - 1 and val[i][0] == "")
                    cell_lines(tb.cell(i, j), [c], bold_idx=(0,) if bold else (), center=(j != 1 or i == 0), size=11)
            doc.add_paragraph()
    # signature: two-column table
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), ["Nơi nhận:"] + d["recipients"], bold_idx=(0,), center=False, size=11)
    cell_lines(t.cell(0, 1), d["sig"] + ["", "", "", d["signer"]], bold_idx=tuple(range(len(d["sig"]))) + (len(d["sig"]) + 3,))
    doc.save(path)

def header_block(d):
    return d["org"] + [d["number"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", d["place_date"]]

def sig_block(d):
    return ["Nơi nhận:"] + d["recipients"] + [""] + d["sig"] + ["", d["signer"]]

def txt_plain(d):
    L = header_block(d) + ["", d["type"], d["title"], ""]
    for kind, val in d["blocks"]:
        if kind == "t":
            for row in val: L.append(" | ".join(row))
        else:
            L.append(val)
    return "\n".join(L + [""] + sig_block(d)) + "\n"

def txt_tab(d):
    org = d["org"]
    L = [f"{org[0]}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"{org[1]}\tĐộc lập - Tự do - Hạnh phúc",
         f"{d['number']}\t{d['place_date']}", "", d["type"], d["title"], ""]
    for kind, val in d["blocks"]:
        if kind == "t":
            for row in val: L.append("\t".join(row))
        else:
            L.append(val)
    L += ["", "Nơi nhận:\t" + d["sig"][0]]
    rest = d["recipients"]; sig = d["sig"][1:] + ["", d["signer"]]
    for i in range(max(len(rest), len(sig))):
        a = rest[i] if i < len(rest) else ""; b = sig[i] if i < len(sig) else ""
        L.append(f"{a}\t{b}")
    return "\n".join(L) + "\n"

def txt_wrap(d, width=70):
    L = header_block(d) + ["", d["type"]] + textwrap.wrap(d["title"], width) + [""]
    for kind, val in d["blocks"]:
        if kind == "t":
            for row in val: L.append(" | ".join(row))
        else:
            L += textwrap.wrap(val, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(L + [""] + sig_block(d)) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    for stem, fmt in FORMATS.items():
        d = DOCS[stem]
        if fmt == "docx":
            make_docx(d, f"{OUT}/{stem}.docx")
        elif fmt == "pdf":
            tmp = tempfile.mkdtemp(prefix="setc_")
            make_docx(d, f"{tmp}/{stem}.docx")
            subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/lo_setC", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, f"{tmp}/{stem}.docx"], check=True,
                           stdout=subprocess.DEVNULL)
            shutil.copy(f"{tmp}/{stem}.pdf", f"{OUT}/{stem}.pdf"); shutil.rmtree(tmp)
        else:
            txt = {"txt_tab": txt_tab, "txt_wrap": txt_wrap, "txt_plain": txt_plain}[fmt](d)
            open(f"{OUT}/{stem}.txt", "w", encoding="utf-8").write(unicodedata.normalize("NFC", txt))
        print("built", stem, fmt)

if __name__ == "__main__":
    main()
