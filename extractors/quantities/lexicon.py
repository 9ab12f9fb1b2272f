"""The words and patterns of quantities, compiled once from ``data/quantities.yaml``; the guards every finder shares.

``parse_number("1.250")`` → 1250, ``parse_number("85,6")`` → 85.6; ``is_label``
says a number is a label's (``Điều 5``, ``năm 2025``), ``qualifier`` reads
``hơn``/``trên`` before it. The finders (``rates``, ``counts``, ``tables``) use
only these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core.resources import load_data

KIND = "quantities"

# A number as written: `1.250` (dot groups thousands), `85,6` (comma is the decimal mark), `2.1`.
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
# Space between words, allowing one line break but never a blank line or a new table cell.
GAP = r"(?:[ \t]+(?:\n(?![\t\n]))?|\n(?![\t\n]))[ \t]*"
# Nothing glued before a number: letters, digits, `/`, `.`, `,`, `:` or `-` make it part of a token.
FREE_BEFORE = r"(?<![\w/⁄.,:+\-–×])"


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


def line_before(text: str, start: int, width: int = 40) -> str:
    """The text right before ``start`` on the same line."""
    chunk = text[max(0, start - width):start]
    return chunk.rsplit("\n", 1)[-1] if "\n" in chunk else chunk


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def is_label(lex: Lexicon, before: str) -> bool:
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


def qualifier(lex: Lexicon, before: str) -> str | None:
    m = lex.qualifier_tail.search(before)
    return m.group("q").lower() if m else None
