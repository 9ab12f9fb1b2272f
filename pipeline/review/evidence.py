"""Evidence at its source: a document's text with its mentions highlighted, and a PDF page with the span boxed.

The run keeps every mention's span, not the text: the desk reads the file
again, and only when its bytes are those the run read (same sha256), so a
span always points at the characters it was found at. Example: opening
``83,56%`` of ``900_xphuly_bc.txt`` at characters 812–818 shows the report's
text with that figure in the focus colour, its sentence, and (for a PDF) the
page it is printed on with a box around it.
"""
from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.core.sentences import sentence_at
from pipeline.core.source import sha256_of
from pipeline.export.evidence_html import highlight
from pipeline.core.errors import ReadError
from pipeline.ingest.read import read_document
from pipeline.review.queue import RunView
from schemas.document import Document

_read_lock = threading.Lock()  # readers load models lazily; one document at a time


@lru_cache(maxsize=16)
def _read(path: str, sha256: str) -> Document | None:
    with _read_lock:
        return read_document(path)


def source_document(record: dict[str, Any]) -> Document | None:
    """The document as the run read it, read again from its file; None when the file is gone, changed or unreadable."""
    path, sha = record.get("source") or "", record.get("sha256") or ""
    try:
        if not sha or not Path(path).is_file() or sha256_of(path) != sha:
            return None
        return _read(path, sha)
    except (OSError, ReadError):
        return None


@dataclass
class DocumentView:
    """What the evidence page shows of one document: its fields, its highlighted text, the span opened."""

    record: dict[str, Any]
    markup: str | None  # the text as HTML with mentions highlighted (escaped by ``highlight``); None: file changed
    focus: tuple[int, int] | None
    focus_text: str | None
    sentence: str | None
    page: int | None
    paged: bool


def _mention_at(record: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    for mentions in (record.get("mentions") or {}).values():
        for m in mentions:
            if m.get("start") == start and m.get("end") == end:
                return m
    return None


def document_view(view: RunView, path: str, start: int | None = None, end: int | None = None) -> DocumentView | None:
    """The page for ``path`` of the run (None when the run has no such document), focused on ``start``–``end``."""
    record = view.records.get(path)
    if record is None:
        return None
    doc = source_document(record) if record.get("status") == "ok" else None
    focus = (start, end) if start is not None and end is not None and doc is not None and 0 <= start < end <= len(doc.text) else None
    m = _mention_at(record, *focus) if focus else None
    sentence = (m or {}).get("sentence") or (sentence_at(doc.text, *focus) if doc is not None and focus else None)
    page = (m or {}).get("page") or (doc.page_at(focus[0]) if doc is not None and focus else None)
    return DocumentView(record, highlight(doc.text, record, focus) if doc is not None else None, focus,
                        doc.text[focus[0]:focus[1]] if focus and doc is not None else None, sentence, page,
                        bool(doc is not None and doc.paged and record.get("format") == "pdf"))


def _span_box(textpage, needle: str, nth: int) -> tuple[float, float, float, float] | None:
    """The PDF-space box (left, bottom, right, top) of the ``nth`` occurrence of ``needle`` on the page."""
    searcher = textpage.search(needle, match_case=True)
    hits = []
    while (hit := searcher.get_next()) is not None:
        hits.append(hit)
    if not hits:
        return None
    index, count = hits[min(nth, len(hits) - 1)]
    boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def page_png(view: RunView, path: str, page: int, start: int | None = None, end: int | None = None,
             scale: float = 1.5) -> bytes | None:
    """PNG of page ``page`` of a PDF of the run, with a box around ``text[start:end]`` where PDFium finds it
    (a scan's words have no text layer: the page is shown without a box)."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    record = view.records.get(path)
    doc = source_document(record) if record else None
    if doc is None or not doc.paged or not 1 <= page <= (doc.source.pages or 0):
        return None
    pdf = pdfium.PdfDocument(path)
    try:
        p = pdf[page - 1]
        image = p.render(scale=scale).to_pil().convert("RGB")
        if start is not None and end is not None and 0 <= start < end <= len(doc.text) and doc.page_at(start) == page:
            needle = " ".join(doc.original(start, end).split())
            raw_at = doc.raw_offset(start)
            page_start = max((s for s in doc.raw_pages if s <= raw_at), default=0)
            nth = doc.raw_text[page_start:raw_at].count(needle)
            box = _span_box(p.get_textpage(), needle, nth) if needle else None
            if box is not None:
                height = p.get_height()
                left, bottom, right, top = box
                ImageDraw.Draw(image).rectangle(
                    [left * scale - 4, (height - top) * scale - 4, right * scale + 4, (height - bottom) * scale + 4],
                    outline=(220, 38, 38), width=3)
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    finally:
        pdf.close()
