"""A reviewer's decision, as data: what a person settled on the review desk, who, when, and on what evidence.

Shapes only: ``pipeline/runs/store.py`` keeps them (the ``decisions`` table),
``pipeline/reconcile/decisions.py`` applies them to the next run's matrix and
``pipeline/review/`` takes them from the desk's forms. Example: the analyst
Nguyễn Thị Lan chooses ``83,56%`` for CT3 of ``Ủy ban nhân dân xã Phú Lý``, read
from ``900_xphuly_bc.txt`` (sha256 ``3f…``) at characters 812–818:
``Decision(subject="cell", action="choose", who="Nguyễn Thị Lan", target="CT3",
unit="Ủy ban nhân dân xã Phú Lý", path="…/900_xphuly_bc.txt", sha256="3f…",
start=812, end=818, value={…the figure…})``. The next run applies it while that
file's sha256 is the same; once the file changes it is ``stale`` ("cần xem lại").
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Subject = Literal["cell", "name", "file"]
State = Literal["applied", "stale"]

# What a person may decide, per subject: a matrix cell, an unregistered name, a file that failed.
ACTIONS: dict[str, tuple[str, ...]] = {
    "cell": ("confirm", "choose", "correct", "not_applicable"),
    "name": ("map", "dismiss"),
    "file": ("acknowledge",),
}


@dataclass
class Decision:
    """One decision. ``value``: for ``choose`` the chosen figure (``Figure`` as JSON), for ``correct`` the typed
    number, for ``map`` the registry unit; ``path``/``sha256``/``start``/``end`` the evidence it rests on."""

    subject: str
    action: str
    who: str
    target: str | None = None  # cell
    unit: str | None = None  # cell
    name: str | None = None  # an unregistered unit or issuer, as the documents write it
    path: str | None = None  # the document the decision was based on (a cell's, a name's, the failed file)
    sha256: str | None = None  # its bytes when the decision was taken
    start: int | None = None  # the span looked at in the document's text
    end: int | None = None
    value: Any = None
    note: str = ""
    decided_at: str = ""  # UTC, ISO 8601
    id: int | None = None

    def key(self) -> tuple[str, ...]:
        """What the decision is about: a later decision on the same key replaces it."""
        if self.subject == "cell":
            return ("cell", self.target or "", self.unit or "")
        if self.subject == "name":
            return ("name", self.name or "")
        return ("file", self.path or "")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Decision":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class DecisionLog:
    """Every decision in the history (oldest first) and when the last run started: what a run applies."""

    decisions: list[Decision] = field(default_factory=list)
    since: str | None = None  # the last finished run's start (UTC ISO); None before the first run

    def latest(self) -> dict[tuple[str, ...], Decision]:
        """The decision that stands for each key (the newest)."""
        out: dict[tuple[str, ...], Decision] = {}
        for d in self.decisions:
            out[d.key()] = d
        return out

    def new(self) -> list[Decision]:
        """Decisions taken since the last run started: the next run must apply them (and list them in Thay đổi)."""
        return [d for d in self.decisions if self.since is None or d.decided_at >= self.since]
