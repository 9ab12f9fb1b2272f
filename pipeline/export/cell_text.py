"""What one matrix cell says in the workbook: its status words, its markers, its comment.

Shared by ``Tổng hợp``, ``Chi tiết`` and ``Xã, phường``: ``status_label`` (``Chưa đạt 86,4%``,
``Đã báo cáo (?)`` when the cell needs checking), ``markers`` (``⚠ mâu thuẫn``, ``⏰ quá hạn``,
``✔``, ``↺ cần xem lại``), ``cell_note`` (the comment: the competing figures of a conflict, the
deadline passed, the reviewer's decision, the candidates held back). Words: ``data/workbook.yaml``.
"""
from __future__ import annotations

from pipeline.core.timefmt import vietnam_time
from pipeline.export.cells import document_name, labels, rate_text
from pipeline.reconcile.population import words as attribution_words
from schemas.matrix import Figure, MatrixRow


def needs_check(r: MatrixRow) -> bool:
    """A cell to check before trusting it: attribution abstained, or its rate is of low confidence."""
    return r.abstained or (r.confidence is not None and r.confidence < float(attribution_words()["low_confidence"]))


def status_label(r: MatrixRow, with_rate: bool = False) -> str:
    """``Chưa đạt 86,4%``; ``Đã báo cáo (?)`` when the cell needs checking (the legend says so)."""
    lab = labels()
    text = " ".join(x for x in (lab["status"][r.status]["label"], rate_text(r.value) if with_rate else "") if x)
    return text + lab["check_mark"] if needs_check(r) else text


def markers(r: MatrixRow) -> str:
    """What a summary cell must not hide: ``⚠ mâu thuẫn`` (reports disagree), ``quá hạn`` (no report by the deadline),
    ``✔`` (a reviewer decided it), ``↺ cần xem lại`` (her decision's document changed since)."""
    lab = labels()
    state = (r.decision or {}).get("state")
    return "".join(m for m, on in ((lab["conflict_mark"], bool(r.conflicts)), (lab["overdue_mark"], r.overdue),
                                   (lab["decision"]["mark"], state == "applied"),
                                   (lab["decision"]["stale_mark"], state == "stale")) if on)


def decision_text(r: MatrixRow) -> str:
    """``Đã chọn số liệu khác: 83,56% — Nguyễn Thị Lan, 12/03/2026 10:05``; or why it must be looked at again."""
    d = r.decision
    if not d:
        return ""
    lab = labels()["decision"]
    when = vietnam_time(d.get("decided_at"))
    action = lab["action"].get(d["action"], d["action"])
    if d.get("state") == "stale":
        return lab["stale_line"].format(who=d["who"], action=action, when=when)
    value = d.get("value")
    if d["action"] == "choose" and isinstance(value, dict):
        value = Figure.from_json(value).label()
    elif d["action"] == "correct" and value is not None:
        value = r.figure.label() if r.figure else str(value)
    line = lab["line"].format(action=action, value=value if value is not None else "", who=d["who"], when=when)
    return line.replace(": —", " —") + (f" ({d['note']})" if d.get("note") else "")


def cell_note(r: MatrixRow) -> str:
    """The summary cell's comment: the competing figures of a conflict, the deadline passed, the candidates held back."""
    lab = labels()
    parts = []
    if r.conflicts:
        parts.append(lab["note_conflict"] + "\n" + "\n".join(f"- {c}" for c in r.conflicts))
    if r.overdue:
        parts.append(lab["note_overdue"].format(deadline=document_name(None, None, r.deadline)))
    if r.decision:
        parts.append(decision_text(r))
    if r.abstained and r.candidates:
        parts.append(lab["note_candidates"] + "\n" + "\n".join(f"- {f.label()} ({f.number or f.source or ''})" for f in r.candidates[:6]))
    return "\n\n".join(parts)

