"""The one document model every reader feeds (docling's idea: many readers, one model).

A document holds one normalised ``text``; every block and every mention points
into it with ``start``/``end`` character offsets (spaCy's idea). ``origin`` maps
each character of ``text`` back to a character of ``raw_text`` (what the reader
produced, before normalisation), and ``raw_pages`` gives where each page starts
in ``raw_text`` (or, with ``page_numbers``, where each run of one page starts:
a table row broken across two PDF pages is laid out whole, its second part a
run of the next page), so any offset leads back to its page and its source
position.

Example: seed 000 has ``Kế hoạch số 3906/KH-⏎⏎SCT`` in ``raw_text``; ``text``
holds ``Kế hoạch số 3906/KH-SCT`` and ``origin`` still points each of its
characters at the raw characters they came from.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table", "row", "cell", "header", "footer"]


@dataclass(frozen=True)
class Source:
    """Where a document came from: enough to find and verify the file again."""

    path: str
    sha256: str
    format: str  # "pdf" | "docx" | "txt"
    size: int
    pages: int | None  # None for formats without pages (txt, docx)
    encoding: str | None = None  # what the txt reader decoded (e.g. "utf-8", "cp1258", "tcvn3")


@dataclass
class Block:
    """A structural piece of the document: a paragraph, a heading, a table, a row or a cell.

    ``start``/``end`` are offsets into ``Document.text``; ``raw_start``/``raw_end``
    into ``Document.raw_text``. Tables hold their rows, rows their cells
    (``children``), so ``table.children[r].children[c]`` is cell (r, c).
    """

    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    raw_start: int = 0
    raw_end: int = 0
    index: int | None = None  # paragraph number (docx body order), row or column index
    bold: bool = False
    align: str | None = None  # "center", "right", "left", "justify" where the source says
    children: list["Block"] = field(default_factory=list)


@dataclass
class Document:
    """A read and normalised document: one text, its blocks, and the map back to the source."""

    source: Source
    text: str
    raw_text: str
    origin: list[int]
    raw_pages: list[int] = field(default_factory=lambda: [0])
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page_numbers: list[int] | None = None  # the page of each run that ``raw_pages`` starts; None: run i is page i + 1
    signatures: list[dict] = field(default_factory=list)  # a PDF's digital signatures (pipeline.ingest.signatures)
    ocr_words: list[tuple[int, int, int]] = field(default_factory=list)  # OCR'd words: (raw start, raw end, confidence 0–100)

    def __post_init__(self) -> None:
        if len(self.origin) != len(self.text):
            raise ValueError(f"origin map has {len(self.origin)} entries for {len(self.text)} characters")

    @property
    def paged(self) -> bool:
        return self.source.pages is not None

    def raw_offset(self, offset: int) -> int:
        """Raw-text offset of the character at ``offset`` of the normalised text."""
        if not self.origin:
            return 0
        return self.origin[min(max(offset, 0), len(self.origin) - 1)]

    def page_at(self, offset: int) -> int | None:
        """1-based page of the character at ``offset``; None for formats without pages."""
        if not self.paged:
            return None
        run = bisect.bisect_right(self.raw_pages, self.raw_offset(offset))
        return self.page_numbers[max(run, 1) - 1] if self.page_numbers else run

    def original(self, start: int, end: int) -> str:
        """The source text behind ``text[start:end]``, as the reader produced it (for display)."""
        if start >= end:
            return ""
        return self.raw_text[self.raw_offset(start) : self.raw_offset(end - 1) + 1]

    def iter_blocks(self, kind: str | None = None):
        """Every block, depth first (tables, then their rows, then cells)."""
        stack = list(reversed(self.blocks))
        while stack:
            b = stack.pop()
            if kind is None or b.kind == kind:
                yield b
            stack.extend(reversed(b.children))

    def ocr_confidence(self, start: int, end: int, digits: bool = False) -> int | None:
        """The lowest OCR word confidence (0–100) under ``text[start:end]``; None where the text is not OCR'd.

        A number Tesseract read from handwriting (``233`` for a written 289) comes with about 50.
        ``digits``: only words holding a digit count (the day of ``ngày 2 tháng 12``, not ``ngày``).
        """
        if not self.ocr_words or start >= end:
            return None
        import bisect

        lo, hi = self.raw_offset(start), self.raw_offset(end - 1) + 1
        i = bisect.bisect_right(self.ocr_words, (lo, float("inf"), 0)) - 1
        confs = []
        for s, e, c in self.ocr_words[max(i, 0):]:
            if s >= hi:
                break
            if e > lo and (not digits or any(ch.isdigit() for ch in self.raw_text[s:e])):
                confs.append(c)
        return min(confs) if confs else None
