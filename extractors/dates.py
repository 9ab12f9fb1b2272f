"""Calendar dates and months: every reference that names at least a month and a year.

Why rules and not dateparser: Vietnamese administrative text writes dates day
first in a handful of fixed shapes, and the hard part is what dateparser cannot
know — the end of a range lends its month and year to the start
(``từ ngày 01/4 đến ngày 09/4/2025`` → ``2025-04-01``, ``2025-04-09``), a
place-and-date line may leave the day blank (``ngày    tháng 11 năm 2025`` →
``2025-11``), and look-alikes are not dates (``01/2025/NĐ-CP``, ``quý III/2025``,
``định kỳ 06 tháng``). Example: ``diễn ra từ ngày 8-10/10/2025`` gives two
mentions, ``ngày 8`` (``2025-10-08``) and ``10/10/2025`` (``2025-10-10``).

Words and cues live in data/dates.yaml.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extractors.base import mention
from schemas.document import Document
from schemas.mention import Mention
from pipeline.core.resources import load_data

KIND = "dates"
_D = r"\d{1,2}"
_Y = r"(?:19|20)\d\d"


@dataclass
class _Atom:
    """One piece the scanner found; ``day``/``month``/``year`` are None where the text leaves them out."""

    kind: str  # full_day, full_month, part_dm, part_d, part_m, bare_month
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None


@dataclass(frozen=True)
class _Rules:
    scan: re.Pattern[str]
    connector: re.Pattern[str]
    bare_cue: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = load_data("dates.yaml")
    ngay, thang, nam = data["day_words"], data["month_word"], data["year_word"]
    # a year ends the number; one more digit glued on is a footnote mark
    # (Công báo: "ngày 08/10/20181" is 8 Oct 2018, footnote 1)
    end_num = r"(?!\d\d|\d?[/.]\d)"
    alts = [
        # ngày 29 tháng 5 năm 2025 / ngày 29 tháng 5/2025 / ngày 29/5 năm 2025
        rf"(?P<wd>{ngay}\s*(?P<wd_d>{_D})\s*(?:{thang}\s*(?P<wd_m>{_D})|/(?P<wd_m2>{_D}))"
        rf"\s*(?:{nam}\s*|[/.\-]\s*)(?P<wd_y>{_Y}){end_num})",
        # (ngày) 29/5/2025, 29-5-2025, 29.5.2025
        rf"(?P<nd>(?:{ngay}\s*)?(?<![\d/.:])(?P<nd_d>{_D})(?P<sep>[/.\-])(?P<nd_m>{_D})(?P=sep)(?P<nd_y>{_Y}){end_num})",
        # 2025-07-28 (e-signature stamps, metadata): year first only in this one shape
        rf"(?P<iso>(?<![\d/.\-])(?P<iso_y>{_Y})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d]|-\d))",
        # tháng 3/2025, tháng 03 năm 2025, tháng 3-2025
        rf"(?P<mw>{thang}\s*(?P<mw_m>{_D})\s*(?:{nam}\s*|[/.\-]\s*)(?P<mw_y>{_Y}){end_num})",
        # partial day-month: (ngày) 01/4 — needs the year of the range's end
        rf"(?P<pdm>(?:{ngay}\s*)?(?<![\d/.:])(?P<pdm_d>{_D})/(?P<pdm_m>{_D})(?![\d]|\s*[/.\-]\s*\d|\s*{nam}))",
        # partial day-month in words: ngày 11 tháng 9 (đến ngày 06 tháng 10 năm 2025)
        rf"(?P<pdw>{ngay}\s*(?P<pdw_d>{_D})\s*{thang}\s*(?P<pdw_m>{_D})(?![\d]|\s*[/.\-]\s*\d|\s*{nam}\s*\d))",
        # bare month M/YYYY — only with a cue word or inside a range
        rf"(?P<bm>(?<![\d/.:])(?P<bm_m>{_D})/(?P<bm_y>{_Y})(?![\d/]|[.,\-]\d))",
        # partial day: ngày 8 (…-10/10/2025), or a bare 8 right before -10/10/2025
        rf"(?P<pd>{ngay}\s*(?P<pd_d>{_D})(?![\d]|\s*[/.]\s*\d|\s*{thang}))",
        rf"(?P<pdb>(?<![\d/.:,\-])(?P<pdb_d>{_D})(?=\s?[-–]\s?{_D}/{_D}/{_Y}))",
        # partial month: tháng 5 (… đến tháng 12/2025), tháng 01(-6/2019)
        rf"(?P<pm>{thang}\s*(?P<pm_m>{_D})(?![\d]|\s*[/.\-]\s*{_Y}|/\d|\s*{nam}\s*\d))",
    ]
    return _Rules(
        scan=re.compile("|".join(alts), re.I),
        connector=re.compile(data["range_connector"] + r"$", re.I),
        bare_cue=re.compile(data["bare_month_cue"], re.I),
    )


def _atoms(text: str, rules: _Rules) -> list[_Atom]:
    out: list[_Atom] = []
    for m in rules.scan.finditer(text):
        if _ocr_digit_before(text, m.start()):
            continue  # OCR "ngày I2/02/2026": the I is a misread 1, so "2/02/2026" is not the date
        g = m.groupdict()
        if g["wd"]:
            out.append(_Atom("full_day", m.start(), m.end(), int(g["wd_d"]), int(g["wd_m"] or g["wd_m2"]), int(g["wd_y"])))
        elif g["nd"]:
            out.append(_Atom("full_day", m.start(), m.end(), int(g["nd_d"]), int(g["nd_m"]), int(g["nd_y"])))
        elif g["iso"]:
            out.append(_Atom("full_day", m.start(), m.end(), int(g["iso_d"]), int(g["iso_m"]), int(g["iso_y"])))
        elif g["mw"]:
            out.append(_Atom("full_month", m.start(), m.end(), None, int(g["mw_m"]), int(g["mw_y"])))
        elif g["pdm"] or g["pdw"]:
            d, mo = (g["pdm_d"], g["pdm_m"]) if g["pdm"] else (g["pdw_d"], g["pdw_m"])
            out.append(_Atom("part_dm", m.start(), m.end(), int(d), int(mo), None))
        elif g["bm"]:
            out.append(_Atom("bare_month", m.start(), m.end(), None, int(g["bm_m"]), int(g["bm_y"])))
        elif g["pd"] or g["pdb"]:
            out.append(_Atom("part_d", m.start(), m.end(), int(g["pd_d"] or g["pdb_d"]), None, None))
        elif g["pm"]:
            out.append(_Atom("part_m", m.start(), m.end(), None, int(g["pm_m"]), None))
    return out


def _ocr_digit_before(text: str, start: int) -> bool:
    """Is the number at ``start`` glued to a lone letter (``I2/02/2026``), i.e. a misread digit?"""
    if start == 0 or not text[start].isdigit() or not text[start - 1].isalpha():
        return False
    return start == 1 or not text[start - 2].isalpha()


def _linked(text: str, a: _Atom, b: _Atom, rules: _Rules) -> bool:
    """Are ``a`` and ``b`` the two ends of one range (``8-10/10/2025``, ``tháng 5 đến tháng 12/2025``)?"""
    return a.end <= b.start and bool(rules.connector.match(text, a.end, b.start))


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _resolve(atoms: list[_Atom], text: str, rules: _Rules) -> list[tuple[_Atom, str, str]]:
    """(atom, value, precision) for every atom that names a month and a year, ranges filled in from the right."""
    resolved: dict[int, tuple[int | None, int, int]] = {}  # index -> (day, month, year)
    for i in range(len(atoms) - 1, -1, -1):
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        link = nxt is not None and (i + 1) in resolved and _linked(text, a, nxt, rules)
        if a.kind == "full_day":
            resolved[i] = (a.day, a.month, a.year)  # type: ignore[assignment]
        elif a.kind == "full_month":
            resolved[i] = (None, a.month, a.year)  # type: ignore[assignment]
        elif a.kind == "bare_month":
            prev = atoms[i - 1] if i > 0 else None
            cue = bool(rules.bare_cue.search(text[max(0, a.start - 20):a.start]))
            after_month = prev is not None and prev.kind in ("full_month", "part_m", "bare_month") and _linked(text, prev, a, rules)
            if cue or after_month:
                resolved[i] = (None, a.month, a.year)  # type: ignore[assignment]
        elif link:
            nd, nm, ny = resolved[i + 1]
            if a.kind == "part_d" and nd is not None:
                resolved[i] = (a.day, nm, ny)
            elif a.kind == "part_dm" and nd is not None:
                # từ ngày 15/12 đến ngày 15/01/2026: the start is in the year before
                resolved[i] = (a.day, a.month, ny - 1 if a.month > nm else ny)  # type: ignore[operator]
            elif a.kind == "part_m":
                resolved[i] = (None, a.month, ny - 1 if a.month > nm else ny)  # type: ignore[operator]
    out = []
    for i, (d, m, y) in sorted(resolved.items()):
        if not _valid(y, m, d):
            continue
        value = f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else "")
        out.append((atoms[i], value, "day" if d is not None else "month"))
    return out


def extract_dates(doc: Document) -> Iterator[Mention]:
    """Every date (``YYYY-MM-DD``) and month (``YYYY-MM``) named in ``doc``, one mention per range end.

    Example: ``Thời gian: Từ tháng 5/2025 đến tháng 12/2025`` gives ``2025-05``
    and ``2025-12`` (``precision="month"``).
    """
    rules = _rules()
    text = doc.text
    for atom, value, precision in _resolve(_atoms(text, rules), text, rules):
        yield mention(doc, KIND, value, atom.start, atom.end, 1.0, precision=precision)
