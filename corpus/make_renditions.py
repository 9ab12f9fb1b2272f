"""Make real DOCX and PDF renditions of the seed TXT files, plus damaged inputs.

Why: the product reads PDF, DOCX and TXT, but the seeds exist only as TXT
extractions.  The readers need real files of each format carrying the same
text, so their outputs can be compared with the TXT, and a few broken files
(image-only, truncated, encrypted, random bytes, empty, misnamed) so the
failure paths are tested on real bytes.

How:
- Each ``seeds/<stem>.txt`` is NFC-normalised and walked line by line.  Every
  line becomes one DOCX paragraph, hard-wrap damage and empty lines included
  (``"tiêu triển khai Chương trình “Bình dân "`` stays a paragraph of its
  own).  Fully upper-case lines (``"KẾ HOẠCH"``, ``"I. MỤC TIÊU"``) are bold;
  those without a leading numbering are centred too.
- "Tab lines" are flattened table rows: consecutive lines starting with TAB
  are the cells of one row, blank lines separate rows, and a line without the
  TAB right after a cell continues that cell (``"- Đoàn TNCS Hồ Chí Minh
  tỉnh"``).  Two short rows that add up to the header's cell count are one
  row split by a blank line inside a cell (seed 003, row 5.1).  Each such
  region becomes a real Word table; short rows get their last cell merged
  across.
- DOCX is written with python-docx (A4, 2.54 cm margins, Liberation Serif),
  then converted to PDF by LibreOffice headless (``soffice``).
- ``damaged/`` is derived from seed 000's PDF with pdftoppm, Pillow and qpdf.

Run ``.venv/bin/python corpus/make_renditions.py`` from the repository root;
add ``--check`` to print, per seed, how close the DOCX and PDF text is to the
TXT.  Needs the Debian packages libreoffice-writer-nogui, poppler-utils,
fonts-liberation and qpdf (only to regenerate; the outputs are committed).
Output is byte-for-byte repeatable on one machine (LibreOffice's date and file
ID are pinned) except encrypted_000.pdf, whose AES salts are random.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import io
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table as DocxTable
from PIL import Image

CORPUS = Path(__file__).resolve().parent
SEEDS = CORPUS / "seeds"
DAMAGED = CORPUS / "damaged"
FONT = "Liberation Serif"
FIXED_TIME = (2025, 1, 1, 0, 0, 0)
ENCRYPTED_USER_PASSWORD = "bdhv-user"
ENCRYPTED_OWNER_PASSWORD = "bdhv-owner"
NUMBERING_PREFIXES = ("I", "V", "X", "1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "+")


@dataclass
class Table:
    """Rows of cells; each cell is a list of lines (one DOCX paragraph each)."""

    rows: list[list[list[str]]] = field(default_factory=list)


Block = str | Table


def is_tab_line(line: str) -> bool:
    return line.startswith("\t")


def parse_blocks(lines: list[str]) -> list[Block]:
    """Split TXT lines into paragraphs (plain strings) and Tables."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if is_tab_line(lines[i]):
            table, i = parse_table(lines, i)
            blocks.append(table)
        else:
            blocks.append(lines[i])
            i += 1
    return blocks


def count_row_cells(lines: list[str], i: int) -> int:
    """How many cells the row starting at ``lines[i]`` has (tab lines before the next blank)."""
    n = 0
    while i < len(lines) and (lines[i].strip() or is_tab_line(lines[i])):
        n += is_tab_line(lines[i])
        i += 1
    return n


def parse_table(lines: list[str], i: int) -> tuple[Table, int]:
    """Read one table region starting at tab line ``lines[i]``; return it and the next index.

    A blank line normally ends a row, but a row short of the header's width
    whose cells add up with the next row's to exactly that width is one row
    split by a blank line inside a cell (seed 003, row 5.1).
    """
    table = Table()
    row: list[list[str]] = []
    header_width = 0
    after_text = False  # previous line was a cell line or a continuation
    pending_blanks = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() and not is_tab_line(line):
            pending_blanks += 1
            after_text = False
        elif is_tab_line(line):
            if pending_blanks and row:
                if len(row) + count_row_cells(lines, i) == header_width:
                    row[-1].extend([""] * pending_blanks)
                else:
                    table.rows.append(row)
                    header_width = header_width or len(row)
                    row = []
            row.append([line[1:]])
            pending_blanks, after_text = 0, True
        elif after_text:
            row[-1].append(line)
        else:
            break
        i += 1
    if row:
        table.rows.append(row)
    # Blank lines after the last row are ordinary paragraphs again.
    return table, i - pending_blanks


def is_heading(line: str) -> bool:
    """``"KẾ HOẠCH"`` is; ``"(MES, ERP...)."`` (a hard-wrapped tail) is not."""
    text = line.strip()
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 4 and all(c.isupper() for c in letters)
            and text[0].isalnum() and " " in text)


def set_run_font(run) -> None:
    run.font.name = FONT
    run.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), FONT)


def set_cell_text(cell, cell_lines: list[str]) -> None:
    paragraph = cell.paragraphs[0]
    for n, text in enumerate(cell_lines):
        if n:
            paragraph = cell.add_paragraph()
        if text:
            set_run_font(paragraph.add_run(text))


def column_widths(table: Table, width: int, usable_cm: float) -> list[float]:
    """Widths in cm: the longest word fits unbroken, the rest shared by sqrt of mean text length."""
    lengths: list[list[int]] = [[] for _ in range(width)]
    longest = [1] * width
    for row in table.rows:
        if len(row) < width:
            continue  # merged group rows say nothing about column sizes
        for c, cell in enumerate(row):
            text = " ".join(cell)
            lengths[c].append(len(text))
            longest[c] = max([longest[c], *map(len, text.split())])
    floors = [0.3 * n + 0.5 for n in longest]
    weights = [math.sqrt(sum(ls) / len(ls)) if ls else 1.0 for ls in lengths]
    spare = usable_cm - sum(floors)
    return [f + spare * w / sum(weights) for f, w in zip(floors, weights)]


