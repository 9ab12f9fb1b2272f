"""Tasks: where a document cites or carries out one of the 18 tasks of Plan 192's Phụ lục 2.

A cite (``nhiệm vụ 1.2``, ``mục 5.3 Phụ lục 2``, or the ``1.1`` number cell of
a row that copies the task) is ``how="explicit"``. Carrying a task out is
``how="content"``, found three ways, from the most to the least specific:

- a distinctive phrase of the task (``Mô hình “Chợ số”`` → 5.3),
- a frame for tasks the plan words generically (a training activity for
  cán bộ, công chức → 1.3; AI + training → 1.1),
- the sentence's words are close to the task's own text: TF-IDF cosine over
  underthesea words, IDF over the 18 task texts, so ``giảng viên nguồn`` or
  ``AI`` weigh more than ``kỹ năng số`` (``- Bồi dưỡng kiến thức và kỹ năng
  ứng dụng AI trong công việc.`` → 1.1).

Task texts come from ``data/plan192.json``; phrases and frames from
``data/tasks.yaml``. underthesea only sees sentences that share a few syllable
pairs with some task text, and the task texts are segmented once per process.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import mention
from pipeline.reference import load_reference
from pipeline.resources import load_data
from pipeline.sentences import sentence_bounds, sentence_span
from schemas.document import Document
from schemas.mention import Mention

KIND = "tasks"
_SYLLABLE = re.compile(r"\w+")
_LEAD = re.compile(r"^(?:[-+•*–]\s*|[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+)")


@dataclass(frozen=True)
class _Frame:
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]
    population: int | None
    topic: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class _Model:
    ids: tuple[str, ...]
    group_of: dict[str, int]
    vectors: dict[str, dict[str, float]]
    norms: dict[str, float]
    idf: dict[str, float]
    stopwords: frozenset[str]
    pair_sets: dict[str, frozenset[tuple[str, str]]]
    pair_idf: dict[tuple[str, str], float]
    pair_norms: dict[str, float]
    topic: re.Pattern[str]
    topic_min: int
    lexical_topic: re.Pattern[str]
    populations: dict[int, tuple[re.Pattern[str], ...]]
    phrases: dict[str, tuple[re.Pattern[str], ...]]
    frames: dict[str, tuple[_Frame, ...]]
    explicit: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    lexical: dict


def _syllable_pairs(text: str) -> set[tuple[str, str]]:
    s = [w.lower() for w in _SYLLABLE.findall(text)]
    return set(zip(s, s[1:]))


def _words(text: str, stopwords: frozenset[str]) -> list[str]:
    """Content words of ``text``: ``giảng viên nguồn`` stays one word or two, never three syllables apart."""
    from underthesea import word_tokenize

    return [w for w in (t.lower() for t in word_tokenize(text)) if _SYLLABLE.search(w) and w not in stopwords]


def _compile(patterns: list[str] | None) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns or [])


@lru_cache(maxsize=1)
def _model() -> _Model:
    data = load_data("tasks.yaml")
    lex = data["lexical"]
    stop = frozenset(lex["stopwords"])
    tasks = load_reference().tasks
    words = {t.id: _words(t.text, stop) for t in tasks}
    df = Counter(w for ws in words.values() for w in set(ws))
    n = len(tasks)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    vectors = {tid: {w: c * idf[w] for w, c in Counter(ws).items()} for tid, ws in words.items()}
    pair_sets = {t.id: frozenset(_syllable_pairs(t.text)) for t in tasks}
    pdf = Counter(p for ps in pair_sets.values() for p in ps)
    pair_idf = {p: math.log((n + 1) / (c + 0.5)) for p, c in pdf.items()}
    per_task = data.get("tasks") or {}
    return _Model(
        ids=tuple(t.id for t in tasks),
        group_of={t.id: t.group.number for t in tasks},
        vectors=vectors,
        norms={tid: math.sqrt(sum(x * x for x in v.values())) for tid, v in vectors.items()},
        idf=idf,
        stopwords=stop,
        pair_sets=pair_sets,
        pair_idf=pair_idf,
        pair_norms={tid: math.sqrt(sum(pair_idf[p] ** 2 for p in ps)) for tid, ps in pair_sets.items()},
        topic=re.compile(data["topic"]["pattern"], re.I),
        topic_min=data["topic"]["min"],
        lexical_topic=re.compile(lex["topic"]),
        populations={int(g): _compile(cues) for g, cues in data["populations"].items()},
        phrases={tid: _compile(spec.get("phrases")) for tid, spec in per_task.items()},
        frames={tid: tuple(_Frame(_compile(f.get("all")), _compile(f.get("none")), f.get("population"),
                                  _compile(f.get("topic")))
                           for f in spec.get("frames", [])) for tid, spec in per_task.items()},
        explicit=tuple((re.compile(e["pattern"]), re.compile(e["context"]) if e.get("context") else None)
                       for e in data["explicit"]),
        lexical={**lex, "audience_min": data["audience_min"]},
    )


def _groups_named(text: str, m: _Model) -> set[int]:
    return {g for g, cues in m.populations.items() if any(c.search(text) for c in cues)}


def _audience(doc: Document, m: _Model) -> int | None:
    """The task group whose people the document names most (``CBCCVC`` throughout seed 001 → 1)."""
    hits = {g: sum(len(c.findall(doc.text)) for c in cues) for g, cues in m.populations.items()}
    g, n = max(hits.items(), key=lambda x: x[1])
    return g if n >= m.lexical["audience_min"] else None


def _frame_holds(f: _Frame, seg: str, after: str, named: set[int], audience: int | None) -> bool:
    """``after`` is the list a sentence ending with ":" introduces (where its topic may be)."""
    if not all(p.search(seg) for p in f.all) or any(p.search(seg) for p in f.none):
        return False
    if f.topic and not any(p.search(seg) or p.search(after) for p in f.topic):
        return False
    if f.population is None:
        return True
    return f.population in named or (not named and audience == f.population)


def _lexical(seg: str, m: _Model) -> tuple[str, float, int, float] | None:
    """Best task by TF-IDF cosine: its id, cosine, content words shared and coverage of the task."""
    pairs = _syllable_pairs(seg) & m.pair_idf.keys()
    pnorm = math.sqrt(sum(m.pair_idf[p] ** 2 for p in pairs))
    if not pnorm or max(sum(m.pair_idf[p] ** 2 for p in pairs & ps) / (pnorm * m.pair_norms[tid])
                        for tid, ps in m.pair_sets.items()) < m.lexical["min_pair_cosine"]:
        return None
    counts = Counter(w for w in _words(seg, m.stopwords) if w in m.idf)
    vec = {w: c * m.idf[w] for w, c in counts.items()}
    norm = math.sqrt(sum(x * x for x in vec.values()))
    if not norm:
        return None
    best = None
    for tid, tv in m.vectors.items():
        dot = sum(x * tv.get(w, 0.0) for w, x in vec.items())
        cos = dot / (norm * m.norms[tid])
        if best is None or cos > best[1]:
            # coverage: the share of the task's weight the sentence holds (a few rare shared
            # words in a short sentence give a high cosine but a low coverage)
            covered = sum(tv[w] ** 2 for w in vec if w in tv) / m.norms[tid] ** 2
            best = (tid, cos, sum(1 for w in vec if w in tv), covered)
    return best


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Sentences, list items and table cells, without their bullet or numbering."""
    bounds = list(sentence_bounds(text)) + [len(text)]
    for s, e in zip(bounds, bounds[1:]):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        lead = _LEAD.match(text, s, e)
        if lead and lead.end() < e:
            s = lead.end()
        if e > s:
            yield s, e


