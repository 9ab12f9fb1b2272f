"""The compliance workbook (Excel, in Vietnamese): the matrix, its evidence, the documents, the review queue.

``export_workbook(rows, records, reference, path)`` writes six sheets:
``Tổng hợp`` (targets × units, status words with colour fills, a legend),
``Chi tiết`` (long form, filters, frozen header), ``Bằng chứng`` (every
evidence row: value, sentence, page, file), ``Văn bản`` (the document
register), ``Cần xem xét`` (the review queue) and ``Kế hoạch 192`` (the
reference). Labels and colours live in ``data/workbook.yaml``.

Text taken from documents is never a formula: a sentence such as ``- Tổ chức
tập huấn …`` or ``=SUM(A1)`` is stored as a string (``_put``). The file is
written to a temporary file in the same folder, then moved into place.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.core.atomic import atomic_path
from pipeline.core.names import shown
from pipeline.reconcile.matrix import cell_basis, review_items, target_specs
from pipeline.reconcile.population import reason_text
from pipeline.reconcile.population import words as attribution_words
from pipeline.core.resources import load_data
from schemas.matrix import STATUSES, MatrixRow
from schemas.reference import Party, Reference

_FORMULA_START = ("=", "+", "-", "@")
_MAX_CELL = 32767
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def labels() -> dict[str, Any]:
    return load_data("workbook.yaml")


def _put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None):
    """Write one cell; a string is always text, never a formula (``=``, ``+``, ``-``, ``@``); a file name
    that is not UTF-8 is shown with U+FFFD (the workbook is UTF-8 XML)."""
    if isinstance(value, str):
        value = shown(ILLEGAL_CHARACTERS_RE.sub("", value))[:_MAX_CELL]
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"  # openpyxl would store "=…" as a formula
        cell.quotePrefix = True  # and Excel/LibreOffice keep it text when the cell is edited
    if number_format:
        cell.number_format = number_format
    return cell


def _day(value: str | None) -> Any:
    """``2025-05-29`` as a real date (shown dd/mm/yyyy); ``2025-11`` and ``2025`` stay text."""
    if value and _ISO_DAY.fullmatch(value):
        return date.fromisoformat(value)
    return value


def _table(ws: Worksheet, headers: list[tuple[str, int]], body: list[list[Any]],
           formats: dict[int, str] | None = None, filters: bool = True) -> None:
    """Header row (bold, filled, frozen), rows with wrapping and borders, widths, filters."""
    lab = labels()
    fill = PatternFill("solid", fgColor=lab["header_fill"])
    for c, (title, width) in enumerate(headers, 1):
        cell = _put(ws, 1, c, title)
        cell.font = Font(bold=True, color=lab["header_font"])
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
        ws.column_dimensions[get_column_letter(c)].width = width
    formats = formats or {}
    # Registered once per sheet: assigning ``cell.alignment``/``cell.border``
    # hashes the style objects again for every cell (half the export's time
    # over 1,000 records); the ids written are the same.
    wrap_id, border_id = ws.parent._alignments.add(_WRAP), ws.parent._borders.add(_BORDER)
    per_line = {c: int(max(1.0, (width or 10) * 1.15)) for c, (_, width) in enumerate(headers, 1)}
    for r, values in enumerate(body, 2):
        lines = 1
        for c, v in enumerate(values, 1):
            if isinstance(v, date):
                fmt = "dd/mm/yyyy"
            else:
                fmt = formats.get(c)
            cell = _put(ws, r, c, v, fmt)
            if cell._style is None:
                cell._style = StyleArray()
            cell._style.alignmentId, cell._style.borderId = wrap_id, border_id
            if isinstance(cell.value, str) and cell.value:  # what fit_row_heights does, without a second pass
                if c not in per_line:
                    per_line[c] = int(max(1.0, (ws.column_dimensions[get_column_letter(c)].width or 10) * 1.15))
                lines = max(lines, _wrapped_lines(cell.value, per_line[c]))
        if lines > 1:
            ws.row_dimensions[r].height = min(409.0, _LINE_HEIGHT * lines)
    ws.freeze_panes = "A2"
    if filters and body:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(body) + 1}"


_LINE_HEIGHT = 15.0


def _wrapped_lines(text: str, per_line: int) -> int:
    """Lines a wrapped cell takes: each paragraph of ``text`` over ``per_line`` characters a line."""
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fit_row_heights(ws: Worksheet, first: int = 2, line_height: float = _LINE_HEIGHT) -> None:
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
            lines = max(lines, _wrapped_lines(c.value, int(max(1.0, widths[letter] * 1.15))))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(409.0, line_height * lines)


def _status_style(cell, status: str) -> None:
    s = labels()["status"][status]
    cell.fill = PatternFill("solid", fgColor=s["fill"])
    cell.font = Font(color=s["font"], bold=cell.font.bold)


def _rate_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def needs_check(r: MatrixRow) -> bool:
    """A cell to check before trusting it: attribution abstained, or its rate is of low confidence."""
    return r.abstained or (r.confidence is not None and r.confidence < float(attribution_words()["low_confidence"]))


def _status_label(r: MatrixRow, with_rate: bool = False) -> str:
    """``Chưa đạt 86,4%``; ``Đã báo cáo (?)`` when the cell needs checking (the legend says so)."""
    lab = labels()
    text = " ".join(x for x in (lab["status"][r.status]["label"], _rate_text(r.value) if with_rate else "") if x)
    return text + lab["check_mark"] if needs_check(r) else text


def _units_in_order(rows: list[MatrixRow]) -> list[str]:
    """Units that lead something first (in the plan's order), then the others, then issuers only."""
    order: dict[str, tuple[int, int]] = {}
    rank = {"lead": 0, "coordinator": 1, "self": 2}
    for i, r in enumerate(rows):
        key = (rank[r.role], i)
        if r.unit not in order or key < order[r.unit]:
            order[r.unit] = key
    return sorted(order, key=lambda u: order[u])


def sheet_summary(ws: Worksheet, rows: list[MatrixRow], reference: Reference) -> None:
    """``Tổng hợp``: one line per target, one column per unit; bold = the unit leads it."""
    lab = labels()
    units = _units_in_order(rows)
    specs = target_specs(reference)
    headers = [("Mã", 7), ("Chỉ tiêu / nhiệm vụ", 48)] + [(u, 16) for u in units]
    by_cell = {(r.target, r.unit): r for r in rows}
    body = []
    for s in specs:
        line: list[Any] = [s.id, s.text]
        for u in units:
            r = by_cell.get((s.id, u))
            line.append("" if r is None else _status_label(r, with_rate=True))
        body.append(line)
    _table(ws, headers, body, filters=False)
    for i, s in enumerate(specs, 2):
        for j, u in enumerate(units, 3):
            r = by_cell.get((s.id, u))
            if r is not None:
                cell = ws.cell(row=i, column=j)
                cell.font = Font(bold=r.role == "lead")
                _status_style(cell, r.status)
                cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.freeze_panes = "C2"
    ws.row_dimensions[1].height = 60
    fit_row_heights(ws, first=2)
    top = len(specs) + 3
    _put(ws, top, 2, "Chú giải").font = Font(bold=True)
    last = max(3, min(len(units) + 2, 10))
    for k, status in enumerate(STATUSES, 1):
        _status_style(_put(ws, top + k, 2, lab["status"][status]["label"]), status)
        _put(ws, top + k, 3, lab["status"][status]["meaning"])
        if last > 3:
            ws.merge_cells(start_row=top + k, start_column=3, end_row=top + k, end_column=last)
    k = len(STATUSES) + 1
    _put(ws, top + k, 2, lab["legend_note"]).alignment = _WRAP
    ws.row_dimensions[top + k].height = 90


def sheet_detail(ws: Worksheet, rows: list[MatrixRow]) -> None:
    """``Chi tiết``: the long form, one line per (target, unit)."""
    lab = labels()
    headers = [("Mã", 7), ("Loại", 10), ("Nội dung", 45), ("Chỉ tiêu", 12), ("Đơn vị", 28), ("Vai trò", 13),
               ("Trạng thái", 16), ("Tỷ lệ (%)", 10), ("Số liệu", 24), ("Cơ sở số liệu", 40), ("Độ tin cậy", 10),
               ("Văn bản", 18), ("Tệp", 30), ("Trang", 7), ("Câu trích", 60), ("Lý do", 50), ("Mâu thuẫn", 30),
               ("Hạn", 11), ("Quá hạn", 9), ("Số văn bản", 9)]
    body = []
    for r in rows:
        f = r.figure
        target = "" if r.target_value is None else (f"{_rate_text(float(r.target_value))}" if r.target_kind == "percent"
                                                    else f"{int(r.target_value):,}".replace(",", ".") + f" {r.target_unit or ''}".rstrip())
        first = r.evidence[0] if r.evidence else None
        body.append([
            r.target, lab["target_type"][r.target_type], r.target_text, target, r.unit, lab["role"][r.role],
            _status_label(r), None if r.value is None else round(r.value, 2),
            f.label() if f else "", cell_basis(r) if r.value is not None else "", r.confidence,
            (f.number if f else first.number if first else None) or "",
            (f.source if f else first.source if first else "") or "",
            f.page if f else (first.page if first else None),
            (f.sentence if f else first.sentence if first else "") or "",
            "\n".join(reason_text(x) for x in r.reasons),
            "\n".join(r.conflicts), _day(r.deadline), lab["flag_on"] if r.overdue else lab["flag_off"], len(r.evidence),
        ])
    _table(ws, headers, body, formats={8: "0.00", 11: "0.00", 14: "0", 20: "0"})
    for i, r in enumerate(rows, 2):
        _status_style(ws.cell(row=i, column=7), r.status)


def sheet_evidence(ws: Worksheet, rows: list[MatrixRow]) -> None:
    """``Bằng chứng``: each document's mention of a target, and each figure it gives."""
    lab = labels()
    headers = [("Mã", 7), ("Đơn vị", 28), ("Văn bản số", 18), ("Loại văn bản", 12), ("Ngày", 11), ("Đề cập", 30),
               ("Giá trị", 22), ("Tỷ lệ (%)", 10), ("Câu", 70), ("Trang", 7), ("Tệp", 34), ("Độ tin cậy", 10)]
    body = []
    for r in rows:
        for e in r.evidence:
            kind = lab["doc_role"].get(e.doc_role, e.doc_role)
            body.append([r.target, r.unit, e.number or "", kind, _day(e.issue_date), e.mention, "", None,
                         e.sentence or "", e.page, e.source, e.confidence])
            for f in e.figures:
                body.append([r.target, r.unit, e.number or "", kind, _day(e.issue_date), e.mention, f.label(),
                             None if f.rate is None else round(f.rate, 2), f.sentence or "", f.page, e.source, f.confidence])
    _table(ws, headers, body, formats={8: "0.00", 10: "0", 12: "0.00"})


def describe_signature(sig: dict[str, Any]) -> str:
    """One line per signature: ``SỞ NỘI VỤ (ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG), 19/09/2025 07:51, nguyên vẹn``."""
    lab = labels()
    who = sig.get("signer") or "?"
    if sig.get("organisation") and sig["organisation"].casefold() != who.casefold():
        who += f" ({sig['organisation']})"
    when = sig.get("signed_at") or ""
    if len(when) >= 16:
        when = f"{when[8:10]}/{when[5:7]}/{when[:4]} {when[11:16]}"
    state = lab["signature_state"]["intact" if sig.get("intact") else "unknown" if sig.get("intact") is None else "altered"]
    return ", ".join(x for x in (who, when, state) if x)


def sheet_documents(ws: Worksheet, records: list[dict[str, Any]]) -> None:
    """``Văn bản``: the register of every file read, errors included."""
    lab = labels()
    headers = [("Tệp", 34), ("Định dạng", 9), ("Trạng thái", 10), ("Số, ký hiệu", 18), ("Loại", 12), ("Vai trò", 11),
               ("Cơ quan ban hành", 28), ("Ngày ban hành", 12), ("Trích yếu", 60), ("Người ký", 20),
               ("Chức vụ", 16), ("Nguồn ngày ban hành", 16), ("Chữ ký số", 60), ("Lỗi", 30)]
    body = []
    for rec in records:
        d = rec.get("document") or {}
        signer = d.get("signer") or {}
        err = rec.get("error") or {}
        number = d.get("number") or (f"…/{d['symbol']}" if d.get("symbol") else "")
        body.append([rec.get("source") or "", rec.get("format") or "",
                     lab["record_status"].get(rec.get("status"), rec.get("status") or ""), number,
                     lab["doc_type"].get(d.get("type"), d.get("type") or ""), lab["doc_role"].get(d.get("role"), d.get("role") or ""),
                     d.get("issuer") or "", _day(d.get("issue_date")), d.get("title") or "", signer.get("name") or "",
                     signer.get("position") or "", lab["date_source"].get(d.get("issue_date_source"), d.get("issue_date_source") or ""),
                     "\n".join(describe_signature(x) for x in rec.get("signatures") or []),
                     " ".join(str(x) for x in (err.get("code"), err.get("message")) if x)])
    _table(ws, headers, body)


def sheet_review(ws: Worksheet, rows: list[MatrixRow], records: list[dict[str, Any]]) -> None:
    """``Cần xem xét``: documents in error, unknown issuers, unregistered units, low confidence, conflicts."""
    lab = labels()
    headers = [("Vấn đề", 30), ("Mã", 7), ("Đơn vị", 28), ("Tệp", 34), ("Chi tiết", 70)]
    body = [[lab["issue"][i["issue"]], i["target"] or "", i["unit"] or "", i["source"] or "", i["detail"]]
            for i in review_items(rows, records)]
    _table(ws, headers, body)


def _parties(parties: tuple[Any, ...]) -> str:
    return "; ".join(p.group if isinstance(p, Party) else str(p) for p in parties)


def sheet_reference(ws: Worksheet, reference: Reference) -> None:
    """``Kế hoạch 192``: the targets and tasks as the plan's annexes give them."""
    headers = [("Mã", 7), ("Nhóm", 30), ("Nội dung", 60), ("Mục tiêu", 16), ("Chủ trì", 34), ("Phối hợp", 40), ("Thời gian", 10)]
    body = []
    for i in reference.indicators:
        goal = "" if i.target is None else (_rate_text(float(i.target.value)) if i.target.kind == "percent"
                                            else f"{int(i.target.value):,}".replace(",", ".") + f" {i.target.unit or ''}".rstrip())
        body.append([i.id, "Phụ lục 1: chỉ tiêu", i.text, goal, _parties(i.lead), _parties(i.coordinating), i.deadline or ""])
    for t in reference.tasks:
        body.append([t.id, f"{t.group.number}. {t.group.title}", t.text, "", _parties(t.lead), _parties(t.coordinating), t.deadline or ""])
    _table(ws, headers, body)


SHEETS = ("Tổng hợp", "Chi tiết", "Bằng chứng", "Văn bản", "Cần xem xét", "Kế hoạch 192")


def build_workbook(rows: list[MatrixRow], records: list[dict[str, Any]], reference: Reference) -> Workbook:
    wb = Workbook()
    summary = wb.active
    summary.title = SHEETS[0]
    sheet_summary(summary, rows, reference)
    sheet_detail(wb.create_sheet(SHEETS[1]), rows)
    sheet_evidence(wb.create_sheet(SHEETS[2]), rows)
    sheet_documents(wb.create_sheet(SHEETS[3]), records)
    sheet_review(wb.create_sheet(SHEETS[4]), rows, records)
    sheet_reference(wb.create_sheet(SHEETS[5]), reference)
    for ws in wb.worksheets:
        ws.sheet_view.zoomScale = 90
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb


def export_workbook(rows: list[MatrixRow], records: list[dict[str, Any]], reference: Reference, path: str | Path,
                    extra: Callable[[Workbook], None] | None = None) -> Path:
    """Write the workbook to ``path`` atomically (a temporary file in the same folder, then ``os.replace``).

    ``extra`` may add sheets before saving (the run diff's ``Thay đổi``).
    """
    wb = build_workbook(rows, records, reference)
    if extra is not None:
        extra(wb)
    with atomic_path(path) as tmp:
        wb.save(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the workbook is for sharing
    return Path(path)


def add_changes_sheet(wb: Workbook, changes: list[dict[str, Any]]) -> None:
    """The ``Thay đổi`` sheet: what changed since the last run (``pipeline.export.diff_report.change_rows``)."""
    ws = wb.create_sheet("Thay đổi")
    what, scope = labels()["change_what"], labels()["change_scope"]
    headers = [("Phạm vi", 16), ("Tệp / Ô ma trận", 40), ("Loại", 14), ("Thay đổi", 10), ("Trước", 28), ("Sau", 28),
               ("Câu (trước)", 60), ("Câu (sau)", 60), ("Trang", 7)]
    body = [[scope.get(c["scope"], c["scope"]), c["path"], c["kind"], what.get(c["what"], c["what"]),
             None if c["before"] is None else str(c["before"]), None if c["after"] is None else str(c["after"]),
             c["sentence_before"], c["sentence_after"], c["page"]] for c in changes]
    if not body:
        body = [["Không có thay đổi so với lượt chạy trước", None, None, None, None, None, None, None, None]]
    _table(ws, headers, body)
