"""The compliance matrix: one row per (Plan 192 target, responsible unit), from extraction lines.

``build_matrix(records, reference)`` takes the contract lines ``bdhv extract``
writes and returns ``MatrixRow``s (long form): for every indicator CT1…CT5 and
task 1.1…5.3, a row for each lead unit (``lead``), each named coordinating unit
(``coordinator``) and each unit that issued a plan or report addressing it
(``self``, the document's issuer). A member of a group the plan names (a
commune of ``Ủy ban nhân dân cấp xã``) takes the group's role, and the group's
row gathers its members' evidence (``make_group_row``). The status rules are
in ``pipeline/reconcile/status.py``.

Which figure is a unit's result is figure attribution's decision
(``pipeline/reconcile/attribution.py``): a report's indicator mention owns the
quantities after it up to the next indicator, and of those only a figure of
the target's own people, the unit's own, a result and not a goal, counts; when
none does, or two disagree, the row says ``reported`` and lists the candidates
for review. In seed 000, ``Chỉ tiêu số 1`` owns ``170 lượt người`` …
``Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức)``: the visits count no
rate, the restated ``80%`` is the target, the 100% of 81/81 cán bộ is the
result. The same document in several renditions (TXT, DOCX, PDF of one stem)
counts once. Plan 192 itself is the reference, not evidence. Only a unit of
the registry or a specific commune makes cells (``is_matrix_unit``).
"""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.reconcile import attribution
from pipeline.reconcile.renditions import file_name, rendition_differences, unique_documents
from pipeline.reconcile import status as rules
from pipeline.core.atomic import atomic_path
from pipeline.core.names import shown_json
from pipeline.core.resources import DATA_DIR, load_data
from pipeline.core.timefmt import vietnam_time
from pipeline.reconcile.population import reason_text
from schemas.matrix import Evidence, MatrixRow, TargetSpec, format_number
from schemas.reference import Party, Reference



def target_specs(reference: Reference) -> list[TargetSpec]:
    """The reference's indicators then tasks, as the matrix sees them (named units only)."""
    specs = []
    for ind in reference.indicators:
        t = ind.target
        specs.append(TargetSpec(
            id=ind.id, type="indicator", text=ind.text, kind=t.kind if t else None,
            value=t.value if t else None, unit=(t.unit or ind.population) if t else None, population=ind.population,
            lead=_named(ind.lead), coordinating=_named(ind.coordinating), deadline=deadline_date(ind.deadline)))
    for task in reference.tasks:
        specs.append(TargetSpec(id=task.id, type="task", text=task.text, lead=_named(task.lead),
                                coordinating=_named(task.coordinating), deadline=deadline_date(task.deadline)))
    return specs


def _named(parties: tuple[Any, ...]) -> list[str]:
    out: list[str] = []
    for p in parties:
        if not isinstance(p, Party) and p not in out:
            out.append(str(p))
    return out


def deadline_date(deadline: str | None) -> str | None:
    """The last day a deadline allows: ``2025`` → ``2025-12-31``, ``2025-06`` → ``2025-06-30``."""
    if not deadline:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", deadline.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if d:
        return f"{y:04d}-{int(mo):02d}-{int(d):02d}"
    if mo:
        nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1).isoformat()
    return f"{y:04d}-12-31"


@lru_cache(maxsize=1)
def registry_names() -> frozenset[str]:
    """Canonical unit names of the registry (``data/units.json``; the shared spec's copy until it lands)."""
    if (DATA_DIR / "units.json").exists():
        data = load_data("units.json")
    else:
        shared = DATA_DIR.parent.parent / "shared" / "spec" / "units.json"
        data = json.loads(shared.read_text(encoding="utf-8")) if shared.exists() else {"units": []}
    return frozenset(u["name"] for u in data.get("units", []))


def group_of(unit: str) -> str | None:
    """The plan's group a unit belongs to: ``Ủy ban nhân dân xã Phú Lý`` → ``Ủy ban nhân dân cấp xã`` (data/matrix.yaml)."""
    for g in rules.words()["member_groups"]:
        if re.match(g["member"], unit):
            return g["group"]
    return None


@lru_cache(maxsize=1)
def matrix_unit_names() -> frozenset[str]:
    """The registry's units that can hold a cell: those of the shared spec (``spec: false`` marks other bodies)."""
    return frozenset(u["name"] for u in load_data("units.json").get("units", []) if u.get("spec", True))


