"""Bare numbers in a table column whose header says what they count.

``Tỷ lệ (%)`` → percent; ``Số lượng học viên`` → count of ``học viên``;
``Dân số trưởng thành (người)`` → count of ``người``; a total row
(``Tổng cộng``) whose STT cell was dropped lines up from the right.
"""
from __future__ import annotations

import bisect
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
    """Bare numbers in a table column whose header says what they count, or in a row whose label does.

    ``Tỷ lệ (%)`` → percent; ``Số lượng học viên``, ``Số người tham gia`` → count
    (unit from the header); a row ``Số lớp tập huấn | 12`` under ``Nội dung | Kết quả``
    → a count of ``lớp``. STT columns, years and other columns give nothing. Tables
    are TAB-celled (Word, PDF) or laid out with runs of spaces (``pdftotext -layout``).
    """
    tables = [_rows(t.group(1), t.start(1)) for t in TABLE.finditer(doc.text)]
    if doc.source.format == "txt":  # normalising squeezes the spaces that lay such a table out: read the raw text
        tables += [_in_text(doc, rows) for rows in layout_tables(doc.raw_text)]
    for rows in tables:
        yield from _cell_counts(doc, lex, rows)


def _in_text(doc: Document, rows: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """A raw-text table's cells at their offsets in the normalised text; a cell normalising changed is
    kept for its words (a header) but gives no number (its text is not where it was)."""
    out = []
    for row in rows:
        cells = []
        for cell, raw in row:
            at = bisect.bisect_left(doc.origin, raw)
            cells.append((cell, at) if doc.text[at:at + len(cell)] == cell else (cell if not _BARE_NUMBER.fullmatch(cell) else "", at))
        out.append(cells)
    return out


def _cell_counts(doc: Document, lex: Lexicon, rows: list[list[tuple[str, int]]]) -> Iterator[Mention]:
    header = [c for c, _ in rows[0]]
    kinds = [_column_kind(lex, h) for h in header]
    body = rows[1:]
    labels = [_row_kind(lex, row) for row in body]
    if not any(kinds) and not any(labels):
        return
    for i, row in enumerate(body[:-1]):
        if len(row) == 1 and is_total_row(lex, row) and not is_total_row(lex, body[i + 1]):
            body[i], body[i + 1] = [], row + body[i + 1]  # `\tTổng cộng⏎⏎\t14.260…`: split by a PDF
    for row, label in zip(body, labels):
        cells = list(zip(row, (k or label or (None, None) for k in kinds)))
        if len(row) < len(header) and is_total_row(lex, row):
            cells = list(zip(row[::-1], (k or label or (None, None) for k in kinds[::-1])))
        elif len(row) != len(header):
            continue
        for (cell, start), (kind, unit) in cells[1:] if label else cells:
            m = _BARE_NUMBER.fullmatch(cell)
            if not kind or not m:
                continue
            value = parse_number(m.group("num"), whole=kind == "count")
            if kind == "count" and not isinstance(value, int):
                continue
            end = start + m.end("pct" if m.group("pct") else "num")
            yield mention(doc, KIND, value, start + m.start("num"), end, 0.6, kind=kind, unit=unit,
                          qualifier=None, how="table")


def _row_kind(lex: Lexicon, row: list[tuple[str, int]]) -> tuple[str, str | None] | None:
    """A row whose label says what its numbers count (``Số lớp tập huấn``): a count, its noun the unit."""
    first = next((c.strip() for c, _ in row if c.strip()), "")
    kind = _column_kind(lex, first) if first and not _BARE_NUMBER.fullmatch(first) else None
    return kind if kind and kind[0] == "count" else None


# A line of a table laid out with spaces: cells apart by three spaces or more.
_CELL_GAP = re.compile(r" {3,}")
_LAYOUT_CELL = re.compile(r"\S(?:[^\n ]| {1,2}(?=\S))*")


def layout_tables(text: str) -> Iterator[list[list[tuple[str, int]]]]:
    """Tables laid out with runs of spaces: rows of two cells or more whose last cell is a number,
    under the header line(s) just above them (a header cell wrapped over two lines is joined).

    ``Nội dung      Số lượng`` / ``Số tin, bài trên báo in      168`` → the header and one row, each
    cell with its offset in ``text``.
    """
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((raw, pos))
        pos += len(raw) + 1
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_number_row(lines[j][0]):
            j += 1
        head = []
        k = i - 1
        while j > i and k >= 0 and i - k <= 2 and _is_header(lines[k][0]):
            head.insert(0, lines[k])
            k -= 1
        if head:
            yield [_header_cells(head, lines[i])] + [_cells(*lines[n]) for n in range(i, j)]
        i = max(j, i + 1)


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    return [(m.group(), offset + m.start()) for m in _LAYOUT_CELL.finditer(line)]


def _is_number_row(line: str) -> bool:
    cells = _LAYOUT_CELL.findall(line)
    return len(cells) >= 2 and _CELL_GAP.search(line.strip()) is not None and bool(_BARE_NUMBER.fullmatch(cells[-1]))


def _is_header(line: str) -> bool:
    cells = _LAYOUT_CELL.findall(line)
    return bool(cells) and _CELL_GAP.search(line.strip()) is not None and not any(_BARE_NUMBER.fullmatch(c) for c in cells)


def _header_cells(head: list[tuple[str, int]], first: tuple[str, int]) -> list[tuple[str, int]]:
    """The header lined up with the first row: each header cell goes to the row cell whose middle is
    nearest its own (a right-aligned number under a left-aligned title), its lines joined in order."""
    row = [(m.start(), m.end()) for m in _LAYOUT_CELL.finditer(first[0])]
    words: list[list[str]] = [[] for _ in row]
    at: list[int | None] = [None] * len(row)
    for line, offset in head:
        for m in _LAYOUT_CELL.finditer(line):
            mid = (m.start() + m.end()) / 2
            n = min(range(len(row)), key=lambda r: abs((row[r][0] + row[r][1]) / 2 - mid))
            words[n].append(m.group())
            at[n] = offset + m.start() if at[n] is None else at[n]
    return [(" ".join(w), a if a is not None else first[1] + row[n][0]) for n, (w, a) in enumerate(zip(words, at))]


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
