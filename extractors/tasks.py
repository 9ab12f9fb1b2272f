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
  ứng dụng AI trong công việc.`` → 1.1). Both sides are first put in one
  spelling (``trí tuệ nhân tạo`` → ``AI``, data ``lexical.synonyms``); a task
  the plan words in several sentences is also compared sentence by sentence
  (4.1's ``Tổ chức các buổi học tập cộng đồng cho người dân …``), and a
  sentence's head before a ``:`` list of details is compared on its own.

Population gates the generic frames: group 0 (``hợp tác xã``, ``doanh
nghiệp``) is served by no task, and where it is named the weak cue ``cán bộ``
does not name the public sector (``cán bộ quản lý của 326 hợp tác xã`` is not 1.3).

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
from pipeline.core.plan192 import load_reference
from pipeline.core.resources import load_data
from pipeline.core.sentences import sentence_bounds, sentence_span
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
class _Unit:
    """A task's whole text or one of its distinctive parts, as a TF-IDF vector."""
    task: str
    vector: dict[str, float]
    norm: float


@dataclass(frozen=True)
class _Model:
    ids: tuple[str, ...]
    group_of: dict[str, int]
    units: tuple[_Unit, ...]
    idf: dict[str, float]
    synonyms: tuple[tuple[re.Pattern[str], str], ...]
    stopwords: frozenset[str]
    pair_sets: dict[str, frozenset[tuple[str, str]]]
    pair_idf: dict[tuple[str, str], float]
    pair_norms: dict[str, float]
    topic: re.Pattern[str]
    topic_min: int
    lexical_topic: re.Pattern[str]
    populations: dict[int, tuple[re.Pattern[str], ...]]
    weak_cues: tuple[re.Pattern[str], ...]
    weak_cue_blockers: tuple[re.Pattern[str], ...]
    phrases: dict[str, tuple[re.Pattern[str], ...]]
    frames: dict[str, tuple[_Frame, ...]]
    explicit: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    lexical: dict
    not_content: tuple[re.Pattern[str], ...] = ()


def _syllable_pairs(text: str) -> set[tuple[str, str]]:
    s = [w.lower() for w in _SYLLABLE.findall(text)]
    return set(zip(s, s[1:]))


def _words(text: str, stopwords: frozenset[str]) -> list[str]:
    """Content words of ``text``: ``giảng viên nguồn`` stays one word or two, never three syllables apart."""
    return list(_content_words(text, stopwords))


@lru_cache(maxsize=16384)
def _content_words(text: str, stopwords: frozenset[str]) -> tuple[str, ...]:
    """``_words`` once per sentence text: underthesea's CRF is most of this module's time, and
    reports repeat their sentences (a re-sent report, a plan quoted in its report)."""
    from underthesea import word_tokenize

    return tuple(w for w in (t.lower() for t in word_tokenize(text)) if _SYLLABLE.search(w) and w not in stopwords)


def _compile(patterns: list[str] | None) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns or [])


