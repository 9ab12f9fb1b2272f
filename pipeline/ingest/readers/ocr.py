"""OCR of page images with Tesseract: fast, in parallel, laid out like a text layer.

Tesseract busy-waits in OpenMP: one process with its default threads takes
about 4× as long per page as one with ``OMP_THREAD_LIMIT=1``, for the same
text. So every ``tesseract`` process here runs single-threaded and the pages of
a document run side by side, one process per core. A page is rendered at 300
dpi in grayscale (``render_page``), read as word boxes (TSV), and the words are
put back into lines in reading order, each word keeping its confidence: a line Tesseract found is split where its
words stand far apart, so the two columns of a header (issuer | Quốc hiệu;
number | place and date) come out as two pieces side by side, each at its own
height, as the text-layer reader gives them. A document's first page has the
numerals of its header (number, day) read a second time (``ocr_digits``).
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from pipeline.ingest.readers import ocr_digits
from pipeline.ingest.readers.ocr_words import Word, words_of
from pipeline.ingest.readers.columns import Piece

DPI = 300
LANG = "vie"
COLUMN_GAP = 2.5  # a gap wider than this many line heights between two words splits the line
TIMEOUT_S = 120


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def workers() -> int:
    """Tesseract processes at once: one per core (``BDHV_OCR_WORKERS`` overrides)."""
    raw = os.environ.get("BDHV_OCR_WORKERS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else (os.cpu_count() or 1)


def render_page(page, dpi: int = DPI):
    """A PDFium page as a grayscale PIL image at ``dpi`` (forms drawn: call ``init_forms()`` first)."""
    return page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil()


def tsv(png: bytes, lang: str = LANG) -> str:
    """Tesseract's TSV for one PNG, single-threaded."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(["tesseract", "stdin", "stdout", "-l", lang, "tsv"], input=png,
                          capture_output=True, env=env, timeout=TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace')[-300:]}")
    return done.stdout.decode("utf-8", "replace")


def lines_of_words(keys: list[tuple[int, int, int]], words: list[Word],
                   scale: float = 72 / DPI) -> list[Piece]:
    """Words (each with its Tesseract line key) into line pieces, in the page's points.

    A line Tesseract found is cut where two words stand more than
    ``COLUMN_GAP`` line heights apart (the header's two columns);
    ``columns.reading_lines`` then puts the pieces in reading order.
    """
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for key, w in zip(keys, words):
        lines.setdefault(key, []).append(w)
    pieces: list[Piece] = []
    for line in lines.values():
        line.sort(key=lambda w: w.left)
        height = sorted(w.height for w in line)[len(line) // 2] or 1
        current = [line[0]]
        for w in line[1:]:
            prev = current[-1]
            if w.left - (prev.left + prev.width) > COLUMN_GAP * height:
                pieces.append(_piece(current, scale))
                current = [w]
            else:
                current.append(w)
        pieces.append(_piece(current, scale))
    return pieces


def read_page(png: bytes, header: bool = False) -> list[Piece]:
    """One page image's OCR lines; ``header``: the first page of a document, whose numerals
    (number, day) are read a second time (``ocr_digits.read_twice``)."""
    keys, words = words_of(tsv(png))
    if header:
        words = ocr_digits.read_twice(png, keys, words)
    return lines_of_words(keys, words)


def _piece(words: list[Word], scale: float) -> Piece:
    spans, at = [], 0
    for w in words:
        spans.append((at, at + len(w.text), w.conf))
        at += len(w.text) + 1
    return Piece(top=min(w.top for w in words) * scale, x0=words[0].left * scale,
                 x1=(words[-1].left + words[-1].width) * scale, text=" ".join(w.text for w in words), words=tuple(spans))


def png_bytes(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def ocr_images(images: Iterable[tuple[int, Callable[[], bytes]]], n_workers: int | None = None,
               header: Iterable[int] = ()) -> dict[int, list[Piece]]:
    """OCR many page images side by side: ``(key, make_png)`` pairs → ``{key: lines}``.

    ``make_png`` is called in the calling thread, in order (rendering is not
    thread-safe); the Tesseract processes run ``n_workers`` at once. The keys
    in ``header`` are documents' first pages: their header's numerals are read twice.
    """
    out: dict[int, list[Piece]] = {}
    first = set(header)
    with ThreadPoolExecutor(max_workers=n_workers or workers()) as pool:
        futures = {key: pool.submit(read_page, make_png(), key in first) for key, make_png in images}
        for key, fut in futures.items():
            out[key] = fut.result()
    return out
