"""The review queue: what in the last run needs a person, most important first.

Built from what the run recorded, with the library's own rules: cells whose
figure changed since the run before (``pipeline.runs.diff.diff_matrix``),
decisions whose document changed since (``cần xem lại``), cells the matrix
abstained on, with their candidates, conflicts between reports
(``review_items``), lead rows past their deadline, unregistered units and
issuers, and files that failed, with their code. One item per thing to decide
(a cell, a name, a file), carrying every reason it is in the queue; an item a
standing decision settled is ``decided`` and left out unless asked for.
Example: ``QueueItem(kinds=["abstained"], subject="cell", target="CT3",
unit="Ủy ban nhân dân xã Phú Lý", status="reported", candidates=[78,08%, 83,56%])``.
"""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.core.resources import load_data
from pipeline.export.cells import document_name
from pipeline.reconcile.decisions import decision_state, document_shas
from pipeline.reconcile.matrix import review_items
from pipeline.runs.diff import diff_matrix
from pipeline.runs.store import RunStore
from schemas.decision import Decision, DecisionLog
from schemas.matrix import Figure, MatrixRow

# review_items' issues the desk takes, and the queue kind each becomes
_ISSUE_KIND = {"abstained": "abstained", "conflict": "conflict", "renditions_differ": "conflict", "unregistered_unit": "unregistered",
               "other_province": "unregistered",
               "document_error": "failed"}
_CELL_COLUMNS = ("status", "value", "figure")


def kinds() -> list[str]:
    """The queue's kinds, most important first (data/review.yaml)."""
    return list(load_data("review.yaml")["kinds"])


@dataclass
class RunView:
    """One recorded run as the desk reads it: its rows, its records by path, the run before's matrix."""

    run: dict[str, Any]
    rows: list[MatrixRow]
    records: dict[str, dict[str, Any]]
    previous: list[dict[str, Any]] | None  # the run before's matrix as JSON; None for the first run
    rows_json: list[dict[str, Any]] = field(default_factory=list)

    def row(self, target: str, unit: str) -> MatrixRow | None:
        return next((r for r in self.rows if r.target == target and r.unit == unit), None)

    @property
    def shas(self) -> set[str]:
        return document_shas(self.records)


_views: dict[tuple[str, int, str], RunView] = {}
_views_lock = threading.Lock()


def load_run(store: RunStore, run_id: int | None = None) -> RunView | None:
    """The run ``run_id`` (default: the last finished one), read once per process: a recorded run never changes."""
    ids = store.run_ids()
    if not ids:
        return None
    run_id = run_id or ids[-1]
    key = (str(store.path.resolve()), run_id, store.run(run_id)["started_at"])
    with _views_lock:
        if key in _views:
            return _views[key]
    rows_json = store.matrix(run_id)
    before = [i for i in ids if i < run_id]
    view = RunView(store.run(run_id), [MatrixRow.from_json(r) for r in rows_json], store.run_records(run_id),
                   store.matrix(before[-1]) if before else None, rows_json)
    with _views_lock:
        _views[key] = view
    return view


@dataclass
class QueueItem:
    """One thing to decide: a cell (target, unit), a name, or a file, and every reason it is queued."""

    subject: str  # cell | name | file
    kinds: list[str]
    target: str | None = None
    unit: str | None = None
    name: str | None = None
    path: str | None = None  # the document to open (a name's issuing document, the failed file)
    status: str | None = None  # the cell's status in the run
    details: list[str] = field(default_factory=list)
    candidates: list[Figure] = field(default_factory=list)
    state: str = "open"  # open | decided | stale
    decision: Decision | None = None
    order: tuple[int, int, str] = (0, 0, "")

    @property
    def kind(self) -> str:
        return self.kinds[0]

    def key(self) -> tuple[str, ...]:
        if self.subject == "cell":
            return ("cell", self.target or "", self.unit or "")
        return (self.subject, (self.name if self.subject == "name" else self.path) or "")


