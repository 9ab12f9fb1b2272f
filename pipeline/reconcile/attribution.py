"""Figure attribution: for every quantity of a report, what it measures, whose it is, as of when — and the one that is the unit's result.

Between extraction and the matrix. A report's target (``Chỉ tiêu số 1``)
owns the quantities of its sentence and of the text after it up to the next
indicator (``assign_quantities``); of those, a figure is the unit's result for
the target only when every check holds (``candidates``):

1. **what it counts** — its population (the counted noun, the ratio's
   denominator, the ``tỷ lệ …`` subject, the table's header or row) is the
   target's people (``population.compatibility``): ``100% (12/12 lớp)`` counts
   classes and is refused for CT1;
2. **whose** — not a sub-unit's table row (the total row speaks), not another
   unit's figure quoted (``theo số liệu của Công an tỉnh …``); the whole's
   figure (``Toàn tỉnh: …``, ``Bình quân chung …``) over its parts; a count
   target (CT4's 1 triệu) is rated only for the units that answer for the
   whole province, and a commune's own count of it is shown, never rated
   (``choose_own_count``: xã Long Phước's ``8.440`` người is no 0,84%);
3. **a result** — not a restated or hoped-for target (``phấn đấu đạt 100%``,
   ``chỉ tiêu 80%``), not above 100% of people;
4. **when** — of several, the latest as-of date (``đến 31/10/2025 … 83,6%``).

``choose`` then keeps the result, or abstains: no figure passes, or two pass
with different values and nothing tells them apart. The readings of a
figure's surroundings are in ``figure_context.py``; word lists in
``data/attribution.yaml`` (and ``data/matrix.yaml``'s goal and bar words).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.reconcile import status as rules
from pipeline.reconcile.figure_context import (as_of, led_by_other, not_a_result, part_of, population_of, quoted_from,
                                               row_has_unit, same_sentence, scope_of)
from pipeline.reconcile.population import Fit, compatibility, reason, words
from schemas.matrix import Figure, TargetSpec, format_number

GRADES = ("own", "generic", "members", "unknown")


# --- which quantities a target owns (position) -------------------------------

def _inside(q: dict[str, Any], m: dict[str, Any]) -> bool:
    return m.get("start", 0) <= q.get("start", 0) and q.get("end", 0) <= m.get("end", 0)


def assign_quantities(mentions: dict[str, list[dict[str, Any]]], wanted: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Target id → the quantities it owns in one report: an indicator mention owns those of its
    sentence and those after it up to the next indicator (``max_segment_chars`` at most; targets
    cited together own what follows together); a task
    mention those of its sentence. Quantities inside a restated target's own words are not figures."""
    inds = sorted((m for m in mentions.get("indicators") or [] if m.get("value") in wanted), key=lambda m: m.get("start", 0))
    tasks = [m for m in mentions.get("tasks") or [] if m.get("value") in wanted]
    limit = int(rules.words()["max_segment_chars"])
    owned: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in sorted(mentions.get("quantities") or [], key=lambda m: m.get("start", 0)):
        if any(_inside(q, m) for m in inds):
            continue
        near = [m for m in inds if same_sentence(q, m)]
        here = {m["value"] for m in near}
        if all(m.get("how") == "restated" for m in near):
            # no cite in its sentence (a restatement at most): the section's cite owns it too
            before = [m for m in inds if m.get("start", 0) <= q.get("start", 0) and m not in near
                      and (m.get("how") == "explicit" or not near)]
            if before and q.get("start", 0) - before[-1].get("end", 0) <= limit:
                # the last cite, with the targets cited beside it ("5. Chỉ tiêu số 3 và số 4")
                here |= {m["value"] for m in before if same_sentence(m, before[-1])}
        here |= {m["value"] for m in tasks if same_sentence(q, m)}
        for t in here:
            owned[t].append(q)
    return owned


# --- the candidates and the choice --------------------------------------------------

@dataclass
class Candidate:
    """A figure of one report for one target, with what the choice weighs: whether it stands in the
    target's own sentence, and its scope (``total``: ``Toàn tỉnh …``, ``Tổng cộng``; ``part``: ``trong đó …``)."""

    figure: Figure
    linked: bool = False
    scope: str | None = None
    unsettled: bool = False  # its paragraph says the report's figures are not settled yet


