"""Vietnamese marks put back on an OCR'd header line, where the words spell a known name.

Tesseract reads a scan's caps header with marks lost or swapped and spaces
sometimes dropped: ``TÍNH LÂM ĐÒNG``, ``HỘI ĐÒNG THẢM ĐỊNH``,
``CÔNG ANTỈNHLÂMĐÒNG``. Compared without marks (``TINH LAM DONG``), such words
are one of a few phrases: the header vocabulary of data/fields.yaml
(``ocr_header_phrases``), a registered unit's name or alias, or ``TỈNH`` /
``THÀNH PHỐ`` followed by a province. ``repair_caps("TÍNH LÂM ĐÒNG")`` gives
``TỈNH LÂM ĐỒNG``; words that spell none of them stay as OCR read them, so a
name the lists lack is never rewritten into another one.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.fields.header import is_caps, rules
from pipeline.core.resources import load_data


def without_marks(text: str) -> str:
    """One character for one, tone and vowel marks dropped, ``Đ``/``đ`` as ``D``/``d`` (``TÍNH ĐÒNG`` → ``TINH DONG``)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append({"Đ": "D", "đ": "d"}.get(ch) or unicodedata.normalize("NFD", ch)[0])
    return "".join(out)


def bare(text: str) -> str:
    """``without_marks`` in capitals, still one character for one (``ß`` stays: its capital is two letters)."""
    return without_marks("".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in unicodedata.normalize("NFC", text)))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Every phrase as a pattern over text without marks (spaces optional), by its first two letters."""
    units = load_data("units.json")["units"]
    places = load_data("units_patterns.yaml")
    provinces = [places["home_province"], *places["provinces"]]
    names = list(rules()["ocr_header_phrases"])
    names += [n for u in units for n in (u["name"], *u.get("aliases", [])) if len(n.split()) >= 2]
    names += [f"{level} {p}" for p in provinces for level in ("tỉnh", "thành phố")]
    seen: set[str] = set()
    index: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for n in names:
        up = re.sub(r"\s+", " ", unicodedata.normalize("NFC", n).upper()).strip()
        key = bare(up).replace(" ", "")
        words = re.findall(r"[^\W\d_]+", up)
        if key in seen or re.search(r"\d", up) or not (len(words) >= 2 or len(up) >= 3 and up.isalpha()):
            continue
        seen.add(key)
        # letters as printed, spaces optional (OCR drops them), the name's own commas and dashes optional too
        rx = re.compile(r"[\s,.\-–&]*".join(re.escape(w) for w in bare(" ".join(words)).split(" ")))
        index.setdefault(key[:2], []).append((rx, up))
    return index


def _ends_word(flat: str, at: int) -> bool:
    return at == len(flat) or not flat[at].isalpha()


def _matches(flat: str, at: int) -> list[tuple[int, str]]:
    """(end, phrase) of every phrase spelt at ``at``: ending a word, or glued to a next phrase that does."""
    key = re.sub(r"\s", "", flat[at: at + 4])[:2]
    return [(m.end(), phrase) for rx, phrase in _phrases().get(key, []) if (m := rx.match(flat, at))]


def _best(flat: str, at: int, depth: int = 0) -> tuple[int, int, str] | None:
    """(letters covered, end, phrase) of the best phrase at ``at``: the longest run of phrases it starts."""
    best = None
    for end, phrase in _matches(flat, at):
        if _ends_word(flat, end):
            covered = end - at
            nxt = _next_start(flat, end)
            if depth < 2 and nxt is not None and (more := _best(flat, nxt, depth + 1)):
                covered += more[0]
        elif depth < 2 and (more := _best(flat, end, depth + 1)):
            covered = end - at + more[0]  # glued: "CÔNG AN" + "TỈNH LÂM ĐỒNG" in CÔNG ANTỈNHLÂMĐÒNG
        else:
            continue
        if best is None or covered > best[0] or covered == best[0] and end - at > best[1] - at:
            best = (covered, end, phrase)
    return best


def _next_start(flat: str, at: int) -> int | None:
    while at < len(flat) and not flat[at].isalpha():
        if flat[at] not in " \t":
            return None
        at += 1
    return at if at < len(flat) else None


def repair_caps(line: str) -> str:
    """The line with each run of words that spells a known phrase without marks written as that phrase."""
    line = unicodedata.normalize("NFC", line)
    flat = bare(line)
    out: list[str] = []
    i = at = 0
    glued = False  # the previous phrase ended inside a run of letters: the next starts there
    while i < len(line):
        if flat[i].isalpha() and (i == 0 or not flat[i - 1].isalpha() or glued):
            got = _best(flat, i)
            if got and is_caps(line[i:got[1]]):  # a caps header's words; "Hội đồng" in running text stays
                _, end, phrase = got
                out += [line[at:i], phrase]
                at = i = end
                glued = not _ends_word(flat, end)
                if glued:
                    out.append(" ")
                continue
        glued = False
        i += 1
    out.append(line[at:])
    return "".join(out)
