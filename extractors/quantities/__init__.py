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

Modules: ``lexicon`` (patterns and shared guards), ``rates`` (percents,
ratios), ``counts`` (listed, spelled and tagged counts), ``tables``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.quantities.context import add_context
from extractors.quantities.counts import counts, pos_counts, spelled_counts
from extractors.quantities.lexicon import lexicon, parse_number
from extractors.quantities.rates import percents, ratios
from extractors.quantities.tables import table_counts
from schemas.document import Document
from schemas.mention import Mention

__all__ = ["extract_quantities", "parse_number"]

_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+")  # anchored: linear on long runs


def extract_quantities(doc: Document) -> Iterator[Mention]:
    """Every count, percent and ratio in ``doc``, in text order.

    Example: ``Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức)`` gives
    percent 100 and ratio "81/81" (numerator 81, denominator 81). Each carries
    its ``context`` (``quantities/context.py``): where it stands in its sentence
    and table.
    """
    lex = lexicon()
    urls = [(u.start(), u.end()) for u in _URL.finditer(doc.text)]
    found = [*percents(doc, lex, urls), *ratios(doc, lex, urls), *counts(doc, lex, urls),
             *spelled_counts(doc, lex)]
    taken = {q.start for q in found}
    found += [q for q in table_counts(doc, lex) if q.start not in taken]  # `85%` in a cell: once
    taken = {q.start for q in found}
    found += list(pos_counts(doc, lex, urls, taken))
    found.sort(key=lambda q: (q.start, q.end))
    add_context(doc, lex, found)
    yield from found
