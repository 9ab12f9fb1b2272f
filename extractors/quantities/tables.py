"""Bare numbers in a table column whose header says what they count.

``Tỷ lệ (%)`` → percent; ``Số lượng học viên`` → count of ``học viên``;
``Dân số trưởng thành (người)`` → count of ``người``; a total row
(``Tổng cộng``) whose STT cell was dropped lines up from the right.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import mention
from extractors.quantities.lexicon import KIND, NUM, Lexicon, parse_number
from schemas.document import Document
from schemas.mention import Mention

# TAB-celled rows separated by blank lines; a cell may wrap onto a line without a TAB
# (`\tSố viên chức,⏎NLĐ` from a PDF).
# A row: cell lines (each a whole line starting with TAB) and their continuation
# lines; a table: rows separated by one blank line. Every cell line must end at
# a newline, so a line with many TABs cannot be split in 2^n ways.
_ROW = r"(?:\t[^\n]*(?:\n|\Z)(?:[^\t\n][^\n]*\n)*)+"
TABLE = re.compile(rf"(?:^|\n)({_ROW}(?:\n{_ROW})+)")
_ROW_CELL = re.compile(r"\t([^\n]*)")
_BARE_NUMBER = re.compile(rf"[ \t]*(?P<num>{NUM})[ \t]*(?P<pct>%)?[ \t]*")


def _rows(block: str, offset: int) -> list[list[tuple[str, int]]]:
    """The rows of a TAB-celled table: each row a list of (cell text, start offset)."""
    rows, pos = [], 0
    for chunk in block.split("\n\n"):
        rows.append([(c.group(1), offset + pos + c.start(1)) for c in _ROW_CELL.finditer(chunk)])
        pos += len(chunk) + 2
    return rows


def table_counts(doc: Document, lex: Lexicon) -> Iterator[Mention]:
    """Bare numbers in a table column whose header says what they count.

    ``Tỷ lệ (%)`` → percent; ``Số lượng học viên``, ``Số người tham gia`` → count
    (unit from the header). STT columns, years and other columns give nothing.
    """
    for t in TABLE.finditer(doc.text):
        rows = _rows(t.group(1), t.start(1))
        header = [c for c, _ in rows[0]]
        kinds = [_column_kind(lex, h) for h in header]
        if not any(kinds):
            continue
        body = rows[1:]
        for i, row in enumerate(body[:-1]):
            if len(row) == 1 and is_total_row(lex, row) and not is_total_row(lex, body[i + 1]):
                body[i], body[i + 1] = [], row + body[i + 1]  # `\tTổng cộng⏎⏎\t14.260…`: split by a PDF
        for row in body:
            cells = list(zip(row, (k or (None, None) for k in kinds)))
            if len(row) < len(header) and is_total_row(lex, row):
                cells = list(zip(row[::-1], (k or (None, None) for k in kinds[::-1])))
            elif len(row) != len(header):
                continue
            for (cell, start), (kind, unit) in cells:
                m = _BARE_NUMBER.fullmatch(cell)
                if not kind or not m:
                    continue
                value = parse_number(m.group("num"), whole=kind == "count")
                if kind == "count" and not isinstance(value, int):
                    continue
                end = start + m.end("pct" if m.group("pct") else "num")
                yield mention(doc, KIND, value, start + m.start("num"), end, 0.6, kind=kind, unit=unit,
                              qualifier=None, how="table")


def is_total_row(lex: Lexicon, row: list[tuple[str, int]]) -> bool:
    """``Cộng`` / ``Tổng cộng`` first: a total row, whose empty STT cell the reader may have
    dropped (``\tCộng\n\t3.811\n\t8.440``), so its cells line up with the header from the right."""
    first = next((c.strip() for c, _ in row if c.strip()), "")
    return bool(lex.total_row.match(first))


def _column_kind(lex: Lexicon, header: str) -> tuple[str, str | None] | None:
    """``("percent", None)`` for ``Tỷ lệ (%)``, ``("count", "học viên")`` for ``Số lượng học viên``."""
    h = re.sub(r"\s+", " ", header).strip()
    if lex.percent_header.search(h):
        return ("percent", None)
    if lex.count_header.search(h):
        noun = lex.noun_in_header.search(h)
        return ("count", re.sub(r"\s+", " ", noun.group("unit")) if noun else None)
    unit = _BRACKETED_UNIT.search(h)  # `Dân số trưởng thành (người)`: the column counts what its brackets name
    if unit and not lex.not_count_in_header.search(h):
        noun = lex.noun_in_header.fullmatch(unit.group(1).strip())
        if noun:
            return ("count", re.sub(r"\s+", " ", noun.group("unit")))
    return None


_BRACKETED_UNIT = re.compile(r"\(([^()]{1,30})\)\s*$")
