"""The Plan 192 reference: the five targets of Phụ lục 1 and the eighteen tasks of Phụ lục 2.

Shapes only (STYLE.md). ``pipeline/reconcile/reference.py`` parses them out of the plan
and writes ``data/plan192.json``; extractors and the matrix read them back with
``load_reference()``. Example: task ``5.3`` has ``group`` (5, "Triển khai các
mô hình, Phong trào lan tỏa kỹ năng số cho cộng đồng"), ``text`` "Mô hình “Chợ
số - Nông thôn số”: …", ``lead`` ["Sở Công Thương", "Ủy ban nhân dân cấp xã",
"Tổ công nghệ số cộng đồng", {"group": "giảng viên nguồn"}].

A responsible party is either a registry unit's canonical name (a ``str``) or
a ``Party`` group entry for a generic or unregistered party (``{"group": "các
sở, ban, ngành, địa phương"}``), so the matrix can tell the two apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union


@dataclass(frozen=True)
class Party:
    """A generic or unregistered responsible party: ``{"group": "các sở, ban, ngành, địa phương"}``."""

    group: str

    def to_json(self) -> dict[str, str]:
        return {"group": self.group}


Responsible = Union[str, Party]  # canonical unit name, or a group entry


def responsible_to_json(r: Responsible) -> Any:
    return r.to_json() if isinstance(r, Party) else r


def responsible_from_json(obj: Any) -> Responsible:
    return Party(obj["group"]) if isinstance(obj, dict) else str(obj)


@dataclass(frozen=True)
class Target:
    """A target figure: ``80%`` is ``Target("percent", 80)``; ``1 triệu người dân`` is ``Target("count", 1000000, "người dân")``."""

    kind: str  # "percent" | "count"
    value: float | int
    unit: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "value": self.value}
        if self.unit is not None:
            out["unit"] = self.unit
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Target":
        return cls(obj["kind"], obj["value"], obj.get("unit"))


@dataclass(frozen=True)
class TaskGroup:
    """A group header row of Phụ lục 2: ``1`` "Cập nhật, nâng cao tri thức, … trong khu vực công"."""

    number: int
    title: str


@dataclass(frozen=True)
class Indicator:
    """One row of Phụ lục 1, e.g. ``CT1``: "80% cán bộ, công chức, viên chức và người lao động …"."""

    id: str  # "CT1"
    number: int  # 1
    text: str
    target: Target | None
    population: str  # "cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước"
    lead: tuple[Responsible, ...]
    coordinating: tuple[Responsible, ...]
    deadline: str | None  # "2025", "2025-12"
    cells: tuple[str, ...]  # the row's cell texts, whitespace collapsed, in column order

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "text": self.text,
            "target": None if self.target is None else self.target.to_json(),
            "population": self.population,
            "lead": [responsible_to_json(r) for r in self.lead],
            "coordinating": [responsible_to_json(r) for r in self.coordinating],
            "deadline": self.deadline,
            "cells": list(self.cells),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Indicator":
        return cls(
            id=obj["id"], number=obj["number"], text=obj["text"],
            target=None if obj["target"] is None else Target.from_json(obj["target"]),
            population=obj["population"],
            lead=tuple(responsible_from_json(r) for r in obj["lead"]),
            coordinating=tuple(responsible_from_json(r) for r in obj["coordinating"]),
            deadline=obj["deadline"], cells=tuple(obj["cells"]),
        )


@dataclass(frozen=True)
class Task:
    """One task row of Phụ lục 2, e.g. ``1.2`` "Bồi dưỡng kiến thức kỹ năng số cho giảng viên nguồn"."""

    id: str  # "1.2"
    group: TaskGroup
    text: str
    lead: tuple[Responsible, ...]
    coordinating: tuple[Responsible, ...]
    deadline: str | None
    cells: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": {"number": self.group.number, "title": self.group.title},
            "text": self.text,
            "lead": [responsible_to_json(r) for r in self.lead],
            "coordinating": [responsible_to_json(r) for r in self.coordinating],
            "deadline": self.deadline,
            "cells": list(self.cells),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Task":
        return cls(
            id=obj["id"], group=TaskGroup(obj["group"]["number"], obj["group"]["title"]),
            text=obj["text"],
            lead=tuple(responsible_from_json(r) for r in obj["lead"]),
            coordinating=tuple(responsible_from_json(r) for r in obj["coordinating"]),
            deadline=obj["deadline"], cells=tuple(obj["cells"]),
        )


@dataclass(frozen=True)
class Reference:
    """Plan 192's commitments: what every other document is checked against."""

    plan: str  # "192/KH-UBND"
    indicators: tuple[Indicator, ...] = ()
    tasks: tuple[Task, ...] = ()
    groups: tuple[TaskGroup, ...] = field(default_factory=tuple)

    def indicator(self, id: str) -> Indicator:
        return next(i for i in self.indicators if i.id == id)

    def task(self, id: str) -> Task:
        return next(t for t in self.tasks if t.id == id)

    def to_json(self) -> dict[str, Any]:
        return {
            "plan": self.plan,
            "indicators": [i.to_json() for i in self.indicators],
            "groups": [{"number": g.number, "title": g.title} for g in self.groups],
            "tasks": [t.to_json() for t in self.tasks],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Reference":
        return cls(
            plan=obj["plan"],
            indicators=tuple(Indicator.from_json(i) for i in obj["indicators"]),
            tasks=tuple(Task.from_json(t) for t in obj["tasks"]),
            groups=tuple(TaskGroup(g["number"], g["title"]) for g in obj["groups"]),
        )
