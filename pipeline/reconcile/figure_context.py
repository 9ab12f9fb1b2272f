"""Reading what stands around a figure of a report: what it counts, whose it is, as of when, how it is stated.

The questions figure attribution (``attribution.py``) asks of each quantity,
answered from the contract line alone (the quantity's sentence, its place in
it and its table, the report's other mentions): ``population_of`` the phrase
naming what it counts (``tỷ lệ cán bộ, công chức … đạt 86,4%`` → ``cán bộ,
công chức …``); ``quoted_from`` another unit (``theo số liệu của Công an
tỉnh``); ``part_of`` a sub-unit's table row; ``scope_of`` a whole or a part
(``Toàn tỉnh: …``, ``trong đó …``); ``as_of`` its date (``tính đến
31/10/2025``); ``stated_as`` a result, a goal or the bar. Word lists in
``data/attribution.yaml``.
"""
from __future__ import annotations

import re
from typing import Any

from pipeline.reconcile import status as rules
from pipeline.reconcile.population import head_noun, reason, words
from schemas.matrix import TargetSpec

_NUMBER_CELL = re.compile(r"\s*[\d.,]+\s*%?\s*")


def same_sentence(a: dict[str, Any], b: dict[str, Any]) -> bool:
    sa, sb = a.get("sentence"), b.get("sentence")
    if not sa or sa != sb:
        return False
    return abs(a.get("start", 0) - b.get("start", 0)) <= len(sa)


# --- what a figure counts ---------------------------------------------------------

def _sentence_parts(q: dict[str, Any]) -> tuple[str, str]:
    """The sentence before and after the figure."""
    s = q.get("sentence") or ""
    at = (q.get("context") or {}).get("at")
    if at is None or s[at:at + len(q.get("text") or "")] != q.get("text"):
        at = s.find(q.get("text") or "\0")
    if at < 0:
        return "", ""
    return s[:at], s[at + len(q.get("text") or ""):]


def _trim_tail(phrase: str) -> str:
    verbs = sorted(words()["phrase_tail_verbs"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        p = phrase.rstrip(" ,:;-–(")
        for v in verbs:
            if p.casefold().endswith(v.casefold()) and (len(p) == len(v) or not p[-len(v) - 1].isalnum()):
                p = p[: -len(v)]
                changed = True
                break
        phrase = p
    return phrase.strip()


def _left_phrase(before: str) -> tuple[str | None, str | None]:
    """(phrase after the last ``tỷ lệ`` of the clause, the clause itself) before a figure."""
    clause = re.split(r"[;:(]", before)[-1]
    heads = words()["rate_heads"]
    rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, heads)) + r")(?!\w)", re.I)
    hits = list(rx.finditer(clause))
    after_head = _trim_tail(clause[hits[-1].end():]) if hits else None
    return (after_head or None), (_trim_tail(clause) or None)


def _right_phrase(after: str) -> str | None:
    """The noun phrase right after a figure (``86,4% cán bộ, công chức …``), up to a bracket or a clause end."""
    a = after.lstrip(" \t")
    if not a or not a[0].isalpha():
        return None
    return re.split(r"[;(.:]|\s(?:đạt|được|có|đã|tham gia|hoàn thành)\s", a, maxsplit=1)[0][:100].strip() or None


def _table_phrases(q: dict[str, Any]) -> list[str]:
    """A table cell's population, in order: its own column's header, the other number columns' headers, its row's labels."""
    t = (q.get("context") or {}).get("table")
    if not t:
        return []
    header, row, col = t.get("header") or [], t.get("row") or [], t.get("column", -1)
    out = [header[col]] if 0 <= col < len(header) else []
    numeric = {i for i, c in enumerate(row) if _NUMBER_CELL.fullmatch(c or "")}
    shift = len(header) - len(row) if len(row) < len(header) else 0
    out += [h for i, h in enumerate(header) if i != col and (i - shift) in numeric]
    out += [c for c in row if c and not _NUMBER_CELL.fullmatch(c)]
    return out