@dataclass
class Choice:
    """What one report says for one target: its result (or none), whether it abstained, and why."""

    figure: Figure | None = None
    confidence: float | None = None
    abstained: bool = False
    reasons: list[dict[str, Any]] = field(default_factory=list)


def _backing_ratio(q: dict[str, Any], rate: float | None, ratios: list[tuple[dict[str, Any], Figure]]) -> tuple[dict[str, Any], Figure] | None:
    """``100% (81/81)``: a ratio of the same sentence with the same rate shows what the percent is of."""
    if q.get("kind") != "percent" or rate is None:
        return None
    return next(((rq, rf) for rq, rf in ratios if same_sentence(q, rq) and rf.rate is not None
                 and abs(rf.rate - rate) <= 0.5), None)


def _refusal(q: dict[str, Any], fig: Figure, target: TargetSpec, record: dict[str, Any], issuer: str,
             target_mentions: list[dict[str, Any]], own_scope: bool) -> dict[str, Any] | None:
    units = (record.get("mentions") or {}).get("units") or []
    why = not_a_result(q, target, target_mentions) or part_of(q, row_has_unit(q, units)) \
        or quoted_from(q, record, issuer) or led_by_other(q, record, issuer, target_mentions, target.id)
    if why:
        return why
    if target.kind == "count" and fig.kind != "count":
        return reason("count_share")
    if target.kind == "count" and not own_scope:
        return reason("count_scope", unit=issuer)
    if target.kind == "percent" and fig.rate is not None and fig.rate > float(words()["max_share"]) + 0.05:
        return reason("over_100")
    return None


STATED = ("goal", "restated", "bar")


def candidates(target: TargetSpec, quantities: list[dict[str, Any]], record: dict[str, Any], issuer: str,
               target_mentions: list[dict[str, Any]], others: tuple[str, ...], commune: bool = False,
               **where: Any) -> list[Candidate]:
    """Every figure the report gives for ``target``, each with ``accepted`` and its ``reasons``
    (goals and restated targets left out: they are no figures of a result).

    ``commune``: the issuer is a member of a group the plan names (``Ủy ban nhân dân xã Long Phước``).
    Against a count target its counts pass the same checks (a hamlet's row, the province's count
    quoted are refused) but keep no rate: the target's number is the province's."""
    mentions = record.get("mentions") or {}
    dates, units = mentions.get("dates") or [], mentions.get("units") or []
    own_count = commune and target.kind == "count"
    own_scope = own_count or issuer in target.lead or issuer in words()["province_units"]
    pairs = [(q, rules.figure_of(q, target, **where)) for q in quantities]
    pairs += [(part, rules.population_figure(part, total, **where)) for part, total in rules.population_pairs(quantities)]
    ratios = [(q, f) for q, f in pairs if f.kind == "ratio"]
    shown: set[int] = set()
    out: list[Candidate] = []
    for q, fig in pairs:
        if fig.rate is None and fig.kind != "count":
            continue
        backing = _backing_ratio(q, fig.rate, ratios)
        if backing is not None:
            fig.basis = backing[0].get("text") or str(backing[1].value)
            shown.add(id(backing[1]))
        phrase, read_at = population_of(q, backing[0] if backing else None)
        fig.population, fig.as_of = phrase, as_of(q, dates)
        c = Candidate(fig, any(same_sentence(q, m) for m in target_mentions if m.get("value") == target.id),
                      scope_of(q, issuer, units), bool((q.get("context") or {}).get("unsettled")))
        out.append(c)
        if fig.rate is None:
            fig.reasons = [reason("no_rate")]
            continue
        why = _refusal(q, fig, target, record, issuer, target_mentions, own_scope)
        fit = compatibility(phrase, target.population, others) if not why else Fit("no", why)
        if not why and fit.grade == "no":
            why = fit.reason
        if not why and fit.grade == "unknown" and not (c.linked or rules.is_achievement(q)):
            why = reason("no_population")
        fig.grade = None if why else fit.grade
        fig.accepted = why is None
        fig.reasons = [why] if why else [dict(fit.reason, where=read_at)] + (
            [reason("as_of", date=fig.as_of)] if fig.as_of else []) + ([reason(c.scope)] if c.scope else [])
    if own_count:
        for c in out:
            if c.figure.kind == "count":
                c.figure.rate = None  # 8.440 người of one commune, not 0,84% of the province's 1 triệu
    return [c for c in out if id(c.figure) not in shown and not (c.figure.reasons and c.figure.reasons[0]["code"] in STATED)]


