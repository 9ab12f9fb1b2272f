"""The unit registry as a matcher: every spelling of a registered organisation, found by words.

Real text names a unit in many ways — ``SỞ CÔNG THƯƠNG``, ``Sở KH&CN``,
``UBND Tỉnh``, ``Ban QL các KCN Đồng Nai``, ``Tỉnh⏎Ủy Đồng Nai`` — so the
spellings are generated from ``data/units.json`` (names, aliases) and the
abbreviation rules of ``data/units_patterns.yaml``, put in a word trie (what
spaCy's PhraseMatcher does, but on case-folded words with any whitespace
between them, and with exact character offsets), and matched longest first.
A match must hold a capital letter (``chính phủ số`` is not ``Chính phủ``),
must not sit inside a symbol (``3077/SKHCN-CĐS``) or a common noun
(``cơ sở giáo dục``), and a provincial unit followed by another province's
name (``Sở Công Thương tỉnh Bình Dương``) is not the registered one.

Other modules use ``canonical_unit`` (a header or signature line to a name),
``unit_for_code`` (a symbol's issuer code to a name) and ``find_units``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Any, Iterable, NamedTuple

from pipeline.core.characters import fix_tone_marks
from pipeline.core.resources import load_data

_TOKEN = re.compile(r"\w+|[^\w\s]")
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
UPPER_CLASS = f"[{re.escape(_UPPER)}]"


@dataclass(frozen=True)
class UnitMatch:
    """One unit found in a string: ``value`` is the canonical name (or a commune's name)."""

    start: int
    end: int
    value: str
    registered: bool = True
    how: str = "registry"  # registry | commune | pattern | foreign
    level: str = "province"  # province | commune | national, as in the registry


@dataclass(frozen=True)
class _Entry:
    value: str
    core_len: int  # words of the name proper; the rest is a place suffix that may be trimmed
    exact: str | None  # a symbol-like alias ("SCT") must appear exactly like this
    level: str
    block: bool = False


class _Token(NamedTuple):
    norm: str
    start: int
    end: int


@lru_cache(maxsize=20000)
def norm_word(word: str) -> str:
    """Case-folded, NFC, one tone-mark placement: ``Uỷ`` and ``ỦY`` both give ``ủy``."""
    w = unicodedata.normalize("NFC", word).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    return fix_tone_marks(w).casefold()


@lru_cache(maxsize=8)
def tokenize(text: str) -> list[_Token]:
    """Words and single punctuation marks with their offsets into ``text`` (cached: read-only)."""
    return [_Token(norm_word(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(norm_word(m.group()) for m in _TOKEN.finditer(phrase))


def _replace_all(words: tuple[str, ...], full: tuple[str, ...], shorts: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Every way of writing each occurrence of ``full`` in ``words`` as itself or a short form."""
    n = len(full)
    pieces: list[list[tuple[str, ...]]] = []
    i = last = 0
    while i <= len(words) - n:
        if words[i:i + n] == full:
            pieces.append([words[last:i]])
            pieces.append([full, *shorts])
            i += n
            last = i
        else:
            i += 1
    pieces.append([words[last:]])
    return {tuple(w for part in combo for w in part) for combo in product(*pieces)}


def spelling_variants(phrase: str) -> set[tuple[str, ...]]:
    """The word sequences a name may be written as, by the abbreviation rules.

    ``Ban Quản lý các Khu công nghiệp`` gives, among others,
    ``('bql', 'các', 'kcn')`` and ``('ban', 'ql', 'các', 'khu', 'công', 'nghiệp')``.
    """
    pats = load_data("units_patterns.yaml")
    out = {_words(phrase)}
    for rule in pats["abbreviations"] + pats["conjunctions"]:
        full, shorts = _words(rule["full"]), [_words(s) for s in rule["short"]]
        out = {v for w in out for v in _replace_all(w, full, shorts)}
    return out


def _is_symbol_like(alias: str) -> bool:
    return " " not in alias and alias.upper() == alias and len(alias) <= 8


class _Trie:
    def __init__(self) -> None:
        self.root: dict[Any, Any] = {}

    def add(self, words: tuple[str, ...], entry: _Entry) -> None:
        node = self.root
        for w in words:
            node = node.setdefault(w, {})
        node.setdefault(None, []).append(entry)

    def walk(self, tokens: list[_Token], i: int, text: str) -> list[tuple[int, list[_Entry]]]:
        """Ends (exclusive token index) of every phrase starting at token ``i``, longest first."""
        node, j, hits = self.root, i, []
        while j < len(tokens):
            if j > i and "\t" in text[tokens[j - 1].end:tokens[j].start]:
                break  # a phrase never runs across table cells
            node = node.get(tokens[j].norm)
            if node is None:
                break
            j += 1
            if None in node:
                hits.append((j, node[None]))
        return hits[::-1]


def _suffixes(level: str, words: tuple[str, ...]) -> list[tuple[tuple[str, ...], int]]:
    """Place suffixes a provincial name may carry: (full words, words of the name proper)."""
    if level != "province":
        return [(words, len(words))]
    pats = load_data("units_patterns.yaml")
    home = _words(pats["home_province"])
    out = [(words, len(words))]
    if words[-len(home):] == home:
        return out
    if words[-1] == pats["province_word"]:
        out.append((words + home, len(words)))
        out.append((words[:-1] + home, len(words) + len(home) - 1))
    else:
        out.extend((words + _words(s), len(words)) for s in pats["province_suffixes"])
    return out


@lru_cache(maxsize=1)
def _tries() -> tuple[_Trie, _Trie, _Trie]:
    """The unit trie, the non-unit trie and the province trie, built once."""
    reg, pats = load_data("units.json"), load_data("units_patterns.yaml")
    units, blocks, provinces = _Trie(), _Trie(), _Trie()
    for u in reg["units"]:
        for alias in [u["name"], *u["aliases"]]:
            exact = alias if _is_symbol_like(alias) else None
            for words in spelling_variants(alias):
                for full, core in _suffixes(u["level"], words):
                    units.add(full, _Entry(u["name"], core, exact, u["level"]))
    for phrase in pats["non_units"]:
        blocks.add(_words(phrase), _Entry(phrase, 0, None, "", block=True))
    for name in pats["provinces"] + [pats["home_province"]]:
        provinces.add(_words(name), _Entry(name, 0, None, "province"))
    return units, blocks, provinces


@lru_cache(maxsize=1)
def _commune_regex() -> re.Pattern[str]:
    c = load_data("units_patterns.yaml")["commune"]
    kinds = "|".join(map(re.escape, c["kinds"]))
    word = rf"{UPPER_CLASS}\w*"
    return re.compile(rf"(?<!\w)(?i:{c['head']})\s+(?P<kind>(?i:{kinds}))[ ]+(?P<name>{word}(?:[ ]+{word})*)")


@lru_cache(maxsize=1)
def _pattern_regexes() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p["regex"]), p["unit"]) for p in load_data("units_patterns.yaml")["patterns"]]


def _in_symbol(text: str, start: int, end: int) -> bool:
    """``SKHCN`` in ``3077/SKHCN-CĐS`` or ``sct`` in ``sct.dongnai.gov.vn`` is part of a code."""
    before = text[max(start - 2, 0):start].rjust(2)
    after = text[end:end + 2]
    return (before[1] == "/" or (before[1] in "-." and before[0].isalnum())
            or (len(after) == 2 and after[0] in "-/." and after[1].isalnum()))


def _valid(entry: _Entry, surface: str, strict_case: bool) -> bool:
    if entry.exact is not None:
        return surface == entry.exact
    return not strict_case or any(ch.isupper() for ch in surface)


def _commune_matches(text: str) -> list[tuple[int, int, int, UnitMatch]]:
    """Specific communes, ``UBND phường Trấn Biên`` -> ``Ủy ban nhân dân phường Trấn Biên``."""
    c = load_data("units_patterns.yaml")["commune"]
    stops = {norm_word(w) for w in c["stop_words"]}
    tails = [_words(t) for t in c["drop_tail"]]
    out = []
    for m in _commune_regex().finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        keep = 0
        while keep < len(words) and norm_word(words[keep].group()) not in stops:
            keep += 1
        words = words[:keep]
        trimmed = True
        while trimmed and words:
            trimmed = False
            for tail in tails:
                if len(words) > len(tail) and tuple(norm_word(w.group()) for w in words[-len(tail):]) == tail:
                    words, trimmed = words[:-len(tail)], True
        if not words:
            continue
        end = m.start("name") + words[-1].end()
        name = " ".join(w.group() if not w.group().isupper() else w.group().capitalize() for w in words)
        value = f"{c['unit_prefix']} {m.group('kind').lower()} {name}"
        out.append((m.start(), end, end, UnitMatch(m.start(), end, value, True, "commune", "commune")))
    return out


def _foreign_province(text: str, tokens: list[_Token], k: int) -> tuple[str, int] | None:
    """Another province's name at token ``k``, after an optional ``tỉnh``/``thành phố``/``TP.``.

    Returns (name, end offset), or None when there is none or it is the home province.
    """
    pats = load_data("units_patterns.yaml")
    _, _, provinces = _tries()
    markers = {w for m in pats["province_markers"] for w in _words(m)}
    j = k
    while j < len(tokens) and tokens[j].norm in markers and j - k < 3:
        j += 1
    hits = provinces.walk(tokens, j, text) if j < len(tokens) else []
    if not hits:
        return None
    end_tok, entries = hits[0]
    name = entries[0].value
    if norm_word(name) == norm_word(pats["home_province"]):
        return None
    return name, tokens[end_tok - 1].end


def match_units(text: str, strict_case: bool = True) -> list[UnitMatch]:
    """Every unit named in ``text``, registered or not, in order, without overlaps.

    >>> [m.value for m in match_units("Sở KH&CN phối hợp UBND phường Trấn Biên")]
    ['Sở Khoa học và Công nghệ', 'Ủy ban nhân dân phường Trấn Biên']
    """
    units, blocks, _ = _tries()
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    blocked: list[tuple[int, int]] = []
    cands: list[tuple[int, int, int, UnitMatch | _Entry]] = []  # start, core end, end, what
    for i, tok in enumerate(tokens):
        for j, _ in blocks.walk(tokens, i, text)[:1]:
            blocked.append((tok.start, tokens[j - 1].end))
        for j, entries in units.walk(tokens, i, text):
            end = tokens[j - 1].end
            entry = next((e for e in entries if _valid(e, text[tok.start:tokens[min(i + e.core_len, j) - 1].end], strict_case)), None)
            if entry is None or _in_symbol(text, tok.start, end):
                continue
            core_end = tokens[min(i + entry.core_len, j) - 1].end
            cands.append((tok.start, core_end, end, entry))
            break
    cands.extend(_commune_matches(text))
    for rx, unit in _pattern_regexes():
        cands.extend((m.start(), m.end(), m.end(), UnitMatch(m.start(), m.end(), unit, True, "pattern")) for m in rx.finditer(text))
    cands = [c for c in cands if not any(c[0] < be and bs < c[2] and not (c[0] <= bs and be <= c[1]) for bs, be in blocked)]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, int, UnitMatch | _Entry]] = []
    for c in cands:
        if all(c[1] <= o[0] or o[1] <= c[0] for o in chosen):
            chosen.append(c)
    chosen.sort()
    out = []
    for n, (start, core_end, end, what) in enumerate(chosen):
        nxt = chosen[n + 1][0] if n + 1 < len(chosen) else len(text)
        end = end if end <= nxt else core_end
        if isinstance(what, UnitMatch):
            out.append(UnitMatch(start, end, what.value, what.registered, what.how, what.level))
            continue
        value, registered, how = what.value, True, "registry"
        if what.level == "province":
            foreign = _foreign_province(text, tokens, bisect.bisect_left(starts, core_end))
            if foreign is not None and foreign[1] <= nxt:
                end = foreign[1]
                value, registered, how = f"{value} {' '.join(text[core_end:end].split())}", False, "foreign"
        out.append(UnitMatch(start, end, value, registered, how, what.level))
    return out


def document_province(text: str) -> str | None:
    """The province a document belongs to, when the text says so.

    The home province (Đồng Nai) as soon as the text names it; otherwise the
    province most often written after ``tỉnh`` (``UBND tỉnh Lâm Đồng`` -> Lâm
    Đồng); None when no province is named (a central document).
    """
    pats = load_data("units_patterns.yaml")
    home = pats["home_province"]
    tokens = tokenize(text)
    home_words = _words(home)
    counts: dict[str, int] = {}
    _, _, provinces = _tries()
    for i, tok in enumerate(tokens):
        if tuple(t.norm for t in tokens[i:i + len(home_words)]) == home_words:
            return home
        if tok.norm == pats["province_word"] and i + 1 < len(tokens):
            hits = provinces.walk(tokens, i + 1, text)
            if hits:
                name = hits[0][1][0].value
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def find_units(text: str) -> list[tuple[int, int, str]]:
    """Registered units and specific communes named in any string, as (start, end, value).

    >>> find_units("Giám đốc Sở Nội vụ, Phó Trưởng Ban Chỉ đạo.")
    [(9, 18, 'Sở Nội vụ')]
    """
    return [(m.start, m.end, m.value) for m in match_units(text) if m.registered]


def other_province_unit(name: str) -> bool:
    """A name that is another province's unit (``Sở Nội vụ tỉnh Lâm Đồng``, ``Ủy ban nhân dân tỉnh Bình Thuận``)."""
    return any(m.how == "foreign" for m in match_units(name, strict_case=False))


def canonical_unit(name: str) -> str | None:
    """The canonical name of a string that is one unit and nothing else, or None.

    >>> canonical_unit("UBND TỈNH ĐỒNG NAI"), canonical_unit("Sở KH&CN"), canonical_unit("Lãnh đạo Sở")
    ('Ủy ban nhân dân tỉnh', 'Sở Khoa học và Công nghệ', None)
    """
    ms = match_units(name, strict_case=False)
    if len(ms) != 1 or not ms[0].registered:
        return None
    rest = name[:ms[0].start] + name[ms[0].end:]
    return ms[0].value if not re.search(r"\w", rest) else None


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for u in load_data("units.json")["units"]:
        for code in u["codes"]:
            out.setdefault(_norm_code(code), u["name"])
    return out


def _norm_code(code: str) -> str:
    return unicodedata.normalize("NFC", code).replace("\u00d0", "Đ").replace("&", "").replace(" ", "").upper()


def unit_for_code(code: str) -> str | None:
    """The issuer named by a symbol's code, or by the first code in a whole symbol.

    ``SCT`` and ``SCT-VP`` give Sở Công Thương, ``KH-UBND`` Ủy ban nhân dân tỉnh,
    ``NQ/TW`` Bộ Chính trị. A commune's ``KH-UBND`` also gives the province: the
    caller should prefer the header when there is one.
    """
    codes = _codes()
    full = _norm_code(code)
    if full in codes:
        return codes[full]
    for part in re.split(r"[-/–]", full):
        if part in codes:
            return codes[part]
    return None


def registry_names() -> set[str]:
    """Case-folded canonical names of every unit in the registry."""
    return {norm_word(u["name"]) for u in load_data("units.json")["units"]}


def iter_units() -> Iterable[dict[str, Any]]:
    """The registry's unit records, as in ``data/units.json``."""
    return iter(load_data("units.json")["units"])


@lru_cache(maxsize=1)
def _levels() -> dict[str, str]:
    return {u["name"]: u["level"] for u in iter_units()}


def unit_level(name: str) -> str | None:
    """A registered unit's level (``province``, ``commune``, ``national``); None for a name the registry lacks."""
    return _levels().get(name)
