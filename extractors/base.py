"""What every extractor shares: building a ``Mention`` that keeps the span rule.

``mention(doc, "dates", "2025-05-29", start, end)`` takes the surface text from
``doc.text[start:end]``, trims padding whitespace (moving the offsets with it),
and fills in the page and the sentence, so no extractor can get these wrong.
"""
from __future__ import annotations

from typing import Any

from pipeline.core.sentences import sentence_at
from schemas.document import Document
from schemas.mention import Mention


def mention(doc: Document, kind: str, value: Any, start: int, end: int, /,
            confidence: float = 1.0, **extra: Any) -> Mention:
    """A mention of ``kind`` over ``doc.text[start:end]`` with page and sentence filled in.

    The first five are positional-only, so ``extra`` may itself hold a ``kind``
    (a quantity's ``count``/``percent``/``ratio``).
    """
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise ValueError(f"empty span for {kind} value {value!r}")
    return Mention(
        kind=kind,
        value=value,
        text=text[start:end],
        start=start,
        end=end,
        page=doc.page_at(start),
        confidence=confidence,
        sentence=sentence_at(text, start, end),
        extra=extra,
    )
