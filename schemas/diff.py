"""What changed between two runs, as data: one ``Change`` per row, a ``RunDiff`` of them.

Shapes only: ``pipeline/runs/diff.py`` computes them from the run history and
``pipeline/export/diff_report.py`` shows them. Example: the count in seed 000
moving from ``170 lượt người`` to ``180 lượt người`` is
``Change("mention", "000….txt", "quantities", "changed", "170 lượt người", "180 lượt người", …)``.
A matrix cell's change also says why (``reason``): ``Đã báo cáo: Sở Công Thương, 11/2025
(văn bản đã sửa) — số liệu 200 lượt người → 260 lượt người``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Change:
    """One row of a diff: ``what`` is ``added``, ``removed`` or ``changed``."""

    scope: str  # "document" (a field), "mention", "matrix", "file"
    path: str  # the document's file, or "target | unit" for a matrix cell
    kind: str  # field name, mention kind, or matrix column
    what: str
    before: Any = None
    after: Any = None
    sentence_before: str | None = None
    sentence_after: str | None = None
    page: int | None = None
    reason: str | None = None  # a matrix cell's: which documents brought it, the figure before and after
    documents: list[str] = field(default_factory=list)  # those documents as the workbook names them
    source: str | None = None  # the first one's file, for a link


@dataclass
class RunDiff:
    run_a: int | None
    run_b: int | None
    changes: list[Change] = field(default_factory=list)

    def of(self, scope: str) -> list[Change]:
        return [c for c in self.changes if c.scope == scope]
