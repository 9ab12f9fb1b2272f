"""Parse Plan 192's Phụ lục 1 (targets) and Phụ lục 2 (tasks) into the ``Reference``.

    .venv/bin/python -m pipeline.reconcile.reference corpus/seeds/003_b28077b9c0207294.txt

regenerates ``data/plan192.json`` (never typed in; a test regenerates it from
the TXT, DOCX and PDF renditions and compares). ``pipeline.core.plan192.load_reference()``
reads it back once per process.

The parser works on the one layout every reader gives a table in ``doc.text``:
each cell a line starting with a TAB, a blank line after each row. It is made
for what the renditions really do to the annex: a cell wrapped over several
lines (``Giám đốc Sở⏎Nội vụ, Phó⏎Trưởng Ban⏎Chỉ đạo.``), a group header merged
into the next row (``5 | Triển khai các mô hình… | 5.1 | Mỗi phường, xã… |
- UBND xã, phường.`` then ``Sở Khoa học và Công nghệ | 2025``), and a row cut by
a page break, whose rest comes as a row with an empty first column (the PDF's
table blocks say which columns).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.core.resources import DATA_DIR, load_data
from schemas.document import Document
from schemas.reference import Indicator, Party, Reference, Responsible, Target, Task, TaskGroup

REFERENCE_FILE = DATA_DIR / "plan192.json"
COLUMNS = 5  # STT | Nhiệm vụ | chủ trì | phối hợp | Thời gian
TEXT, LEAD, COORD, DEADLINE = 1, 2, 3, 4


def _cfg() -> dict:
    return load_data("indicators.yaml")["reference"]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- physical cells and rows

@dataclass
class Cell:
    """One table cell as laid out in ``doc.text``: its lines, and its column when a table block says."""

    start: int
    lines: list[str]
    column: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _block_columns(doc: Document) -> dict[int, int]:
    """Start offset of each non-empty table cell → its column index (DOCX/PDF table blocks)."""
    out: dict[int, int] = {}
    for cell in doc.iter_blocks("cell"):
        if cell.index is not None and cell.end > cell.start:
            out[cell.start] = cell.index
    return out


def table_rows(doc: Document, start: int, end: int) -> list[list[Cell]]:
    """The TAB-line table rows of ``doc.text[start:end]``.

    A line after a cell line with no blank between continues that cell; a
    non-TAB line between blank lines inside the table is a cell of its own (a
    TXT export puts a cell holding a blank line that way).
    """
    columns = _block_columns(doc)
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    in_table = False
    blank_before = False
    pos = start
    for line in doc.text[start:end].split("\n"):
        offset, pos = pos, pos + len(line) + 1
        if not line.strip():
            if row:
                rows.append(row)
                row = []
            blank_before = True
            continue
        if line.startswith("\t"):
            in_table = True
            cstart = offset + 1
            row.append(Cell(cstart, [line[1:]], columns.get(cstart)))
        elif in_table and row and not blank_before:
            row[-1].lines.append(line)
        elif in_table:
            row.append(Cell(offset, [line], columns.get(offset)))
        blank_before = False
    if row:
        rows.append(row)
    return [r for r in rows if any(c.text for c in r)]


# ---------------------------------------------------------------- logical rows

@dataclass
class Row:
    """A logical annex row: its number and its column texts (continuations joined)."""

    stt: str
    columns: dict[int, list[str]] = field(default_factory=dict)

    def next_free(self) -> int:
        return max(self.columns, default=0) + 1

    def put(self, column: int, text: str) -> None:
        self.columns.setdefault(min(column, COLUMNS - 1), []).append(text)

    def cell(self, column: int) -> str:
        return collapse(" ".join(self.columns.get(column, [])))

    def raw(self, column: int) -> str:
        return "\n".join(self.columns.get(column, []))


def logical_rows(rows: list[list[Cell]]) -> list[Row]:
    """Rows keyed by their number, with merged, split and page-broken rows put back together."""
    cfg = _cfg()
    number = re.compile(cfg["row_number"])
    header = re.compile(cfg["header_cell"])
    out: list[Row] = []
    for cells in rows:
        cells = [c for c in cells if c.text]
        if not cells or header.match(cells[0].text):
            continue
        first_column = cells[0].column
        page_broken = first_column is not None and first_column > 0 and out
        for cell in cells:
            m = number.match(cell.text)
            if m:
                out.append(Row(m.group("stt"), {0: [m.group("stt")]}))
                page_broken = False
            elif not out:
                continue  # text before the first numbered row
            elif page_broken and cell.column is not None:
                out[-1].put(cell.column, cell.text)
            else:
                out[-1].put(out[-1].next_free(), cell.text)
    return out


# ---------------------------------------------------------------- cell contents

def resolve_units(text: str) -> list[tuple[int, int, str]]:
    """Registry units named in ``text`` as (start, end, canonical name), in order.

    The one place the reference meets the unit finder. ``Giám đốc Sở Nội vụ,
    Phó Trưởng Ban Chỉ đạo.`` → ``[(9, 19, "Sở Nội vụ")]`` (a bare "Ban Chỉ
    đạo" is not a unit).
    """
    from extractors.unit_registry import match_units

    return [(m.start, m.end, m.value) for m in match_units(text) if m.registered]


def parse_parties(cell: str) -> tuple[Responsible, ...]:
    """Responsible parties of a cell, in order: registry units by canonical name, generic ones as groups.

    ``Thủ trưởng các sở, ban, ngành, địa phương là thành viên Ban Chỉ đạo`` →
    ``(Party("các sở, ban, ngành, địa phương"),)``.
    """
    text = collapse(cell)
    found: list[tuple[int, Responsible]] = []
    masked = list(text)
    for s, e, name in resolve_units(text):
        found.append((s, name))
        masked[s:e] = " " * (e - s)
    rest = "".join(masked)
    for pat in _cfg()["groups"]:
        for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", rest, re.I):
            found.append((m.start(), Party(m.group(0)[0].lower() + m.group(0)[1:])))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    out: list[Responsible] = []
    for _, r in sorted(found, key=lambda x: x[0]):
        if r not in out:
            out.append(r)
    return tuple(out)


def parse_deadline(cell: str) -> str | None:
    """``2025`` → "2025"; ``tháng 12/2025`` → "2025-12"; PDF's ``202 5`` → "2025"."""
    text = re.sub(r"(?<=\d) (?=\d)", "", collapse(cell))
    cfg = _cfg()
    m = re.search(cfg["deadline_month"], text)
    if m:
        return f"{m.group('y')}-{int(m.group('m')):02d}"
    m = re.search(cfg["deadline_year"], text)
    return m.group("y") if m else None


def parse_target(text: str) -> tuple[Target | None, str]:
    """The target figure and the population phrase of a Phụ lục 1 row.

    ``1 triệu người dân trong độ tuổi trưởng thành được xác nhận …`` →
    ``(Target("count", 1000000, "người dân"), "người dân trong độ tuổi trưởng thành")``.
    """
    data = load_data("indicators.yaml")
    m = re.match(r"\s*" + data["figure"], text)
    if not m:
        return None, ""
    rest = text[m.end():].strip()
    cut = re.search(_cfg()["population_end"], rest)
    population = rest[: cut.start()].strip(" ,") if cut else rest
    value = float(m.group("num").replace(",", "."))
    if m.group("pct"):
        return Target("percent", int(value) if value.is_integer() else value), population
    value *= data["multipliers"][m.group("mult").lower()]
    unit_cut = re.search(_cfg()["unit_end"], population)
    unit = population[: unit_cut.start()] if unit_cut else population
    return Target("count", int(value), unit.strip()), population


# ---------------------------------------------------------------- the reference

def _annexes(doc: Document) -> dict[str, tuple[int, int]]:
    """Annex number → (start, end) of its part of ``doc.text``."""
    heads = [(m.group("n"), m.start()) for m in re.finditer(_cfg()["annex_heading"], doc.text)]
    out: dict[str, tuple[int, int]] = {}
    for i, (n, s) in enumerate(heads):
        e = heads[i + 1][1] if i + 1 < len(heads) else len(doc.text)
        out.setdefault(n, (s, e))
    return out


def _cells(row: Row) -> tuple[str, ...]:
    return tuple(row.cell(c) for c in range(COLUMNS))


def parse_reference(doc: Document) -> Reference:
    """The ``Reference`` held in Plan 192's annexes (any rendition)."""
    cfg = _cfg()
    annexes = _annexes(doc)
    if cfg["indicators_annex"] not in annexes or cfg["tasks_annex"] not in annexes:
        raise ValueError(f"{doc.source.path}: no Phụ lục {cfg['indicators_annex']} and {cfg['tasks_annex']}")
    plan = re.search(cfg["plan_number"], doc.text)
    indicators = []
    for row in logical_rows(table_rows(doc, *annexes[cfg["indicators_annex"]])):
        if "." in row.stt:
            continue
        target, population = parse_target(row.cell(TEXT))
        indicators.append(Indicator(
            id=f"CT{int(row.stt)}", number=int(row.stt), text=row.cell(TEXT), target=target,
            population=population, lead=parse_parties(row.raw(LEAD)),
            coordinating=parse_parties(row.raw(COORD)), deadline=parse_deadline(row.cell(DEADLINE)),
            cells=_cells(row),
        ))
    groups: list[TaskGroup] = []
    tasks = []
    for row in logical_rows(table_rows(doc, *annexes[cfg["tasks_annex"]])):
        if "." not in row.stt:
            groups.append(TaskGroup(int(row.stt), row.cell(TEXT)))
            continue
        group = next((g for g in groups if g.number == int(row.stt.split(".")[0])), None)
        if group is None:
            raise ValueError(f"task {row.stt} has no group row before it")
        tasks.append(Task(
            id=row.stt, group=group, text=row.cell(TEXT), lead=parse_parties(row.raw(LEAD)),
            coordinating=parse_parties(row.raw(COORD)), deadline=parse_deadline(row.cell(DEADLINE)),
            cells=_cells(row),
        ))
    return Reference(plan=plan.group("number") if plan else "", indicators=tuple(indicators),
                     tasks=tuple(tasks), groups=tuple(groups))


def reference_json(ref: Reference) -> str:
    return json.dumps(ref.to_json(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> None:
    from pipeline.ingest.read import read_document

    ap = argparse.ArgumentParser(description="Regenerate data/plan192.json from Plan 192 (TXT, DOCX or PDF).")
    ap.add_argument("plan", help="the plan, e.g. corpus/seeds/003_b28077b9c0207294.txt")
    ap.add_argument("--out", default=str(REFERENCE_FILE))
    args = ap.parse_args(argv)
    ref = parse_reference(read_document(args.plan))
    Path(args.out).write_text(reference_json(ref), encoding="utf-8")
    print(f"{args.out}: {len(ref.indicators)} indicators, {len(ref.groups)} groups, {len(ref.tasks)} tasks", file=sys.stderr)


if __name__ == "__main__":
    main()
