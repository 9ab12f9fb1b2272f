"""A mention: one value found in a document, with its exact place in the normalised text.

The span rule (STYLE.md): ``doc.text[m.start:m.end] == m.text`` with no padding
whitespace. ``value`` is the contract's normalised value (``"192/KH-UBND"``,
``"2025-05-29"``, ``85.6``, ``"Sở Công Thương"``, ``"CT1"``, ``"5.3"``);
kind-specific keys (``unit``, ``qualifier``, ``how``, ``numerator`` …) go in ``extra``.

Example: ``Mention(kind="quantities", value=170, text="170 lượt người", start=812,
end=826, page=2, extra={"kind": "count", "unit": "lượt người"})``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Mention:
    kind: str  # the extractor's module name: doc_numbers, dates, quantities, units, indicators, tasks
    value: Any
    text: str
    start: int
    end: int
    page: int | None = None
    confidence: float = 1.0
    sentence: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The contract's mention object: required keys first, then the extras."""
        out: dict[str, Any] = {
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "confidence": round(self.confidence, 3),
        }
        out.update(self.extra)
        if self.sentence is not None:
            out["sentence"] = self.sentence
        return out


@dataclass
class Signer:
    name: str | None = None
    position: str | None = None
    authority: str | None = None
    rank: str | None = None  # a rank or title printed before the name ("Đại tá"), kept apart from it


@dataclass
class DocumentFields:
    """The document's own fields (CONTRACT.md, "Document fields")."""

    number: str | None = None
    symbol: str | None = None
    type: str = "other"
    role: str = "other"
    issuer: str | None = None
    issue_date: str | None = None
    title: str | None = None
    signer: Signer | None = None
    issue_date_source: str | None = None  # printed | self_reference | signature | signature_box | meeting
    review: list[dict[str, Any]] = field(default_factory=list)  # fields a person must read (an unreadable handwritten number)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "symbol": self.symbol,
            "type": self.type,
            "role": self.role,
            "issuer": self.issuer,
            "issue_date": self.issue_date,
            "title": self.title,
            "signer": None if self.signer is None else {
                "name": self.signer.name,
                "position": self.signer.position,
                "authority": self.signer.authority,
                "rank": self.signer.rank,
            },
            "issue_date_source": self.issue_date_source,
            "review": list(self.review),
        }
