"""Counts of people, bodies and things: ``hơn 600 bài viết`` → 600 (unit ``bài viết``, qualifier ``hơn``).

A counted noun from ``data/quantities.yaml`` after the number (through a scale
word: ``1 triệu người dân`` → 1000000), a spelled number with a cue (``ít nhất
một nhân sự`` → 1), or, failing the list, a lower-case word that underthesea
tags as a noun and that is no time, money, measure, level or label head
(``gồm 05 chuyên đề`` → 5; ``06 tháng``, ``2 cấp`` stay out).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractors.base import mention
from extractors.quantities.lexicon import GAP, KIND, Lexicon, inside, is_label, line_before, parse_number, qualifier
from schemas.document import Document
from schemas.mention import Mention

_BULLET_LINE_START = re.compile(r"(?:^|\n)[ \t]*[-+•*\uf0b7–]?[ \t]*$")
# Right before a number, these make it no count: a date (a page number after a running
# header `Ngày 25-7-2025 6`), a rate's slash (`đồng/ 01 người`), a space-grouped thousand (`10 000`).
_NOT_COUNT_BEFORE = re.compile(r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]*|/[ \t]*)$")
_THOUSANDS_BEFORE = re.compile(r"\d[ \t]$")
# A bare year (`Trong 2025 hội viên …`); a count that large is written with a dot (`2.025`).
_YEAR = re.compile(r"(?:19|20)\d\d")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # thousands grouped: a count, never a label's number (`Xã 2`)


def _in_running_text(before: str) -> bool:
    """The number follows a lower-case word of a sentence: `kiện toàn 1.094 Tổ công nghệ số`, not a heading's `2 Cơ quan`."""
    words = before.split()
    return len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and before[-1:].isspace()


def _names_a_body(text: str, at: int) -> bool:
    """A registered kind of body starts at ``at`` (``Tổ công nghệ số cộng đồng``): counted, though capitalised."""
    return any(text.startswith(name, at) for name in _body_names())


@lru_cache(maxsize=1)
def _body_names() -> tuple[str, ...]:
    from extractors.unit_registry import iter_units

    return tuple(u["name"] for u in iter_units())


def _count_value(lex: Lexicon, m: re.Match[str]) -> int | None:
    """``1,2 triệu`` → 1200000, ``01`` → 1; None for a fraction (``2,5 người``)."""
    value = parse_number(m.group("num"), whole=True)
    if m.group("scale"):
        value = value * lex.scales[m.group("scale").lower()]
    return int(value) if value == int(value) else None


def counts(doc: Document, lex: Lexicon, urls: list[tuple[int, int]]) -> Iterator[Mention]:
    text = doc.text
    for m in lex.count.finditer(text):
        if inside(urls, m.start()):
            continue
        before = line_before(text, m.start())
        if is_label(lex, before) and not m.group("scale") and not _GROUPED.fullmatch(m.group("num")):
            continue  # `chỉ tiêu 1`, but `chỉ tiêu 1 triệu người dân`, `cấp xã 31.375 người` count people
        if _NOT_COUNT_BEFORE.search(before) or (
                len(m.group("num")) == 3 and _THOUSANDS_BEFORE.search(before)):
            continue
        unit = m.group("unit")
        if (unit[0].isupper() and not unit.isupper() and not lex.capital_cue_tail.search(before)
                and not (_in_running_text(before) and "\n" not in text[m.end("num"):m.start("unit")] and _names_a_body(text, m.start("unit")))):
            continue  # `2 Văn bản này`, `d)3 Cơ quan`, `2.1 Cơ quan chủ trì`: notes, tables, headings
        if _BULLET_LINE_START.search(before) and re.fullmatch(r"\d+\.\d{1,2}", m.group("num")):
            continue  # list numbering: `2.1 cơ quan chủ trì`
        if _YEAR.fullmatch(m.group("num")):
            continue  # `Trong 2025 hội viên …`: a year
        if lex.rate_after.match(text, m.end()):
            continue  # `01 lượt/năm`, `3 giáo viên/lớp`: a rate, not a count
        value = _count_value(lex, m)
        if value is None:
            continue  # people and things are not fractional: `2,5 người` is no count
        yield mention(doc, KIND, value, m.start("num"), m.end(), kind="count",
                      unit=re.sub(r"\s+", " ", m.group("unit")), qualifier=qualifier(lex, before))


# The words after a candidate number that underthesea sees: up to five, stopping at
# punctuation, a new cell or a blank line (`2.146 điểm hướng dẫn lưu động tại khu, …`).
_WINDOW = re.compile(r"[^\W\d_][\w-]*(?:[ \t]*\n?[ \t]*(?![\n\t])[\w-]+){0,4}")
# A neutral frame for the window, so that the tagger reads it after a number as in
# `có 5 chuyên đề` whatever the real number looks like (`2.146 điểm` is one token otherwise).
_FRAME = "có 5 "
_NOUN_TAGS = frozenset({"N", "Nc"})
# Right before the number: an opening quote, or a capitalised word that does not open the
# sentence (`hợp tác “3 nhà”`, `Chứng chỉ bậc 3 (Level 3 as …)`).
_NAME_BEFORE = re.compile(r"[“\"‘']$|(?P<lead>\S*[^\s.!?:;(•\-–+*])[ \t]+\(?(?P<word>[^\W\d_]+)[ \t]*$")
# The last of an enumeration of numbers (`mẫu số 01, 02, 03 và 04 ban hành`): the first decides.
_ENUMERATION_BEFORE = re.compile(r"\d[ \t]*(?:,|;|và|hoặc|đến|tới|[-–])[ \t]*$")