_EXPLICIT = {"percent": 0, "ratio": 1, "population": 2, "count": 3}
AGREE = 0.06  # rates this close are one figure: "298.640/308.350" (96,851…) and its printed "96,85%"


def _values(rates) -> list[float]:
    """The distinct rates among ``rates``, those within ``AGREE`` of each other counted once."""
    out: list[float] = []
    for r in sorted(rates):
        if not out or r - out[-1] > AGREE:
            out.append(r)
    return out


def _narrow(accepted: list[Candidate]) -> list[Candidate]:
    """The candidates that can speak: the latest as-of date, the whole over its parts, the best-fitting population."""
    dated = [c for c in accepted if c.figure.as_of]
    if dated:
        latest = max(c.figure.as_of for c in dated)
        accepted = [c for c in accepted if c.figure.as_of in (latest, None)]
    totals = [c for c in accepted if c.scope == "total"]
    accepted = totals or [c for c in accepted if c.scope != "part"] or accepted
    best = min(GRADES.index(c.figure.grade) for c in accepted)
    return [c for c in accepted if GRADES.index(c.figure.grade) == best]


def choose(found: list[Candidate]) -> Choice:
    """The report's result for the target, or an abstention (no figure passes, or two disagree)."""
    accepted = [c for c in found if c.figure.accepted]
    refused = [c.figure for c in found if c.figure.rate is not None and not c.figure.accepted]
    if not accepted:
        return Choice(abstained=bool(refused), reasons=[dict(f.reasons[0], figure=f.label()) for f in refused])
    top = _narrow(accepted)
    if len(_values(c.figure.rate for c in top)) > 1:
        linked = [c for c in top if c.linked]
        dates = {c.figure.as_of for c in linked}
        # the figure in the target's own sentence speaks, unless another says it stands at the same date
        same_day = any(c.figure.as_of and c.figure.as_of in dates for c in top if not c.linked)
        if len(_values(c.figure.rate for c in linked)) == 1 and not same_day:
            top = linked
        else:
            return Choice(abstained=True, reasons=[reason("disagree", figures="; ".join(
                f"{c.figure.label()} ({c.figure.population or '…'})" for c in top))])
    fig = sorted(top, key=lambda c: (_EXPLICIT.get(c.figure.kind, 4) - (c.figure.basis is not None), not c.linked))[0].figure
    confidence = float(words()["confidence"][fig.grade]) * min(1.0, fig.confidence)
    others = {v for v in _values(c.figure.rate for c in accepted) if abs(v - fig.rate) > AGREE}
    if others and any(c.unsettled for c in accepted):
        # the report gives figures that disagree and says they are not settled yet: it states none
        return Choice(abstained=True, reasons=[reason("unsettled", figures="; ".join(
            f"{c.figure.label()} ({c.figure.population or '…'})" for c in accepted))])
    if others:
        confidence *= 0.9
    reasons = list(fig.reasons) + ([reason("others", values=", ".join(map(format_number, sorted(others))))] if others else [])
    return Choice(fig, round(confidence, 3), False, reasons)


def choose_own_count(found: list[Candidate], unit: str) -> Choice:
    """A commune's result for a province-wide count target: its own count, shown and never rated.

    CT4's 1 triệu người dân counts the whole province: xã Long Phước's table total
    ``Cộng … 8.440`` is the commune's own count (``8.440 người``), not 0,84% of the
    target. ``candidates`` already refused the hamlets' rows and a count quoted from
    Công an tỉnh; of the counts left, the latest, the whole over its parts, the best
    fit, then the one in the target's own sentence, then the largest speaks. None
    left: no result, and nothing to abstain on (no figure of a commune rates the province).
    """
    accepted = [c for c in found if c.figure.accepted and c.figure.kind == "count"]
    if not accepted:
        return Choice()
    fig = max(_narrow(accepted), key=lambda c: (c.linked, float(c.figure.value or 0))).figure
    return Choice(fig, None, False, [reason("commune_count", unit=unit)] + list(fig.reasons))


def choose_for(target: TargetSpec, found: list[Candidate], unit: str, commune: bool = False) -> Choice:
    """The report's result for ``target`` (``choose``); a commune's for a count target (``choose_own_count``);
    nothing for a target without a number (a task)."""
    if not target.kind:
        return Choice()
    return choose_own_count(found, unit) if commune and target.kind == "count" else choose(found)