def _explicit(doc: Document, m: _Model) -> Iterator[Mention]:
    for pat, context in m.explicit:
        for x in pat.finditer(doc.text):
            if x.group("id") not in m.group_of:
                continue
            if context is not None:
                s, e = sentence_span(doc.text, x.start(), x.end())
                if not context.search(doc.text, s, e):
                    continue
            yield mention(doc, KIND, x.group("id"), x.start(), x.end(), 1.0, how="explicit")


def extract_tasks(doc: Document) -> Iterator[Mention]:
    """Every cite of a Plan 192 task and every sentence that carries one out, in text order."""
    m = _model()
    text = doc.text
    found: list[Mention] = list(_explicit(doc, m))
    if len(m.topic.findall(text)) < m.topic_min:
        yield from found
        return
    audience = _audience(doc, m)
    previous: tuple[int, int] | None = None
    segments = list(_segments(text))
    for i, (s, e) in enumerate(segments):
        seg = text[s:e]
        after = text[e:segments[min(i + 4, len(segments) - 1)][1]] if seg.endswith(":") else ""
        named = _groups_named(seg, m)
        values: set[str] = set()
        for tid, pats in m.phrases.items():
            for p in pats:
                x = p.search(seg)
                if x and tid not in values:
                    values.add(tid)
                    found.append(mention(doc, KIND, tid, s + x.start(), s + x.end(), 0.9, how="content"))
        for tid, frames in m.frames.items():
            if tid not in values and any(_frame_holds(f, seg, after, named, audience) for f in frames):
                values.add(tid)
                found.append(mention(doc, KIND, tid, s, e, 0.7, how="content"))
        best = _lexical(seg, m)
        if best is not None:
            tid, cos, shared, coverage = best
            lex = m.lexical
            if previous is not None and text[previous[0]:previous[1]] == tid and cos >= lex["row_cosine"]:
                # the number cell of a row that copies the task: "1.1" then "Bồi dưỡng … AI …"
                found.append(mention(doc, KIND, tid, *previous, 1.0, how="explicit"))
            # below sure_cosine the sentence must also be about the programme's subject and its people
            fits = cos >= lex["sure_cosine"] or (
                (not named or m.group_of[tid] in named) and m.lexical_topic.search(seg) is not None)
            if (cos >= lex["min_cosine"] and shared >= lex["min_shared"] and coverage >= lex["min_coverage"]
                    and fits and tid not in values):
                found.append(mention(doc, KIND, tid, s, e, round(cos, 3), how="content"))
        previous = (s, e)
    yield from sorted(found, key=lambda x: (x.start, x.end, x.value))
