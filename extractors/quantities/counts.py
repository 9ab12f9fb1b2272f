"""Quantities: counts of people, organisations or things, percentages, and ratios of counts.

Numbers are everywhere in these documents (doc numbers, dates, articles, money,
list numbering), so a number becomes a quantity only by what sits next to it:

- a percent sign or ``phần trăm`` after it → ``percent`` (``đạt 85,6%`` → 85.6);
- ``a/b`` with ``a ≤ b`` and a cue (a counted noun after it, ``đạt``/``tỷ lệ``
  before it, or parentheses right after a percent) → ``ratio``
  (``Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức)`` → "81/81");
- a counted noun from ``data/quantities.yaml`` after it (optionally through a
  scale word) → ``count`` (``hơn 600 bài viết`` → 600, unit ``bài viết``,
  qualifier ``hơn``; ``1 triệu người dân`` → 1000000);
- failing the list, a lower-case word after it that underthesea tags as a noun
  and that is no time, money, measure, level or label head → ``count``
  (``gồm 05 chuyên đề`` → 5; ``06 tháng``, ``2 cấp``, ``20 ha`` stay out);
- in a table, a bare number under a count or percent header, total rows included,

unless a label word sits right before it (``Điều 5``, ``Chuyên đề 2``,
``năm 2025``) or it is glued to other characters (``4T``, ``192/KH-UBND``,
``14:15``). Word lists live in the data file; this module holds only the rules.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import mention
from pipeline.core.resources import load_data
from schemas.document import Document
from schemas.mention import Mention

KIND = "quantities"

# A number as written: `1.250` (dot groups thousands), `85,6` (comma is the decimal mark), `2.1`.
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
# Space between words, allowing one line break but never a blank line or a new table cell.
GAP = r"(?:[ \t]+(?:\n(?![\t\n]))?|\n(?![\t\n]))[ \t]*"
# Nothing glued before a number: letters, digits, `/`, `.`, `,`, `:` or `-` make it part of a token.
FREE_BEFORE = r"(?<![\w/⁄.,:+\-–×])"
_BULLET_LINE_START = re.compile(r"(?:^|\n)[ \t]*[-+•*\uf0b7–]?[ \t]*$")
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+")  # anchored: linear on long runs
# Right before a number, these make it no count: a date (a page number after a running
# header `Ngày 25-7-2025 6`), a rate's slash (`đồng/ 01 người`), a space-grouped thousand (`10 000`).
_NOT_COUNT_BEFORE = re.compile(r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]*|/[ \t]*)$")
_THOUSANDS_BEFORE = re.compile(r"\d[ \t]$")
# A bare year (`Trong 2025 hội viên …`); a count that large is written with a dot (`2.025`).
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Lexicon:
    """The compiled patterns and word lists of ``data/quantities.yaml``."""

    percent: re.Pattern[str]
    ratio: re.Pattern[str]
    count: re.Pattern[str]
    spelled: re.Pattern[str]
    scales: dict[str, int]
    spelled_numbers: dict[str, int]
    qualifier_tail: re.Pattern[str]
    label_tail: re.Pattern[str]
    label_capitalised_tail: re.Pattern[str]
    label_exception_tail: re.Pattern[str]
    ratio_cue_tail: re.Pattern[str]
    ratio_blocked_tail: re.Pattern[str]
    ratio_cue_after: re.Pattern[str]
    spelled_one_tail: re.Pattern[str]
    noun_after: re.Pattern[str]
    not_counted_after: re.Pattern[str]
    percent_header: re.Pattern[str]
    count_header: re.Pattern[str]
    not_count_in_header: re.Pattern[str]
    noun_in_header: re.Pattern[str]
    total_row: re.Pattern[str]
    label_verb_start: re.Pattern[str]
    label_determiner_tail: re.Pattern[str]
    capital_cue_tail: re.Pattern[str]
    pos_candidate: re.Pattern[str]
    not_count_head: re.Pattern[str]
    count_head_exception: re.Pattern[str]
    rate_after: re.Pattern[str]
    heads_needing_modifier: frozenset[str]
    not_modifier: re.Pattern[str]


def _words(phrase: str) -> str:
    """A phrase as a regex whose spaces may be any ``GAP`` (``xã, phường`` over a line break too)."""
    return GAP.join(re.escape(w) for w in re.split(r"\s+", phrase.strip()))


def _alternation(phrases: list[str]) -> str:
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    return "|".join(_words(p) for p in ordered)


def _tail(phrases: list[str]) -> re.Pattern[str]:
    """Matches when the text ends with one of ``phrases`` as whole words (then only spaces)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})[\s(]*$", re.I)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build the patterns once, on first use (never at import)."""
    data = load_data("quantities.yaml")
    nouns = _alternation(data["counted_nouns"])
    scales = {k.lower(): int(v) for k, v in data["scales"].items()}
    scale_alt = "|".join(sorted(scales, key=len, reverse=True))
    spelled = {k.lower(): int(v) for k, v in data["spelled_numbers"].items()}
    spelled_alt = "|".join(sorted(spelled, key=len, reverse=True))
    prefix = _alternation(data["count_prefixes"])
    unit = rf"(?P<unit>(?:(?:{prefix}){GAP})?(?:{nouns}))(?!\w)"
    return Lexicon(
        percent=re.compile(
            rf"{FREE_BEFORE}(?:(?P<low>{NUM})[ \t]*[-–][ \t]*)?(?P<num>{NUM})[ \t]?(?:%|phần{GAP}trăm(?!\w))", re.I),
        ratio=re.compile(rf"{FREE_BEFORE}(?P<a>{NUM})[/⁄](?P<b>{NUM})(?![\w/⁄\-–]|[.,]\d)"),
        count=re.compile(
            rf"{FREE_BEFORE}(?P<num>{NUM})(?:{GAP}(?P<scale>{scale_alt})(?!\w))?{GAP}{unit}", re.I),
        spelled=re.compile(rf"(?<!\w)(?P<word>{spelled_alt}){GAP}{unit}", re.I),
        scales=scales,
        spelled_numbers=spelled,
        qualifier_tail=re.compile(rf"(?<!\d[ \t])(?<!\w)(?P<q>{_alternation(data['qualifiers'])})[ \t]*$", re.I),
        label_tail=_tail(data["label_words"]),
        label_capitalised_tail=re.compile(rf"(?<!\w)(?:{_alternation(data['label_words_capitalised'])})[\s(]*$"),
        label_exception_tail=_tail(data["label_exceptions"]),
        ratio_cue_tail=re.compile(
            rf"(?<!\w)(?:{_alternation(data['ratio_cues_before'])})(?:\s+\S+){{0,2}}[\s(:]*$", re.I),
        ratio_blocked_tail=_tail(data["ratio_blocked_before"]),
        ratio_cue_after=re.compile(
            rf"[ \t]*[(,;:–-]?[ \t]*(?:{_alternation(data['ratio_cues_after'])})(?!\w)", re.I),
        spelled_one_tail=_tail(data["spelled_one_needs_before"]),
        noun_after=re.compile(rf"{GAP}{unit}", re.I),
        percent_header=re.compile(rf"^(?:{_alternation(data['table_headers']['percent'])})(?!\w)|\(%\)|^%$", re.I),
        count_header=re.compile(
            rf"^(?!.*(?<!\w)(?:{_alternation(data['table_headers']['not_count'])})(?!\w))"
            rf"(?:{_alternation(data['table_headers']['count'])}|(?:{_alternation(data['table_headers']['count_openers'])})\s+\w+)(?!\w)",
            re.I),
        noun_in_header=re.compile(rf"(?<!\w){unit}", re.I),
        not_count_in_header=re.compile(rf"(?<!\w)(?:{_alternation(data['table_headers']['not_count'])})(?!\w)", re.I),
        not_counted_after=re.compile(rf"[ \t]*\d|{GAP}(?:{_alternation(data['not_counted_nouns'])})(?!\w)", re.I),
        total_row=re.compile(rf"^(?:{_alternation(data['table_headers']['total_row'])})(?!\w)", re.I),
        label_verb_start=re.compile(
            rf"(?:^|[.!?][ \t]+|(?<!\w)\w{{1,2}}\)[ \t]+)[ \t]*[-+•*\uf0b7–]?[ \t]*(?:{_alternation(data['label_verbs_at_sentence_start'])})[ \t]*$"),
        label_determiner_tail=re.compile(rf"(?<!\w)(?:{_alternation(data['label_determiners'])})\s+$", re.I),
        capital_cue_tail=re.compile(
            rf"(?:\(|(?<!\w)(?:{_alternation([c for c in data['capital_noun_cues'] if c != '('])}))"
            rf"(?:\s+(?:{_alternation(data['qualifiers'])}))?\s*$", re.I),
        pos_candidate=re.compile(
            rf"{FREE_BEFORE}(?P<num>{NUM})(?:{GAP}(?P<scale>{scale_alt})(?!\w))?(?P<gap>{GAP})(?P<word>[^\W\d_])", re.I),
        not_count_head=re.compile(rf"(?:{_alternation(data['not_count_heads'])})(?!\w)", re.I),
        count_head_exception=re.compile(rf"(?:{_alternation(data['count_heads_despite_prefix'])})(?!\w)", re.I),
        rate_after=re.compile(rf"[ \t]*[/⁄][ \t]*(?:\d|(?:{_alternation(data['rate_denominators'])})(?!\w))", re.I),
        heads_needing_modifier=frozenset(w.lower() for w in data["heads_needing_modifier"]),
        not_modifier=re.compile(rf"(?:{_alternation(data['not_modifiers'])})(?!\w)", re.I),
    )


def parse_number(written: str, whole: bool = False) -> int | float:
    """``1.250`` → 1250, ``85,6`` → 85.6, ``01`` → 1; with ``whole``, ``1,250`` → 1250 too.

    A dot followed by exactly three digits groups thousands; otherwise a dot or a
    comma is the decimal mark. ``whole`` is for counts, which cannot be fractional.
    """
    s = written
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    elif whole and re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        s = s.replace(",", "")
    s = s.replace(",", ".")
    value = float(s)
    return int(value) if value == int(value) else value


def _before(text: str, start: int, width: int = 40) -> str:
    """The text right before ``start`` on the same line."""
    chunk = text[max(0, start - width):start]
    return chunk.rsplit("\n", 1)[-1] if "\n" in chunk else chunk


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


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _is_label(lex: Lexicon, before: str) -> bool:
    """``Điều 5``, ``Chuyên đề 2``, ``năm 2025``: a label word right before the number.

    Not a label: a document-type verb opening a sentence (``- Hướng dẫn 74 hợp tác xã``)
    or a label word after a determiner (``mỗi lớp 60 học viên``: each class, not class 60).
    """
    if lex.label_capitalised_tail.search(before) and not lex.label_verb_start.search(before):
        return True
    m = lex.label_tail.search(before)
    if not m or lex.label_exception_tail.search(before):
        return False
    return not lex.label_determiner_tail.search(before[:m.start()])


def _qualifier(lex: Lexicon, before: str) -> str | None:
    m = lex.qualifier_tail.search(before)
    return m.group("q").lower() if m else None


def _percents(doc: Document, lex: Lexicon, urls: list[tuple[int, int]]) -> Iterator[Mention]:
    for m in lex.percent.finditer(doc.text):
        if _inside(urls, m.start()):
            continue
        if m.group("low"):
            yield mention(doc, KIND, parse_number(m.group("low")), m.start("low"), m.end("low"),
                          kind="percent", unit=None)
        yield mention(doc, KIND, parse_number(m.group("num")), m.start("num"), m.end(),
                      kind="percent", unit=None, qualifier=_qualifier(lex, _before(doc.text, m.start())))


def _ratio_cued(doc: Document, lex: Lexicon, m: re.Match[str]) -> bool:
    """A counted noun after it, a cue word before it, or parentheses right after a quantity."""
    text = doc.text
    before = _before(text, m.start(), 60)
    if lex.ratio_blocked_tail.search(before):
        return False
    if lex.noun_after.match(text, m.end()):
        return True
    if m.group("a") in ("1", "01"):
        return False  # `tỷ lệ 1/500`, `1/2`: a map scale or a fraction, not a ratio of counts
    if lex.ratio_cue_tail.search(before) or lex.ratio_cue_after.match(text, m.end()):
        return True
    return bool(re.search(r"(?:%|\d[ \t]+\w+(?:[ \t]+\w+)?)[ \t]*\($", before))


def _ratios(doc: Document, lex: Lexicon, urls: list[tuple[int, int]]) -> Iterator[Mention]:
    for m in lex.ratio.finditer(doc.text):
        if _inside(urls, m.start()):
            continue
        a, b = parse_number(m.group("a"), whole=True), parse_number(m.group("b"), whole=True)
        if not (isinstance(a, int) and isinstance(b, int) and 0 < b and a <= b):
            continue
        if a == 1 and b >= 100:
            continue  # `tỷ lệ 1/2.000`, `xác suất 1/500 người`: a map scale or a probability
        blocked, noun = lex.not_counted_after.match(doc.text, m.end()), lex.noun_after.match(doc.text, m.end())
        if blocked and not (noun and noun.end() > blocked.end()):
            continue  # `1/2 năm`, `1/10 000`: a fraction of time, a number written with spaces (`38/38 đồng chí` counts)
        if _is_label(lex, _before(doc.text, m.start())) or not _ratio_cued(doc, lex, m):
            continue
        yield mention(doc, KIND, f"{a}/{b}", m.start(), m.end(), kind="ratio", unit=None,
                      numerator=a, denominator=b)


def _count_value(lex: Lexicon, m: re.Match[str]) -> int | None:
    """``1,2 triệu`` → 1200000, ``01`` → 1; None for a fraction (``2,5 người``)."""
    value = parse_number(m.group("num"), whole=True)
    if m.group("scale"):
        value = value * lex.scales[m.group("scale").lower()]
    return int(value) if value == int(value) else None


def _counts(doc: Document, lex: Lexicon, urls: list[tuple[int, int]]) -> Iterator[Mention]:
    text = doc.text
    for m in lex.count.finditer(text):
        if _inside(urls, m.start()):
            continue
        before = _before(text, m.start())
        if _is_label(lex, before) and not m.group("scale") and not _GROUPED.fullmatch(m.group("num")):
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
                      unit=re.sub(r"\s+", " ", m.group("unit")), qualifier=_qualifier(lex, before))


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


