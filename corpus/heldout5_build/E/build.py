"""Build set E: /work/main/.venv/bin/python build.py  (writes corpus/heldout5/E/)."""
import os, re, shutil, subprocess, sys, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs import DOCS

OUT = "/work/main/corpus/heldout5/E"


def blocks(text):
    """Yield ('p', line) or ('t', rows)."""
    rows = []
    for line in text.splitlines():
        if line.startswith("|"):
            rows.append(line[1:].split("|"))
            continue
        if rows:
            yield "t", rows
            rows = []
        yield "p", line
    if rows:
        yield "t", rows


def write_txt(stem, text):
    out = []
    for kind, x in blocks(text):
        if kind == "p":
            out.append(x)
        else:
            out.extend("\t".join(r) for r in x)
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_docx(path, text):
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(2.54)
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(0)
    for kind, x in blocks(text):
        if kind == "p":
            p = d.add_paragraph()
            r = p.add_run(x)
            letters = [c for c in x if c.isalpha()]
            if letters and x == x.upper():
                r.bold = True
                if not re.match(r"^[IVX]+\.|^\d+\.", x):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            n = max(len(r) for r in x)
            t = d.add_table(rows=len(x), cols=n)
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    d.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for stem, spec in DOCS.items():
        text = unicodedata.normalize("NFC", spec["text"])
        fmt = spec["fmt"]
        if fmt == "txt":
            write_txt(stem, text)
        elif fmt == "docx":
            write_docx(os.path.join(OUT, stem + ".docx"), text)
        elif fmt == "pdf":
            tmp = tempfile.mkdtemp(prefix="e_build_")
            src = os.path.join(tmp, stem + ".docx")
            write_docx(src, text)
            subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/lo_E",
                            "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=180)
            shutil.rmtree(tmp)
        print("wrote", stem, fmt)


if __name__ == "__main__":
    main()
