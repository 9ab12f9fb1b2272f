"""A second reading of the numerals in a first page's header: the number and the day, read twice.

Tesseract's Vietnamese model reads the italic digits an e-office stamps onto a
document (its number and its day) wrongly and sure of itself: ``79`` at 97 for
a stamped 19, ``/6`` for 16, ``2ở`` for 28. Its English model, shown the word
alone, reads those digits right, but it also reads a handwritten 06 as ``04``
at 96. So each numeral in the band at the top of a document's first page is
read a second time, and the two readings are reconciled (``reconcile``): where
they agree digit for digit, the word keeps its digits at the surer reader's
confidence; where they agree only through one of the first model's known
confusions (``data/ocr.yaml``: ``7`` or ``/`` for an italic 1), the word takes
the second reading's digits at the second reading's confidence; where the
second reading, at least as sure, reads the whole numeral otherwise, the
word's confidence becomes 0, so the number or day is left to a person. A
second reading that sees only part of the numeral, or nothing, changes nothing.

The crops of a page's numerals are read in one Tesseract call: stacked on a
white strip, one to a line, each second-read word matched back to its crop by
its height on the strip.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import warnings
from functools import lru_cache
from typing import Any

from PIL import Image, ImageOps

from pipeline.core.resources import load_data
from pipeline.ingest.readers.ocr_words import Word, words_of

MARGIN = 8  # px of page above and below a line in a crop
SPACE = 3  # px kept clear of a neighbouring word
WORD_HEIGHT = 64  # px: a crop is scaled up until its word is about this high
GAP = 40  # px of white between two crops on the strip
TIMEOUT_S = 60


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    d = load_data("ocr.yaml")["second_read"]
    return {**d, "word": re.compile(d["word_re"]), "confusions": {str(k): str(v) for k, v in d["confusions"].items()}}


def candidate(text: str) -> re.Match[str] | None:
    """The word's parts (label, core, tail) when it is a numeral worth a second reading.

    It holds a digit; a slash stands for an italic 1 only before one digit (``/6``): ``/2024/NĐ-CP``
    is a symbol's tail.
    """
    m = rules()["word"].match(text)
    if m is None:
        return None
    core = m.group("core")
    if not re.search(r"[0-9]", core) or (core[0] in "/⁄" and len(core) > 2):
        return None  # (no digit: "II." is a section's number as often as a month)
    return m


# A second-read word that is a numeral and nothing else: an optional label ("S6:" for "Số:"), the digits,
# then punctuation or a slash and what follows it. "2L" (a written 24) is not "2".
_NUMERAL = re.compile(r"(?:\S{1,3}[:.])?[^0-9A-Za-z]*(?P<run>[0-9]+)(?:[^0-9A-Za-z]*|/\S*)")


def _agrees(first: str, second: str) -> bool:
    conf = rules()["confusions"]
    return len(first) == len(second) and all(a == b or conf.get(a) == b for a, b in zip(first, second))


def reconcile(text: str, conf: int, second: list[tuple[str, int]]) -> tuple[str, int]:
    """The word's (text, confidence) once ``second`` (the second model's words on its crop) is weighed.

    >>> reconcile("79", 97, [("19", 91)])
    ('19', 91)
    >>> reconcile("01", 75, [("04", 86)])
    ('01', 0)
    """
    m = candidate(text)
    if m is None:
        return text, conf
    core = m.group("core")
    runs = [(n.group("run"), c) for word, c in second if c >= rules()["min_confidence"]
            for n in [_NUMERAL.fullmatch(word)] if n]
    for run, c in runs:
        if not _agrees(core, run):
            continue
        if run == core:  # the same digits: as sure as the surer reader
            return text, max(c, conf)
        if any(a != b and a.isdigit() for a, b in zip(core, run)) and c < rules()["digit_confusion_min"]:
            return text, 0  # a 7 the first read, a 1 the second, neither sure enough: nobody knows it
        return text[:m.start("core")] + run + text[m.end("core"):], c  # a glyph read as its digit
    if any(len(run) >= len(core) and c >= conf for run, c in runs) and re.search(r"[0-9]", core) \
            and len(m.group("tail")) <= 1:
        return text, 0  # the second reader, as sure as the first, read the whole numeral otherwise: nobody knows it
    return text, conf  # a part read, or more after the slash: only agreement counts


def _boxes(keys: list[tuple[int, int, int]], words: list[Word], picked: list[int],
           size: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """Each picked word's crop: its box, widened to the right up to the next word on its line (a
    written 24 read as ``2`` shows its 4 to the second reader), and to its line's height."""
    boxes = []
    for i in picked:
        w = words[i]
        line = [x for k, x in zip(keys, words) if k == keys[i]]
        height = max(x.height for x in line)
        after = [x.left for x in line if x.left >= w.left + w.width]
        right = min([*after, w.left + w.width + height]) - SPACE
        top = min(x.top for x in line + [w]) - MARGIN
        bottom = max(x.top + x.height for x in line) + MARGIN
        boxes.append((max(w.left - MARGIN, 0), max(top, 0), min(max(right, w.left + w.width + MARGIN // 2), size[0]),
                      min(bottom, size[1])))
    return boxes


def _strip(image: Image.Image, boxes: list[tuple[int, int, int, int]], heights: list[int]) -> tuple[bytes, list[tuple[int, int]]]:
    """The crops stacked on a white strip (PNG), one to a line, each scaled so that its word stands
    about ``WORD_HEIGHT`` px high (a phone photo's small italic 19 is read ``B`` at its own size) and
    its contrast stretched (a grey photo's crop on a white strip is read as one dark block)."""
    crops = []
    for box, h in zip(boxes, heights):
        crop = ImageOps.autocontrast(image.crop(box).convert("L"), cutoff=1)  # its paper white, like the strip
        scale = min(max(WORD_HEIGHT / max(h, 1), 1.0), 4.0)
        if scale > 1.05:
            crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.BICUBIC)
        crops.append(crop)
    width = max(c.width for c in crops) + 2 * GAP
    strip = Image.new("L", (width, sum(c.height + GAP for c in crops) + GAP), 255)
    rows, y = [], GAP
    for c in crops:
        strip.paste(c, (GAP, y))
        rows.append((y, y + c.height))
        y += c.height + GAP
    buf = io.BytesIO()
    strip.save(buf, format="PNG")
    return buf.getvalue(), rows


def _read_strip(png: bytes) -> list[Word]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", rules()["lang"], "--psm", "6", "tsv"], input=png,
                              capture_output=True, env=env, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []  # no second reading: the first stands as it was read
    if done.returncode != 0:
        return []  # (the second model's language data missing, say)
    return words_of(done.stdout.decode("utf-8", "replace"))[1]


def read_twice(png: bytes, keys: list[tuple[int, int, int]], words: list[Word]) -> list[Word]:
    """The page's words, each numeral in the top band reconciled with its second reading; the words
    as first read when the second reading cannot be made (the image too large to decode again, say)."""
    try:
        return _read_twice(png, keys, words)
    except Exception:  # noqa: BLE001 - a second reading is a check: without it the first reading stands
        return words


def _read_twice(png: bytes, keys: list[tuple[int, int, int]], words: list[Word]) -> list[Word]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(png))
        image.load()
    band = image.height * float(rules()["band"])
    picked = [i for i, w in enumerate(words) if w.top < band and candidate(w.text)]
    if not picked:
        return words
    strip, rows = _strip(image, _boxes(keys, words, picked, image.size), [words[i].height for i in picked])
    second: list[list[tuple[str, int]]] = [[] for _ in picked]
    for w in _read_strip(strip):
        middle = w.top + w.height / 2
        for k, (top, bottom) in enumerate(rows):
            if top - GAP / 2 <= middle < bottom + GAP / 2:
                second[k].append((w.text, w.conf))
                break
    out = list(words)
    for k, i in enumerate(picked):
        text, conf = reconcile(words[i].text, words[i].conf, second[k])
        out[i] = words[i]._replace(text=text, conf=conf)
    return out
