"""A reviewer's form to a ``Decision``: checked against the run she was looking at, then stored in one transaction.

Every decision says what it rests on: the document's sha256 as the run read
it and the span looked at — the chosen candidate's, the cell's figure's, or
its first evidence's. Example: choosing ``83,56%`` for CT3 of ``Ủy ban nhân
dân xã Phú Lý`` stores the figure, ``900_xphuly_bc.txt``'s sha256 and the
figure's characters; ``pipeline/reconcile/decisions.py`` applies it on the
next run while that sha256 is still in the inbox.
"""
from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from pipeline.reconcile.decisions import decision_state, parse_number
from pipeline.reconcile.matrix import registry_names
from pipeline.review.queue import RunView
from pipeline.runs.store import RunStore
from schemas.decision import ACTIONS, Decision
from schemas.matrix import Figure, MatrixRow

log = logging.getLogger("bdhv.review")
MAX_NOTE = 2000
MAX_NAME = 80


class Refused(ValueError):
    """A form the desk will not record, with the reason in Vietnamese (shown) and English (logged)."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_vi = message_vi


def reviewer_name(raw: str | None) -> str:
    """The name a reviewer typed, trimmed (control characters out, at most 80 characters); empty is refused."""
    name = " ".join("".join(ch for ch in (raw or "") if ch.isprintable()).split())[:MAX_NAME]
    if not name:
        raise Refused("Hãy nhập tên người duyệt trước khi quyết định.", "no reviewer name")
    return name


def _basis(view: RunView, source: str | None, start: int | None, end: int | None) -> dict[str, Any]:
    rec = view.records.get(source or "")
    return {"path": source if rec else None, "sha256": rec.get("sha256") if rec else None,
            "start": start if rec else None, "end": end if rec else None}


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        raise Refused("Vị trí trong văn bản không hợp lệ.", f"bad span offset {value!r}") from None


def figures(row: MatrixRow) -> list[Figure]:
    """Every figure a reviewer may choose for the cell: its candidates, then each evidence's figures, once each."""
    out: dict[tuple[Any, ...], Figure] = {}
    for f in row.candidates + [f for e in row.evidence for f in e.figures]:
        out.setdefault((f.source, f.start, f.end, f.label()), f)
    return list(out.values())


def _row_basis(view: RunView, row: MatrixRow) -> dict[str, Any]:
    """What a decision on the cell as a whole rests on: its figure, else its first evidence."""
    if row.figure is not None and row.figure.source:
        return _basis(view, row.figure.source, row.figure.start, row.figure.end)
    if row.evidence:
        e = row.evidence[0]
        return _basis(view, e.source, e.start, e.end)
    return _basis(view, None, None, None)


def cell_decision(view: RunView, form: dict[str, str], who: str) -> Decision:
    """``confirm``, ``choose`` (a candidate, by its file and span), ``correct`` (a number and a note) or
    ``not_applicable`` on the cell ``form["target"]`` × ``form["unit"]`` of the run ``view``."""
    row = view.row(form.get("target", ""), form.get("unit", ""))
    if row is None:
        raise Refused("Không có ô này trong lượt chạy.", f"no cell {form.get('target')} | {form.get('unit')}")
    action = form.get("action", "")
    if action not in ACTIONS["cell"]:
        raise Refused("Thao tác không hợp lệ.", f"unknown cell action {action!r}")
    note = form.get("note", "").strip()[:MAX_NOTE]
    base = {"subject": "cell", "action": action, "who": who, "target": row.target, "unit": row.unit, "note": note}
    if action == "choose":
        source, start, end = form.get("source"), _int(form.get("start")), _int(form.get("end"))
        fig = next((f for f in figures(row) if f.source == source and f.start == start and f.end == end), None)
        if fig is None:
            raise Refused("Không tìm thấy số liệu đã chọn trong ô này.", "chosen figure not among the cell's")
        return Decision(**base, **_basis(view, source, start, end), value=asdict(fig) | {"label": fig.label()})
    if action == "confirm" and row.figure is None:
        raise Refused("Ô chưa có số liệu để xác nhận.", "nothing to confirm")
    if action == "correct":
        try:
            value = parse_number(form.get("value", ""))
        except ValueError:
            raise Refused("Số liệu nhập không hợp lệ (ví dụ: 83,56).", f"bad number {form.get('value')!r}") from None
        if row.target_kind not in ("percent", "count"):
            raise Refused("Nhiệm vụ không có số liệu để sửa.", "a task has no figure")
        if row.target_kind == "percent" and not 0 <= value <= 100:
            raise Refused("Tỷ lệ phải từ 0 đến 100.", f"rate out of range: {value}")
        if not note:
            raise Refused("Hãy ghi chú lý do sửa số liệu.", "a correction needs a note")
        return Decision(**base, **_row_basis(view, row), value=value)
    return Decision(**base, **_row_basis(view, row))


def name_decision(view: RunView, form: dict[str, str], who: str) -> Decision:
    """``map`` an unregistered name to a registry unit, or ``dismiss`` it."""
    name, action = form.get("name", "").strip(), form.get("action", "")
    if not name or action not in ACTIONS["name"]:
        raise Refused("Thao tác không hợp lệ.", f"bad name decision {action!r} on {name!r}")
    unit = form.get("unit", "").strip()
    if action == "map" and unit not in registry_names():
        raise Refused("Hãy chọn một đơn vị trong danh mục.", f"not a registry unit: {unit!r}")
    return Decision("name", action, who, name=name, value=unit if action == "map" else None,
                    note=form.get("note", "").strip()[:MAX_NOTE], **_basis(view, form.get("source"), None, None))


def file_decision(view: RunView, form: dict[str, str], who: str) -> Decision:
    """``acknowledge`` a file that failed (until its bytes change)."""
    path = form.get("path", "")
    rec = view.records.get(path)
    if rec is None or rec.get("status") == "ok" or form.get("action") != "acknowledge":
        raise Refused("Thao tác không hợp lệ.", f"bad file decision on {path!r}")
    return Decision("file", "acknowledge", who, path=path, sha256=rec.get("sha256"),
                    note=form.get("note", "").strip()[:MAX_NOTE])


def cell_history(store: RunStore, view: RunView, target: str, unit: str) -> list[tuple[Decision, str]]:
    """Every decision taken on a cell, newest first, each with its state against the run ``view``
    (``applied``, or ``stale`` when its document changed since)."""
    shas = view.shas
    mine = [d for d in store.decisions() if d.subject == "cell" and d.target == target and d.unit == unit]
    return [(d, decision_state(d, shas)) for d in reversed(mine)]


BUILDERS = {"cell": cell_decision, "name": name_decision, "file": file_decision}


def record_decision(store: RunStore, view: RunView, subject: str, form: dict[str, str], who: str) -> Decision:
    """Check the form against the run and store the decision (one short WAL transaction); returns it with its id."""
    if subject not in BUILDERS:
        raise Refused("Thao tác không hợp lệ.", f"unknown subject {subject!r}")
    d = BUILDERS[subject](view, form, who)
    d.id = store.add_decision(d)
    log.info("decision %s recorded: %s %s on %s by %s (based on %s)", d.id, d.subject, d.action,
             "/".join(x for x in d.key()[1:] if x), who, (d.sha256 or "-")[:12])
    return d
