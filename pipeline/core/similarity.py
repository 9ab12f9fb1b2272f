"""How alike two renditions' texts are, after whitespace collapse (issue 2's check).

``rendition_similarity(a, b)`` is difflib's ratio over the texts with every run
of whitespace made one space: the TXT and PDF of a seed wrap lines differently,
and that must not count.
"""
from __future__ import annotations

import difflib
import re


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def rendition_similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, collapse(a), collapse(b), autojunk=False).ratio()
