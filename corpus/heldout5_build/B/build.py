# -*- coding: utf-8 -*-
"""Build set B: /work/main/.venv/bin/python build.py  (writes ../../heldout5/B/)"""
import os, textwrap, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import docs

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout5", "B")
OUT = os.path.normpath(OUT)

def hard_wrap(paras, width, stray_every=7):
    """Wrap each paragraph at `width` (trailing space kept on broken lines, as in
    the seeds); every `stray_every`-th wrapped line gets a stray blank line after it."""
    out, n = [], 0
    for p in paras:
        if len(p) <= width:
            out.append(p); continue
        lines = textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            out.append(ln if last else ln + " ")
            n += 1
            if not last and n % stray_every == 0:
                out.append("")
    return out

def tab_lines(rows):
    out = []
    for r in rows:
        out.extend("\t" + c for c in r)
        out.append("")
    return out

def write_txt(stem, lines, nfd=False):
    text = "\n".join(lines) + "\n"
    text = unicodedata.normalize("NFD" if nfd else "NFC", text)
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

def write_docx(stem, paras):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2.54))
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(0)
    for p in paras:
        par = d.add_paragraph()
        run = par.add_run(p)
        letters = [c for c in p if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        if upper:
            run.bold = True
            if not p[:1].isdigit() and not p.startswith(("I", "V")) or p in ("BÁO CÁO",):
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif len(p) > 90:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.save(os.path.join(OUT, stem + ".docx"))

def main():
    os.makedirs(OUT, exist_ok=True)
    # b01 Tỉnh đoàn: hard-wrapped at 78, stray blank lines
    write_txt("b01_tdtn_bc", hard_wrap(docs.B01, 78, 6))
    # b02 Hội LHPN: hard-wrapped prose + tab-line table
    rows, _, _ = docs.pn_table()
    lines = hard_wrap(docs.B02_HEAD, 80, 8) + [""] + tab_lines(rows) + hard_wrap(docs.B02_TAIL, 80, 8)
    write_txt("b02_hlhpn_bc", lines)
    # b03 Hội Nông dân: DOCX, one paragraph per item
    write_docx("b03_hnd_bc", docs.B03)
    # b04 Liên minh HTX: NFD, hard-wrapped at 72
    write_txt("b04_lmhtx_bc", hard_wrap(docs.B04, 72, 9), nfd=True)
    # b05 hospital (not a unit): hard-wrapped at 76
    write_txt("b05_bvdk_bc", hard_wrap(docs.B05, 76, 5))

if __name__ == "__main__":
    main()
