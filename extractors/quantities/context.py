"""Where a quantity sits: its place in its sentence and, inside a table, its column's header and its row.

The matrix decides what a figure measures from what stands around it
(``pipeline/reconcile/attribution.py``), and reads contract lines, not
documents: so each quantity carries that surrounding as an extra ``context``
key. ``at`` is the figure's offset in its ``sentence``; in a TAB-celled table
(every reader lays tables out so), ``table`` holds the header's cell texts,
the figure's ``column``, its ``row``'s cell texts, whether that row or any
row is a total (``Tổng cộng``) and where the column's header cell is (a date
there, ``Đến 31/10/2025``, says as of when). Example, in a results
table ``STT | Đơn vị | Tổng số CBCCVC | Tỷ lệ (%)``, the ``92,5`` of the row
``3 | Phòng Kinh tế | 40 | 92,5`` gets ``{"at": 0, "table": {"header":
["STT", "Đơn vị", "Tổng số CBCCVC", "Tỷ lệ (%)"], "column": 3, "row": ["3",
"Phòng Kinh tế", "40", "92,5"], "total": false, …}}``. A figure outside a table whose
paragraph says its figures are not settled yet (``Hai nguồn số liệu trên hiện đang được …
đối chiếu``; ``unsettled_figures`` in ``data/quantities.yaml``) gets ``"unsettled": true``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.quantities.lexicon import NUM, Lexicon
from extractors.quantities.tables import TABLE, is_total_row
from pipeline.core.resources import load_data
from pipeline.core.sentences import sentence_span
from schemas.document import Document
from schemas.mention import Mention

# A cell: a line starting with TAB and the lines that continue it (no TAB) up to the row's end.
_CELL = re.compile(r"\t([^\n]*(?:\n[^\t\n][^\n]*)*)")
_NUMBER_CELL = re.compile(rf"\s*(?:{NUM})\s*%?\s*")
_MAX_CELL = 160  # characters of a cell kept in the context


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()[:_MAX_CELL]


def _tables(text: str) -> list[list[list[_Cell]]]:
    """Every TAB-celled table of ``text``: rows of cells with their spans."""
    out = []
    for t in TABLE.finditer(text):
        rows, pos, offset = [], 0, t.start(1)
        for chunk in t.group(1).split("\n\n"):
            cells = [_Cell(_clean(m.group(1)), offset + pos + m.start(1), offset + pos + m.end(1))
                     for m in _CELL.finditer(chunk)]
            if cells:
                rows.append(cells)
            pos += len(chunk) + 2
        if len(rows) >= 2:
            out.append(rows)
    return out


def _header(rows: list[list[_Cell]]) -> list[str]:
    """The column headings: the first row, joined with a second heading row of as many cells (no number in it)."""
    head = [c.text for c in rows[0]]
    if len(rows) > 2 and len(rows[1]) == len(head) and not any(_NUMBER_CELL.fullmatch(c.text) for c in rows[1]):
        head = [_clean(f"{a} {b.text}") for a, b in zip(head, rows[1])]
    return head


def _column(lex: Lexicon, row: list[_Cell], header: list[str], index: int) -> int:
    """The header column of cell ``index``: a total row short of cells lines up from the right."""
    if len(row) < len(header) and is_total_row(lex, [(c.text, c.start) for c in row]):
        return len(header) - (len(row) - index)
    return index


@lru_cache(maxsize=1)
def _unsettled_re() -> re.Pattern[str]:
    return re.compile(load_data("quantities.yaml")["unsettled_figures"])


def _unsettled(text: str, at: int) -> bool:
    """Whether the paragraph (line) holding ``text[at]`` says its figures are not settled yet."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _unsettled_re().search(text, start, end if end >= 0 else len(text)) is not None


def add_context(doc: Document, lex: Lexicon, found: list[Mention]) -> None:
    """Give every quantity of ``found`` its ``context`` (see the module docstring), in place."""
    tables = _tables(doc.text) if "\t" in doc.text else []
    spans: list[tuple[int, int, int, int, int]] = []  # (cell start, cell end, table, row, cell)
    for t, rows in enumerate(tables):
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                spans.append((cell.start, cell.end, t, r, c))
    spans.sort()
    starts = [s[0] for s in spans]
    for q in found:
        context: dict = {"at": q.start - sentence_span(doc.text, q.start, q.end)[0]}
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and spans[i][0] <= q.start < spans[i][1]:
            _, _, t, r, c = spans[i]
            rows = tables[t]
            header = _header(rows)
            column = _column(lex, rows[r], header, c)
            head = rows[0][column] if column < len(rows[0]) else None
            totals = [is_total_row(lex, [(cell.text, cell.start) for cell in row]) for row in rows]
            context["table"] = {"header": header, "column": column, "row": [cell.text for cell in rows[r]],
                                "header_row": r == 0, "total": totals[r], "totals": any(totals),
                                "header_span": [head.start, head.end] if head else None}
        if "table" not in context and _unsettled(doc.text, q.start):
            context["unsettled"] = True
        q.extra["context"] = context