def add_table(doc, table: Table, usable_cm: float) -> None:
    width = max(len(row) for row in table.rows)
    grid = doc.add_table(rows=len(table.rows), cols=width)
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    widths = column_widths(table, width, usable_cm)
    for column, cm in zip(grid.columns, widths):
        column.width = Cm(cm)  # LibreOffice reads the grid, Word the cells
    for r, row in enumerate(table.rows):
        cells = grid.rows[r].cells
        for c in range(width):
            cells[c].width = Cm(widths[c])
        if len(row) < width:
            cells[len(row) - 1].merge(cells[width - 1])
        for c, cell_lines in enumerate(row):
            set_cell_text(grid.rows[r].cells[c], cell_lines)


def build_docx(text: str):
    """A python-docx Document with one paragraph per TXT line and real tables."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.54))
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(13)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), FONT)
    normal.paragraph_format.space_after = Pt(0)
    props = doc.core_properties
    props.author = props.last_modified_by = "bdhv corpus/make_renditions.py"
    props.created = props.modified = props.last_printed = datetime.datetime(*FIXED_TIME)
    props.revision = 1
    for block in parse_blocks(text.split("\n")):
        if isinstance(block, Table):
            add_table(doc, block, usable_cm=21.0 - 2 * 2.54)
            continue
        paragraph = doc.add_paragraph()
        if block:
            run = paragraph.add_run(block)
            set_run_font(run)
            if is_heading(block):
                run.bold = True
                if not block.strip().startswith(NUMBERING_PREFIXES):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return doc


def save_docx(doc, path: Path) -> None:
    """Save with fixed zip timestamps so a rerun gives the same bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def find_soffice() -> str:
    for candidate in ("soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice"):
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit("soffice not found: apt-get install -y libreoffice-writer-nogui")


def convert_to_pdf(docx_paths: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [find_soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_paths)],
            check=True, capture_output=True, timeout=600,
        )
    for docx in docx_paths:
        pin_pdf_stamps(outdir / f"{docx.stem}.pdf")


def pin_pdf_stamps(pdf: Path) -> None:
    """Zero LibreOffice's date, file ID and checksum in place; equal lengths keep the xref valid."""
    data = pdf.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", data)
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: re.sub(rb"[0-9A-F]{32}", b"0" * 32, m.group()), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    pdf.write_bytes(data)


def make_scanned(pdf: Path, out: Path) -> None:
    """Pages 1-2 rendered to greyscale images and wrapped into a PDF without text."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "2", "-png",
                        str(pdf), f"{tmp}/page"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("page*.png"))]
        fixed = time.strptime("2025-01-01", "%Y-%m-%d")
        pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:],
                      quality=60, title="scanned_000", creationDate=fixed, modDate=fixed)


def make_damaged(seed_pdf: Path, seed_txt: Path) -> None:
    DAMAGED.mkdir(exist_ok=True)
    make_scanned(seed_pdf, DAMAGED / "scanned_000.pdf")
    data = seed_pdf.read_bytes()
    (DAMAGED / "truncated_000.pdf").write_bytes(data[: len(data) * 4 // 10])
    subprocess.run(["qpdf", "--static-id", "--encrypt",
                    ENCRYPTED_USER_PASSWORD, ENCRYPTED_OWNER_PASSWORD, "256", "--",
                    str(seed_pdf), str(DAMAGED / "encrypted_000.pdf")], check=True)
    (DAMAGED / "random_bytes.docx").write_bytes(random.Random(7).randbytes(2048))
    (DAMAGED / "empty.txt").write_bytes(b"")
    head = "\n".join(seed_txt.read_text(encoding="utf-8").split("\n")[:12]) + "\n"
    (DAMAGED / "not_a_pdf.pdf").write_text(head, encoding="utf-8")


def collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def docx_text(path: Path) -> str:
    """Paragraphs and table cells in body order; a merged cell is read once."""
    parts: list[str] = []
    for item in Document(str(path)).iter_inner_content():
        if not isinstance(item, DocxTable):
            parts.append(item.text)
            continue
        for row in item.rows:
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    parts.append(cell.text)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check(stems: list[str]) -> None:
    """Print, per seed, word-multiset coverage and SequenceMatcher ratio vs the TXT."""
    for stem in stems:
        txt = collapse((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))
        for ext, reader in (("docx", docx_text), ("pdf", pdf_text)):
            got = collapse(reader(SEEDS / f"{stem}.{ext}"))
            missing = Counter(txt.split()) - Counter(got.split())
            ratio = difflib.SequenceMatcher(None, txt, got, autojunk=False).ratio()
            print(f"{stem} {ext:4} ratio={ratio:.4f} missing_words={sum(missing.values())}"
                  f" {list(missing)[:8]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare outputs with the TXT")
    args = parser.parse_args()
    stems = sorted(p.stem for p in SEEDS.glob("*.txt"))
    if not args.check:
        docx_paths = []
        for stem in stems:
            text = unicodedata.normalize("NFC", (SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))
            path = SEEDS / f"{stem}.docx"
            save_docx(build_docx(text), path)
            docx_paths.append(path)
        convert_to_pdf(docx_paths, SEEDS)
        make_damaged(SEEDS / f"{stems[0]}.pdf", SEEDS / f"{stems[0]}.txt")
    check(stems)


if __name__ == "__main__":
    os.chdir(CORPUS.parent)
    main()
