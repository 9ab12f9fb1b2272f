"""Document numbers (số và ký hiệu) written in the text, and short back-references to them.

Why rules and not a model: a number-and-symbol has a fixed grammar (Decree
30/2020/NĐ-CP for state bodies, the Party's own for Party bodies), and what makes
one hard is telling it from look-alikes — dates (``29/5/2025``), ratios
(``81/81``), form codes (``Mẫu số 01/TSMH``), ``V/v``. Example: in
``Thực hiện Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025`` the mention is
``3077/SKHCN-CĐS`` (value ``3077/SKHCN-CĐS``), and a later ``Văn bản 3077``
takes that value too (``how="backref"``).

Word lists (type codes, triggers, form context) live in data/doc_numbers.yaml.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extractors.base import mention
from pipeline.core.resources import load_data
from schemas.document import Document
from schemas.mention import Mention

KIND = "doc_numbers"
DASHES = r"\-‐‑‒–—―−"  # for character classes
_DASH_RE = re.compile(f"[{DASHES}_]")
_UP = "A-ZĐÐ"
# A symbol segment as the regex sees it; validity (capitals, known mixed-case
# codes such as TTg, TTr) is decided afterwards by ``_valid_segment``.
_SEG = rf"[{_UP}](?:[A-Za-z{_UP}đ]|&(?=[{_UP}]))*\d*"  # `CCVC&ĐT` is one segment
_SEP = rf"[/{DASHES}_]"
_GAP = r"[ \t]{0,2}\n?[ \t]{0,2}"
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+", re.I)  # anchored: linear on long runs


def normalise_number(s: str) -> str:
    """The contract's value of a number-and-symbol: NFC, upper case, no spaces, ``-`` for every dash.

    ``normalise_number("192/KH- UBND")`` → ``"192/KH-UBND"``; ``"1707/QÐ-UBND"``
    (with U+00D0) → ``"1707/QĐ-UBND"``; ``"1234/QĐ-TTg"`` → ``"1234/QĐ-TTG"``.
    """
    s = unicodedata.normalize("NFC", s).replace("Ð", "Đ").replace("ð", "đ")
    s = _DASH_RE.sub("-", re.sub(r"\s+", "", s))
    return unicodedata.normalize("NFC", s.upper())


@dataclass(frozen=True)
class _Rules:
    full: re.Pattern[str]
    backref: re.Pattern[str]
    trigger_types: dict[str, tuple[str, ...]]
    type_codes: frozenset[str]
    mixed_case: frozenset[str]
    dash_only: frozenset[str]
    not_symbols: frozenset[str]
    form_context: re.Pattern[str]
    numbered_codes: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = load_data("doc_numbers.yaml")
    full = re.compile(
        rf"(?<![\w/.:\-–%])(?P<num>\d{{1,5}}(?:\.\d{{1,3}}(?=/))?)(?P<first>[ ]?/|[{DASHES}])"
        rf"(?:(?P<year>(?:19|20)\d\d)/)?"
        rf"(?P<sym>{_GAP}{_SEG}(?:{_SEP}{_GAP}{_SEG})*)(?![\w%])"
    )
    triggers = sorted(data["backref_triggers"], key=lambda t: -len(t["words"]))
    alt = "|".join(_words_pattern(t["words"]) for t in triggers)
    backref = re.compile(
        rf"(?<!\w)(?P<trigger>{alt}){data['backref_number_word']}\s*:?\s*(?P<num>\d{{1,5}})"
        rf"(?![\w%]|[ ]?[/{DASHES}][ ]?\w|[.,]\d)",
        re.I,
    )
    return _Rules(
        full=full,
        backref=backref,
        trigger_types={_fold(t["words"]): tuple(c.upper() for c in t["types"]) for t in triggers},
        type_codes=frozenset(c.upper() for c in data["type_codes"]),
        mixed_case=frozenset(data["mixed_case_codes"]),
        dash_only=frozenset(c.upper() for c in data["dash_only_codes"]),
        not_symbols=frozenset(c.upper() for c in data["not_symbols"]),
        form_context=re.compile(data["form_context"]),
        numbered_codes=re.compile(data["numbered_codes"]),
    )


def _words_pattern(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


def _fold(words: str) -> str:
    return " ".join(words.lower().split())


def _valid_segment(seg: str, rules: _Rules) -> bool:
    seg = seg.replace("Ð", "Đ")
    return bool(re.fullmatch(r"[A-ZĐ]+(?:&[A-ZĐ]+)*\d*", seg)) or seg in rules.mixed_case


def _symbol_end(sym: str, sym_start: int, rules: _Rules) -> tuple[list[str], int] | None:
    """Valid leading segments of ``sym`` and the offset (in the text) where they end.

    Damaged PDF text puts a space after a separator (``192/KH- UBND``,
    ``3374/ BKHCN- CNCNTT``): a segment after such a gap is kept when it is in
    capitals; across a line break only while the symbol so far is all type codes
    (``KH-⏎UBND``), i.e. could not have ended there. Footnote digits glued to
    the end (``57-NQ/TW1``) are dropped unless the code takes a number (``QH15``).
    """
    segs: list[str] = []
    end = sym_start
    for m in re.finditer(rf"({_SEP}?)(\s*)({_SEG})", sym):
        sep, gap, seg = m.groups()
        if m.start() == 0 and sep:
            return None
        if not _valid_segment(seg, rules):
            break
        if gap:
            capitals = bool(re.fullmatch(r"[A-ZĐÐ]{2,}(?:&[A-ZĐÐ]+)*\d*", seg)) or seg in rules.mixed_case
            incomplete = all(s.upper() in rules.type_codes for s in segs)
            if not capitals or ("\n" in gap and not incomplete):
                break
        segs.append(seg)
        end = sym_start + m.end()
    if not segs:
        return None
    digits = re.search(r"\d+$", segs[-1])
    if digits and not rules.numbered_codes.fullmatch(normalise_number(segs[-1][:digits.start()])):
        segs[-1] = segs[-1][:digits.start()]
        end -= len(digits.group())
    return segs, end


def _plausible(segs: list[str], year: str | None, party: bool, rules: _Rules) -> bool:
    """Does this list of segments look like a document symbol (KH-UBND, NQ/TW, QH15, CP)?"""
    up = [normalise_number(s) for s in segs]
    if any(s in rules.not_symbols for s in up):
        return False
    issuers = [s for s in up if s not in rules.type_codes and len(re.sub(r"\d", "", s)) >= 2]
    if party:  # 57-NQ/TW, 01-KH/BCĐTW; older 206-CP
        return (len(up) >= 2 and up[0] in rules.type_codes and bool(issuers)) or (len(up) == 1 and up[0] in rules.dash_only)
    if not issuers:  # 21/TB-HĐ: two codes, the first a type, still a symbol
        return len(up) >= 2 and up[0] in rules.type_codes
    if len(up) == 1:  # 1472/UBND, 12/CP, 90/2025/QH15 but not 3/KP, 12/KP3
        s = up[0]
        if year:
            return True
        return s in rules.dash_only or (len(s) >= 3 and not s[-1].isdigit())
    return True


def _is_form_code(text: str, start: int, rules: _Rules) -> bool:
    return bool(rules.form_context.search(text[max(0, start - 80):start]))


def _full_numbers(doc: Document, rules: _Rules, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    text = doc.text
    for m in rules.full.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in skip):
            continue
        # 57-NQ/TW is Party style; 19-2018/NQ-CP is the state style with a dash
        party = m.group("first").strip() != "/" and not m.group("year")
        parsed = _symbol_end(m.group("sym"), m.start("sym"), rules)
        if parsed is None:
            continue
        segs, end = parsed
        if not _plausible(segs, m.group("year"), party, rules):
            continue
        if _is_form_code(text, m.start(), rules):
            continue
        yield m.start(), end, normalise_number(text[m.start():end])


def _leading_number(value: str) -> int:
    return int(re.match(r"\d+", value).group())  # type: ignore[union-attr]


def _type_codes(value: str, rules: _Rules) -> set[str]:
    return {s for s in re.split(r"[/-]", value)[1:] if s in rules.type_codes}


def _resolve(trigger: str, num: int, known: list[str], rules: _Rules) -> str | None:
    """The one full number a back-reference (``Kế hoạch 192``) points to, or None."""
    wanted = rules.trigger_types.get(_fold(trigger), ())
    cands = sorted({v for v in known if _leading_number(v) == num})
    if wanted:
        cands = [v for v in cands
                 if _type_codes(v, rules) & set(wanted) or ("" in wanted and not _type_codes(v, rules))]
    return cands[0] if len(cands) == 1 else None


def extract_doc_numbers(doc: Document) -> Iterator[Mention]:
    """Every number-and-symbol in ``doc`` (``how="full"``) and every back-reference to one (``how="backref"``).

    Example: ``Kế hoạch số 192/KH-UBND ngày 29/5/2025`` gives ``192/KH-UBND``;
    ``so với Kế hoạch 192`` later in the same text gives ``192/KH-UBND`` again.
    """
    rules = _rules()
    text = doc.text
    skip = [m.span() for m in _URL.finditer(text)]
    fulls = list(_full_numbers(doc, rules, skip))
    taken = [(s, e) for s, e, _ in fulls]
    for start, end, value in fulls:
        yield mention(doc, KIND, value, start, end, 1.0, how="full")
    known = [v for _, _, v in fulls]
    if not known:
        return
    for m in rules.backref.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken + skip):
            continue
        value = _resolve(m.group("trigger"), int(m.group("num")), known, rules)
        if value is not None:
            yield mention(doc, KIND, value, m.start(), m.end(), 0.9, how="backref")
