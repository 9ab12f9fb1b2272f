"""Units: the organisations a document names, by their registry name.

The registry matcher (``extractors/unit_registry.py``) finds every registered
unit whatever its spelling (``Sở KH&CN`` -> ``Sở Khoa học và Công nghệ``) and
specific communes (``UBND phường Trấn Biên`` -> ``Ủy ban nhân dân phường Trấn
Biên``); those carry ``registered: True``. A unit of another province
(``UBND tỉnh Lâm Đồng``) and organisations that underthesea's NER proposes in
sentences the registry found nothing in (``Hội Cựu chiến binh xã``) carry
``registered: False`` and a low confidence: the scorer ignores them, analysts
review them.
"""
from __future__ import annotations

import bisect
import re
import time
from functools import lru_cache
from typing import Iterator

from extractors.base import mention
from extractors.unit_registry import (UPPER_CLASS, UnitMatch, canonical_unit, document_province, match_units,
                                     norm_word, registry_names)
from pipeline.core.resources import load_data
from pipeline.core.sentences import sentence_bounds
from schemas.document import Document
from schemas.mention import Mention

KIND = "units"
_COMMUNE_LIKE = re.compile(r"^ủy ban nhân dân (xã|phường) ")
_TRAILING = re.compile(r"[\s\d.,;:)\-–]+$")
NER_SECONDS = [0.0]  # total time spent in underthesea, for the speed report


def extract_units(doc: Document) -> Iterator[Mention]:
    """Every unit the document names, in text order.

    Example: ``Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.`` gives one
    mention with value ``Sở Khoa học và Công nghệ`` over ``Sở Khoa học và Công
    nghệ tỉnh Đồng Nai``.
    """
    found = match_units(doc.text)
    province = document_province(doc.text)
    home = load_data("units_patterns.yaml")["home_province"]
    for m in found:
        if m.registered and province not in (None, home) and m.level != "national" and m.how != "commune":
            base = m.value if m.value.endswith(" tỉnh") or m.value.startswith("Tỉnh") else f"{m.value} tỉnh"
            yield mention(doc, KIND, f"{base} {province}", m.start, m.end, 0.5, registered=False, how="foreign")
        elif m.registered:
            yield mention(doc, KIND, m.value, m.start, m.end, 0.95, registered=True, how=m.how)
        else:
            yield mention(doc, KIND, m.value, m.start, m.end, 0.5, registered=False, how=m.how)
    yield from _ner_proposals(doc, found)


@lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    heads = load_data("units_patterns.yaml")["ner"]["heads"]
    alt = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s+{UPPER_CLASS}")


@lru_cache(maxsize=1)
def _not_orgs() -> set[str]:
    return {norm_word(w) for w in load_data("units_patterns.yaml")["ner"]["not_orgs"]}


@lru_cache(maxsize=1)
def _never_units() -> set[str]:
    pats = load_data("units_patterns.yaml")
    words = pats["anaphors"] + pats["generic_plurals"] + load_data("units.json")["generic"]
    return {norm_word(w) for w in words} | registry_names()


def _sentences_without_units(doc: Document, found: list[UnitMatch]) -> Iterator[tuple[int, int]]:
    """Sentences short enough for NER, holding an organisation head word and no unit found."""
    text, bounds = doc.text, sentence_bounds(doc.text)
    cfg = load_data("units_patterns.yaml")["ner"]
    limit, skip = cfg["max_sentence_chars"], tuple(cfg["skip_after_head"])
    starts = sorted(m.start for m in found)
    for n, s in enumerate(bounds):
        e = bounds[n + 1] if n + 1 < len(bounds) else len(text)
        k = bisect.bisect_left(starts, s)
        if e - s > limit or (k < len(starts) and starts[k] < e):  # a unit found starts in [s, e)
            continue
        if any(not text.startswith(skip, m.end() - 1) for m in _head_regex().finditer(text, s, e)):
            yield s, e


@lru_cache(maxsize=8192)
def _ner(sentence: str) -> tuple[tuple[str, ...], ...]:
    """underthesea NER once per sentence text (a report re-sent or quoted repeats its sentences).

    Callers only read the list it returns.
    """
    from underthesea import ner  # lazy: loading the model costs about a second

    return tuple(tuple(t) for t in ner(sentence))


def _align(sentence: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Offsets of each NER token in ``sentence``; a token that cannot be found is an error."""
    spans, pos = [], 0
    for tok in tokens:
        rx = re.compile(r"\s*".join(re.escape(part) for part in tok.split()))
        m = rx.search(sentence, pos)
        if m is None:
            raise ValueError(f"NER token {tok!r} not found in {sentence[pos:pos + 40]!r}")
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans


def _ner_proposals(doc: Document, found: list[UnitMatch]) -> Iterator[Mention]:
    """Organisations outside the registry, from underthesea NER, as unregistered mentions."""
    cfg = load_data("units_patterns.yaml")["ner"]
    heads = tuple(cfg["heads"])
    for s, e in _sentences_without_units(doc, found):
        sentence = doc.text[s:e]
        t0 = time.perf_counter()
        tagged = _ner(sentence)
        NER_SECONDS[0] += time.perf_counter() - t0
        try:
            spans = _align(sentence, [t[0] for t in tagged])
        except ValueError as err:
            doc.warnings.append(f"units: {err}")
            continue
        for a, b in _entities(tagged, spans):
            b = a + len(_TRAILING.sub("", sentence[a:b].split("(")[0]))
            surface = " ".join(sentence[a:b].split())
            key = norm_word(surface)
            if (not _head_regex().match(surface) or key in _never_units() or key in _not_orgs()
                    or _COMMUNE_LIKE.match(key) or canonical_unit(surface) is not None):
                continue
            yield mention(doc, KIND, surface, s + a, s + b, cfg["confidence"], registered=False, how="ner")


def _entities(tagged: list[tuple[str, ...]], spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of ORG entities, and of LOC entities (underthesea tags ``Sở Y tế tỉnh X`` as LOC)."""
    start = end = None
    for (tok, *_, tag), (a, b) in zip(tagged, spans):
        if tag.startswith("I-") and start is not None and tag[2:] in ("ORG", "LOC"):
            end = b
            continue
        if start is not None:
            yield start, end
            start = None
        if tag in ("B-ORG", "B-LOC"):
            start, end = a, b
    if start is not None:
        yield start, end