def is_matrix_unit(unit: str) -> bool:
    """A unit of Plan 192's registry or a specific commune: ``Sở Y tế`` (known, not a spec unit) is not."""
    return unit in matrix_unit_names() or group_of(unit) is not None


def is_registered(unit: str) -> bool:
    """A registry unit, or a member of a registered group (a specific commune, CONTRACT.md)."""
    return unit in registry_names() or group_of(unit) is not None


def canonical_issuer(name: str | None) -> str | None:
    """The registry's name for an issuer given by an alias (``Sở KH&CN`` → ``Sở Khoa học và Công nghệ``)."""
    if not name or is_registered(name):
        return name
    from extractors.unit_registry import canonical_unit

    return canonical_unit(name) or name


# --- documents -------------------------------------------------------------

def is_reference_document(record: dict[str, Any], reference: Reference) -> bool:
    """Plan 192 itself: the reference, never evidence about itself.

    Known by its number, or, when a rendition lost it, as the province's plan
    that states every one of the five targets.
    """
    doc = record.get("document") or {}
    if reference.plan and (doc.get("number") or "").upper() == reference.plan.upper():
        return True
    stated = {m.get("value") for m in (record.get("mentions") or {}).get("indicators") or []}
    return (doc.get("issuer") == "Ủy ban nhân dân tỉnh" and doc.get("role") == "plan"
            and stated >= {i.id for i in reference.indicators} and bool(reference.indicators))


def evidence_of(record: dict[str, Any], also_in: list[str], specs: dict[str, TargetSpec],
                issuer: str | None = None) -> dict[str, Evidence]:
    """Target id → this document's evidence: its first mention of the target and, for a report, every figure
    it gives for it with attribution's choice (``pipeline/reconcile/attribution.py``)."""
    doc = record["document"]
    issuer = issuer or doc.get("issuer") or ""
    mentions = record.get("mentions") or {}
    targets = [m for k in ("indicators", "tasks") for m in mentions.get(k) or [] if m.get("value") in specs]
    out: dict[str, Evidence] = {}
    for m in sorted(targets, key=lambda m: m.get("start", 0)):
        ev = out.get(m["value"])
        if ev is None:
            out[m["value"]] = Evidence(
                source=record["source"], doc_role=doc.get("role") or "other", number=doc.get("number"),
                issuer=doc.get("issuer"), issue_date=doc.get("issue_date"), mention=m.get("text") or "",
                how=m.get("how"), page=m.get("page"), sentence=m.get("sentence"),
                confidence=float(m.get("confidence", 1.0) or 1.0), also_in=list(also_in),
                start=m.get("start"), end=m.get("end"))
        else:
            ev.confidence = max(ev.confidence, float(m.get("confidence", 1.0) or 1.0))
    if doc.get("role") in ("report", "request"):  # a request's figures are shown, never rated (status.decide)
        owned = attribution.assign_quantities(mentions, set(out))
        where = {"source": record["source"], "number": doc.get("number"), "issue_date": doc.get("issue_date")}
        populations = tuple(s.population for s in specs.values() if s.population)
        commune = group_of(issuer) is not None  # its count of CT4 is its own, never a share of the province's
        for tid, qs in owned.items():
            spec = specs[tid]
            others = tuple(p for p in populations if p != spec.population)
            found = attribution.candidates(spec, qs, record, issuer, targets, others, commune=commune, **where)
            choice = attribution.choose_for(spec, found, issuer, commune)
            ev = out[tid]
            ev.figures = [c.figure for c in found]
            ev.chosen, ev.abstained, ev.reasons = choice.figure, choice.abstained, choice.reasons
            ev.result_confidence = choice.confidence
    return out


# --- the matrix ------------------------------------------------------------