def _pos_counts(doc: Document, lex: Lexicon, urls: list[tuple[int, int]], taken: set[int]) -> Iterator[Mention]:
    """Counts whose noun is not in the list: ``bộ tài liệu gồm 05 chuyên đề`` → 5.

    The same guards as list counts (labels, dates, URLs, glued tokens), plus: whole
    numbers only, no bare year (``2025 đoàn viên``) or long undotted number (phones),
    and no number alone on its line (a page number before the next line's text).
    """
    text = doc.text
    for m in lex.pos_candidate.finditer(text):
        start = m.start("num")
        if start in taken or _inside(urls, start) or not m.group("word").islower():
            continue
        raw = m.group("num")
        if _YEAR.fullmatch(raw) or (raw.isdigit() and len(raw) >= 5):
            continue
        before = _before(text, start)
        if "\n" in m.group("gap") and not before.strip(" \t-+•*\uf0b7–"):
            continue
        if _is_label(lex, before) or _NOT_COUNT_BEFORE.search(before) or _ENUMERATION_BEFORE.search(before) or (
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
                      qualifier=_qualifier(lex, before), how="pos")


def _unit_end(text: str, at: int, unit: str) -> int:
    """Where ``unit`` (words joined by single spaces) ends in ``text`` from ``at``, over any line break."""
    m = re.compile(GAP.join(re.escape(w) for w in unit.split())).match(text, at)
    return m.end() if m else at + len(unit.split()[0])