def population_of(q: dict[str, Any], backing: dict[str, Any] | None = None) -> tuple[str | None, str]:
    """(the phrase naming what ``q`` counts, where it was read). The first phrase with a known noun wins."""
    before, after = _sentence_parts(q)
    kind = q.get("kind")
    tried: list[tuple[str | None, str]] = []
    if kind == "count":
        tried.append((q.get("unit"), "noun"))
    if backing is not None:
        tried.append((population_of(backing)[0], "ratio"))
    if kind in ("ratio", "percent"):
        head, clause = _left_phrase(before)
        right = _right_phrase(after)
        tried += [(right, "denominator" if kind == "ratio" else "noun"), (head, "subject")] if kind == "ratio" \
            else [(head, "subject"), (right, "noun")]
        if kind == "percent" and before.rstrip().endswith("("):
            # "… là 21.180 người (83,39%)": a bracketed percent is the share of what the text before it counts
            tried.append((re.split(r"[;:(,]", before.rstrip()[:-1])[-1].strip() or None, "clause"))
        tried += [(p, "table") for p in _table_phrases(q)]
        if kind == "percent" and clause:
            # "…, trong đó 22 người đã hoàn thành …, đạt 88,0%": what the last count before it counts
            counted = re.search(r"\d[\d.,]*\s+(\D+)$", clause)
            tried.append((counted.group(1).strip() if counted else None, "noun"))
        tried.append((clause, "clause"))
    for phrase, where in tried:
        if phrase and head_noun(phrase) is not None:
            return phrase, where
    return None, "none"


# --- whose, when, a result ----------------------------------------------------------

