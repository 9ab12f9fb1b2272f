"""Tesseract's word boxes (TSV), the unit both OCR readings work on (``ocr``, ``ocr_digits``)."""
from __future__ import annotations

from typing import NamedTuple


class Word(NamedTuple):
    """One OCR word: its box in page pixels, its text, its confidence (0–100, -1 when Tesseract gave none)."""
    left: int
    top: int
    width: int
    height: int
    text: str
    conf: int


def words_of(tsv_text: str) -> tuple[list[tuple[int, int, int]], list[Word]]:
    """Tesseract TSV → (each word's line key, the words), in Tesseract's order."""
    keys, words = [], []
    for row in tsv_text.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        keys.append((int(cols[2]), int(cols[3]), int(cols[4])))
        conf = round(float(cols[10])) if cols[10].lstrip("-").replace(".", "", 1).isdigit() else -1
        words.append(Word(*(int(c) for c in cols[6:10]), cols[11].strip(), conf))
    return keys, words