def _spelled_counts(doc: Document, lex: Lexicon) -> Iterator[Mention]:
    """``ít nhất một nhân sự`` → 1; ``một`` alone is the article "a" and needs such a cue."""
    text = doc.text
    for m in lex.spelled.finditer(text):
        word = m.group("word").lower()
        before = _before(text, m.start())
        if word == "một" and not lex.spelled_one_tail.search(before):
            continue
        unit = m.group("unit")
        if _is_label(lex, before) or (unit[0].isupper() and not unit.isupper()):
            continue  # `lần thứ hai Ban Chấp hành`
        yield mention(doc, KIND, lex.spelled_numbers[word], m.start(), m.end(), 0.7, kind="count",
                      unit=re.sub(r"\s+", " ", m.group("unit")), qualifier=_qualifier(lex, before))


# TAB-celled rows separated by blank lines; a cell may wrap onto a line without a TAB
# (`\tSố viên chức,⏎NLĐ` from a PDF).
# A row: cell lines (each a whole line starting with TAB) and their continuation
# lines; a table: rows separated by one blank line. Every cell line must end at
# a newline, so a line with many TABs cannot be split in 2^n ways.
_ROW = r"(?:\t[^\n]*(?:\n|\Z)(?:[^\t\n][^\n]*\n)*)+"
_TABLE = re.compile(rf"(?:^|\n)({_ROW}(?:\n{_ROW})+)")
_ROW_CELL = re.compile(r"\t([^\n]*)")
_BARE_NUMBER = re.compile(rf"[ \t]*(?P<num>{NUM})[ \t]*(?P<pct>%)?[ \t]*")


