"""A page's header read as two columns: the issuer's block, then the Quốc hiệu's.

A Vietnamese document's header is two centred columns side by side (ND 30):
the issuer (``UBND TỈNH ĐỒNG NAI`` / ``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` / ``Số: …``)
on the left, the Quốc hiệu, the motto and ``…, ngày … tháng … năm …`` on the
right. Read line by line across the page, the columns interleave
(``SỞ GIÁO DỤC VÀ ĐÀO TẠO NAM``: the ``NAM`` of ``VIỆT NAM`` wrapped onto the
right half). Given the page's pieces of text with their boxes — a piece being
a run of a line without a wide gap, from the PDF text layer or from OCR —
this puts the rows at the top of the page that fall into two columns as the
left column's lines, then the right column's, as a Word table would give
them, and leaves the rest of the page in top-to-bottom order, a row as one
line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.core.resources import load_data

Y_TOLERANCE = 3.0  # pieces whose tops are this close are on one row
HEADER_PIECES = 16  # the two-column header lies within the page's first pieces
MIDDLE = (0.3, 0.7)  # the columns meet within this band of the page's width



@lru_cache(maxsize=1)
def _body_start() -> re.Pattern[str]:
    """The first body line's opening (data/fields.yaml ``body_start``), which ends the header."""
    return re.compile(load_data("fields.yaml")["body_start"])


class Piece(NamedTuple):
    top: float
    x0: float
    x1: float
    text: str
    words: tuple[tuple[int, int, int], ...] = ()  # OCR: each word's (start, end) in ``text`` and its confidence


def rows_of(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped into rows by top, each row left to right, rows top to bottom."""
    rows: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: p.top):
        if rows and p.top - rows[-1][0].top <= Y_TOLERANCE:
            rows[-1].append(p)
        else:
            rows.append([p])
    return [sorted(r, key=lambda p: p.x0) for r in rows]


def _boundary(pieces: list[Piece], width: float) -> tuple[int, float]:
    """How many of the page's first pieces (by top) lie wholly left or right of one x in the
    page's middle, with both sides used and the last one on the right: (count, that x)."""
    lo, hi = MIDDLE[0] * width, MIDDLE[1] * width
    head = pieces[:HEADER_PIECES]
    candidates = sorted({v for p in head for v in (p.x0, p.x1) if lo <= v <= hi} | {width / 2})
    best = (0, width / 2)
    for b in candidates:
        last_right, left = -1, False
        for k, p in enumerate(head):
            if _body_start().match(p.text):
                break  # "Kính gửi: …", "Căn cứ …" open the body, whatever their column
            if p.x1 <= b + 0.5:
                left = True
            elif p.x0 >= b - 0.5:
                last_right = k
            else:
                break
        if left and last_right + 1 > best[0]:
            best = (last_right + 1, b)
    return best


def in_reading_order(pieces: list[Piece], width: float) -> tuple[int, list[Piece]]:
    """The page's pieces in reading order, the header's two columns one after the other,
    and how many of them the header is.

    The header is the run of pieces from the top of the page that lie wholly on
    one side of a line down the page's middle, up to the right column's last
    piece; the first piece across that line (the document's name, ``BÁO CÁO``,
    or a body line) ends it at the latest. Below the header, a row is one line.
    """
    by_top = sorted(pieces, key=lambda p: p.top)
    n, b = _boundary(by_top, width)
    head = by_top[:n]
    left = [p for p in head if p.x1 <= b + 0.5]
    right = [p for p in head if p.x1 > b + 0.5]
    return n, left + right + [_joined(r) for r in rows_of(by_top[n:])]


def reading_pieces(pieces: list[Piece], width: float) -> list[tuple[float, Piece]]:
    """``in_reading_order`` as (top, piece) lines whose tops keep that order under a stable sort
    by top (tables are put in among them so): the header's lines all take its first top."""
    n, ordered = in_reading_order(pieces, width)
    first = ordered[0].top if n else 0.0
    return [(first if i < n else p.top, p) for i, p in enumerate(ordered)]


def reading_lines(pieces: list[Piece], width: float) -> list[tuple[float, str]]:
    """``reading_pieces`` as (top, text) lines."""
    return [(top, p.text) for top, p in reading_pieces(pieces, width)]


def _joined(row: list[Piece]) -> Piece:
    """A row below the header stays one line, as drawn (a table without rulings keeps its cells together)."""
    if len(row) == 1:
        return row[0]
    words, at = [], 0
    for p in row:
        words += [(s + at, e + at, c) for s, e, c in p.words]
        at += len(p.text) + 1
    return Piece(row[0].top, row[0].x0, row[-1].x1, " ".join(p.text for p in row), tuple(words))
