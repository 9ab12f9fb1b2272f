"""Writing one cell or one table of the workbook: text never a formula, real dates, links, the run's header block.

Shared by every sheet of ``pipeline/export/workbook.py``: ``put`` (a string is
always text: ``=SUM(A1)`` in a document stays text), ``table`` (the header row at
``HEADER_ROW``, bold, frozen, filtered, repeated on printed pages), ``day`` and
``as_written`` (``2025-05-29`` a real date; ``2025-11`` written ``11/2025`` in the
column beside), ``link_to`` / ``link_file`` (a click goes to the evidence row, or
opens the source file), ``document_name`` (``192/KH-UBND — Ủy ban nhân dân tỉnh
Đồng Nai, 29/05/2025``) and ``run_header`` (which run, when in Vietnam time,
which inbox, files read and failed, matrix cells changed since the last run). Labels and colours: ``data/workbook.yaml``.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.core.names import shown
from pipeline.core.resources import load_data
from pipeline.core.timefmt import vietnam_time
from schemas.matrix import MatrixRow

_FORMULA_START = ("=", "+", "-", "@")
_MAX_CELL = 32767
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Every sheet: the run's header block in rows 1–2 (which run, when, which inbox, files read and failed),
# the table's header row at HEADER_ROW, its first line at FIRST_ROW.
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1


def labels() -> dict[str, Any]:
    return load_data("workbook.yaml")


def put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None):
    """Write one cell; a string is always text, never a formula (``=``, ``+``, ``-``, ``@``)."""
    if isinstance(value, str):
        value = shown(ILLEGAL_CHARACTERS_RE.sub("", value))[:_MAX_CELL]  # a non-UTF-8 file name: U+FFFD
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"  # openpyxl would store "=…" as a formula
        cell.quotePrefix = True  # and Excel/LibreOffice keep it text when the cell is edited
    if number_format:
        cell.number_format = number_format
    return cell


def day(value: str | None) -> date | None:
    """``2025-05-29`` as a real date (shown dd/mm/yyyy), so the column sorts; a partial date is None here
    and is written as it was given in the text column beside (``as_written``)."""
    if value and _ISO_DAY.fullmatch(value):
        return date.fromisoformat(value)
    return None


def as_written(value: str | None) -> str:
    """A partial date as a reader writes it: ``2025-11`` → ``11/2025``, ``2025`` → ``2025``; a full date → ``""``."""
    if not value or _ISO_DAY.fullmatch(value):
        return ""
    return f"{value[5:7]}/{value[:4]}" if len(value) == 7 else value


def deadline_value(value: str | None) -> Any:
    """A deadline as a date, or as a year (a number) when the plan gives only the year (``2025``)."""
    if value and value.isdigit():
        return int(value)
    return day(value) or (value or None)


def link_to(cell, sheet: str, row: int) -> None:
    """An internal hyperlink: a click on the cell goes to row ``row`` of ``sheet`` (``'Bằng chứng'!A12``)."""
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{sheet}'!A{row}")
    cell.font = Font(color=cell.font.color, underline="single", bold=cell.font.bold)  # the status colour stays


def link_file(cell, source: str | None) -> None:
    """A hyperlink to the source file itself, when it is where the run read it."""
    if source and Path(source).is_file():
        cell.hyperlink = Path(source).resolve().as_uri()
        cell.font = Font(color=labels()["link_font"], underline="single")


def evidence_rows(rows: list[MatrixRow]) -> list[int | None]:
    """For each matrix row, the ``Bằng chứng`` row its evidence starts at (None: no evidence), as sheet_evidence lays it."""
    out: list[int | None] = []
    at = FIRST_ROW
    for r in rows:
        out.append(at if r.evidence else None)
        at += sum(1 + len(e.figures) for e in r.evidence)
    return out


def document_name(number: str | None, issuer: str | None, issue_date: str | None) -> str:
    """A document as a reader names it: ``192/KH-UBND — Ủy ban nhân dân tỉnh Đồng Nai, 29/05/2025``."""
    day = issue_date or ""
    if _ISO_DAY.fullmatch(day):
        day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    elif len(day) == 7:
        day = f"{day[5:7]}/{day[:4]}"
    tail = ", ".join(x for x in (issuer, day) if x)
    return " — ".join(x for x in (number, tail) if x)


def table(ws: Worksheet, headers: list[tuple[str, int]], body: list[list[Any]],
           formats: dict[int, str] | None = None, filters: bool = True) -> None:
    """Header row (bold, filled, frozen), rows with wrapping and borders, widths, filters."""
    lab = labels()
    fill = PatternFill("solid", fgColor=lab["header_fill"])
    for c, (title, width) in enumerate(headers, 1):
        cell = put(ws, HEADER_ROW, c, title)
        cell.font = Font(bold=True, color=lab["header_font"])
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
        ws.column_dimensions[get_column_letter(c)].width = width
    formats = formats or {}
    # Registered once per sheet: assigning ``cell.alignment``/``cell.border``
    # hashes the style objects again for every cell (half the export's time
    # over 1,000 records); the ids written are the same.
    wrap_id, border_id = ws.parent._alignments.add(WRAP), ws.parent._borders.add(_BORDER)
    per_line = {c: int(max(1.0, (width or 10) * 1.15)) for c, (_, width) in enumerate(headers, 1)}
    for r, values in enumerate(body, FIRST_ROW):
        lines = 1
        for c, v in enumerate(values, 1):
            if isinstance(v, date):
                fmt = "dd/mm/yyyy"
            else:
                fmt = formats.get(c)
            cell = put(ws, r, c, v, fmt)
            if cell._style is None:
                cell._style = StyleArray()
            cell._style.alignmentId, cell._style.borderId = wrap_id, border_id
            if isinstance(cell.value, str) and cell.value:  # what fit_row_heights does, without a second pass
                if c not in per_line:
                    per_line[c] = int(max(1.0, (ws.column_dimensions[get_column_letter(c)].width or 10) * 1.15))
                lines = max(lines, wrapped_lines(cell.value, per_line[c]))
        if lines > 1:
            ws.row_dimensions[r].height = min(409.0, _LINE_HEIGHT * lines)
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"  # the header row on every printed page
    if filters and body:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(headers))}{len(body) + HEADER_ROW}"


_LINE_HEIGHT = 15.0


def wrapped_lines(text: str, per_line: int) -> int:
    """Lines a wrapped cell takes: each paragraph of ``text`` over ``per_line`` characters a line."""
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fit_row_heights(ws: Worksheet, first: int = FIRST_ROW, line_height: float = _LINE_HEIGHT) -> None:
    """Row heights for wrapped text (LibreOffice does not grow rows that openpyxl wrote)."""
    widths = {}
    for row in ws.iter_rows(min_row=first):
        lines = 1
        for c in row:
            if not isinstance(c.value, str) or not c.value:
                continue
            letter = c.column_letter
            if letter not in widths:
                widths[letter] = ws.column_dimensions[letter].width or 10
            lines = max(lines, wrapped_lines(c.value, int(max(1.0, widths[letter] * 1.15))))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(409.0, line_height * lines)


def status_style(cell, status: str) -> None:
    s = labels()["status"][status]
    cell.fill = PatternFill("solid", fgColor=s["fill"])
    cell.font = Font(color=s["font"], bold=cell.font.bold)


def rate_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def run_header(run: dict[str, Any] | None, records: list[dict[str, Any]]) -> str:
    """Where a workbook comes from, on every sheet: ``Lượt chạy 12 · 03/12/2026 02:00 (giờ Việt Nam) · … · Ô thay đổi: 3``."""
    lab = labels()["run_header"]
    run = run or {}
    failed = sum(1 for r in records if r.get("status") != "ok")
    parts = [lab["run"].format(id=run["run_id"]) if run.get("run_id") else lab["no_run"],
             lab["time"].format(time=vietnam_time(run.get("started_at"))),
             lab["inbox"].format(inbox=run.get("inbox") or "—"),
             lab["files"].format(read=len(records) - failed, failed=failed)]
    if run.get("cells_changed") is not None:  # since the last run (the Thay đổi sheet lists them)
        parts.append(lab["cells_changed"].format(n=run["cells_changed"]))
    return " · ".join(parts)


def put_header(ws: Worksheet, text: str) -> None:
    cell = put(ws, 1, 1, text)
    cell.font = Font(bold=True, color=labels()["header_fill"])
    cell.alignment = Alignment(vertical="center")
    ws.row_dimensions[1].height = 20
