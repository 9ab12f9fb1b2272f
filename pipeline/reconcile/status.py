"""The status rules of the compliance matrix, in one place (README "Trạng thái").

A (target, unit) row's status, from the documents its unit issued:

- ``met`` — a report gives a rate at or above the target. A rate is a percent
  (``Đạt tỷ lệ 100%``), a ratio (``81/81`` → 100%), or a count against the
  target's population: a count target's own number (CT4: ``734.512`` người of
  ``1 triệu`` → 73,45%) or a total the report states (``110 trên tổng số 120``
  → 91,67%). A count target is met at 100%.
- ``not_met`` — a report gives such a rate, below the target.
- ``reported`` — a report addresses the target but gives no comparable figure
  (``200 lượt người`` against CT5's 80%), or the target has no number (a task),
  or the figure is a commune's own count of a province-wide count (xã Long
  Phước's ``8.440 người`` for CT4's 1 triệu: shown, never ``Chưa đạt 0,84%``).
- ``planned`` — only plans address it, or only directives (requests: a
  thông báo kết luận, a công văn) — then ``reported`` for an indicator they
  give figures for, never with a rate.
- ``no_information`` — no document of the unit addresses it.

Which figure of a report is the unit's result is figure attribution's
decision (``pipeline/reconcile/attribution.py``: what it counts, whose, when,
a result or a goal); here, the latest report with a result speaks, and one
that abstained makes the row ``reported``. Two reports whose rates differ by
more than ``conflict_tolerance`` points are a conflict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.core.resources import load_data
from schemas.matrix import Evidence, Figure, TargetSpec

def words() -> dict[str, Any]:
    """The matrix's word lists (data/matrix.yaml)."""
    return load_data("matrix.yaml")


def has_word(text: str, phrases: list[str]) -> bool:
    low = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(p.casefold())}(?!\w)", low) for p in phrases)


def context_before(q: dict[str, Any], width: int = 40) -> str:
    """The words of ``q``'s sentence just before it (``Đạt tỷ lệ`` for ``100%``)."""
    sentence, text = q.get("sentence") or "", q.get("text") or "\0"
    i = (q.get("context") or {}).get("at")  # where extraction found it (quantities/context.py)
    if i is None or sentence[i:i + len(text)] != text:
        i = sentence.find(text)
    if i < 0:
        return ""
    return sentence[max(0, i - width):i]


def is_bar(q: dict[str, Any]) -> bool:
    """``đạt 73,0%, chưa đạt mức 80%``: the 80% is the bar the result is measured against."""
    return has_word(context_before(q, 20), words()["shortfall_words"])


def is_achievement(q: dict[str, Any]) -> bool:
    """``Đạt tỷ lệ 100%``: the figure is presented as a result."""
    return not is_bar(q) and has_word(context_before(q, 25), words()["achievement_words"])


def is_goal(q: dict[str, Any]) -> bool:
    """``phấn đấu 80% …``: the figure restates a goal (or is the bar a result is compared with)."""
    if is_bar(q):
        return True
    before = context_before(q, 40)
    return has_word(before, words()["goal_words"]) and not has_word(context_before(q, 12), ["đạt"])


def counts_people(unit: str | None) -> bool:
    """``người dân``, ``lượt người``, ``công dân``: a count of people (or their accounts)."""
    return bool(unit) and has_word(unit, words()["people_nouns"])


def rate_of(q: dict[str, Any], target: TargetSpec) -> float | None:
    """The percent a quantity amounts to against ``target``: a percent itself, a ratio (``81/81`` → 100), or a
    count against a count target (``734.512`` of ``1 triệu`` → 73.45); None for a count against a percent target.
    Whether it is the unit's result is attribution's call."""
    kind = q.get("kind")
    if kind == "percent" and isinstance(q.get("value"), (int, float)):
        return float(q["value"])
    if kind == "ratio":
        num, den = q.get("numerator"), q.get("denominator")
        if num is None or den is None:
            num, _, den = str(q.get("value", "")).partition("/")
        try:
            num, den = float(num), float(den)
        except (TypeError, ValueError):
            return None
        return 100.0 * num / den if den > 0 else None
    if kind == "count" and target.kind == "count" and target.value and counts_people(q.get("unit")):
        return 100.0 * float(q["value"]) / float(target.value)
    return None


def figure_of(q: dict[str, Any], target: TargetSpec, **where: Any) -> Figure:
    """A quantity mention as a figure for ``target``, with its rate when it is comparable."""
    return Figure(
        kind=q.get("kind") or "count", value=q.get("value"), rate=rate_of(q, target),
        unit=q.get("unit"), text=q.get("text") or "", page=q.get("page"), sentence=q.get("sentence"),
        confidence=float(q.get("confidence", 1.0) or 1.0), start=q.get("start"), end=q.get("end"), **where,
    )


