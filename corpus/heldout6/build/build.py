#!/usr/bin/env python3
"""Build heldout6: DOCX (python-docx), PDF (LibreOffice, sequential), TXT (pdftotext / LibreOffice text export).

    /work/main/.venv/bin/python build.py          # everything
"""
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
TMP = HERE / "_build"
sys.path.insert(0, str(HERE))
from docs import DOCS  # noqa: E402
import lib  # noqa: E402

LO = ["soffice", "-env:UserInstallation=file:///tmp/lo_h6", "--headless"]


def files_of(d):
    """Final file names of a document in heldout6/."""
    if d["out"] in ("layout", "plain", "wordtext"):
        return [d["id"] + ".txt"]
    head, _, tail = d["id"].partition("_")
    names = [f"{head}d_{tail}.docx"]
    if d["out"] == "docx+pdf":
        names.append(f"{head}p_{tail}.pdf")
    return names


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    TMP.mkdir(exist_ok=True)
    for d in DOCS:
        names = files_of(d)
        if d["out"] in ("layout", "plain", "wordtext"):
            docx = TMP / ("src-" + d["id"] + ".docx")
            lib.build(d, docx)
            txt = OUT / names[0]
            if d["out"] == "wordtext":
                run(LO + ["--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(TMP), str(docx)])
                src = TMP / ("src-" + d["id"] + ".txt")
                data = src.read_bytes()
                src.unlink()
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                txt.write_bytes(data)
            else:
                run(LO + ["--convert-to", "pdf", "--outdir", str(TMP), str(docx)])
                pdf = TMP / ("src-" + d["id"] + ".pdf")
                args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if d["out"] == "layout" else [])
                run(args + [str(pdf), str(txt)])
        else:
            docx = OUT / names[0]
            lib.build(d, docx)
            if d["out"] == "docx+pdf":
                run(LO + ["--convert-to", "pdf", "--outdir", str(TMP), str(docx)])
                shutil.move(str(TMP / (docx.stem + ".pdf")), str(OUT / names[1]))
        print(d["id"], "->", ", ".join(names))


if __name__ == "__main__":
    main()
