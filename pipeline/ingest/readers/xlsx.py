"""XLSX reader (openpyxl): each sheet of a Biểu mẫu as its title, then its cells as one table.

Provincial reports annex their figures as Excel forms (``Biểu 01 - Kết quả
thực hiện.xlsx``). Every worksheet with a value in it becomes a paragraph
(the sheet's name) and a table whose rows are the sheet's rows, trailing empty
rows and columns dropped; a merged range's value stands in its top-left cell.
Cells are written as a Vietnamese reader sees them in Excel, following each
cell's number format: ``1250`` as ``#,##0`` → ``1.250``, ``0.9315`` as
``0.00%`` → ``93,15%``, ``93.15`` → ``93,15``, a date → ``05/06/2025``, an
empty cell → ``""``. An integer in a ``General`` cell is grouped from five
digits on (``12500`` → ``12.500``) but a year or an STT stays bare (``2025``).
Formulas give the value Excel last computed (``data_only``); a workbook no one
opened in Excel has none, so such a cell is empty. A damaged workbook is
``unreadable``, one with no value in any sheet ``empty``.
"""
from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from openpyxl import load_workbook

from pipeline.core.errors import ReadError
from pipeline.core.source import source_of
from pipeline.ingest.assemble import Part, build_document
from pipeline.ingest.safety import check_docx_archive, max_text_chars
from schemas.document import Document

GENERAL_GROUP_FROM = 10_000  # a General integer this large is grouped (12.500); smaller ones (2025, STT 12) are not
GENERAL_DIGITS = 10  # significant digits Excel's General shows of a decimal

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')  # literal text, escapes, [colour]/[$-42A], padding
_DECIMALS = re.compile(r"\.([0#?]+)")
_GROUPED = re.compile(r"[0#?],[0#?]")


def _pattern(fmt: str | None) -> str:
    """The format's first (positive) section without its literal text: ``#,##0.00" đ";(…)`` → ``#,##0.00``."""
    return _QUOTED.sub("", (fmt or "General").split(";")[0])


def _vi(d: Decimal, decimals: int, grouped: bool) -> str:
    """``Decimal('12500.5')``, 1, grouped → ``12.500,5``: '.' groups thousands, ',' marks decimals."""
    s = f"{d:,.{decimals}f}" if grouped else f"{d:.{decimals}f}"
    return s.translate(str.maketrans({",": ".", ".": ","}))


def _fixed(value: float | int, fmt: str, scale: int = 1) -> str:
    """``value`` (× ``scale``) with the format's decimals (``0.0#``: one to two) and grouping."""
    m = _DECIMALS.search(fmt)
    most = len(m.group(1)) if m else 0
    least = m.group(1).count("0") if m else 0
    try:
        d = (Decimal(repr(value)) * scale).quantize(Decimal(1).scaleb(-most), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # inf, nan: Excel cannot hold them either
        return str(value)
    if d == 0:
        d = abs(d)
    s = _vi(d, most, bool(_GROUPED.search(fmt)))
    while most > least and s.endswith("0") and "," in s:
        s, most = s[:-1], most - 1
    return s.rstrip(",")


def _general(value: float | int) -> str:
    """A number in a ``General`` cell: ``93.15`` → ``93,15``, ``12500`` → ``12.500``, ``2025`` → ``2025``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return _vi(Decimal(value), 0, abs(value) >= GENERAL_GROUP_FROM)
    s = f"{value:.{GENERAL_DIGITS}g}"
    if "e" in s:
        return s.replace("e", "E").replace(".", ",")
    whole, _, frac = s.partition(".")
    head = _vi(Decimal(whole), 0, abs(value) >= GENERAL_GROUP_FROM)  # "-0" of -0.5 keeps its sign
    return f"{head},{frac}" if frac else head


def _date_text(value: date | time | timedelta, fmt: str) -> str:
    """``datetime(2025, 6, 5)`` → ``05/06/2025``; a time of day is added when the format shows one."""
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    text = value.strftime("%d/%m/%Y")
    if isinstance(value, datetime) and (value.hour or value.minute) and "h" in fmt.lower():
        text += value.strftime(" %H:%M")
    return text


def cell_text(value: object, number_format: str | None = "General") -> str:
    """One cell's value as Excel shows it in Vietnamese.

    >>> cell_text(0.9315, "0.00%"), cell_text(1250, "#,##0"), cell_text(93.15), cell_text(None)
    ('93,15%', '1.250', '93,15', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    fmt = _pattern(number_format)
    if isinstance(value, (date, time, timedelta)):
        return _date_text(value, fmt)
    if isinstance(value, (int, float)):
        if "%" in fmt:
            return _fixed(value, fmt, scale=100) + "%"
        if fmt.strip().lower() in ("general", "", "@"):
            return _general(value)
        return _fixed(value, fmt)
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _sheet_rows(ws, budget: list[int]) -> list[list[str]]:
    """The sheet's rows as cell texts, trailing empty rows and columns dropped.

    ``budget`` holds the characters still allowed (the text-length limit): a
    sheet of a million filled rows is ``too_large`` before it is all in memory.
    """
    ws.reset_dimensions()  # the stored dimension may be wrong ("A1") or absurd ("A1:XFD1048576")
    rows: list[list[str]] = []
    last_row = width = 0
    for cells in ws.iter_rows():
        row = [cell_text(c.value, getattr(c, "number_format", None)) for c in cells]
        used = [i for i, t in enumerate(row) if t.strip()]
        rows.append(row)
        if used:
            last_row, width = len(rows), max(width, used[-1] + 1)
            budget[0] -= sum(len(t) + 2 for t in row)
            if budget[0] < 0:
                raise ReadError("too_large", f"sheet {ws.title!r}: more than {max_text_chars():,} characters of cells")
    return [(r + [""] * width)[:width] for r in rows[:last_row]]


def read_xlsx(path: str | Path) -> Document:
    """Read an Excel form, e.g. ``Biểu 01`` annexed to a Sở Nội vụ báo cáo, sheet by sheet."""
    p = Path(path)
    check_docx_archive(p)  # zip bombs, entity bombs, traversal names: before openpyxl inflates anything
    parts: list[Part] = []
    budget = [max_text_chars()]
    try:
        with zipfile.ZipFile(p) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise ReadError("unreadable", "not an Excel workbook (no xl/workbook.xml)")
        with open(p, "rb") as f:  # a file object: openpyxl refuses a path whose name is not .xlsx
            wb = load_workbook(f, read_only=True, data_only=True)
            try:
                for index, ws in enumerate(wb.worksheets):
                    rows = _sheet_rows(ws, budget)
                    if rows:
                        parts.append(Part("paragraph", text=ws.title, index=index))
                        parts.append(Part("table", rows=rows, index=index))
            finally:
                wb.close()
    except (ReadError, MemoryError):
        raise
    except Exception as e:  # openpyxl raises many kinds on malformed parts
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
    if not parts:
        raise ReadError("empty", "no sheet of the workbook has a value")
    return build_document(source_of(p, "xlsx", pages=None), parts)
