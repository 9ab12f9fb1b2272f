"""Turning what a reader found into a ``Document``: one raw text, normalised once.

Every reader hands over an ordered list of ``Part``s (a paragraph's text, or a
table as rows × cells) with their page. This module lays them out in one raw
text with one convention for every format, so the TXT, DOCX and PDF renditions
of a document normalise to the same text:

- a paragraph is a line;
- a table is written as the seeds' flattened tables are: each cell a line
  starting with a TAB, a blank line after each row.

Then ``pipeline.normalise`` repairs it, and every block is mapped to its span
in the normalised text through the origin map.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pipeline.normalise import normalise
from schemas.document import Block, Document, Source


@dataclass
class Part:
    """One piece as read: a paragraph (``text``) or a table (``rows`` of cell texts)."""

    kind: str  # "paragraph" | "heading" | "table" | "header" | "footer"
    page: int | None = None
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    bold: bool = False
    align: str | None = None
    index: int | None = None


def _layout(parts: list[Part], pages: int | None = None) -> tuple[str, list[Block], list[int]]:
    """Raw text, raw-offset blocks and page starts for ``parts`` in order."""
    chunks: list[str] = []
    blocks: list[Block] = []
    page_starts: dict[int, int] = {}
    pos = 0

    def emit(s: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        chunks.append(s)
        pos += len(s)
        return start, pos

    for part in parts:
        if part.page is not None and part.page not in page_starts:
            page_starts[part.page] = pos
        if part.kind == "table":
            t_start = pos
            rows: list[Block] = []
            for r, cells in enumerate(part.rows):
                r_start = pos
                cell_blocks = []
                for c, cell in enumerate(cells):
                    emit("\t")
                    s, e = emit(cell.replace("\t", " "))
                    emit("\n")
                    cell_blocks.append(Block("cell", 0, 0, part.page, s, e, index=c))
                emit("\n")
                rows.append(Block("row", 0, 0, part.page, r_start, pos, index=r, children=cell_blocks))
            blocks.append(Block("table", 0, 0, part.page, t_start, pos, index=part.index, children=rows))
        else:
            s, e = emit(part.text)
            emit("\n")
            blocks.append(Block(part.kind, 0, 0, part.page, s, e, index=part.index, bold=part.bold, align=part.align))  # type: ignore[arg-type]
    if pages:
        # a page that gave no part (blank) starts where the next one does
        nxt = pos
        for p in range(pages, 0, -1):
            nxt = page_starts.setdefault(p, nxt)
    raw_pages = [page_starts[p] for p in sorted(page_starts)] or [0]
    return "".join(chunks), blocks, raw_pages


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
    raw, blocks, raw_pages = _layout(parts, source.pages)
    text, origin = normalise(raw)
    for b in blocks:
        _map_block(b, origin)
    return Document(source=source, text=text, raw_text=raw, origin=origin, raw_pages=raw_pages, blocks=blocks)


def build_text_document(source: Source, raw: str) -> Document:
    """A document from plain text (TXT): normalise, then one block per line."""
    text, origin = normalise(raw)
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