def _rows(block: str, offset: int) -> list[list[tuple[str, int]]]:
    """The rows of a TAB-celled table: each row a list of (cell text, start offset)."""
    rows, pos = [], 0
    for chunk in block.split("\n\n"):
        rows.append([(c.group(1), offset + pos + c.start(1)) for c in _ROW_CELL.finditer(chunk)])
        pos += len(chunk) + 2
    return rows


def _table_counts(doc: Document, lex: Lexicon) -> Iterator[Mention]:
    """Bare numbers in a table column whose header says what they count.

    ``Tỷ lệ (%)`` → percent; ``Số lượng học viên``, ``Số người tham gia`` → count
    (unit from the header). STT columns, years and other columns give nothing.
    """
    for t in _TABLE.finditer(doc.text):
        rows = _rows(t.group(1), t.start(1))
        header = [c for c, _ in rows[0]]
        kinds = [_column_kind(lex, h) for h in header]
        if not any(kinds):
            continue
        body = rows[1:]
        for i, row in enumerate(body[:-1]):
            if len(row) == 1 and _is_total_row(lex, row) and not _is_total_row(lex, body[i + 1]):
                body[i], body[i + 1] = [], row + body[i + 1]  # `\tTổng cộng⏎⏎\t14.260…`: split by a PDF
        for row in body:
            cells = list(zip(row, (k or (None, None) for k in kinds)))
            if len(row) < len(header) and _is_total_row(lex, row):
                cells = list(zip(row[::-1], (k or (None, None) for k in kinds[::-1])))
            elif len(row) != len(header):
                continue
            for (cell, start), (kind, unit) in cells:
                m = _BARE_NUMBER.fullmatch(cell)
                if not kind or not m:
                    continue
                value = parse_number(m.group("num"), whole=kind == "count")
                if kind == "count" and not isinstance(value, int):
                    continue
                end = start + m.end("pct" if m.group("pct") else "num")
                yield mention(doc, KIND, value, start + m.start("num"), end, 0.6, kind=kind, unit=unit,
                              qualifier=None, how="table")


