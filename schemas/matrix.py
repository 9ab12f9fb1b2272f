"""The compliance matrix's shapes: one row per (target, unit), with its figure and its evidence.

A row answers "for this indicator or task of Plan 192 and this unit, what was
planned, what was done, with which figure, from which document, and is the
target met". Example: ``MatrixRow(target="CT1", unit="Sở Công Thương",
role="self", status="met", value=100.0, figure=Figure(kind="percent", value=100,
text="100%", basis="81/81", …), evidence=[Evidence(file="…000_….txt", page=None,
sentence="Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức) so với Kế hoạch 192.", …)])``.

Shapes only (STYLE.md): the rules that fill them live in ``pipeline/reconcile/status.py``
and ``pipeline/reconcile/matrix.py``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Role = Literal["lead", "coordinator", "self"]
Status = Literal["met", "not_met", "reported", "planned", "no_information"]

# The order a row's statuses are ranked in (best known first) and shown in.
STATUSES: tuple[str, ...] = ("met", "not_met", "reported", "planned", "no_information")
ROLES: tuple[str, ...] = ("lead", "coordinator", "self")


@dataclass
class TargetSpec:
    """What the matrix needs of one Plan 192 target (a view over the reference).

    ``kind``/``value``/``unit``: ``("percent", 80, "cán bộ, công chức …")`` for CT1,
    ``("count", 1000000, "người dân")`` for CT4, ``(None, None, None)`` for a task
    with no number. ``deadline`` is ``YYYY-MM-DD`` (the plan's ``2025`` → ``2025-12-31``).
    """

    id: str
    type: str  # indicator | task
    text: str
    kind: str | None = None
    value: float | None = None
    unit: str | None = None
    population: str | None = None  # whom the rate is of, as Phụ lục 1 writes it: "cán bộ, công chức, viên chức và …"
    lead: list[str] = field(default_factory=list)
    coordinating: list[str] = field(default_factory=list)
    deadline: str | None = None


@dataclass
class Figure:
    """One number a document gives for a target, and the rate it amounts to.

    ``kind`` is the quantity's kind (``percent``, ``ratio``, ``count``) or
    ``population`` (a count set against a stated total: ``110 trên tổng số 120
    cán bộ``). ``rate`` is the percent it makes against the target's population
    (``734.512`` of ``1 triệu`` → 73.45), ``None`` when it is not comparable
    (``200 lượt người`` against an 80% target). ``basis`` is the supporting
    ratio or count shown next to the rate (``81/81``). Attribution
    (``pipeline/reconcile/attribution.py``) adds what it counts (``population``,
    ``grade``: own, generic, members or unknown), its ``as_of`` date, whether it
    is ``accepted`` as the unit's result and the ``reasons`` either way
    (``["counts lớp (classes)"]``).
    """

    kind: str
    value: Any
    rate: float | None = None
    unit: str | None = None
    text: str = ""
    basis: str | None = None
    source: str | None = None
    number: str | None = None
    page: int | None = None
    sentence: str | None = None
    issue_date: str | None = None
    confidence: float = 1.0
    population: str | None = None
    grade: str | None = None
    as_of: str | None = None
    accepted: bool = False
    reasons: list[str] = field(default_factory=list)
    start: int | None = None  # the quantity's span in the document's text (a reviewer's decision rests on it)
    end: int | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Figure":
        return cls(**_known(cls, data))

    def label(self) -> str:
        """How the figure reads in a cell: ``100% (81/81)``, ``200 lượt người``, ``734.512/1.000.000 người (73,45%)``."""
        if self.kind == "percent":
            main = f"{format_number(self.value)}%"
        elif self.kind == "ratio":
            main = str(self.value)
        else:
            main = f"{format_number(self.value)} {self.unit}".strip() if self.unit else format_number(self.value)
        if self.basis:
            main += f" ({self.basis})"
        if self.rate is not None and self.kind != "percent":
            main += f" = {format_number(round(self.rate, 2))}%"
        return main


@dataclass
class Evidence:
    """One document's mention of a target, with where it is: file, page and sentence."""

    source: str
    doc_role: str  # the document's role: plan | report | request | other
    number: str | None = None
    issuer: str | None = None
    issue_date: str | None = None
    mention: str = ""  # the indicator/task mention's surface text
    how: str | None = None  # explicit | restated | content
    page: int | None = None
    sentence: str | None = None
    confidence: float = 1.0
    figures: list[Figure] = field(default_factory=list)  # every figure the report gives for the target
    chosen: Figure | None = None  # the one that is the unit's result (attribution), if any
    abstained: bool = False  # figures were there, but none could be trusted as the result
    result_confidence: float | None = None  # how sure the chosen result is (attribution)
    reasons: list[str] = field(default_factory=list)  # why chosen, or why it abstained
    also_in: list[str] = field(default_factory=list)  # other renditions of the same document
    start: int | None = None  # the target mention's span in the document's text
    end: int | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Evidence":
        out = cls(**_known(cls, data))
        out.figures = [Figure.from_json(f) for f in data.get("figures") or []]
        out.chosen = Figure.from_json(data["chosen"]) if data.get("chosen") else None
        return out


@dataclass
class MatrixRow:
    """One (target, unit) cell of the matrix in long form."""

    target: str  # CT1 … CT5, 1.1 … 5.3
    target_type: str  # indicator | task
    target_text: str
    unit: str  # canonical name (or the unit as the plan writes it when it is not registered)
    role: str  # lead | coordinator | self
    status: str  # met | not_met | reported | planned | no_information
    value: float | None = None  # the rate in percent, when a comparable figure exists
    figure: Figure | None = None
    target_value: Any = None
    target_kind: str | None = None  # percent | count | None
    target_unit: str | None = None
    deadline: str | None = None
    overdue: bool = False
    registered: bool = True
    conflicts: list[str] = field(default_factory=list)
    confidence: float | None = None  # how sure the rate is (1.0: the target's own people, a clear result)
    abstained: bool = False  # a report gave figures, none trustworthy: ``reported``, candidates for review
    reasons: list[str] = field(default_factory=list)
    candidates: list[Figure] = field(default_factory=list)  # an abstained cell's figures, for the review queue
    evidence: list[Evidence] = field(default_factory=list)
    # a reviewer's decision on the cell (pipeline/reconcile/decisions.py): action, who, when, and its state —
    # ``applied``, or ``stale`` when the document it rests on changed since (shown as "cần xem lại")
    decision: dict[str, Any] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "MatrixRow":
        """A row back from ``to_json`` (the run history keeps the matrix as JSON)."""
        out = cls(**_known(cls, data))
        out.figure = Figure.from_json(data["figure"]) if data.get("figure") else None
        out.candidates = [Figure.from_json(f) for f in data.get("candidates") or []]
        out.evidence = [Evidence.from_json(e) for e in data.get("evidence") or []]
        return out

    def to_json(self) -> dict[str, Any]:
        """The row as plain JSON (``value`` rounded to 2 decimals)."""
        out = asdict(self)
        if self.value is not None:
            out["value"] = round(self.value, 2)
        if self.figure is not None:
            out["figure"]["label"] = self.figure.label()
        return out


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``data`` that are fields of ``cls`` (``label``, added by ``to_json``, is not)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def format_number(x: Any) -> str:
    """Vietnamese number writing: ``734.512``, ``85,6``."""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int):
        return f"{x:,}".replace(",", ".")
    if isinstance(x, float):
        whole, _, frac = f"{x:.2f}".rstrip("0").partition(".")
        return f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")
    return str(x)
