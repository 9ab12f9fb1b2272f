"""Image reader (Pillow + Tesseract): a photo or scan of a page read by OCR, as a scanned PDF page is.

A Sở sends ``bao_cao_p1.jpg`` from a phone, or the văn thư's scanner writes a
multi-page ``cong_van.tif``. Each frame of the file is one page: turned
upright by its EXIF orientation, made grayscale, its transparency laid on
white, and scaled to about an A4 page at 300 dpi (2480 px wide) when it is
much narrower (a phone's 1080 px screenshot) or much wider (a 4000 px photo),
since Tesseract reads best at that size. Its OCR lines (``ocr.ocr_images``,
in points at 300 dpi) are put in reading order by ``columns.reading_pieces``,
so the header's two columns stay apart: ``Số: 123/BC-UBND`` is a line of its
own, not glued to ``Đồng Nai, ngày 5 tháng 6 năm 2025``. Every page gets the
warning ``page N: text by OCR``. Without Tesseract the file fails with
``needs_ocr``; a file Pillow cannot decode is ``unreadable``.
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from pipeline.core.errors import ReadError
from pipeline.core.source import source_of
from pipeline.ingest.assemble import Part, build_document
from pipeline.ingest.readers import ocr
from pipeline.ingest.readers.columns import reading_pieces
from pipeline.ingest.safety import check_page_count
from schemas.document import Document

A4_WIDTH = 2480  # px: an A4 page's width at ocr.DPI
TOO_NARROW = 1500  # px: narrower is scaled up to A4_WIDTH
TOO_WIDE = 3600  # px: wider is scaled down to A4_WIDTH
MAX_PIXELS = 4 * 2480 * 3508  # a scaled page holds at most about four A4 pages (a long screenshot)


def tesseract_available() -> bool:
    return ocr.tesseract_available()


def _open(p: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():  # over Pillow's warning size (a 108 MP phone photo) is read; twice that is refused
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(p)
            img.load()  # decode the first frame now: a damaged file is unreadable, whether or not OCR is there
        return img
    except Image.DecompressionBombError as e:
        raise ReadError("too_large", f"image of more pixels than allowed: {e}") from e
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as e:
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e


def _gray(frame: Image.Image) -> Image.Image:
    """The frame upright and in grayscale; a transparent background becomes white, not black."""
    frame = ImageOps.exif_transpose(frame) or frame
    if frame.mode in ("I;16", "I;16B", "I;16L", "I;16N"):
        frame = frame.convert("I")
    if frame.mode == "I":  # 16-bit scans: keep the high byte
        return frame.point(lambda v: v / 256).convert("L")
    if frame.mode == "P" and "transparency" in frame.info:
        frame = frame.convert("RGBA")
    if frame.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        white = Image.new("RGBA", frame.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(white, frame.convert("RGBA"))
    return frame.convert("L")


def page_image(frame: Image.Image) -> Image.Image:
    """One frame as Tesseract reads it best: upright, grayscale, about 2480 px wide (A4 at 300 dpi)."""
    img = _gray(frame)
    w, h = img.size
    if w < TOO_NARROW or w > TOO_WIDE:
        scale = A4_WIDTH / w
        if w * h * scale * scale > MAX_PIXELS:  # a long, narrow strip: no taller than MAX_PIXELS allows
            scale = max(min(scale, (MAX_PIXELS / (w * h)) ** 0.5), min(1.0, A4_WIDTH / w))
        if abs(scale - 1) > 0.01:
            size = (max(1, round(w * scale)), max(1, round(h * scale)))
            img = img.resize(size, Image.Resampling.LANCZOS if scale < 1 else Image.Resampling.BICUBIC)
    return img


def image_page_count(path: str | Path | BinaryIO) -> int:
    """The pages an image file holds (a TIFF's frames, 1 otherwise), without decoding them."""
    with Image.open(path) as img:
        return max(1, int(getattr(img, "n_frames", 1))) if img.format == "TIFF" else 1


def read_image(path: str | Path) -> Document:
    """Read a photo or scan of a document (PNG, JPEG, TIFF with one page per frame) by OCR."""
    p = Path(path)
    img = _open(p)
    try:
        # a TIFF's frames are its pages; a JPEG's second "frame" is an MPO preview, a PNG's an animation
        n_frames = max(1, int(getattr(img, "n_frames", 1))) if img.format == "TIFF" else 1
        check_page_count(n_frames)
        if not tesseract_available():
            raise ReadError("needs_ocr", f"an image of {n_frames} page(s) is read by OCR only")
        widths: dict[int, float] = {}

        def png(number: int) -> bytes:
            img.seek(number - 1)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                page = page_image(img)
            widths[number] = page.width * 72 / ocr.DPI  # the points frame of lines_of_words's pieces
            return ocr.png_bytes(page)

        try:
            lines = ocr.ocr_images([(n, (lambda n=n: png(n))) for n in range(1, n_frames + 1)], header=[1])
        except ReadError:
            raise
        except Image.DecompressionBombError as e:
            raise ReadError("too_large", f"image of more pixels than allowed: {e}") from e
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
        except Exception as e:  # Tesseract failed or timed out
            raise ReadError("unreadable", f"OCR: {type(e).__name__}: {e}") from e
    finally:
        img.close()
    parts = [Part("paragraph", page=n, text=piece.text, words=list(piece.words))
             for n in range(1, n_frames + 1) for _, piece in reading_pieces(lines[n], widths[n])]
    if not any(x.text.strip() for x in parts):
        raise ReadError("empty", "OCR found no text in the image")
    doc = build_document(source_of(p, "image", pages=n_frames), parts)
    doc.warnings.extend(f"page {n}: text by OCR" for n in range(1, n_frames + 1))
    return doc