def _is_total_row(lex: Lexicon, row: list[tuple[str, int]]) -> bool:
    """``Cộng`` / ``Tổng cộng`` first: a total row, whose empty STT cell the reader may have
    dropped (``\tCộng\n\t3.811\n\t8.440``), so its cells line up with the header from the right."""
    first = next((c.strip() for c, _ in row if c.strip()), "")
    return bool(lex.total_row.match(first))


def _column_kind(lex: Lexicon, header: str) -> tuple[str, str | None] | None:
    """``("percent", None)`` for ``Tỷ lệ (%)``, ``("count", "học viên")`` for ``Số lượng học viên``."""
    h = re.sub(r"\s+", " ", header).strip()
    if lex.percent_header.search(h):
        return ("percent", None)
    if lex.count_header.search(h):
        noun = lex.noun_in_header.search(h)
        return ("count", re.sub(r"\s+", " ", noun.group("unit")) if noun else None)
    unit = _BRACKETED_UNIT.search(h)  # `Dân số trưởng thành (người)`: the column counts what its brackets name
    if unit and not lex.not_count_in_header.search(h):
        noun = lex.noun_in_header.fullmatch(unit.group(1).strip())
        if noun:
            return ("count", re.sub(r"\s+", " ", noun.group("unit")))
    return None


_BRACKETED_UNIT = re.compile(r"\(([^()]{1,30})\)\s*$")


def extract_quantities(doc: Document) -> Iterator[Mention]:
    """Every count, percent and ratio in ``doc``, in text order.

    Example: ``Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức)`` gives
    percent 100 and ratio "81/81" (numerator 81, denominator 81).
    """
    lex = lexicon()
    urls = [(u.start(), u.end()) for u in _URL.finditer(doc.text)]
    found = [*_percents(doc, lex, urls), *_ratios(doc, lex, urls), *_counts(doc, lex, urls),
             *_spelled_counts(doc, lex)]
    taken = {q.start for q in found}
    found += [q for q in _table_counts(doc, lex) if q.start not in taken]  # `85%` in a cell: once
    taken = {q.start for q in found}
    found += list(_pos_counts(doc, lex, urls, taken))
    found.sort(key=lambda q: (q.start, q.end))
    yield from found
