"""Sentence spans, for provenance: every mention carries the sentence it came from.

A sentence ends at ``.``/``;``/``!``/``?`` followed by a space and a capital or
a line break, or at a line break (lines are already repaired paragraphs or table
cells). Abbreviations such as ``TP.``, ``KT.``, ``V/v`` and numbers like
``29.5`` do not end one. Example: in ``Sở đã tổ chức 4 lớp. Có 170 lượt người
tham gia.`` the mention ``170 lượt người`` has the sentence ``Có 170 lượt người
tham gia.``
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

_END = re.compile(r"(?<!\b[A-ZĐ])(?<!\bTP)(?<!\bKT)(?<!\bTM)(?<!\bTL)[.!?;](?=[\s”\"’)]*(?:\s+[A-ZĐÀ-Ỹ0-9“\"-]|$))|\n", re.M)


@lru_cache(maxsize=64)
def sentence_bounds(text: str) -> tuple[int, ...]:
    """Sorted offsets where sentences start (0 included)."""
    starts = [0]
    for m in _END.finditer(text):
        starts.append(m.end())
    return tuple(starts)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``text[start:end]``, trimmed of spaces."""
    bounds = sentence_bounds(text)
    i = bisect.bisect_right(bounds, start) - 1
    s = bounds[i]
    j = bisect.bisect_left(bounds, end)
    e = bounds[j] if j < len(bounds) else len(text)
    e = max(e, end)
    while s < start and text[s] in " \t\n":
        s += 1
    while e > end and text[e - 1] in " \t\n":
        e -= 1
    return s, e


def sentence_at(text: str, start: int, end: int) -> str:
    s, e = sentence_span(text, start, end)
    return text[s:e]