def _unit_mentions_before(q: dict[str, Any], units: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Unit mentions of ``q``'s clause before it, with the clause text before each."""
    before, _ = _sentence_parts(q)
    clause_start = max(before.rfind(";"), before.rfind(":")) + 1
    q_at = len(before)
    out = []
    for m in units:
        if not same_sentence(m, q):
            continue
        at = q_at - (q.get("start", 0) - m.get("start", 0))
        if clause_start <= at < q_at:
            out.append((m, before[clause_start:at]))
    return out


def quoted_from(q: dict[str, Any], record: dict[str, Any], issuer: str) -> dict[str, Any] | None:
    """Why ``q`` is another unit's figure, or None: ``theo số liệu của Công an tỉnh …``, ``Sở GD&ĐT đạt 97%``."""
    d = words()
    units = (record.get("mentions") or {}).get("units") or []
    for m, lead in _unit_mentions_before(q, units):
        other = m.get("value")
        if not other or other == issuer or not m.get("registered", True):
            continue
        lead_low = lead.casefold().rstrip()
        cued = any(lead_low.endswith(c.casefold()) for c in d["quote_cues"])
        subject = not re.sub(r"[\s\-–+•*]+", "", lead)
        if cued or subject:
            return reason("quoted", unit=other)
    return None


def led_by_other(q: dict[str, Any], record: dict[str, Any], issuer: str, target_mentions: list[dict[str, Any]],
                 target_id: str) -> dict[str, Any] | None:
    """Why ``q`` is the result of the target's lead named in the report, not the issuer's own, or None.

    A summary of several units' results names, under each target, whose result it
    is (``Đơn vị chủ trì: Sở Nội vụ.`` then ``Kết quả: … đạt 86,3%``): between the
    target's mention and the figure, a sentence opening with a lead cue
    (``lead_cues``) that names registered units, the issuer not among them.
    """
    cited = [m.get("start", 0) for m in target_mentions
             if m.get("value") == target_id and m.get("start", 0) <= q.get("start", 0)]
    if not cited:
        return None
    since, at = max(cited), q.get("start", 0)
    cues = [c.casefold() for c in words()["lead_cues"]]
    leads: list[str] = []
    for m in (record.get("mentions") or {}).get("units") or []:
        if not (since <= m.get("start", 0) < at) or not m.get("registered", True):
            continue
        sentence = (m.get("sentence") or "").casefold().lstrip(" -–+•*\t")
        if any(sentence.startswith(c) for c in cues):
            leads.append(m.get("value"))
    if leads and issuer not in leads:
        return reason("quoted", unit=leads[0])
    return None


def part_of(q: dict[str, Any], units_in_row: bool) -> dict[str, Any] | None:
    """Why ``q`` is a sub-unit's table figure, or None (the total row is the issuer's own)."""
    t = (q.get("context") or {}).get("table")
    if not t or t.get("total") or t.get("header_row"):
        return None
    labels = [c for c in t.get("row") or [] if c and not _NUMBER_CELL.fullmatch(c)]
    label = " ".join(labels)
    if units_in_row or (label and rules.has_word(label, words()["part_rows"])):
        return reason("part_row", row=label[:60])
    if t.get("totals"):
        return reason("table_row", row=label[:60])
    return None


def row_has_unit(q: dict[str, Any], units: list[dict[str, Any]]) -> bool:
    t = (q.get("context") or {}).get("table")
    if not t:
        return False
    return any(u.get("text") and any(u["text"] in c for c in t.get("row") or []) for u in units)


def as_of(q: dict[str, Any], dates: list[dict[str, Any]]) -> str | None:
    """The date a figure stands at: a date after an as-of cue (``tính đến 31/10/2025``) in its sentence before it,
    or in its table column's header; the latest if several."""
    cues = words()["as_of_cues"]
    before, _ = _sentence_parts(q)
    found = []
    span = ((q.get("context") or {}).get("table") or {}).get("header_span")
    for d in dates:
        if span and span[0] <= d.get("start", -1) < span[1]:
            found.append(str(d.get("value")))
            continue
        if not same_sentence(d, q) or d.get("start", 0) >= q.get("start", 0):
            continue
        at = len(before) - (q.get("start", 0) - d.get("start", 0))
        if at >= 0 and rules.has_word(before[max(0, at - 25):at], cues):
            found.append(str(d.get("value")))
    row = [c for c in (((q.get("context") or {}).get("table") or {}).get("row") or []) if c and not _NUMBER_CELL.fullmatch(c)]
    if not found and row:
        # a row labelled by its date: "Tính đến 31/10/2025 | 241.300 | 186.420 | 77,26"
        found = [str(d.get("value")) for d in dates if 0 < q.get("start", 0) - d.get("start", 0) <= ROW_REACH
                 and d.get("text") and any(d["text"] in c for c in row)]
    if not found and span:
        # "kết quả tính đến ngày 31/10/2025 của từng đơn vị như sau:" right above the table
        found = [str(d.get("value")) for d in dates
                 if span[0] - INTRO_REACH <= d.get("start", -1) < span[0] and _cued(d, cues)]
    if not found and rules.has_word(before, words()["same_time_cues"]):
        # "Theo số liệu … cùng thời điểm, …": the as-of date the text gave last before it
        earlier = [d for d in dates if q.get("start", 0) - SAME_TIME_REACH <= d.get("start", -1) < q.get("start", 0)
                   and _cued(d, cues)]
        found = [str(max(earlier, key=lambda d: d.get("start", 0)).get("value"))] if earlier else []
    return max(found) if found else None


INTRO_REACH = 200  # a table's as-of date stands this close (characters) before its header
ROW_REACH = 400  # a row's label stands this close (characters) before its cells
SAME_TIME_REACH = 600  # "cùng thời điểm" points back this far (characters) at most


def _cued(d: dict[str, Any], cues: list[str]) -> bool:
    """Is the date mention ``d`` preceded by an as-of cue in its sentence (``tính đến 31/10/2025``)?"""
    sentence, text = d.get("sentence") or "", d.get("text") or ""
    at = sentence.find(text) if text else -1
    return at >= 0 and rules.has_word(sentence[max(0, at - 25):at], cues)


def _last(clause: str, phrases: list[str], skip: list[tuple[int, int]] = ()) -> tuple[int, list[tuple[int, int]]]:
    """Where the last of ``phrases`` starts in ``clause`` (-1: none), and every match's span."""
    spans = [(m.start(), m.end()) for p in phrases
             for m in re.finditer(rf"(?<!\w){re.escape(p.casefold())}(?!\w)", clause)]
    spans = [s for s in spans if not any(a <= s[0] < b for a, b in skip)]
    return max((s[0] for s in spans), default=-1), spans


def stated_as(q: dict[str, Any]) -> str:
    """How the words before ``q`` in its clause present it: ``bar`` (``chưa đạt mức 80%``: a bar word right
    before the number; ``đạt yêu cầu, tỷ lệ 78,7%`` is a result), ``goal``
    (``phấn đấu đạt 100%``, ``mục tiêu 80%``) or ``result`` — the nearest cue decides; a bare ``đạt`` after a
    bar word makes a result (``so với cùng kỳ đạt 95%``), not after a goal word (it goes on with the goal)."""
    before, _ = _sentence_parts(q)
    clause = re.split(r"[;.]\s", before)[-1].casefold()
    clause = re.sub(words()["citation"], lambda m: " " * len(m.group(0)), clause)
    _, said = _last(clause, words()["result_phrases"])  # "đạt yêu cầu": a result, though "yêu cầu" is a bar word
    bar, bar_spans = _last(clause, rules.words()["shortfall_words"], said)
    near = int(words()["bar_reach"])
    bar = max((s for s, e in bar_spans if len(clause.rstrip()) - e <= near), default=-1)  # right before the number
    goal, _ = _last(clause, rules.words()["goal_words"] + words()["goal_words"])
    result, _ = _last(clause, words()["result_words"])
    dat, _ = _last(clause, ["đạt"], bar_spans)
    if bar >= 0 and bar >= goal and bar > max(result, dat):
        return "bar"
    if goal >= 0 and goal > max(result, bar):
        return "goal"
    return "result"


def not_a_result(q: dict[str, Any], target: TargetSpec, target_mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Why ``q`` states a target rather than a result, or None."""
    stated = stated_as(q)
    if stated == "bar":
        return reason("bar")
    if stated == "goal":
        return reason("goal")
    if target.value is not None and q.get("kind") == target.kind and q.get("value") == target.value and any(
            same_sentence(q, m) for m in target_mentions if m.get("value") == target.id) \
            and not rules.has_word(rules.context_before(q, 12), ["đạt"]):
        return reason("restated")
    return None


def scope_of(q: dict[str, Any], issuer: str, units: list[dict[str, Any]]) -> str | None:
    """``total`` for a whole's figure (a table's total row, ``Toàn tỉnh: …``, ``Bình quân chung đạt …``),
    ``part`` for a piece of it (``trong đó …``, ``(khu vực khu công nghiệp đạt 76,5%)``, ``Tại Phòng X: …``)."""
    t = (q.get("context") or {}).get("table")
    if t:
        return "total" if t.get("total") else None
    before, _ = _sentence_parts(q)
    d = words()
    if before.count("(") > before.count(")") and re.search(r"\d", before.rsplit("(", 1)[0]):
        return "part"  # inside brackets after another figure: its breakdown
    if rules.has_word(before, d["part_cues"]):
        return "part"
    if rules.has_word(before, d["total_cues"]):
        return "total"
    lead = re.sub(r"^[\s\-–+•*]+", "", before).casefold()
    if any(lead.startswith(c.casefold() + " ") for c in d["part_openers"]):
        named = [m for m, _ in _unit_mentions_before(q, units)]
        return None if any(m.get("value") == issuer for m in named) else "part"
    return None
