"""Indicators: where a document cites or restates one of Plan 192's five targets (CT1 … CT5).

Two ways (CONTRACT.md): a cite, ``Chỉ tiêu số 1`` / ``chỉ tiêu 5`` →
``how="explicit"``; or a restatement, a figure equal to the target's followed
by the target's population and a clause that reads like the target's text —
``80% cán bộ, công chức, viên chức và người lao động trong Ban có hiểu biết về
chuyển đổi số …`` restates CT1 even with its scope narrowed to "trong Ban" →
``how="restated"``. The targets (figures, texts) come from ``data/plan192.json``;
the cue patterns and population cues from ``data/indicators.yaml``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import mention
from pipeline.core.plan192 import load_reference
from pipeline.core.resources import load_data
from pipeline.core.sentences import sentence_span
from schemas.document import Document
from schemas.mention import Mention
from schemas.reference import Indicator

KIND = "indicators"
_SYLLABLE = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _Rules:
    explicit: tuple[re.Pattern[str], ...]
    figure: re.Pattern[str]
    clause_end: re.Pattern[str]
    cues: dict[str, tuple[re.Pattern[str], ...]]
    window: int
    min_similarity: float
    multipliers: dict[str, int]
    by_number: dict[int, Indicator]
    pairs: dict[str, frozenset[tuple[str, str]]]
    paraphrases: tuple[tuple[re.Pattern[str], str], ...]
    function_words: frozenset[str]
    topic: re.Pattern[str]
    context: re.Pattern[str]
    described_end: re.Pattern[str]
    described_min: float
    requires: dict[str, re.Pattern[str]]
    phrases: dict[str, re.Pattern[str]]


def _pairs(text: str, paraphrases: tuple[tuple[re.Pattern[str], str], ...] = (),
           function_words: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Adjacent content-syllable pairs, lower-cased, in one wording: a cheap, robust stand-in for words.

    ``người lao động ở doanh nghiệp … dùng được thiết bị`` and ``người lao động
    trong các doanh nghiệp … sử dụng được thiết bị`` share ``(động, doanh)`` and
    ``(sử, dụng)`` once ``ở``/``trong các`` are dropped and ``dùng được`` is reworded.
    """
    text = text.lower()
    for pat, repl in paraphrases:
        text = pat.sub(repl, text)
    s = [w for w in _SYLLABLE.findall(text) if w not in function_words]
    return list(zip(s, s[1:]))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_data("indicators.yaml")
    ref = load_reference()
    paraphrases = tuple((re.compile(p, re.I), r) for p, r in data.get("paraphrases", []))
    function_words = frozenset(data.get("function_words", []))
    return _Rules(
        explicit=tuple(re.compile(p) for p in data["explicit"]),
        figure=re.compile(data["figure"]),
        clause_end=re.compile(data["clause_end"]),
        cues={k: tuple(re.compile(c, re.I) for c in v["cues"]) for k, v in data["populations"].items()},
        window=data["population_window"],
        min_similarity=data["min_similarity"],
        multipliers=data["multipliers"],
        by_number={i.number: i for i in ref.indicators},
        pairs={i.id: frozenset(_pairs(i.text, paraphrases, function_words)) for i in ref.indicators},
        paraphrases=paraphrases,
        function_words=function_words,
        topic=re.compile(data["explicit_topic"]),
        context=re.compile(data["explicit_context"]),
        described_end=re.compile(data["described"]["end"]),
        described_min=data["described"]["min_score"],
        requires={k: re.compile(v) for k, v in data["described"].get("requires", {}).items()},
        phrases={k: re.compile(v) for k, v in data["described"].get("phrases", {}).items()},
    )


def _explicit(doc: Document, r: _Rules) -> Iterator[Mention]:
    """``các chỉ tiêu số 1, 3 và 5`` → CT1 over ``chỉ tiêu số 1``, CT3 over ``3``, CT5 over ``5``.

    Only in a document about Plan 192 or its programme, or in a sentence naming
    the plan or its Phụ lục 1: another programme's ``chỉ tiêu số 3`` is its own.
    """
    seen: set[int] = set()
    about_plan = r.topic.search(doc.text) is not None
    for pat in r.explicit:
        for m in pat.finditer(doc.text):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if not about_plan:
                s, e = sentence_span(doc.text, m.start(), m.end())
                if not r.context.search(doc.text, s, e):
                    continue
            base = m.start("nums")
            for i, n in enumerate(re.finditer(r"\d+", m.group("nums"))):
                ind = r.by_number.get(int(n.group(0)))
                if ind is None:
                    continue
                start = m.start() if i == 0 else base + n.start()
                yield mention(doc, KIND, ind.id, start, base + n.end(), 1.0, how="explicit")


