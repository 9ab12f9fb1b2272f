"""The compliance workbook (Excel, in Vietnamese): the matrix, its evidence, the documents, the review queue.

``export_workbook(rows, records, reference, path)`` writes seven sheets:
``Tổng hợp`` (targets × units, status words with colour fills, a legend; a
commune under its group's column), ``Chi tiết`` (long form, filters, frozen
header), ``Bằng chứng`` (every evidence row: value, sentence, page, file),
``Văn bản`` (the document register), ``Cần xem xét`` (the review queue),
``Kế hoạch 192`` (the reference) and ``Xã, phường`` (a line per target and
commune, ``pipeline/export/communes.py``). Labels and colours live in
``data/workbook.yaml``.

Text taken from documents is never a formula: a sentence such as ``- Tổ chức
tập huấn …`` or ``=SUM(A1)`` is stored as a string (``put``). The file is
written to a temporary file in the same folder, then moved into place.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.core.atomic import atomic_path
from pipeline.export.cell_text import cell_note, decision_text, markers, status_label
from pipeline.export.cells import (FIRST_ROW, HEADER_ROW, WRAP, as_written, day, deadline_value, document_name, evidence_rows,
                                   fit_row_heights, labels, link_file, link_to, put, put_header, rate_text, run_header,
                                   status_style, table, wrapped_lines)
from pipeline.export.communes import count_text, first_lines, members_note, sheet_communes, summary_rows
from pipeline.reconcile.matrix import cell_basis, review_items, target_specs
from pipeline.reconcile.population import reason_text
from schemas.matrix import STATUSES, MatrixRow
from schemas.reference import Party, Reference


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
    """``Tổng hợp``: one line per target, one column per unit, a commune under its group's (``communes.py``);
    bold = the unit leads it."""
    lab = labels()
    shown, members = summary_rows(rows)
    units = _units_in_order(shown)
    specs = target_specs(reference)
    headers = [("Mã", 7), ("Chỉ tiêu / nhiệm vụ", 48)] + [(u, 16) for u in units]
    by_cell = {(r.target, r.unit): r for r in shown}
    body = []
    for s in specs:
        line: list[Any] = [s.id, s.text]
        for u in units:
            r, mine = by_cell.get((s.id, u)), members.get((s.id, u))
            line.append("" if r is None else status_label(r, with_rate=True) + markers(r) + (f"\n{count_text(mine)}" if mine else ""))
        body.append(line)
    table(ws, headers, body, filters=False)
    first_evidence = dict(zip(((r.target, r.unit) for r in rows), evidence_rows(rows)))
    first_line = first_lines(rows)
    for i, s in enumerate(specs, FIRST_ROW):
        for j, u in enumerate(units, 3):
            if (s.id, u) in by_cell:
                _summary_cell(ws.cell(row=i, column=j), by_cell[(s.id, u)], members.get((s.id, u), []),
                              first_line.get((s.id, u)), first_evidence.get((s.id, u)))
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.row_dimensions[HEADER_ROW].height = 60
    fit_row_heights(ws)
    top = len(specs) + FIRST_ROW + 1
    put(ws, top, 2, "Chú giải").font = Font(bold=True)
    last = max(3, min(len(units) + 2, 10))
    for k, status in enumerate(STATUSES, 1):
        status_style(put(ws, top + k, 2, lab["status"][status]["label"]), status)
        put(ws, top + k, 3, lab["status"][status]["meaning"])
        if last > 3:
            ws.merge_cells(start_row=top + k, start_column=3, end_row=top + k, end_column=last)
    k = len(STATUSES) + 1
    put(ws, top + k, 2, lab["legend_note"]).alignment = WRAP
    ws.row_dimensions[top + k].height = min(409.0, 15.0 * (wrapped_lines(lab["legend_note"], 48) + 1))  # never cut off


def _summary_cell(cell, r: MatrixRow, members: list[MatrixRow], commune_line: int | None, evidence_row: int | None) -> None:
    """A summary cell's colour, link and comment: a group's cell goes to its communes' lines on ``Xã, phường``
    and its comment lists them; any other cell goes to its evidence rows."""
    cell.font = Font(bold=r.role == "lead")
    status_style(cell, r.status)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    if members and commune_line:
        link_to(cell, SHEETS[6], commune_line)
    elif evidence_row:
        link_to(cell, SHEETS[2], evidence_row)
    note = "\n\n".join(x for x in (cell_note(r), members_note(members) if members else "") if x)
    if note:
        cell.comment = Comment(note, labels()["comment_author"], width=320, height=min(600, max(160, 15 * note.count("\n") + 40)))


def _target_format(r: MatrixRow) -> str:
    """A target is a number: ``80%`` a percent, ``1.000.000 người dân`` a count (thousands shown as Excel's locale does)."""
    if r.target_kind == "percent":
        return "0%"
    unit = (r.target_unit or "").replace('"', "")
    return f'#,##0 "{unit}"' if unit else "#,##0"


def sheet_detail(ws: Worksheet, rows: list[MatrixRow]) -> None:
    """``Chi tiết``: the long form, one line per (target, unit)."""
    lab = labels()
    headers = [("Mã", 7), ("Loại", 10), ("Nội dung", 45), ("Chỉ tiêu", 12), ("Đơn vị", 28), ("Vai trò", 13),
               ("Trạng thái", 16), ("Tỷ lệ (%)", 10), ("Số liệu", 24), ("Cơ sở số liệu", 40), ("Độ tin cậy", 10),
               ("Văn bản", 18), ("Tệp", 30), ("Trang", 7), ("Câu trích", 60), ("Lý do", 50), ("Mâu thuẫn", 30),
               ("Hạn", 11), ("Quá hạn", 9), ("Số VB liên quan", 9), ("Quyết định", 40)]
    body = []
    for r in rows:
        f = r.figure
        target = None if r.target_value is None else (float(r.target_value) / 100 if r.target_kind == "percent"
                                                      else int(r.target_value))
        first = r.evidence[0] if r.evidence else None
        body.append([
            r.target, lab["target_type"][r.target_type], r.target_text, target, r.unit, lab["role"][r.role],
            status_label(r), None if r.value is None else round(r.value, 2),
            f.label() if f else "", cell_basis(r) if r.value is not None else "", r.confidence,
            (document_name(f.number, first.issuer if first else None, f.issue_date) if f
             else document_name(first.number, first.issuer, first.issue_date) if first else ""),
            (f.source if f else first.source if first else "") or "",
            f.page if f else (first.page if first else None),
            (f.sentence if f else first.sentence if first else "") or "",
            "\n".join(reason_text(x) for x in r.reasons),
            "\n".join(r.conflicts), deadline_value(r.deadline), lab["flag_on"] if r.overdue else lab["flag_off"], len(r.evidence),
            decision_text(r),
        ])
    table(ws, headers, body, formats={8: "0.00", 11: "0.00", 14: "0", 20: "0"})
    for i, (r, at) in enumerate(zip(rows, evidence_rows(rows)), FIRST_ROW):
        ws.cell(row=i, column=4).number_format = _target_format(r)
        status_style(ws.cell(row=i, column=7), r.status)
        if at:
            link_to(ws.cell(row=i, column=7), SHEETS[2], at)
        link_file(ws.cell(row=i, column=13), ws.cell(row=i, column=13).value)


def sheet_evidence(ws: Worksheet, rows: list[MatrixRow]) -> None:
    """``Bằng chứng``: each document's mention of a target, and each figure it gives."""
    lab = labels()
    headers = [("Mã", 7), ("Đơn vị", 28), ("Văn bản", 30), ("Loại văn bản", 12), ("Ngày", 11), ("Ngày (ghi một phần)", 10),
               ("Đề cập", 30),
               ("Giá trị", 22), ("Tỷ lệ (%)", 10), ("Câu", 70), ("Trang", 7), ("Tệp", 34), ("Độ tin cậy", 10)]
    body = []
    for r in rows:
        for e in r.evidence:
            kind = lab["doc_role"].get(e.doc_role, e.doc_role)
            name = document_name(e.number, e.issuer, e.issue_date)
            body.append([r.target, r.unit, name, kind, day(e.issue_date), as_written(e.issue_date), e.mention, "", None,
                         e.sentence or "", e.page, e.source, e.confidence])
            for f in e.figures:
                body.append([r.target, r.unit, name, kind, day(e.issue_date), as_written(e.issue_date), e.mention, f.label(),
                             None if f.rate is None else round(f.rate, 2), f.sentence or "", f.page, e.source, f.confidence])
    table(ws, headers, body, formats={9: "0.00", 11: "0", 13: "0.00"})
    for i in range(FIRST_ROW, len(body) + FIRST_ROW):
        link_file(ws.cell(row=i, column=12), ws.cell(row=i, column=12).value)


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
               ("Cơ quan ban hành", 28), ("Ngày ban hành", 12), ("Ngày (ghi một phần)", 10), ("Trích yếu", 60), ("Người ký", 20),
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
                     d.get("issuer") or "", day(d.get("issue_date")), as_written(d.get("issue_date")), d.get("title") or "", signer.get("name") or "",
                     signer.get("position") or "", lab["date_source"].get(d.get("issue_date_source"), d.get("issue_date_source") or ""),
                     "\n".join(describe_signature(x) for x in rec.get("signatures") or []),
                     " ".join(str(x) for x in (err.get("code"), err.get("message")) if x)])
    table(ws, headers, body)


