"""OCR of page images with Tesseract: fast, in parallel, laid out like a text layer.

Tesseract busy-waits in OpenMP: one process with its default threads takes
about 4× as long per page as one with ``OMP_THREAD_LIMIT=1``, for the same
text. So every ``tesseract`` process here runs single-threaded and the pages of
a document run side by side, one process per core. A page is rendered at 300
dpi in grayscale (``render_page``), read as word boxes (TSV), and the words are
put back into lines in reading order, each word keeping its confidence: a line Tesseract found is split where its
words stand far apart, so the two columns of a header (issuer | Quốc hiệu;
number | place and date) come out as two pieces side by side, each at its own
height, as the text-layer reader gives them.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

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


def lines_of(tsv_text: str, scale: float = 72 / DPI) -> list[Piece]:
    """Word boxes into line pieces, in the page's points so OCR and text-layer lines share one frame.

    A line Tesseract found is cut where two words stand more than
    ``COLUMN_GAP`` line heights apart (the header's two columns);
    ``columns.reading_lines`` then puts the pieces in reading order.
    """
    words: dict[tuple[int, int, int], list[tuple[int, int, int, int, str, int]]] = {}
    for row in tsv_text.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        left, top, width, height = (int(c) for c in cols[6:10])
        conf = round(float(cols[10])) if cols[10].lstrip("-").replace(".", "", 1).isdigit() else -1
        words.setdefault(key, []).append((left, top, width, height, cols[11].strip(), conf))
    pieces: list[Piece] = []
    for line in words.values():
        line.sort(key=lambda w: w[0])
        height = sorted(w[3] for w in line)[len(line) // 2] or 1
        current = [line[0]]
        for w in line[1:]:
            prev = current[-1]
            if w[0] - (prev[0] + prev[2]) > COLUMN_GAP * height:
                pieces.append(_piece(current, scale))
                current = [w]
            else:
                current.append(w)
        pieces.append(_piece(current, scale))
    return pieces


def _piece(words: list, scale: float) -> Piece:
    spans, at = [], 0
    for w in words:
        spans.append((at, at + len(w[4]), w[5]))
        at += len(w[4]) + 1
    return Piece(top=min(w[1] for w in words) * scale, x0=words[0][0] * scale,
                 x1=(words[-1][0] + words[-1][2]) * scale, text=" ".join(w[4] for w in words), words=tuple(spans))


def png_bytes(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def ocr_images(images: Iterable[tuple[int, Callable[[], bytes]]], n_workers: int | None = None) -> dict[int, list[Piece]]:
    """OCR many page images side by side: ``(key, make_png)`` pairs → ``{key: lines}``.

    ``make_png`` is called in the calling thread, in order (rendering is not
    thread-safe); the Tesseract processes run ``n_workers`` at once.
    """
    out: dict[int, list[Piece]] = {}
    with ThreadPoolExecutor(max_workers=n_workers or workers()) as pool:
        futures = {key: pool.submit(tsv, make_png()) for key, make_png in images}
        for key, fut in futures.items():
            out[key] = lines_of(fut.result())
    return out
