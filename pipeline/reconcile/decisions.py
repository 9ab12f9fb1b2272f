"""Reviewers' decisions applied to a run's matrix: what a person settled stays settled while its evidence stands.

A decision rests on one document's bytes (its sha256, and the span the
reviewer looked at). A run applies it when a document with that sha256 is
still in the inbox; when the document changed, the decision is ``stale``: the
cell keeps what the run computed and says "cần xem lại" (look again), so a
decision is neither applied to a figure nobody checked nor lost. Example: CT3
of ``Ủy ban nhân dân xã Phú Lý`` abstained between ``78,08%`` and ``83,56%``; the
analyst chose ``83,56%``: the next run rates the cell ``Đạt 83,56%`` with her
name and the time, and after the commune re-sends the report with ``84,10%``
the cell is back to what the matrix reads, marked stale.

Names (an unregistered issuer mapped to a registry unit) are applied before
the matrix is built (``map_names``), cells after (``apply_decisions``).
"""
from __future__ import annotations

import re
from typing import Any

from pipeline.core.timefmt import vietnam_time
from pipeline.reconcile import status as rules
from pipeline.reconcile.matrix import group_of
from schemas.decision import Decision, DecisionLog
from schemas.diff import Change
from schemas.matrix import Figure, MatrixRow, TargetSpec


def document_shas(records: list[dict[str, Any]] | dict[str, dict[str, Any]]) -> set[str]:
    """The sha256 of every file of a run (read or failed)."""
    values = records.values() if isinstance(records, dict) else records
    return {r["sha256"] for r in values if r.get("sha256")}


def decision_state(d: Decision, shas: set[str]) -> str:
    """``applied`` while the document it rests on is unchanged (or it rests on none), else ``stale``."""
    return "applied" if d.sha256 is None or d.sha256 in shas else "stale"


def parse_number(text: str) -> float:
    """A number as a Vietnamese reviewer types it: ``83,56`` → 83.56, ``734.512`` → 734512, ``85.6%`` → 85.6."""
    t = text.strip().rstrip("%").strip().replace(" ", "")
    if not re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+([.,]\d+)?", t):
        raise ValueError(f"not a number: {text!r}")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        t = t.replace(".", "")
    return float(t.replace(",", "."))


def map_names(records: list[dict[str, Any]], log: DecisionLog | None) -> list[dict[str, Any]]:
    """Records with each issuer a reviewer mapped to a registry unit renamed to it (``Ban Dân vận xã`` →
    the unit chosen); other records as they are."""
    if log is None:
        return records
    shas = document_shas(records)
    mapped = {d.name: d.value for d in log.latest().values()
              if d.subject == "name" and d.action == "map" and d.value and decision_state(d, shas) == "applied"}
    if not mapped:
        return records
    out = []
    for r in records:
        doc = r.get("document") or {}
        if doc.get("issuer") in mapped:
            r = dict(r, document=dict(doc, issuer=mapped[doc["issuer"]]))
        out.append(r)
    return out


def _spec(row: MatrixRow) -> TargetSpec:
    return TargetSpec(id=row.target, type=row.target_type, text=row.target_text, kind=row.target_kind,
                      value=row.target_value, unit=row.target_unit)


def corrected_figure(row: MatrixRow, d: Decision) -> Figure:
    """The figure a reviewer typed: a percent for a percent target, a count for CT4's 1 triệu (``734.512``) —
    a commune's count (``8.440``) stays a count, never a share of the province's (``choose_own_count``)."""
    value = float(d.value)
    if row.target_kind == "count" and row.target_value:
        rate = None if group_of(row.unit) else 100.0 * value / float(row.target_value)
        return Figure(kind="count", value=value, rate=rate, unit=row.target_unit,
                      text=str(d.value), source=d.path, start=d.start, end=d.end, accepted=True)
    return Figure(kind="percent", value=value, rate=value, text=f"{d.value}%", source=d.path, start=d.start,
                  end=d.end, accepted=True)


def _chosen(row: MatrixRow, d: Decision) -> Figure:
    """The candidate the reviewer chose, as this run read it (same file and span), else as she saw it."""
    for f in row.candidates + [f for e in row.evidence for f in e.figures]:
        if f.source == d.path and f.start == d.start and f.end == d.end:
            return f
    return Figure.from_json(d.value or {})


def _set_figure(row: MatrixRow, f: Figure) -> None:
    row.figure, row.value, row.abstained, row.confidence = f, f.rate, False, 1.0
    if row.target_kind in ("percent", "count") and row.target_value is not None and f.rate is not None:
        row.status = "met" if rules.is_met(f.rate, _spec(row)) else "not_met"
    else:
        row.status = "reported"


def mark(d: Decision, state: str) -> dict[str, Any]:
    """What a row carries of its decision (matrix JSON, workbook): action, who, when, note, state."""
    return {"id": d.id, "action": d.action, "who": d.who, "decided_at": d.decided_at, "note": d.note, "state": state,
            "value": d.value, "path": d.path, "sha256": d.sha256}


def apply_decisions(rows: list[MatrixRow], records: list[dict[str, Any]], log: DecisionLog | None) -> None:
    """Apply every standing cell decision whose document is unchanged to ``rows`` (in place); mark the others stale.

    ``confirm`` keeps the figure and marks it checked; ``choose`` puts the
    chosen candidate in its place and rates the cell on it; ``correct`` rates it
    on the typed number; ``not_applicable`` marks it (the status stays).
    """
    if log is None:
        return
    shas = document_shas(records)
    by_cell = {(r.target, r.unit): r for r in rows}
    for d in log.latest().values():
        row = by_cell.get((d.target, d.unit)) if d.subject == "cell" else None
        if row is None:
            continue
        state = decision_state(d, shas)
        row.decision = mark(d, state)
        if state != "applied":
            continue
        if d.action == "choose":
            _set_figure(row, _chosen(row, d))
        elif d.action == "correct":
            _set_figure(row, corrected_figure(row, d))
        elif d.action == "confirm":
            row.abstained, row.confidence = False, 1.0 if row.figure is not None else row.confidence


def subject_label(d: Decision) -> str:
    """``CT3 | Ủy ban nhân dân xã Phú Lý``, a name, or a file: how the Thay đổi sheet names what was decided."""
    if d.subject == "cell":
        return f"{d.target} | {d.unit}"
    return (d.name if d.subject == "name" else d.path) or ""


def describe(d: Decision) -> str:
    """``83,56% — Nguyễn Thị Lan, 12/03/2026 10:05``: what was decided, by whom, when (Vietnam time)."""
    what = d.value.get("label", "") if isinstance(d.value, dict) else ("" if d.value is None else str(d.value))
    return " — ".join(x for x in (what, f"{d.who}, {vietnam_time(d.decided_at)}") if x)


def decision_changes(log: DecisionLog | None, records: list[dict[str, Any]],
                     previous: dict[str, dict[str, Any]] | None) -> list[Change]:
    """For Thay đổi: every decision taken since the last run (``added``, or ``stale`` already), and every earlier
    one that stood at the last run and whose document changed since (``stale``)."""
    if log is None:
        return []
    now, before = document_shas(records), document_shas(previous or {})
    new = {d.id for d in log.new()}
    out = []
    for d in log.latest().values():
        state = decision_state(d, now)
        if d.id in new:
            what = "added" if state == "applied" else "stale"
        elif state == "stale" and decision_state(d, before) == "applied":
            what = "stale"
        else:
            continue
        out.append(Change("decision", subject_label(d), d.action, what, None, describe(d), None, d.note or None))
    return out