def sheet_review(ws: Worksheet, rows: list[MatrixRow], records: list[dict[str, Any]]) -> None:
    """``Cần xem xét``: documents in error, unknown issuers, unregistered units, low confidence, conflicts."""
    lab = labels()
    headers = [("Vấn đề", 30), ("Mã", 7), ("Đơn vị", 28), ("Tệp", 34), ("Chi tiết", 70), ("Việc cần làm", 50)]
    body = [[lab["issue"][i["issue"]], i["target"] or "", i["unit"] or "", i["source"] or "", i["detail"],
             lab["issue_action"].get(i["issue"], "")] for i in review_items(rows, records)]
    table(ws, headers, body)
    for k in range(FIRST_ROW, len(body) + FIRST_ROW):
        link_file(ws.cell(row=k, column=4), ws.cell(row=k, column=4).value)


def _parties(parties: tuple[Any, ...]) -> str:
    return "; ".join(p.group if isinstance(p, Party) else str(p) for p in parties)


def sheet_reference(ws: Worksheet, reference: Reference) -> None:
    """``Kế hoạch 192``: the targets and tasks as the plan's annexes give them."""
    headers = [("Mã", 7), ("Nhóm", 30), ("Nội dung", 60), ("Mục tiêu", 16), ("Chủ trì", 34), ("Phối hợp", 40), ("Thời gian", 10)]
    body = []
    for i in reference.indicators:
        goal = "" if i.target is None else (rate_text(float(i.target.value)) if i.target.kind == "percent"
                                            else f"{int(i.target.value):,}".replace(",", ".") + f" {i.target.unit or ''}".rstrip())
        body.append([i.id, "Phụ lục 1: chỉ tiêu", i.text, goal, _parties(i.lead), _parties(i.coordinating), i.deadline or ""])
    for t in reference.tasks:
        body.append([t.id, f"{t.group.number}. {t.group.title}", t.text, "", _parties(t.lead), _parties(t.coordinating), t.deadline or ""])
    table(ws, headers, body)