def population_pairs(quantities: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Counts set against a stated total in the same sentence: ``110 … trên tổng số 120 cán bộ``.

    Returns (part, total) pairs: the total is a count preceded by a population
    word, the part a count of the same sentence, not larger, before it.
    """
    pairs = []
    counts = [q for q in quantities if q.get("kind") == "count" and isinstance(q.get("value"), (int, float))]
    for total in counts:
        if not has_word(context_before(total, 25), words()["population_words"]):
            continue
        parts = [q for q in counts if q is not total and q.get("sentence") == total.get("sentence")
                 and q.get("start", 0) < total.get("start", 0) and 0 < q["value"] <= total["value"]]
        if not parts:
            parts = _bare_part(total)
        if parts:
            pairs.append((parts[-1], total))
    return pairs


def _bare_part(total: dict[str, Any]) -> list[dict[str, Any]]:
    """``có 41.286 trên tổng số 49.520 cán bộ``: the bare number before the total, as a count of its noun."""
    sentence, at = total.get("sentence") or "", (total.get("context") or {}).get("at")
    if not isinstance(at, int) or sentence[at:at + len(total.get("text") or "")] != total.get("text"):
        return []
    m = re.search(words()["bare_part"], sentence[:at])
    if not m:
        return []
    value = int(m.group("num").replace(".", ""))
    if not 0 < value <= float(total["value"]):
        return []
    start = total.get("start", 0) - (at - m.start("num"))
    return [{"kind": "count", "value": value, "text": m.group("num"), "unit": total.get("unit"), "start": start,
             "end": start + len(m.group("num")), "page": total.get("page"), "sentence": sentence,
             "confidence": total.get("confidence", 1.0), "context": {"at": m.start("num")}}]


def population_figure(part: dict[str, Any], total: dict[str, Any], **where: Any) -> Figure:
    """``110 … trên tổng số 120 cán bộ`` as a figure with rate 91,67."""
    rate = 100.0 * float(part["value"]) / float(total["value"])
    return Figure(kind="population", value=part["value"], rate=rate, unit=part.get("unit") or total.get("unit"),
                  text=part.get("text") or "", basis=f"{part.get('text')} / {total.get('text')}",
                  page=part.get("page"), sentence=part.get("sentence"),
                  confidence=min(float(part.get("confidence", 1) or 1), float(total.get("confidence", 1) or 1)),
                  start=part.get("start"), end=part.get("end"), **where)


def is_met(rate: float, target: TargetSpec) -> bool:
    """At or above the target: the percent for a percent target, 100% of the number for a count target."""
    threshold = float(target.value) if target.kind == "percent" and target.value is not None else 100.0
    return rate + 1e-9 >= threshold


@dataclass
class Decision:
    status: str
    figure: Figure | None = None
    value: float | None = None
    conflicts: list[str] = field(default_factory=list)
    confidence: float | None = None
    abstained: bool = False
    reasons: list[str] = field(default_factory=list)
    candidates: list[Figure] = field(default_factory=list)


def _date_key(d: str | None) -> str:
    return d or ""


def decide(target: TargetSpec, evidence: list[Evidence]) -> Decision:
    """The row's status, result, rate and conflicts from its unit's evidence (rules above).

    Each report's result is what attribution chose (``Evidence.chosen``). The
    latest report that says something about the target speaks: when it
    abstained (its figures could not be trusted as the unit's result), the row
    is ``reported`` with those figures as candidates, never a rate.
    """
    reports = [e for e in evidence if e.doc_role == "report"]
    plans = [e for e in evidence if e.doc_role == "plan"]
    requests = [e for e in evidence if e.doc_role == "request"]
    if not reports:
        if plans or not requests:
            return Decision("planned" if plans else "no_information")
        # only directives (a thông báo kết luận, a công văn): they set work in motion, so the target is
        # planned; one that states figures for an indicator reports them, never as a rate
        shown = [f for e in requests for f in e.figures]
        if target.kind in ("percent", "count") and shown:
            return Decision("reported", _largest_count(shown), None)
        return Decision("planned")
    comparable = target.kind in ("percent", "count") and target.value is not None
    said = sorted((e for e in reports if comparable and (e.chosen is not None or e.abstained)),
                  key=lambda e: _date_key(e.issue_date), reverse=True)
    if said and said[0].abstained:
        e = said[0]
        return Decision("reported", _largest_count(e.figures), None, abstained=True, reasons=list(e.reasons),
                        candidates=[f for f in e.figures if f.rate is not None])
    if said and said[0].chosen.rate is None:  # a commune's own count of CT4 (attribution.choose_own_count)
        return Decision("reported", said[0].chosen, None, reasons=list(said[0].reasons))
    per_doc = [(e, e.chosen) for e in said if e.chosen is not None and e.chosen.rate is not None]
    if per_doc:
        best_e, best = per_doc[0]
        status = "met" if is_met(best.rate, target) else "not_met"
        return Decision(status, best, best.rate, _conflicts(per_doc), best_e.result_confidence, reasons=list(best_e.reasons))
    shown = _largest_count([f for e in reports for f in e.figures])
    return Decision("reported", shown, None)


def decide_group(target: TargetSpec, evidence: list[Evidence]) -> Decision:
    """A group's decision from its members' documents: ``reported`` once one reported, else ``planned``,
    else none; never a rate (a few communes' figures do not measure the group)."""
    roles = {e.doc_role for e in evidence}
    return Decision("reported" if "report" in roles else "planned" if roles & {"plan", "request"} else "no_information")


def _largest_count(figures: list[Figure]) -> Figure | None:
    """The figure a ``reported`` row shows: the largest count of people, else the largest count."""
    counts = [f for f in figures if f.kind == "count" and isinstance(f.value, (int, float))]
    people = [f for f in counts if counts_people(f.unit)] or counts
    return max(people, key=lambda f: f.value) if people else (figures[0] if figures else None)


def _conflicts(per_doc: list[tuple[Evidence, Figure]]) -> list[str]:
    tol = float(words()["conflict_tolerance"])
    out = []
    for i, (ea, fa) in enumerate(per_doc):
        for eb, fb in per_doc[i + 1:]:
            if ea.source != eb.source and abs(fa.rate - fb.rate) > tol:
                out.append(f"{fa.label()} ({ea.number or ea.source}) ≠ {fb.label()} ({eb.number or eb.source})")
    return out