def _figure_value(m: re.Match[str], r: _Rules) -> tuple[str, float]:
    value = float(m.group("num").replace(".", "").replace(",", ".")) if not m.group("pct") else float(m.group("num").replace(",", "."))
    if m.group("pct"):
        return "percent", value
    return "count", value * r.multipliers[m.group("mult").lower()]


def _similarity(clause: str, target: frozenset[tuple[str, str]], r: _Rules, limit: int = 40) -> float:
    """Share of the clause's first syllable pairs that the target's text also has."""
    pairs = _pairs(clause, r.paraphrases, r.function_words)[:limit]
    if not pairs:
        return 0.0
    return sum(p in target for p in pairs) / len(pairs)


def _restated(doc: Document, r: _Rules) -> Iterator[Mention]:
    """A target's figure + its population + a clause like its text, e.g. ``80% người trưởng thành hiểu biết về chuyển đổi số, …``."""
    text = doc.text
    for m in r.figure.finditer(text):
        kind, value = _figure_value(m, r)
        end_m = r.clause_end.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        head = text[m.end(): min(end, m.end() + r.window)]
        best: tuple[int, float, Indicator] | None = None
        for ind in r.by_number.values():
            t = ind.target
            if t is None or t.kind != kind or float(t.value) != value:
                continue
            hits = [c.search(head) for c in r.cues.get(ind.id, ())]
            pos = min((h.start() for h in hits if h), default=None)
            if pos is None:
                continue
            sim = _similarity(text[m.end():end], r.pairs[ind.id], r)
            if sim < r.min_similarity:
                continue
            if best is None or (pos, -sim) < (best[0], -best[1]):
                best = (pos, sim, ind)
        if best is not None:
            yield mention(doc, KIND, best[2].id, m.start(), end, round(best[1], 3), how="restated")


def _described_score(sentence: str, target: frozenset[tuple[str, str]], r: _Rules) -> float:
    """Harmonic mean of: share of the sentence's first n pairs in the target's text (n = its pair
    count), and share of the target's pairs found within the sentence's first 2n."""
    n = len(target)
    pairs = _pairs(sentence, r.paraphrases, r.function_words)
    if not n or not pairs:
        return 0.0
    precision = sum(p in target for p in pairs[:n]) / len(pairs[:n])
    coverage = len(set(pairs[: 2 * n]) & target) / n
    return 2 * precision * coverage / (precision + coverage) if precision + coverage else 0.0


def _described(doc: Document, r: _Rules) -> Iterator[Mention]:
    """A target's population and content without its figure, e.g. a report's heading ``1. Về tỷ lệ
    cán bộ, công chức, viên chức và người lao động có hiểu biết về chuyển đổi số, …`` → CT1; only in
    a document about Plan 192 or its programme (``explicit_topic``)."""
    text = doc.text
    if r.topic.search(text) is None:
        return  # a decree on another programme describes its own people, not Plan 192's targets
    best: dict[int, tuple[float, int, Indicator]] = {}  # cue start → (score, sentence end, target)
    for ind in r.by_number.values():
        need = r.requires.get(ind.id)
        for cue in r.cues.get(ind.id, ()):
            for m in cue.finditer(text):
                end_m = r.described_end.search(text, m.end())
                end = end_m.start() if end_m else len(text)
                sentence = text[m.start():end]
                if need is not None and not need.search(sentence):
                    continue
                score = _described_score(sentence, r.pairs[ind.id], r)
                if score >= r.described_min and score > best.get(m.start(), (0.0,))[0]:
                    best[m.start()] = (score, end, ind)
    for tid, pat in r.phrases.items():
        ind = next(i for i in r.by_number.values() if i.id == tid)
        for m in pat.finditer(text):
            if not any(s <= m.start() < e and i.id == tid for s, (_, e, i) in best.items()):
                best.setdefault(m.start(), (1.0, m.end(), ind))
    covered: dict[str, int] = {}  # a target → where its last described sentence ends
    for start in sorted(best):
        score, end, ind = best[start]
        if start < covered.get(ind.id, -1):
            continue  # "cán bộ, công chức, viên chức": one sentence, one mention
        covered[ind.id] = end
        # the mention is the target's words, not the figures the sentence goes on to give
        digit = _DIGIT.search(text, start, end)
        yield mention(doc, KIND, ind.id, start, digit.start() if digit else end, round(score, 3), how="restated")


def extract_indicators(doc: Document) -> Iterator[Mention]:
    """Every cite and restatement of a Plan 192 target in ``doc``, in text order."""
    r = _rules()
    found = [*_explicit(doc, r), *_restated(doc, r)]
    spans = [(m.value, m.start, m.end) for m in found if m.extra.get("how") == "restated"]
    found += [d for d in _described(doc, r)
              if not any(v == d.value and s <= d.start < e for v, s, e in spans)]
    yield from sorted(found, key=lambda x: (x.start, x.end))
