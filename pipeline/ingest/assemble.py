"""Turning what a reader found into a ``Document``: one raw text, normalised once.

Every reader hands over an ordered list of ``Part``s (a paragraph's text, or a
table as rows × cells) with their page. This module lays them out in one raw
text with one convention for every format, so the TXT, DOCX and PDF renditions
of a document normalise to the same text:

- a paragraph is a line;
- a table is written as the seeds' flattened tables are: each cell a line
  starting with a TAB, a blank line after each row;
- a table row that a PDF page break cut in two (``Part.tail``, the cells'
  ends from the next page) is written whole, each cell's end after its
  start, as the TXT and DOCX renditions have it; the page map records the
  characters that came from the next page (``Document.page_numbers``).

Then ``pipeline.ingest.normalise`` repairs it, and every block is mapped to its span
in the normalised text through the origin map.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pipeline.ingest.normalise import normalise
from schemas.document import Block, Document, Source


@dataclass
class Part:
    """One piece as read: a paragraph (``text``) or a table (``rows`` of cell texts)."""

    kind: str  # "paragraph" | "heading" | "table" | "header" | "footer"
    page: int | None = None
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    tail: list[str] | None = None  # the last row's cells continued on page ``tail_page`` (a row cut by a page break)
    tail_page: int | None = None
    bold: bool = False
    align: str | None = None
    index: int | None = None
    words: list[tuple[int, int, int]] = field(default_factory=list)  # OCR: (start, end) in ``text``, confidence 0–100


def _layout(parts: list[Part]) -> tuple[str, list[Block], list[int], list[int] | None, list[tuple[int, int, int]]]:
    """Raw text, raw-offset blocks, the runs of one page (where each starts, which page) and the OCR'd
    words' raw spans and confidences, for ``parts`` in order."""
    words: list[tuple[int, int, int]] = []
    chunks: list[str] = []
    blocks: list[Block] = []
    runs: list[tuple[int, int]] = []  # (raw start, page)
    pos = 0

    def emit(s: str, page: int | None = None) -> tuple[int, int]:
        nonlocal pos
        if page is not None and s and (not runs or runs[-1][1] != page):
            runs.append((pos, page))
        start = pos
        chunks.append(s)
        pos += len(s)
        return start, pos

    for part in parts:
        pg = part.page
        if part.kind == "table":
            t_start = pos
            rows: list[Block] = []
            last = len(part.rows) - 1
            for r, cells in enumerate(part.rows):
                r_start = pos
                cell_blocks = []
                tail = part.tail if r == last and part.tail else None
                for c, cell in enumerate(cells):
                    emit("\t", pg)
                    s, e = emit(cell.replace("\t", " "), pg)
                    if tail and c < len(tail) and tail[c].strip():
                        if cell.strip():
                            emit("\n", pg)
                        _, e = emit(tail[c].replace("\t", " "), part.tail_page)
                    emit("\n", pg)
                    cell_blocks.append(Block("cell", 0, 0, pg, s, e, index=c))
                emit("\n", pg)
                rows.append(Block("row", 0, 0, pg, r_start, pos, index=r, children=cell_blocks))
            blocks.append(Block("table", 0, 0, pg, t_start, pos, index=part.index, children=rows))
        else:
            s, e = emit(part.text, pg)
            words += [(s + a, s + b, c) for a, b, c in part.words]
            emit("\n", pg)
            blocks.append(Block(part.kind, 0, 0, pg, s, e, index=part.index, bold=part.bold, align=part.align))  # type: ignore[arg-type]
    if not runs:
        return "".join(chunks), blocks, [0], None, words
    if runs[0][0] > 0:  # text before the first paged part belongs to that page
        runs[0] = (0, runs[0][1])
    return "".join(chunks), blocks, [r[0] for r in runs], [r[1] for r in runs], words


def _map_block(b: Block, origin: list[int]) -> None:
    b.start = bisect.bisect_left(origin, b.raw_start)
    b.end = max(b.start, bisect.bisect_left(origin, b.raw_end))
    for child in b.children:
        _map_block(child, origin)


def line_blocks(text: str) -> list[Block]:
    """Blocks for a text without structure (TXT): each non-empty line a paragraph or a cell."""
    blocks: list[Block] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line.strip():
            kind = "cell" if line.startswith("\t") else "paragraph"
            blocks.append(Block(kind, pos, pos + len(line), None, 0, 0, index=i))  # type: ignore[arg-type]
        pos += len(line) + 1
    return blocks


def build_document(source: Source, parts: list[Part]) -> Document:
    """Lay out, normalise and map ``parts`` into a ``Document``."""
    raw, blocks, raw_pages, page_numbers, words = _layout(parts)
    text, origin = normalise(raw)
    for b in blocks:
        _map_block(b, origin)
    return Document(source=source, text=text, raw_text=raw, origin=origin, raw_pages=raw_pages, blocks=blocks,
                    page_numbers=page_numbers if source.pages is not None else None, ocr_words=words)


def build_text_document(source: Source, raw: str) -> Document:
    """A document from plain text (TXT): normalise, lay out a table pasted from Excel (TAB-split rows)
    as the readers lay out a table, then one block per line."""
    text, origin = normalise(raw, tab_tables=True)
    doc = Document(source=source, text=text, raw_text=raw, origin=origin, raw_pages=[0])
    doc.blocks = line_blocks(text)
    return doc


def document_from_text(text: str, path: str = "<text>") -> Document:
    """A document straight from a string (tests, examples): normalised like a TXT file.

    >>> document_from_text("Kế hoạch số 192/KH-\\nUBND").text
    'Kế hoạch số 192/KH-UBND'
    """
    import hashlib

    data = text.encode("utf-8")
    source = Source(path=path, sha256=hashlib.sha256(data).hexdigest(), format="txt", size=len(data), pages=None, encoding="utf-8")
    return build_text_document(source, text)
