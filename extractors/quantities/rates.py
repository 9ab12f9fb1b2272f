"""Percents and ratios of counts: ``đạt 85,6%`` → percent 85.6; ``(81/81 cán bộ …)`` → ratio "81/81".

A ratio needs ``a ≤ b`` and a cue (a counted noun after it, ``đạt``/``tỷ lệ``
before it, or parentheses right after a percent); ``1/500`` and ``1/2 năm``
are a scale and a fraction, not ratios.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import mention
from extractors.quantities.lexicon import KIND, Lexicon, inside, is_label, line_before, parse_number, qualifier
from schemas.document import Document
from schemas.mention import Mention


def percents(doc: Document, lex: Lexicon, urls: list[tuple[int, int]]) -> Iterator[Mention]:
    for m in lex.percent.finditer(doc.text):
        if inside(urls, m.start()):
            continue
        if m.group("low"):
            yield mention(doc, KIND, parse_number(m.group("low")), m.start("low"), m.end("low"),
                          kind="percent", unit=None)
        yield mention(doc, KIND, parse_number(m.group("num")), m.start("num"), m.end(),
                      kind="percent", unit=None, qualifier=qualifier(lex, line_before(doc.text, m.start())))


def _ratio_cued(doc: Document, lex: Lexicon, m: re.Match[str]) -> bool:
    """A counted noun after it, a cue word before it, or parentheses right after a quantity."""
    text = doc.text
    before = line_before(text, m.start(), 60)
    if lex.ratio_blocked_tail.search(before):
        return False
    if lex.noun_after.match(text, m.end()):
        return True
    if m.group("a") in ("1", "01"):
        return False  # `tỷ lệ 1/500`, `1/2`: a map scale or a fraction, not a ratio of counts
    if lex.ratio_cue_tail.search(before) or lex.ratio_cue_after.match(text, m.end()):
        return True
    return bool(re.search(r"(?:%|\d[ \t]+\w+(?:[ \t]+\w+)?)[ \t]*\($", before))


def ratios(doc: Document, lex: Lexicon, urls: list[tuple[int, int]]) -> Iterator[Mention]:
    for m in lex.ratio.finditer(doc.text):
        if inside(urls, m.start()):
            continue
        a, b = parse_number(m.group("a"), whole=True), parse_number(m.group("b"), whole=True)
        if not (isinstance(a, int) and isinstance(b, int) and 0 < b and a <= b):
            continue
        if a == 1 and b >= 100:
            continue  # `tỷ lệ 1/2.000`, `xác suất 1/500 người`: a map scale or a probability
        blocked, noun = lex.not_counted_after.match(doc.text, m.end()), lex.noun_after.match(doc.text, m.end())
        if blocked and not (noun and noun.end() > blocked.end()):
            continue  # `1/2 năm`, `1/10 000`: a fraction of time, a number written with spaces (`38/38 đồng chí` counts)
        if is_label(lex, line_before(doc.text, m.start())) or not _ratio_cued(doc, lex, m):
            continue
        yield mention(doc, KIND, f"{a}/{b}", m.start(), m.end(), kind="ratio", unit=None,
                      numerator=a, denominator=b)
