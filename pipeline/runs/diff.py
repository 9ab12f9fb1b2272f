"""What changed between two runs: per document, fields and mentions; per matrix cell, status and figure.

Analysts read this before they trust a number. A mention that moved from
``170 lượt người`` to ``180 lượt người`` in the same sentence is one *changed*
row with both sentences, not a removal and an unrelated addition.
"""
from __future__ import annotations

import difflib
import json
from typing import Any

from pipeline.runs.store import RunStore
from schemas.diff import Change, RunDiff

KINDS = ("doc_numbers", "dates", "quantities", "units", "indicators", "tasks")


def _mention_key(kind: str, m: dict[str, Any]) -> str:
    if kind == "quantities":
        return f"{m.get('kind')}:{json.dumps(m.get('value'), ensure_ascii=False)}"
    return json.dumps(m.get("value"), ensure_ascii=False)


def _similar(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def diff_mentions(path: str, kind: str, before: list[dict], after: list[dict]) -> list[Change]:
    keys_a = {}
    for m in before:
        keys_a.setdefault(_mention_key(kind, m), m)
    keys_b = {}
    for m in after:
        keys_b.setdefault(_mention_key(kind, m), m)
    removed = [keys_a[k] for k in keys_a if k not in keys_b]
    added = [keys_b[k] for k in keys_b if k not in keys_a]
    out: list[Change] = []
    for r in removed:
        # the same sentence with another value: a change, not a removal
        best = max(added, key=lambda a: _similar(r.get("sentence"), a.get("sentence")), default=None)
        if best is not None and _similar(r.get("sentence"), best.get("sentence")) >= 0.8:
            added.remove(best)
            out.append(Change("mention", path, kind, "changed", r.get("text"), best.get("text"),
                              r.get("sentence"), best.get("sentence"), best.get("page")))
        else:
            out.append(Change("mention", path, kind, "removed", r.get("text"), None, r.get("sentence"), None, r.get("page")))
    for a in added:
        out.append(Change("mention", path, kind, "added", None, a.get("text"), None, a.get("sentence"), a.get("page")))
    return out


def diff_records(before: dict[str, dict], after: dict[str, dict]) -> list[Change]:
    """Changes between two runs' records (path → extraction record)."""
    out: list[Change] = []
    for path in sorted(set(before) | set(after)):
        a, b = before.get(path), after.get(path)
        if a is None or b is None:
            out.append(Change("file", path, "file", "added" if a is None else "removed"))
            continue
        if a.get("sha256") == b.get("sha256") and a.get("status") == b.get("status"):
            continue
        if a.get("status") != b.get("status"):
            out.append(Change("file", path, "status", "changed", a.get("status"), b.get("status")))
        fa, fb = a.get("document") or {}, b.get("document") or {}
        for f in sorted(set(fa) | set(fb)):
            if fa.get(f) != fb.get(f):
                out.append(Change("document", path, f, "changed", fa.get(f), fb.get(f)))
        ma, mb = a.get("mentions") or {}, b.get("mentions") or {}
        for kind in KINDS:
            out.extend(diff_mentions(path, kind, ma.get(kind) or [], mb.get(kind) or []))
    return out


def figure_label(fig: dict | None) -> str | None:
    """A figure as a cell reads: ``100% (81/81)``, ``200 lượt người``; None when there is none."""
    if not fig:
        return None
    text = fig.get("text") or f"{fig.get('value')} {fig.get('unit') or ''}".strip()
    return f"{text} ({fig['basis']})" if fig.get("basis") else text


def _figure_key(fig: dict | None) -> tuple | None:
    """What a figure says, not where it was read: another rendition of the same report is no change."""
    if not fig:
        return None
    return (fig.get("kind"), fig.get("value"), fig.get("rate"), fig.get("unit"), fig.get("basis"))


def diff_matrix(before: list[dict], after: list[dict]) -> list[Change]:
    """Matrix cells whose status or figure changed (keyed by target and unit)."""
    key = lambda r: (r.get("target"), r.get("unit"))  # noqa: E731
    a = {key(r): r for r in before}
    b = {key(r): r for r in after}
    out: list[Change] = []
    for k in sorted(set(a) | set(b), key=lambda x: (str(x[0]), str(x[1]))):
        ra, rb = a.get(k), b.get(k)
        label = f"{k[0]} | {k[1]}"
        if ra is None or rb is None:
            out.append(Change("matrix", label, "row", "added" if ra is None else "removed",
                              None if ra is None else ra.get("status"), None if rb is None else rb.get("status")))
            continue
        for col in ("status", "value"):
            if ra.get(col) != rb.get(col):
                out.append(Change("matrix", label, col, "changed", ra.get(col), rb.get(col)))
        if _figure_key(ra.get("figure")) != _figure_key(rb.get("figure")):
            out.append(Change("matrix", label, "figure", "changed", figure_label(ra.get("figure")), figure_label(rb.get("figure"))))
    return out


def diff_runs(store: RunStore, run_a: int | None = None, run_b: int | None = None) -> RunDiff:
    """Diff two recorded runs; by default the last two."""
    ids = store.run_ids()
    if run_a is None or run_b is None:
        if len(ids) < 2:
            raise ValueError("fewer than two runs in the history: nothing to compare")
        run_a, run_b = (run_a or ids[-2]), (run_b or ids[-1])
    changes = diff_records(store.run_records(run_a), store.run_records(run_b))
    changes += diff_matrix(store.matrix(run_a), store.matrix(run_b))
    return RunDiff(run_a, run_b, changes)
