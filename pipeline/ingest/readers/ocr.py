"""OCR of page images with Tesseract: fast, in parallel, laid out like a text layer.

Tesseract busy-waits in OpenMP: one process with its default threads takes
about 4× as long per page as one with ``OMP_THREAD_LIMIT=1``, for the same
text. So every ``tesseract`` process here runs single-threaded and the pages of
a document run side by side, one process per core. A page is rendered at 300
dpi in grayscale (``render_page``), read as word boxes (TSV), and the words are
put back into lines in reading order: a line Tesseract found is split where its
words stand far apart, so the two columns of a header (issuer | Quốc hiệu;
number | place and date) come out as two pieces side by side, each at its own
height, as the text-layer reader gives them. Every word keeps its confidence.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

DPI = 300
LANG = "vie"
COLUMN_GAP = 2.5  # a gap wider than this many line heights between two words splits the line
TIMEOUT_S = 120


@dataclass
class OcrLine:
    """A line piece: its top (in the page's points), left, text and its words' confidences."""

    top: float
    left: float
    text: str
    confidences: list[float] = field(default_factory=list)

    @property
    def confidence(self) -> float | None:
        """The line's mean word confidence, 0–1 (None when Tesseract gave none)."""
        c = [x for x in self.confidences if x >= 0]
        return round(sum(c) / len(c) / 100, 3) if c else None


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


def lines_of(tsv_text: str, scale: float = 72 / DPI) -> list[OcrLine]:
    """Word boxes into line pieces in reading order (top to bottom, then left to right).

    ``scale`` turns pixels into the page's points, so OCR lines and text-layer
    lines share one frame.
    """
    words: dict[tuple[int, int, int], list[tuple[int, int, int, int, float, str]]] = {}
    for row in tsv_text.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        left, top, width, height = (int(c) for c in cols[6:10])
        words.setdefault(key, []).append((left, top, width, height, float(cols[10]), cols[11].strip()))
    pieces: list[OcrLine] = []
    for line in words.values():
        line.sort(key=lambda w: w[0])
        height = sorted(w[3] for w in line)[len(line) // 2] or 1
        current: list = [line[0]]
        for w in line[1:]:
            prev = current[-1]
            if w[0] - (prev[0] + prev[2]) > COLUMN_GAP * height:
                pieces.append(_piece(current, scale))
                current = [w]
            else:
                current.append(w)
        pieces.append(_piece(current, scale))
    return in_reading_order(pieces)


def _piece(words: list, scale: float) -> OcrLine:
    top = min(w[1] for w in words) * scale
    return OcrLine(top=top, left=words[0][0] * scale, text=" ".join(w[5] for w in words),
                   confidences=[w[4] for w in words])


def in_reading_order(pieces: list[OcrLine], tolerance: float = 4.0) -> list[OcrLine]:
    """Top to bottom; pieces whose tops are within ``tolerance`` points form one row, left to right."""
    rows: list[list[OcrLine]] = []
    for p in sorted(pieces, key=lambda p: p.top):
        if rows and p.top - rows[-1][0].top <= tolerance:
            rows[-1].append(p)
        else:
            rows.append([p])
    return [p for row in rows for p in sorted(row, key=lambda p: p.left)]


def png_bytes(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def ocr_images(images: Iterable[tuple[int, Callable[[], bytes]]], n_workers: int | None = None) -> dict[int, list[OcrLine]]:
    """OCR many page images side by side: ``(key, make_png)`` pairs → ``{key: lines}``.

    ``make_png`` is called in the calling thread, in order (rendering is not
    thread-safe); the Tesseract processes run ``n_workers`` at once.
    """
    out: dict[int, list[OcrLine]] = {}
    with ThreadPoolExecutor(max_workers=n_workers or workers()) as pool:
        futures = {key: pool.submit(tsv, make_png()) for key, make_png in images}
        for key, fut in futures.items():
            out[key] = lines_of(fut.result())
    return out