def _canonical(text: str, synonyms: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """One spelling per notion before words are compared: ``trí tuệ nhân tạo`` → ``AI``."""
    for pat, repl in synonyms:
        text = pat.sub(repl, text)
    return text


def _vector(words: list[str], idf: dict[str, float]) -> dict[str, float]:
    return {w: c * idf[w] for w, c in Counter(words).items() if w in idf}


def _units(tasks, words: dict[str, list[str]], idf: dict[str, float], lex: dict, stop: frozenset[str],
           synonyms) -> tuple[_Unit, ...]:
    """Each task's whole text, plus its own parts when the plan words it in several sentences.

    A report carries out one part of a long task (``Tổ chức các buổi học tập cộng
    đồng cho người dân …`` of 4.1) without the rest, so its cover of the whole
    text is low. A part that another task also has (4.1's and 3.1's ``Khuyến
    khích người dân tham gia học tập … mở đại trà``) tells neither apart and is
    not a unit; nor is a part too short to be specific.
    """
    split = re.compile(lex["part_split"])
    parts = {t.id: [p for p in split.split(_canonical(t.text, synonyms)) if p.strip()] for t in tasks}
    part_words = {tid: [set(_words(p, stop)) for p in ps] for tid, ps in parts.items()}
    units = [_Unit(tid, v, math.sqrt(sum(x * x for x in v.values())))
             for tid, v in ((tid, _vector(ws, idf)) for tid, ws in words.items())]
    for tid, ps in part_words.items():
        if len(ps) < 2:
            continue
        others = [q for o, qs in part_words.items() if o != tid for q in qs]
        own = [p for p in ps if len(p) >= lex["part_min_words"]
               and not any(len(p & q) / len(p | q) >= lex["part_shared_jaccard"] for q in others)]
        # its own parts one by one, and together when a shared part was left out
        for p in own + ([set().union(*own)] if 1 < len(own) < len(ps) else []):
            v = _vector([w for w in words[tid] if w in p], idf)
            units.append(_Unit(tid, v, math.sqrt(sum(x * x for x in v.values()))))
    return tuple(units)


@lru_cache(maxsize=1)
def _model() -> _Model:
    data = load_data("tasks.yaml")
    lex = data["lexical"]
    stop = frozenset(lex["stopwords"])
    synonyms = tuple((re.compile(p, re.I), r) for p, r in lex["synonyms"])
    tasks = load_reference().tasks
    texts = {t.id: _canonical(t.text, synonyms) for t in tasks}
    words = {tid: _words(text, stop) for tid, text in texts.items()}
    df = Counter(w for ws in words.values() for w in set(ws))
    n = len(tasks)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    pair_sets = {tid: frozenset(_syllable_pairs(text)) for tid, text in texts.items()}
    pdf = Counter(p for ps in pair_sets.values() for p in ps)
    pair_idf = {p: math.log((n + 1) / (c + 0.5)) for p, c in pdf.items()}
    per_task = data.get("tasks") or {}
    return _Model(
        ids=tuple(t.id for t in tasks),
        group_of={t.id: t.group.number for t in tasks},
        units=_units(tasks, words, idf, lex, stop, synonyms),
        idf=idf,
        synonyms=synonyms,
        stopwords=stop,
        pair_sets=pair_sets,
        pair_idf=pair_idf,
        pair_norms={tid: math.sqrt(sum(pair_idf[p] ** 2 for p in ps)) for tid, ps in pair_sets.items()},
        topic=re.compile(data["topic"]["pattern"], re.I),
        topic_min=data["topic"]["min"],
        lexical_topic=re.compile(lex["topic"]),
        populations={int(g): _compile(cues) for g, cues in data["populations"].items()},
        weak_cues=_compile(data.get("weak_cues")),
        weak_cue_blockers=_compile(data.get("weak_cue_blockers")),
        phrases={tid: _compile(spec.get("phrases")) for tid, spec in per_task.items()},
        frames={tid: tuple(_Frame(_compile(f.get("all")), _compile(f.get("none")), f.get("population"),
                                  _compile(f.get("topic")))
                           for f in spec.get("frames", [])) for tid, spec in per_task.items()},
        explicit=tuple((re.compile(e["pattern"]), re.compile(e["context"]) if e.get("context") else None)
                       for e in data["explicit"]),
        lexical={**lex, "audience_min": data["audience_min"]},
        not_content=_compile(data.get("not_content")),
    )


def _cue_hits(text: str, m: _Model) -> dict[int, int]:
    """How often ``text`` names each group's people.

    A weak cue (``cán bộ``) names group 1 only where no one outside the task
    groups (group 0: ``hợp tác xã``, ``doanh nghiệp``) is named: ``cán bộ quản
    lý và lao động của 326 hợp tác xã`` are not the public sector's staff; nor
    where a mass organisation is the setting (``cán bộ nòng cốt … trong công tác Hội``).
    """
    hits = {g: sum(len(c.findall(text)) for c in cues) for g, cues in m.populations.items()}
    if hits.get(0) or any(b.search(text) for b in m.weak_cue_blockers):
        for g, cues in m.populations.items():
            hits[g] -= sum(len(c.findall(text)) for c in cues if c in m.weak_cues)
    return hits


def _groups_named(hits: dict[int, int]) -> set[int]:
    return {g for g, n in hits.items() if n > 0}


def _audience(m: _Model, hits_by_segment: list[dict[int, int]]) -> int | None:
    """The task group whose people the document names most (``CBCCVC`` throughout seed 001 → 1).

    Counted sentence by sentence (``_cue_hits`` of each segment), so a weak cue is
    discounted only where group 0 is named.
    """
    total: Counter[int] = Counter({g: 0 for g in m.populations})
    for hits in hits_by_segment:
        total.update(hits)
    g, n = max(total.items(), key=lambda x: x[1])
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
    """Best task by TF-IDF cosine: its id, cosine, content words shared and coverage of the task.

    The task is compared whole and by its own parts (see ``_units``); the best
    unit gives the cosine and the coverage.
    """
    seg = _canonical(seg, m.synonyms)
    pairs = _syllable_pairs(seg) & m.pair_idf.keys()
    pnorm = math.sqrt(sum(m.pair_idf[p] ** 2 for p in pairs))
    if not pnorm or max(sum(m.pair_idf[p] ** 2 for p in pairs & ps) / (pnorm * m.pair_norms[tid])
                        for tid, ps in m.pair_sets.items()) < m.lexical["min_pair_cosine"]:
        return None
    vec = _vector(_words(seg, m.stopwords), m.idf)
    norm = math.sqrt(sum(x * x for x in vec.values()))
    if not norm:
        return None
    best = None
    for u in m.units:
        dot = sum(x * u.vector.get(w, 0.0) for w, x in vec.items())
        cos = dot / (norm * u.norm)
        if best is None or cos > best[1]:
            # coverage: the share of the unit's weight the sentence holds (a few rare shared
            # words in a short sentence give a high cosine but a low coverage)
            covered = sum(u.vector[w] ** 2 for w in vec if w in u.vector) / u.norm ** 2
            best = (u.task, cos, sum(1 for w in vec if w in u.vector), covered)
    return best


_HEAD = re.compile(r"^(?P<head>[^:]{20,}?):\s+\S")


def _head(seg: str) -> str | None:
    """What a sentence says before its list of details, if it has one.

    ``Tổ chức các buổi học tập cộng đồng …, tập trung các nội dung thiết thực,
    áp dụng được ngay: cài đặt VNeID, nộp hồ sơ trực tuyến, …`` states the
    activity before the colon; the examples after it dilute its likeness to the
    task text. A label (``Nội dung:``) is too short to be a head.
    """
    x = _HEAD.match(seg)
    return x.group("head") if x else None


_CLAUSE = re.compile(r";\s*")


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


_TASK_ID = re.compile(r"\d\.\d")


def cited_ids(pat: re.Pattern[str], x: re.Match[str]) -> list[tuple[str, int, int]]:
    """The tasks one cue cites, each at its span: ``ids`` (a list or range) or ``id`` (one)."""
    if "ids" in pat.groupindex:
        base = x.start("ids")
        return [(t.group(), base + t.start(), base + t.end()) for t in _TASK_ID.finditer(x.group("ids"))]
    return [(x.group("id"), x.start("id"), x.end("id"))]


def _explicit(doc: Document, m: _Model) -> Iterator[Mention]:
    for pat, context in m.explicit:
        for x in pat.finditer(doc.text):
            if context is not None:
                s, e = sentence_span(doc.text, x.start(), x.end())
                if not context.search(doc.text, s, e):
                    continue
            for i, (tid, start, end) in enumerate(cited_ids(pat, x)):
                if tid not in m.group_of:
                    continue
                # the first keeps the cue in its span ("nhiệm vụ 2.1"), as a single cite always has
                yield mention(doc, KIND, tid, x.start() if i == 0 else start, end, 1.0, how="explicit")


def extract_tasks(doc: Document) -> Iterator[Mention]:
    """Every cite of a Plan 192 task and every sentence that carries one out, in text order."""
    m = _model()
    text = doc.text
    found: list[Mention] = list(_explicit(doc, m))
    if len(m.topic.findall(text)) < m.topic_min:
        yield from found
        return
    segments = list(_segments(text))
    cue_hits = [_cue_hits(text[s:e], m) for s, e in segments]  # once per segment: the audience and each sentence
    audience = _audience(m, cue_hits)
    previous: tuple[int, int] | None = None
    cited = [x.start for x in found]
    for i, (s, e) in enumerate(segments):
        seg = text[s:e]
        if any(s <= c < e for c in cited) or any(p.match(seg) for p in m.not_content):
            # a sentence that cites a task ("Nhiệm vụ 3.1: …") or states a target ("Chỉ tiêu số 1: 80% cán
            # bộ …") is about that one: its words are not another task carried out
            previous = (s, e)
            continue
        after = text[e:segments[min(i + 4, len(segments) - 1)][1]] if seg.endswith(":") else ""
        named = _groups_named(cue_hits[i])
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
            tid, cos = best[:2]
            lex = m.lexical
            if previous is not None and text[previous[0]:previous[1]] == tid and cos >= lex["row_cosine"]:
                # the number cell of a row that copies the task: "1.1" then "Bồi dưỡng … AI …"
                found.append(mention(doc, KIND, tid, *previous, 1.0, how="explicit"))
        # a sentence listing several activities ("…; tổ chức Cuộc thi …; triển khai …") carries out each
        clauses = [c for c in _CLAUSE.split(seg) if c.strip()] if ";" in seg else []
        tried = [best, _lexical(head, m) if (head := _head(seg)) else None] + [_lexical(c, m) for c in clauses]
        for cand in tried:
            if cand is None:
                continue
            tid, cos, shared, coverage = cand
            lex = m.lexical
            # below sure_cosine the sentence must also be about the programme's subject and its people
            fits = cos >= lex["sure_cosine"] or (
                (not named or m.group_of[tid] in named) and m.lexical_topic.search(seg) is not None)
            if (cos >= lex["min_cosine"] and shared >= lex["min_shared"] and coverage >= lex["min_coverage"]
                    and fits and tid not in values):
                values.add(tid)
                found.append(mention(doc, KIND, tid, s, e, round(cos, 3), how="content"))
        previous = (s, e)
    yield from sorted(found, key=lambda x: (x.start, x.end, x.value))