def build_matrix(records: list[dict[str, Any]], reference: Reference, as_of: date | None = None) -> list[MatrixRow]:
    """The long-form matrix: rows in the reference's order, lead then coordinators then issuers."""
    as_of = as_of or date.today()
    specs = {s.id: s for s in target_specs(reference)}
    by_unit: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for record, also_in in unique_documents(records):
        if is_reference_document(record, reference):
            continue
        issuer = canonical_issuer(record["document"].get("issuer"))
        if not issuer or not is_matrix_unit(issuer):
            continue  # listed in the review queue (review_items): an issuer that is no unit makes no cell
        for tid, ev in evidence_of(record, also_in, specs, issuer).items():
            ev.issuer = issuer
            by_unit[(tid, issuer)].append(ev)
    rows = []
    for spec in specs.values():
        units: dict[str, str] = {}
        for u in spec.lead:
            units.setdefault(u, "lead")
        for u in spec.coordinating:
            units.setdefault(u, "coordinator")
        issuers = sorted(u for (tid, u), evs in by_unit.items()
                         if tid == spec.id and any(e.doc_role in ("plan", "report", "request") for e in evs))
        members: dict[str, list[Evidence]] = defaultdict(list)  # group → its members' evidence
        for u in issuers:
            group = group_of(u)
            if group in units and units[group] != "self":
                units.setdefault(u, units[group])  # a commune of "Ủy ban nhân dân cấp xã" leads where the group leads
                members[group].extend(by_unit[(spec.id, u)])
            else:
                units.setdefault(u, "self")
        for unit, role in units.items():
            if unit in members:
                rows.append(make_group_row(spec, unit, role, by_unit.get((spec.id, unit), []) + members[unit], as_of))
            else:
                rows.append(make_row(spec, unit, role, by_unit.get((spec.id, unit), []), as_of))
    return rows


def make_group_row(spec: TargetSpec, unit: str, role: str, evidence: list[Evidence], as_of: date) -> MatrixRow:
    """A group's row (``Ủy ban nhân dân cấp xã``) from its members' evidence: who reported, not a rate.

    Each member has its own row with its figures; a few communes' rates say
    nothing of the group's as a whole, so the group is ``reported`` (or
    ``planned``) with every member's evidence, never ``met`` or ``not_met``.
    """
    return make_row(spec, unit, role, evidence, as_of, decide=rules.decide_group)


def make_row(spec: TargetSpec, unit: str, role: str, evidence: list[Evidence], as_of: date,
             decide=rules.decide) -> MatrixRow:
    """One row: the status decision (``status.decide``, or ``decide_group`` for a group) and the overdue flag."""
    evidence = sorted(evidence, key=lambda e: (e.issue_date or "", e.source))
    decision = decide(spec, evidence)
    reported = any(e.doc_role == "report" for e in evidence)
    # the deadline binds the units that carry the target (lead, own plan), not those that help
    overdue = role != "coordinator" and bool(spec.deadline) and spec.deadline < as_of.isoformat() and not reported
    return MatrixRow(
        target=spec.id, target_type=spec.type, target_text=spec.text, unit=unit, role=role,
        status=decision.status, value=decision.value, figure=decision.figure, target_value=spec.value,
        target_kind=spec.kind, target_unit=spec.unit, deadline=spec.deadline, overdue=overdue,
        registered=is_registered(unit), conflicts=decision.conflicts, confidence=decision.confidence,
        abstained=decision.abstained, reasons=decision.reasons, candidates=decision.candidates, evidence=evidence)


def cell_basis(row: MatrixRow) -> str:
    """What a rated cell's number rests on, as an analyst reads it: ``86,4% = 12.960/15.000 — cán bộ, công chức …
    (đến 2025-10-31)``; the figure's label for a cell without a rate."""
    f = row.figure
    if f is None:
        return ""
    if row.value is None:
        return f.label()
    rate = format_number(round(row.value, 2)) + "%"
    shown = f.basis or (f.text if f.kind != "percent" else "")
    text = f"{rate} = {shown}" if shown and shown != f.text or f.kind != "percent" else rate
    if f.population and f.population not in text:
        text += f" — {f.population[:80]}"
    return text + (f" (đến {f.as_of})" if f.as_of else "")


def matrix_json(rows: list[MatrixRow]) -> list[dict[str, Any]]:
    return [r.to_json() for r in rows]


def write_matrix_json(rows: list[MatrixRow], path: str | Path) -> None:
    """The long form as a JSON list, written atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(shown_json(matrix_json(rows), indent=1) + "\n", encoding="utf-8")  # names not UTF-8 shown
        os.chmod(tmp, 0o644)  # mkstemp makes 0600


# --- the review queue --------------------------------------------------------

def document_review_item(item: dict[str, Any]) -> tuple[str, str]:
    """(issue, detail) for a field the extractor left for a person (``document.review``): a number OCR
    could not read (handwriting), a printed date far from the organisation's signature."""
    texts = rules.words()["document_review"]
    what = texts["fields"].get(item.get("field"), item.get("field"))
    if item.get("why") == "signature_differs":
        return "date_mismatch", texts["date_mismatch"].format(field=what, read=item.get("read"), signed=item.get("signed"))
    return "unreadable_field", texts["unreadable"].format(field=what, read=item.get("read"),
                                                          confidence=item.get("ocr_confidence"), page=item.get("page") or "–")


