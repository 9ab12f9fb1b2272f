"""What changed between two runs: per document, fields and mentions; per matrix cell, status and figure, and why.

Analysts read this before they trust a number. A mention that moved from
``170 lượt người`` to ``180 lượt người`` in the same sentence is one *changed*
row with both sentences, not a removal and an unrelated addition. A cell that
moved says which documents moved it and how its figure went: ``Đã báo cáo: Sở
Công Thương, 11/2025 (văn bản đã sửa) — số liệu 200 lượt người → 260 lượt người``.
"""
from __future__ import annotations

import difflib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.export.cell_text import decision_text
from pipeline.export.cells import document_name, labels
from pipeline.runs.store import RunStore
from schemas.diff import Change, RunDiff
from schemas.matrix import MatrixRow

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


def _evidence_key(e: dict[str, Any]) -> tuple:
    """What a document says of a cell (its figures, its role, its heading), not the words around it."""
    return (e.get("doc_role"), e.get("number"), e.get("issuer"), e.get("issue_date"), e.get("mention"), e.get("abstained"),
            tuple(_figure_key(f) for f in e.get("figures") or []), _figure_key(e.get("chosen")))


def moved_documents(before: dict | None, after: dict | None) -> list[tuple[str, dict[str, Any]]]:
    """The documents that brought a cell's change, as (``added`` | ``changed`` | ``removed``, evidence):
    new to the cell, gone from it, or saying something else of it; the one the figure is read from first."""
    a = {e["source"]: e for e in (before or {}).get("evidence") or [] if e.get("source")}
    b = {e["source"]: e for e in (after or {}).get("evidence") or [] if e.get("source")}
    out = [("added" if s not in a else "changed", e) for s, e in b.items()
           if s not in a or _evidence_key(a[s]) != _evidence_key(e)]
    out += [("removed", e) for s, e in a.items() if s not in b]
    firsts = [((row or {}).get("figure") or {}).get("source") for row in (after, before)]
    return sorted(out, key=lambda m: firsts.index(m[1]["source"]) if m[1]["source"] in firsts else len(firsts))


def document_label(e: dict[str, Any]) -> str:
    """A document as the workbook names it, with its kind: ``Báo cáo 12/BC-SKHCN — Sở Khoa học và Công nghệ, 03/11/2025``;
    the file's name only when nothing else is known of it."""
    name = document_name(e.get("number"), e.get("issuer"), e.get("issue_date"))
    if not name:
        return Path(e.get("source") or "").name
    role = labels()["doc_role"].get(e.get("doc_role")) if e.get("doc_role") != "other" else None
    return f"{role} {name}" if role else name


def _where(fa: dict | None, fb: dict | None, moved: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The sentences a cell's change is read in (its figure's, else the moved document's mention), the page, the file."""
    shown_a = fa or next((e for how, e in moved if how == "removed"), None) or {}
    shown_b = fb or next((e for how, e in moved if how != "removed"), None) or {}
    return {"sentence_before": shown_a.get("sentence"), "sentence_after": shown_b.get("sentence"),
            "page": (shown_b or shown_a).get("page"),
            "source": moved[0][1]["source"] if moved else (fb or fa or {}).get("source")}


def cell_reason(before: dict | None, after: dict | None) -> dict[str, Any]:
    """Why a cell moved, as the fields of its ``Change``: the reason line (status, the documents that brought it,
    the figure before and after, the page), those documents' names, the sentences, and the first one's file."""
    lab = labels()
    why = lab["change_reason"]
    status = {s: v["label"] for s, v in lab["status"].items()}
    ra, rb = before or {}, after or {}
    sa, sb = status.get(ra.get("status"), why["no_status"]), status.get(rb.get("status"), why["no_status"])
    moved = moved_documents(before, after)
    names = [document_label(e) for _, e in moved]
    limit = int(why["max_documents"])
    parts = [why["document"].format(name=n, how=why["how"][how]) for n, (how, _) in zip(names[:limit], moved)]
    if len(moved) > limit:
        parts.append(why["more"].format(n=len(moved) - limit))
    fa, fb = ra.get("figure"), rb.get("figure")
    if _figure_key(fa) != _figure_key(fb):
        parts.append(why["figure"].format(before=figure_label(fa) or why["no_figure"], after=figure_label(fb) or why["no_figure"]))
    if rb.get("overdue") and not ra.get("overdue"):
        parts.append(why["overdue"].format(deadline=document_name(None, None, rb.get("deadline"))))
    if rb.get("decision") and ra.get("decision") != rb.get("decision"):
        parts.append(why["decision"].format(text=decision_text(MatrixRow.from_json(rb))))
    if not parts:
        parts.append(why["new_cell"] if before is None else why["gone_cell"] if after is None else why["no_document"])
    where = _where(fa, fb, moved)
    if where["page"] is not None:
        parts.append(why["page"].format(page=where["page"]))
    head = sb if sa == sb else why["status_changed"].format(before=sa, after=sb)
    return dict(where, reason=why["line"].format(status=head, why=" — ".join(parts)), documents=names)


def diff_matrix(before: list[dict], after: list[dict]) -> list[Change]:
    """Matrix cells whose status or figure changed (keyed by target and unit), each with why (``cell_reason``)."""
    key = lambda r: (r.get("target"), r.get("unit"))  # noqa: E731
    a = {key(r): r for r in before}
    b = {key(r): r for r in after}
    out: list[Change] = []
    for k in sorted(set(a) | set(b), key=lambda x: (str(x[0]), str(x[1]))):
        ra, rb = a.get(k), b.get(k)
        label = f"{k[0]} | {k[1]}"
        if ra is None or rb is None:
            cell = [Change("matrix", label, "row", "added" if ra is None else "removed",
                           None if ra is None else ra.get("status"), None if rb is None else rb.get("status"))]
        else:
            cell = [Change("matrix", label, col, "changed", ra.get(col), rb.get(col))
                    for col in ("status", "value") if ra.get(col) != rb.get(col)]
            if _figure_key(ra.get("figure")) != _figure_key(rb.get("figure")):
                cell.append(Change("matrix", label, "figure", "changed", figure_label(ra.get("figure")),
                                   figure_label(rb.get("figure"))))
        if cell:
            why = cell_reason(ra, rb)
            out.extend(replace(c, **why) for c in cell)
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
