"""Communes in the workbook: under their group's column on ``Tổng hợp``, one line each on ``Xã, phường``.

Plan 192 gives tasks to ``Ủy ban nhân dân cấp xã``, and each of Đồng Nai's communes
may send its own report. A summary column per commune made ``Tổng hợp`` 29 columns
wide and 57 printed pages, so a member of a group (``group_of``: ``Ủy ban nhân dân
xã Long Phước`` → ``Ủy ban nhân dân cấp xã``) has no column there: the group's cell
stands for its members (the group's row, which gathers their evidence and is never
rated, ``make_group_row``) and says how many of them reported (``2/3 xã, phường đã
báo cáo``); a click on it goes to the target's lines on ``Xã, phường``, where each
(target, commune) is a line with its status, the figure as the commune reported it
and a link to its evidence rows.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from pipeline.export.cell_text import markers, status_label
from pipeline.export.cells import FIRST_ROW, document_name, evidence_rows, labels, link_file, link_to, status_style, table
from pipeline.reconcile.matrix import group_of
from pipeline.reconcile.status import decide_group
from schemas.matrix import Figure, MatrixRow, TargetSpec

_REPORTED = ("met", "not_met", "reported")


def member_rows(rows: list[MatrixRow]) -> list[MatrixRow]:
    """The communes' rows, in the plan's order of targets, then by commune: the lines of ``Xã, phường``."""
    order: dict[str, int] = {}
    for r in rows:
        order.setdefault(r.target, len(order))
    return sorted((r for r in rows if group_of(r.unit)), key=lambda r: (order[r.target], r.unit))


def summary_rows(rows: list[MatrixRow]) -> tuple[list[MatrixRow], dict[tuple[str, str], list[MatrixRow]]]:
    """``Tổng hợp``'s rows, and each group cell's members: (target, group) → the communes' rows.

    A commune's row is not among them. Its group's row is, with the members'
    conflicts added (a caveat is never hidden by folding); where the plan does
    not give the group the target (a commune's own CT4), a row is made for the
    group from the members' evidence by the group's rule (``decide_group``:
    reported once one reported, never a rate).
    """
    members: dict[tuple[str, str], list[MatrixRow]] = defaultdict(list)
    for r in member_rows(rows):
        members[(r.target, group_of(r.unit) or "")].append(r)
    have = {(r.target, r.unit) for r in rows}
    out: list[MatrixRow] = []
    for r in rows:
        group = group_of(r.unit)
        if group is None:
            mine = members.get((r.target, r.unit), [])
            out.append(replace(r, conflicts=r.conflicts + _member_conflicts(mine)) if mine else r)
        elif (r.target, group) not in have:
            have.add((r.target, group))
            out.append(_group_row(r, group, members[(r.target, group)]))
    return out, dict(members)


def _member_conflicts(members: list[MatrixRow]) -> list[str]:
    return [f"{m.unit}: {c}" for m in members for c in m.conflicts]


def _group_row(first: MatrixRow, group: str, members: list[MatrixRow]) -> MatrixRow:
    """The group's cell for a target the plan does not give it, from its members' rows."""
    evidence = [e for m in members for e in m.evidence]
    spec = TargetSpec(id=first.target, type=first.target_type, text=first.target_text, kind=first.target_kind,
                      value=first.target_value, unit=first.target_unit, deadline=first.deadline)
    return MatrixRow(target=first.target, target_type=first.target_type, target_text=first.target_text, unit=group,
                     role="self", status=decide_group(spec, evidence).status, target_value=first.target_value,
                     target_kind=first.target_kind, target_unit=first.target_unit, deadline=first.deadline,
                     overdue=all(m.overdue for m in members), conflicts=_member_conflicts(members), evidence=evidence)


def count_text(members: list[MatrixRow]) -> str:
    """``2/3 xã, phường đã báo cáo``: of the communes whose documents address the target, those that reported."""
    reported = sum(1 for m in members if m.status in _REPORTED)
    return labels()["communes"]["count"].format(reported=reported, total=len(members))


def members_note(members: list[MatrixRow], most: int = 15) -> str:
    """The group cell's comment: each commune's status and figure (``- Ủy ban nhân dân xã Long Phước: Đã báo cáo — 8.440 người``)."""
    lab = labels()["communes"]
    lines = [f"- {m.unit}: {status_label(m, with_rate=True)}{markers(m)}" + (f" — {m.figure.label()}" if m.figure else "")
             for m in members[:most]]
    if len(members) > most:
        lines.append(lab["more"].format(n=len(members) - most))
    return lab["note"] + "\n" + "\n".join(lines)


def first_lines(rows: list[MatrixRow]) -> dict[tuple[str, str], int]:
    """(target, group) → the first line of its communes on ``Xã, phường`` (as ``sheet_communes`` lays them)."""
    out: dict[tuple[str, str], int] = {}
    for i, m in enumerate(member_rows(rows), FIRST_ROW):
        out.setdefault((m.target, group_of(m.unit) or ""), i)
    return out


def figure_number(f: Figure | None) -> tuple[Any, str | None]:
    """The figure as a number and its format: ``8.440 người`` → 8440 (``#,##0``), ``82,4%`` → 0.824 (``0.0#%``),
    ``6.842/9.120`` → its rate, 0.7502; a figure without a number → None."""
    if f is None:
        return None, None
    if f.kind in ("percent", "ratio"):
        share = f.value if f.kind == "percent" and isinstance(f.value, (int, float)) else f.rate
        return (None, None) if share is None else (round(float(share) / 100, 6), "0.0#%")
    if isinstance(f.value, (int, float)):
        whole = float(f.value).is_integer()
        return (int(f.value), "#,##0") if whole else (float(f.value), "#,##0.0#")
    return None, None


# The target's words are on Kế hoạch 192: a line here stays one line high.
HEADERS = [("Xã, phường", 30), ("Mã", 7), ("Vai trò", 12), ("Trạng thái", 18), ("Tỷ lệ (%)", 9), ("Số liệu", 12),
           ("Đơn vị tính", 16), ("Số liệu (như văn bản)", 28), ("Văn bản", 36), ("Tệp", 30)]
COLUMNS = {title: c for c, (title, _) in enumerate(HEADERS, 1)}


def sheet_communes(ws: Worksheet, rows: list[MatrixRow], evidence_sheet: str) -> None:
    """``Xã, phường``: one line per (target, commune) — status, rate (a percent target only), the figure as
    reported (a number), its document and file; the status links to the line's rows on ``evidence_sheet``."""
    lab = labels()
    members = member_rows(rows)
    at = dict(zip(((r.target, r.unit) for r in rows), evidence_rows(rows)))
    body: list[list[Any]] = []
    formats: list[str | None] = []
    for m in members:
        f, first = m.figure, (m.evidence[0] if m.evidence else None)
        number, fmt = figure_number(f)
        formats.append(fmt)
        where = f or first
        body.append([m.unit, m.target, lab["role"][m.role], status_label(m) + markers(m),
                     None if m.value is None else round(m.value, 2), number,
                     "" if f is None or f.kind in ("percent", "ratio") else f.unit or "", f.label() if f else "",
                     document_name(where.number, first.issuer if first else None, where.issue_date) if where else "",
                     (where.source if where else "") or ""])
    if not body:
        body = [[lab["communes"]["none"]] + [None] * (len(HEADERS) - 1)]
    table(ws, HEADERS, body, formats={COLUMNS["Tỷ lệ (%)"]: "0.00"})
    for i, (m, fmt) in enumerate(zip(members, formats), FIRST_ROW):
        status = ws.cell(row=i, column=COLUMNS["Trạng thái"])
        status_style(status, m.status)
        if at.get((m.target, m.unit)):
            link_to(status, evidence_sheet, at[(m.target, m.unit)])
        if fmt:
            ws.cell(row=i, column=COLUMNS["Số liệu"]).number_format = fmt
        source = ws.cell(row=i, column=COLUMNS["Tệp"])
        link_file(source, source.value)
    ws.freeze_panes = f"B{FIRST_ROW}"