def review_items(rows: list[MatrixRow], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a person should look at: documents in error or without issuer, unregistered units,
    low-confidence evidence, conflicting figures. Each item: ``issue``, ``target``, ``unit``, ``source``, ``detail``.
    """
    from extractors.unit_registry import other_province_unit

    low = float(rules.words()["low_confidence"])
    items: list[dict[str, Any]] = []

    def add(issue: str, detail: str, source: str | None = None, target: str | None = None, unit: str | None = None) -> None:
        items.append({"issue": issue, "target": target, "unit": unit, "source": source, "detail": detail})

    for rec in records:
        doc = rec.get("document") or {}
        if rec.get("status") != "ok":
            err = rec.get("error") or {}
            message = err.get("message_vi") or err.get("message") or ""
            add("document_error", f"{err.get('code', '')}: {message}".strip(": "), rec.get("source"))
        for r in doc.get("review") or []:
            add(*document_review_item(r), rec.get("source"))
        if rec.get("status") != "ok":
            continue
        if not doc.get("issuer"):
            add("no_issuer", doc.get("title") or "", rec.get("source"))
        elif other_province_unit(doc["issuer"]):
            add("other_province", doc["issuer"], rec.get("source"), unit=doc["issuer"])
        elif not is_registered(canonical_issuer(doc["issuer"]) or ""):
            add("unregistered_unit", doc["issuer"], rec.get("source"), unit=doc["issuer"])
        elif not is_matrix_unit(canonical_issuer(doc["issuer"]) or ""):
            add("not_a_unit", doc["issuer"], rec.get("source"), unit=doc["issuer"])
    cells = {(r.target, r.unit) for r in rows}
    for d in rendition_differences(records):
        unit = canonical_issuer((d["kept"].get("document") or {}).get("issuer"))
        add("renditions_differ", rules.words()["renditions_differ"].format(
            target=d["target"], linked=", ".join(map(file_name, d["with"])),
            unlinked=", ".join(map(file_name, d["without"])), kept=file_name(d["kept"]["source"])),
            d["kept"]["source"], d["target"], unit if (d["target"], unit) in cells else None)
    seen: set[str] = set()
    for r in rows:
        if r.abstained:
            why = "; ".join(reason_text(x) for x in r.reasons)
            for f in r.candidates:
                add("abstained", f"{f.label()} — {reason_text(f.reasons[0]) if f.reasons else ''} — "
                                 f"trang {f.page or '–'}: «{f.sentence or ''}»" + (f" ({why})" if why else ""),
                    f.source, r.target, r.unit)
            if not r.candidates:
                add("abstained", why, None, r.target, r.unit)
        elif r.confidence is not None and r.confidence < float(attribution.words()["low_confidence"]):
            add("low_confidence", f"{cell_basis(r)} ({r.confidence:.2f}): "
                                  + "; ".join(reason_text(x) for x in r.reasons), r.figure.source if r.figure else None,
                r.target, r.unit)
        if not r.registered and r.unit not in seen and r.role != "self":
            seen.add(r.unit)
            add("unregistered_unit", f"{r.unit} ({r.role})", None, r.target, r.unit)
        for c in r.conflicts:
            add("conflict", c, None, r.target, r.unit)
        if r.decision and r.decision.get("state") == "stale":
            add("decision_stale", rules.words()["decision_stale"].format(who=r.decision["who"],
                                                                         decided_at=vietnam_time(r.decision["decided_at"])),
                r.decision.get("path"), r.target, r.unit)
        for e in r.evidence:
            if e.confidence < low:
                add("low_confidence", f"{e.mention} ({e.confidence:.2f})", e.source, r.target, r.unit)
            for f in e.figures:
                if f.confidence < low and f is r.figure:
                    add("low_confidence", f"{f.text} ({f.confidence:.2f})", e.source, r.target, r.unit)
    return items