SHEETS = ("Tổng hợp", "Chi tiết", "Bằng chứng", "Văn bản", "Cần xem xét", "Kế hoạch 192", "Xã, phường")


def build_workbook(rows: list[MatrixRow], records: list[dict[str, Any]], reference: Reference,
                   run: dict[str, Any] | None = None) -> Workbook:
    wb = Workbook()
    summary = wb.active
    summary.title = SHEETS[0]
    sheet_summary(summary, rows, reference)
    sheet_detail(wb.create_sheet(SHEETS[1]), rows)
    sheet_evidence(wb.create_sheet(SHEETS[2]), rows)
    sheet_documents(wb.create_sheet(SHEETS[3]), records)
    sheet_review(wb.create_sheet(SHEETS[4]), rows, records)
    sheet_reference(wb.create_sheet(SHEETS[5]), reference)
    sheet_communes(wb.create_sheet(SHEETS[6]), rows, SHEETS[2])
    header = run_header(run, records)
    for ws in wb.worksheets:
        put_header(ws, header)
        ws.sheet_view.zoomScale = 90
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4  # the province's paper, not Letter
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb


def export_workbook(rows: list[MatrixRow], records: list[dict[str, Any]], reference: Reference, path: str | Path,
                    extra: Callable[[Workbook], None] | None = None, run: dict[str, Any] | None = None) -> Path:
    """Write the workbook to ``path`` atomically (a temporary file in the same folder, then ``os.replace``).

    ``extra`` may add sheets before saving (the run diff's ``Thay đổi``).
    """
    wb = build_workbook(rows, records, reference, run)
    if extra is not None:
        extra(wb)
        put_header(wb.worksheets[-1], run_header(run, records))
    with atomic_path(path) as tmp:
        wb.save(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the workbook is for sharing
    return Path(path)


def _change_value(c: dict[str, Any], v: Any) -> str | None:
    """A value of ``Thay đổi`` as text; a cell's status as the summary writes it (``Đạt``, not ``met``)."""
    if v is None:
        return None
    if c["scope"] == "matrix" and c["kind"] in ("status", "row"):
        return labels()["status"].get(v, {}).get("label", str(v))
    return str(v)


def add_changes_sheet(wb: Workbook, changes: list[dict[str, Any]]) -> None:
    """The ``Thay đổi`` sheet: what changed since the last run (``pipeline.export.diff_report.change_rows``).

    A matrix cell's row says why (``Lý do``: the documents that moved it, its figure before and after) and links
    the first of those documents' file, as ``Chi tiết`` does.
    """
    ws = wb.create_sheet("Thay đổi")
    what, scope = labels()["change_what"], labels()["change_scope"]
    headers = [("Phạm vi", 16), ("Tệp / Ô ma trận", 40), ("Loại", 14), ("Thay đổi", 10), ("Trước", 28), ("Sau", 28),
               ("Lý do", 60), ("Câu (trước)", 60), ("Câu (sau)", 60), ("Trang", 7), ("Tệp nguồn", 34)]
    actions = labels()["decision"]["action"]
    body = [[scope.get(c["scope"], c["scope"]), c["path"], actions.get(c["kind"], c["kind"]) if c["scope"] == "decision" else c["kind"],
             what.get(c["what"], c["what"]), _change_value(c, c["before"]), _change_value(c, c["after"]),
             c.get("reason"), c["sentence_before"], c["sentence_after"], c["page"], c.get("source")] for c in changes]
    if not body:
        body = [["Không có thay đổi so với lượt chạy trước"] + [None] * (len(headers) - 1)]
    table(ws, headers, body)
    for i in range(FIRST_ROW, len(body) + FIRST_ROW):
        link_file(ws.cell(row=i, column=len(headers)), ws.cell(row=i, column=len(headers)).value)