def _change_text(column: str, before: Any, after: Any) -> str:
    """``Trạng thái: Đạt → Đã báo cáo``: a changed cell as the desk says it."""
    desk, book = load_data("review.yaml"), load_data("workbook.yaml")

    def shown(v: Any) -> str:
        if v is None:
            return "–"
        return book["status"][v]["label"] if column == "status" and v in book["status"] else str(v)

    return f"{desk['columns'].get(column, column)}: {shown(before)} → {shown(after)}"


def build_queue(view: RunView, log: DecisionLog) -> list[QueueItem]:
    """Every item of the run ``view``, most important first (kind, then the plan's order of targets, then unit)."""
    order = kinds()
    target_order = {}
    for r in view.rows:
        target_order.setdefault(r.target, len(target_order))
    rows = {(r.target, r.unit): r for r in view.rows}
    items: dict[tuple[str, ...], QueueItem] = {}

    def add(kind: str, item: QueueItem, detail: str = "") -> None:
        got = items.setdefault(item.key(), item)
        if kind not in got.kinds:
            got.kinds.append(kind)
        if detail and detail not in got.details:
            got.details.append(detail)

    def cell(target: str, unit: str) -> QueueItem:
        r = rows.get((target, unit))
        return QueueItem("cell", [], target, unit, status=r.status if r else None,
                         candidates=list(r.candidates) if r and r.abstained else [])

    if view.previous is not None:
        for c in diff_matrix(view.previous, view.rows_json):
            target, _, unit = c.path.partition(" | ")
            if c.what == "changed" and c.kind in _CELL_COLUMNS and (target, unit) in rows:
                add("changed", cell(target, unit), _change_text(c.kind, c.before, c.after))
    for i in review_items(view.rows, list(view.records.values())):
        kind = _ISSUE_KIND.get(i["issue"])
        if kind in ("abstained", "conflict") and (i["target"], i["unit"]) in rows:
            add(kind, cell(i["target"], i["unit"]), "" if kind == "abstained" else i["detail"])
        elif kind == "unregistered":
            add(kind, QueueItem("name", [], name=i["unit"], path=i["source"]), i["detail"])
        elif kind == "failed":
            add(kind, QueueItem("file", [], path=i["source"]), i["detail"])
    for r in view.rows:
        if r.overdue and r.role == "lead":
            add("overdue", cell(r.target, r.unit), "hạn " + document_name(None, None, r.deadline))
    shas = view.shas
    for key, d in log.latest().items():
        stale = decision_state(d, shas) == "stale"
        if stale and key[0] == "cell" and (d.target, d.unit) in rows:
            add("stale", cell(d.target or "", d.unit or ""))
        if key in items:
            items[key].decision = d
            items[key].state = "stale" if stale else "decided"
            if stale and "stale" not in items[key].kinds:
                items[key].kinds.append("stale")
    out = list(items.values())
    for it in out:
        it.kinds.sort(key=order.index)
        it.order = (order.index(it.kind), target_order.get(it.target or "", len(target_order)),
                    it.unit or it.name or it.path or "")
    return sorted(out, key=lambda it: it.order)


STATES = {"open": ("open", "stale"), "decided": ("decided",), "all": ("open", "stale", "decided")}


def filter_queue(items: list[QueueItem], unit: str | None = None, target: str | None = None, status: str | None = None,
                 kind: str | None = None, state: str = "open") -> list[QueueItem]:
    """The items a reviewer asked for: by unit (or name), target, the cell's status, kind, and whether decided."""
    wanted = STATES.get(state, STATES["open"])
    return [it for it in items if it.state in wanted
            and (not unit or unit in (it.unit, it.name))
            and (not target or it.target == target)
            and (not status or it.status == status)
            and (not kind or kind in it.kinds)]


def counts(items: list[QueueItem]) -> dict[str, int]:
    """Items waiting for a person (open or stale), per kind, in the queue's order."""
    c = Counter(k for it in items if it.state != "decided" for k in it.kinds)
    return {k: c.get(k, 0) for k in kinds()}
