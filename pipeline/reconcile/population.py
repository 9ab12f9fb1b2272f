"""What a phrase counts, and whether that is a target's population.

A figure is an indicator's rate only when it is a share of that indicator's
people: ``tỷ lệ cán bộ, công chức … đạt 86,4%`` measures CT1, ``đạt 100% (12/12
lớp)`` measures classes and ``92,5%`` of ``học bạ số`` measures school records.
The first noun of the phrase that ``data/attribution.yaml`` knows decides
(``people`` or one of the ``things``); a target's people are the people nouns of
its population as Plan 192's Phụ lục 1 writes it (``data/plan192.json``). Example:
``compatibility("người lao động tại các doanh nghiệp", ct5)`` → ``("own", …)``;
for CT1 the same phrase is refused: ``doanh nghiệp`` belongs to CT5's population.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.core.resources import load_data


@dataclass(frozen=True)
class Noun:
    """A known noun found in a phrase: ``cls`` is ``people`` or a class of things (``classes``, ``households`` …)."""

    text: str
    cls: str
    start: int


@dataclass(frozen=True)
class Fit:
    """How a phrase fits a target: ``own``, ``generic``, ``members``, ``unknown`` or ``no``, and why."""

    grade: str
    reason: dict[str, Any]
    noun: str | None = None


@lru_cache(maxsize=1)
def words() -> dict:
    return load_data("attribution.yaml")


def reason(code: str, **args: Any) -> dict[str, Any]:
    """A reason for a figure's attribution, as data: ``{"code": "counts", "noun": "lớp", "cls": "classes"}``;
    ``reason_text`` words it (data/attribution.yaml ``reasons``)."""
    return {"code": code, **args}


def reason_text(r: dict[str, Any], lang: str = "vi") -> str:
    """``{"code": "counts", "noun": "lớp", "cls": "classes"}`` → ``đếm “lớp” (lớp học), không phải người …``."""
    d = words()
    template = d["reasons"].get(r.get("code"), {}).get(lang) or r.get("code", "")
    args = {k: v for k, v in r.items() if k != "code"}
    if "cls" in args:
        args["cls"] = d["classes"].get(args["cls"], {}).get(lang, args["cls"])
    if "grade" in args:
        args["grade"] = d["grades"].get(args["grade"], {}).get(lang, args["grade"])
    if "where" in args:
        args["where"] = d["read_at"].get(args["where"], {}).get(lang, args["where"])
    text = template.format_map(_Blank(args))
    return f"{r['figure']}: {text}" if r.get("figure") else text


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    d = words()
    cls = {p.casefold(): "people" for p in [*d["people"], *d["people_synonyms"]]}
    for name, nouns in d["things"].items():
        for n in nouns:
            cls.setdefault(n.casefold(), name)
    return re.compile(rf"(?<!\w)(?:{_alternation(list(cls))})(?!\w)", re.I), cls


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in words()["people_abbreviations"].items()}
    return re.compile(rf"(?<!\w)(?:{_alternation(list(table))})(?!\w)"), table


def expand(phrase: str) -> str:
    """``CBCCVC được tập huấn`` → ``cán bộ, công chức, viên chức được tập huấn``."""
    rx, table = _abbreviations()
    return rx.sub(lambda m: table[m.group(0)], phrase)


def nouns_in(phrase: str) -> list[Noun]:
    """Every known noun of ``phrase`` in order, the longest at each place (``lượt người`` is a visit, not people)."""
    rx, cls = _nouns()
    same = {k.casefold(): v.casefold() for k, v in words()["people_synonyms"].items()}
    text = expand(phrase)
    return [Noun(same.get(w, w), cls[w], m.start()) for m in rx.finditer(text) for w in [m.group(0).casefold()]]


def head_noun(phrase: str | None) -> Noun | None:
    """The first known noun: what the phrase counts."""
    found = nouns_in(phrase or "")
    return found[0] if found else None


@lru_cache(maxsize=16)
def target_people(population: str) -> frozenset[str]:
    """The people nouns of a target's population: CT1's ``cán bộ, công chức, viên chức và người lao động
    trong các cơ quan nhà nước`` → {cán bộ, công chức, viên chức, người lao động}."""
    return frozenset(n.text for n in nouns_in(population) if n.cls == "people")


@lru_cache(maxsize=16)
def target_things(population: str) -> frozenset[str]:
    """The things a target's population names as its setting (``doanh nghiệp``, ``hợp tác xã`` for CT5)."""
    return frozenset(n.text for n in nouns_in(population) if n.cls != "people")


def compatibility(phrase: str | None, population: str | None, others: tuple[str, ...] = ()) -> Fit:
    """How ``phrase`` (what a figure is of) fits a target of ``population``; ``others`` are the other targets' populations.

    ``own``: the head is one of the target's people nouns; ``generic``: people of no
    group (``người``); ``members``: an organisation's members, for a target of
    residents; ``unknown``: nothing known in the phrase; ``no``: things, or people of
    another population, or a setting that belongs to another target (``người lao
    động tại các doanh nghiệp`` is not CT1's).
    """
    if not population:
        return Fit("no", reason("no_target_population"))
    head = head_noun(phrase)
    if head is None:
        return Fit("unknown", reason("fits", grade="unknown", noun=""))
    if head.cls != "people":
        return Fit("no", reason("counts", noun=head.text, cls=head.cls), head.text)
    d = words()
    own = target_people(population)
    generic = {g.casefold() for g in d["generic_people"]}
    if head.text in own:
        grade = "own"
    elif head.text in generic:
        grade = "generic"
    elif head.text in {m.casefold() for m in d["member_people"]} and own & generic:
        grade = "members"
    else:
        return Fit("no", reason("other_people", noun=head.text), head.text)
    setting = target_things(population)
    for n in nouns_in(phrase or ""):
        if n.start > head.start and n.cls != "people" and n.text not in setting and any(
                n.text in target_things(o) for o in others):
            return Fit("no", reason("other_setting", noun=head.text, setting=n.text), head.text)
    return Fit(grade, reason("fits", grade=grade, noun=head.text), head.text)