@lru_cache(maxsize=4096)
def _tagged(window: str) -> tuple[tuple[str, str], ...]:
    """underthesea POS tags of ``window`` read after ``có 5`` and before `` .`` (cached).

    The closing stop matters: a last word is read as a unit (``Nu``) without it.
    """
    from underthesea import pos_tag  # lazy: the model loads once per process, on first need

    tokens, pos = [], 0
    framed = f"{_FRAME}{window} ."
    for word, tag in pos_tag(framed):
        at = framed.find(word, pos)
        if at < 0:
            return ()
        pos = at + len(word)
        if len(_FRAME) <= at < len(_FRAME) + len(window):
            tokens.append((word, tag))
        elif at < len(_FRAME) < pos:
            return ()  # the tagger glued the frame to the window: no reading
    return tuple(tokens)


def _noun_unit(lex: Lexicon, window: str) -> str | None:
    """The counted noun at the start of ``window``, or None when it is none.

    ``điểm hướng dẫn lưu động`` → ``điểm hướng dẫn``; ``chuyên đề`` → ``chuyên đề``;
    ``tháng/lần``, ``cấp trên``, ``được giao``, ``điểm trở lên`` → None.
    """
    blocked = lex.not_count_head.match(window)
    if blocked:
        compound = lex.count_head_exception.match(window)
        if not compound or compound.end() <= blocked.end():
            return None  # `tháng/lần`, `ngày công`, `triệu đồng`; but `trang trại` is not `trang`
    tokens = _tagged(window)
    if not tokens:
        return None
    head, tag = tokens[0]
    if tag not in _NOUN_TAGS or head != head.lower() or len(head) < 2:
        return None  # `100 mCi`, `20 pT`: symbols of units, not nouns
    if tag == "Nc" or head.lower() in lex.heads_needing_modifier:
        modifier = tokens[1] if len(tokens) > 1 else ("", "")
        if modifier[1] not in {"N", "V", "A"} or len(modifier[0]) < 2 or lex.not_modifier.match(modifier[0]):
            return None
        return f"{head} {modifier[0]}"
    return head


def pos_counts(doc: Document, lex: Lexicon, urls: list[tuple[int, int]], taken: set[int]) -> Iterator[Mention]:
    """Counts whose noun is not in the list: ``bộ tài liệu gồm 05 chuyên đề`` → 5.

    The same guards as list counts (labels, dates, URLs, glued tokens), plus: whole
    numbers only, no bare year (``2025 đoàn viên``) or long undotted number (phones),
    and no number alone on its line (a page number before the next line's text).
    """
    text = doc.text
    for m in lex.pos_candidate.finditer(text):
        start = m.start("num")
        if start in taken or inside(urls, start) or not m.group("word").islower():
            continue
        raw = m.group("num")
        if _YEAR.fullmatch(raw) or (raw.isdigit() and len(raw) >= 5):
            continue
        before = line_before(text, start)
        if "\n" in m.group("gap") and not before.strip(" \t-+•*\uf0b7–"):
            continue
        if is_label(lex, before) or _NOT_COUNT_BEFORE.search(before) or _ENUMERATION_BEFORE.search(before) or (
                len(raw) == 3 and _THOUSANDS_BEFORE.search(before)):
            continue
        if _BULLET_LINE_START.search(before) and re.fullmatch(r"\d+\.\d{1,2}", raw):
            continue
        name = _NAME_BEFORE.search(before)
        if name and (not name.group("word") or name.group("word")[0].isupper()):
            continue  # `“3 nhà”`, `Level 3 as`: inside a quoted or capitalised name
        value = _count_value(lex, m)
        if value is None:
            continue
        w = _WINDOW.match(text, m.start("word"))
        window = re.sub(r"\s+", " ", w.group()) if w else ""
        unit = _noun_unit(lex, window)
        if not unit:
            continue
        end = _unit_end(text, m.start("word"), unit)
        if lex.rate_after.match(text, end):
            continue  # `01 bộ/ 01 năm`, `225.000 khung hình/giây`: a rate, not a count
        yield mention(doc, KIND, value, start, end, 0.6, kind="count", unit=unit,
                      qualifier=qualifier(lex, before), how="pos")


def _unit_end(text: str, at: int, unit: str) -> int:
    """Where ``unit`` (words joined by single spaces) ends in ``text`` from ``at``, over any line break."""
    m = re.compile(GAP.join(re.escape(w) for w in unit.split())).match(text, at)
    return m.end() if m else at + len(unit.split()[0])


def spelled_counts(doc: Document, lex: Lexicon) -> Iterator[Mention]:
    """``ít nhất một nhân sự`` → 1; ``một`` alone is the article "a" and needs such a cue."""
    text = doc.text
    for m in lex.spelled.finditer(text):
        word = m.group("word").lower()
        before = line_before(text, m.start())
        if word == "một" and not lex.spelled_one_tail.search(before):
            continue
        unit = m.group("unit")
        if is_label(lex, before) or (unit[0].isupper() and not unit.isupper()):
            continue  # `lần thứ hai Ban Chấp hành`
        yield mention(doc, KIND, lex.spelled_numbers[word], m.start(), m.end(), 0.7, kind="count",
                      unit=re.sub(r"\s+", " ", m.group("unit")), qualifier=qualifier(lex, before))
