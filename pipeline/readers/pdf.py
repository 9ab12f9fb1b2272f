"""PDF reader (pdfplumber): text per page in reading order, tables as rows × cells, OCR for scans.

Per page: the tables pdfplumber finds are read as rows × cells; the text
outside them is read line by line; both are put back in top-to-bottom order.
A page with no text layer but with an image is a scan: it is OCR'd with
Tesseract (``vie``) when Tesseract is installed, otherwise the document fails
with ``needs_ocr``. A text layer that is not Vietnamese at all (a broken OCR
layer reading ``ceNG HoA xA ugr cuu``) is treated as no text layer.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber

from pipeline.assemble import Part, build_document
from pipeline.errors import ReadError
from pipeline.safety import check_page_count
from pipeline.source import source_of
from schemas.document import Document

_VI_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
_PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _looks_vietnamese(text: str) -> bool:
    """Does a text layer read as Vietnamese? Real text has marked letters in most lines.

    ``Cộng hòa xã hội chủ nghĩa Việt Nam`` → True; ``ceNG HoA xA ugr cuu`` → False.
    """
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < 20:
        return True  # too little to judge; keep it
    marked = sum(1 for w in words if _VI_MARKED.search(w))
    return marked / len(words) >= 0.15


def _ocr_page(page) -> str:
    import pytesseract

    image = page.to_image(resolution=300).original
    return pytesseract.image_to_string(image, lang="vie")


def _inside(obj, box) -> bool:
    x0, top, x1, bottom = box
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _page_parts(page, number: int) -> list[Part]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    body = page.filter(lambda o: o.get("object_type") != "char" or not any(_inside(o, b) for b in boxes)) if boxes else page
    items: list[tuple[float, Part]] = []
    for line in body.extract_text_lines(layout=False, strip=True, return_chars=False):
        text = line["text"]
        if text.strip():
            items.append((line["top"], Part("paragraph", page=number, text=text)))
    for t in tables:
        rows = [[(c or "") for c in row] for row in t.extract()]
        if any(any(c.strip() for c in r) for r in rows):
            items.append((t.bbox[1], Part("table", page=number, rows=rows)))
    items.sort(key=lambda x: x[0])
    parts = [p for _, p in items]
    # a bare page number at the top or bottom of the page is not document text
    while parts and parts[0].kind == "paragraph" and _PAGE_NUMBER.match(parts[0].text):
        parts.pop(0)
    while parts and parts[-1].kind == "paragraph" and _PAGE_NUMBER.match(parts[-1].text):
        parts.pop()
    return parts


def read_pdf(path: str | Path) -> Document:
    """Read a PDF, e.g. a Sở's signed báo cáo exported from Word, or a scan."""
    p = Path(path)
    try:
        pdf = pdfplumber.open(str(p))
    except Exception as e:
        name = type(e).__name__
        inner = " ".join(type(a).__name__ for a in getattr(e, "args", ()))
        if any("Password" in n or "Encrypt" in n for n in (name, inner)) or "password" in str(e).lower():
            raise ReadError("encrypted", str(e) or name) from e
        raise ReadError("unreadable", f"{name}: {e}") from e
    parts: list[Part] = []
    warnings: list[str] = []
    with pdf:
        try:
            pages = list(pdf.pages)
        except Exception as e:
            raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
        check_page_count(len(pages))
        for number, page in enumerate(pages, start=1):
            try:
                page_parts = _page_parts(page, number)
            except Exception as e:
                raise ReadError("unreadable", f"page {number}: {type(e).__name__}: {e}") from e
            text = "\n".join(x.text for x in page_parts)
            scanned = not text.strip() and bool(page.images)
            garbage = bool(text.strip()) and not _looks_vietnamese(text)
            if scanned or garbage:
                if not tesseract_available():
                    raise ReadError("needs_ocr", f"page {number} has {'no' if scanned else 'an unreadable'} text layer")
                ocr = _ocr_page(page)
                page_parts = [Part("paragraph", page=number, text=line) for line in ocr.splitlines()]
                warnings.append(f"page {number}: text by OCR")
            parts.extend(page_parts)
        n_pages = len(pages)
    if not any(x.text.strip() or x.rows for x in parts):
        raise ReadError("needs_ocr" if n_pages else "empty", "no text on any page")
    doc = build_document(source_of(p, "pdf", pages=n_pages), parts)
    doc.warnings.extend(warnings)
    # pages that yielded nothing still exist: pad page starts so numbering stays right
    return doc
