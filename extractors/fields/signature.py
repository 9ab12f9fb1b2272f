"""The signer block: who signed the document, in what position, under what authority.

Decree 30 puts the block at the end of the body, right of ``Nơi nhận:``: the
authority lines (``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH``), the position line
(``PHÓ CHỦ TỊCH``), room for the signature and seal, then the name
(``Dương Minh Dũng``). TXT and DOCX give each on its own line (a two-column
table's cells are TAB lines); PDF text often merges the two columns, so the
caps tail of a recipient line is read too (``- Như trên; PHÓ GIÁM ĐỐC``).
Only the name is scored; position and authority are written in conventional
capitalisation (``PHÓ GIÁM ĐỐC`` → ``Phó Giám đốc``). Police and army units print
the signer's rank before the name (``Đại tá Nguyễn Hồng Phong``): the name is
what follows the rank, and the rank is kept apart (``Signer.rank``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from extractors.unit_registry import canonical_unit
from pipeline.core.resources import load_data
from schemas.mention import Signer

# How far below the last position line the name may be (blank lines, recipient
# lines of a merged PDF column, "(Đã ký)", the seal).
_NAME_WINDOW = 12
# Every upper-case letter Vietnamese uses (a regex class; "À-Ỹ" would take lower case too).
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())


class PrintedName(NamedTuple):
    name: str
    rank: str | None


@dataclass(frozen=True)
class _SigLine:
    index: int  # line number
    prefix: str | None  # "KT." …
    words: str  # the caps words after the prefix: "GIÁM ĐỐC"
    is_position: bool  # a position (not a collective body after TM.)


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = load_data("fields.yaml")
    positions = sorted(data["positions"], key=len, reverse=True)
    pos_alt = "|".join(re.escape(p) for p in positions)
    prefixes = sorted({p.rstrip(".") for p in data["authority_prefixes"]}, key=len, reverse=True)
    slashed = sorted(data["authority_slash_prefixes"], key=len, reverse=True)
    # "KT. GIÁM ĐỐC" (a dot), or the Party's "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN" (a slash, no dot)
    pre_alt = "(?:" + "|".join(re.escape(p) for p in prefixes) + r")\s*\.\s*|(?:" + "|".join(
        re.escape(p) for p in slashed) + r")\s+"
    up = re.escape(UPPER)
    caps = rf"[{up}][{up}&.,\-–]*"
    name_word = rf"[{up}][^\W\d_{up}]*"
    return {
        "positions": data["positions"],
        "bodies": data["bodies"],
        "acronyms": frozenset(data["signer_acronyms"]),
        "skippable_starts": tuple(data["signer_skippable_starts"]),
        # A whole caps phrase that is a position, maybe "PHÓ " before it and an organisation after.
        "position": re.compile(rf"(?:PHÓ\s+)?(?:{pos_alt})(?:\s+{caps}){{0,6}}"),
        # An authority line: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "TL.CHỦ TỊCH".
        "authority": re.compile(rf"(?P<prefix>{pre_alt})\s*(?P<words>{caps}(?:\s+{caps}){{0,9}})"),
        # The caps tail of a line (merged PDF columns): "- Như trên; PHÓ GIÁM ĐỐC".
        "tail": re.compile(rf"(?:^|(?<=[\s;:,.)]))(?P<seg>(?:{pre_alt})?{caps}(?:\s+{caps}){{0,9}})\s*$"),
        # An authority line opening after a recipient in a line that a conversion joined:
        # "- Lưu: VP. TM. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH Nguyễn Thị Mỹ Linh".
        "inner_authority": re.compile(rf"(?<=[.;:,)])\s+(?=(?:{pre_alt}){caps})"),
        # A name glued after the last recipient or after the caps lines, by PDF column order:
        # "- Lưu: VT, CĐS. Nguyễn Thị Hoàng Yến", "PHÓ CHỦ TỊCH Nguyễn Thị Mỹ Linh".
        "glued_name": re.compile(rf"(?:(?<=[.;,)])|(?<=[{up}]))\s+(?P<name>{name_word}(?:\s+{name_word}){{1,4}})\s*$"),
        "continues": tuple(data["position_continues"]),
        "not_name": set(data["not_name_words"]),
        "not_first": set(data["not_name_first_words"]),
        # A rank or title before the name: "Đại tá", "Thiếu tướng", "PGS.TS.".
        "rank": re.compile(r"^(?P<rank>(?:" + "|".join(
            re.escape(t).replace(r"\ ", r"\s+") for t in sorted(data["name_titles"], key=len, reverse=True)
        ) + r"))(?:\s+|(?<=\.))(?=\S)", re.IGNORECASE),
    }


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _sig_line(index: int, line: str) -> _SigLine | None:
    """Read one line as an authority or position line of a signature block, or None."""
    r = _rules()
    line = line.strip().rstrip(":")
    if not line:
        return None
    candidates = [line]
    if not _is_caps(line):
        m = r["tail"].search(line)
        if not m:
            # A whole-line position in ordinary case: "Phó Giám đốc".
            up = line.upper()
            if r["position"].fullmatch(up) and len(line.split()) <= 6:
                return _SigLine(index, None, up, True)
            return None
        candidates = [m.group("seg")]
    for cand in candidates:
        a = r["authority"].fullmatch(cand)
        if a:
            words = a.group("words").strip(" .,")
            prefix = re.sub(r"\s+", "", a.group("prefix"))
            prefix = prefix if "/" in prefix else prefix.rstrip(".") + "."
            return _SigLine(index, prefix, words, bool(r["position"].fullmatch(words)))
        if r["position"].fullmatch(cand.strip(" .,")):
            return _SigLine(index, None, cand.strip(" .,"), True)
    return None


def is_person_name(line: str) -> bool:
    """A line that is a person's name as printed: 2–5 capitalised syllables, no office word.

    ``is_person_name("Phạm Văn Cường")`` is True; ``"Văn phòng Sở"``, ``"Nơi nhận:"`` are not.
    """
    return person_name(line) is not None


def person_name(line: str) -> str | None:
    """The name on a signer's line, allowing a footnote glued after it (``Trịnh Ngọc Duệ 1 Văn phòng …``)."""
    got = printed_name(line)
    return got.name if got else None


def printed_name(line: str) -> PrintedName | None:
    """The name on a signer's line and the rank printed before it.

    ``Đại tá Nguyễn Hồng Phong`` → ``PrintedName("Nguyễn Hồng Phong", "Đại tá")``. An office
    word may not stand anywhere in the name (``Văn phòng Sở``); a word that is also a given
    name (``Nam``, ``Thông``, ``Quyết``) only may not open it (``Việt Nam``, ``Thông báo``).
    """
    r = _rules()
    line = re.sub(r"\s+", " ", line.strip())
    rank = None
    m = r["rank"].match(line)
    if m:
        rank, line = m.group("rank"), line[m.end():].strip()
    # A PDF may split a syllable after its capital: "Nguyễn N gọc Phúc".
    line = re.sub(rf"(?<!\S)([{re.escape(UPPER)}]) ([^\W\d_]*[a-zđ][^\W\d_]*)\b", r"\1\2", line)
    m = re.match(r"^((?:[^\W\d_]+\s+){1,4}[^\W\d_]+)(?:\s+\d.*)?$", line)
    if not m:
        return None
    words = m.group(1).split()
    for w in words:
        if not (w[0].isupper() and (len(w) == 1 or w[1:].islower())):
            return None
        if w in r["not_name"]:
            return None
    if words[0] in r["not_first"]:
        return None
    return PrintedName(" ".join(words), rank)


def _skippable(line: str) -> bool:
    """Lines that may stand between the position and the name."""
    s = line.strip()
    return (not s or s.startswith(_rules()["skippable_starts"])
            or "|" in s or len(s.split()) == 1)


def _conventional(words: str, is_position: bool) -> str:
    """``PHÓ GIÁM ĐỐC`` → ``Phó Giám đốc``; ``ỦY BAN NHÂN DÂN`` → ``Ủy ban nhân dân``."""
    r = _rules()
    table = r["positions"] if is_position else r["bodies"]
    words = re.sub(r"\s+", " ", words.strip())
    up = words.upper()
    vice = up.startswith("PHÓ ")
    core = up[4:] if vice else up
    for caps in sorted(table, key=len, reverse=True):
        if core == caps or core.startswith(caps + " "):
            rest = core[len(caps):].strip()
            # "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" → "Ban Thường vụ Tỉnh đoàn": a registered unit keeps its name.
            unit = canonical_unit(rest) if rest and not is_position else None
            out = table[caps] + ((" " + (unit or _sentence(rest, first=False))) if rest else "")
            head = caps.split()[-1]
            named = canonical_unit(f"{head} {rest}") if rest and is_position else None
            if named:  # "GIÁM ĐỐC SỞ" + "KHOA HỌC VÀ CÔNG NGHỆ" → "Giám đốc Sở Khoa học và Công nghệ"
                out = table[caps].rsplit(" ", 1)[0] + " " + named
            return ("Phó " + out) if vice else out
    return _sentence(words, first=True)


def _sentence(s: str, first: bool) -> str:
    """Sentence case that keeps acronyms (``UBND TỈNH`` → ``UBND tỉnh``)."""
    acronyms = _rules()["acronyms"]
    out = []
    for i, w in enumerate(s.split()):
        if w in acronyms:
            out.append(w)
        else:
            low = w.lower()
            out.append(low[:1].upper() + low[1:] if (i == 0 and first) else low)
    return " ".join(out)


def find_signer(text: str, start: int = 0) -> Signer | None:
    """The first signature block after ``start`` (an offset past the header), or None.

    ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC`` / ``Phạm Văn Cường`` gives
    ``Signer("Phạm Văn Cường", "Phó Giám đốc", "KT. Giám đốc")``.
    """
    lines = [piece for ln in text[start:].split("\n") for piece in _pieces(ln)]
    # a signature set beside the "Nơi nhận" list with TABs (`Nơi nhận:⇥KT. CHỦ TỊCH`,
    # `- Như trên;⇥PHÓ CHỦ TỊCH`, `⇥Nguyễn Văn Hùng`) is read in its right-hand column
    # or with runs of spaces, as pdftotext -layout and Word's text export set it (`- Như trên;      KT. GIÁM ĐỐC`)
    right = [_right_column(ln) for ln in lines]
    for column in (lines, right) if right != lines else (lines,):
        for i, ln in enumerate(column):
            first = _sig_line(i, ln)
            if first:
                signer = _block_signer(first, column)
                if signer:
                    return signer
    return None


def _pieces(line: str) -> list[str]:
    """One line as the lines a conversion joined into it: an authority line opening after a recipient,
    and a name glued after the last recipient or after the caps lines.

    ``- Lưu: VP. TM. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH Nguyễn Thị Mỹ Linh`` →
    ``["- Lưu: VP.", "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Thị Mỹ Linh"]``;
    ``- Lưu: VT, CĐS. Nguyễn Thị Hoàng Yến`` → ``["- Lưu: VT, CĐS.", "Nguyễn Thị Hoàng Yến"]``.
    The pieces only feed the block walk, which still needs a signature line above the name.
    """
    r = _rules()
    out: list[str] = []
    for part in r["inner_authority"].split(line):
        m = r["glued_name"].search(part)
        if m and part[: m.start()].strip() and printed_name(m.group("name")) and not printed_name(part):
            out.extend(_split_position(part[: m.start()].rstrip()))
            out.append(m.group("name"))
        else:
            out.append(part)
    return out


def _split_position(line: str) -> list[str]:
    """``TM. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH`` (one joined line) → the authority and the position below it."""
    r = _rules()
    a = r["authority"].fullmatch(line.strip())
    if a and not r["position"].fullmatch(a.group("words")):
        words = a.group("words").split()
        for j in range(1, len(words)):
            if r["position"].fullmatch(" ".join(words[j:])):
                return [a.group("prefix").strip() + " " + " ".join(words[:j]), " ".join(words[j:])]
    return [line]


_COLUMN_GAP = re.compile(r"\t| {4,}")


def _right_column(line: str) -> str:
    """The last column of a line laid out with a TAB or a run of four or more spaces; the line if none."""
    last = _COLUMN_GAP.split(line)[-1]
    return last if last.strip() else line


def _block_signer(first: _SigLine, lines: list[str]) -> Signer | None:
    """Walk down from a block's first line, gathering its lines, to the name below them."""
    block = [first]
    name: PrintedName | None = None
    k = first.index + 1
    while k < len(lines) and k - block[-1].index <= _NAME_WINDOW:
        cand = lines[k].strip()
        k += 1
        if not cand:
            continue
        sig = _sig_line(k - 1, cand)
        if sig is None and block[-1].prefix and cand.rstrip(":").upper() == "PHÓ " + block[-1].words.upper():
            sig = _SigLine(k - 1, None, cand.rstrip(":"), True)  # KT. TỔNG BIÊN TẬP / PHÓ TỔNG BIÊN TẬP: its deputy
        if sig:
            block.append(sig)
            continue
        if _continues(block[-1], cand):
            # "GIÁM ĐỐC SỞ KHOA HỌC VÀ" … "CÔNG NGHỆ": a position wrapped onto a later line
            last = block[-1]
            block[-1] = _SigLine(k - 1, last.prefix, f"{last.words} {cand}", last.is_position)
            continue
        name = printed_name(cand)
        if name:
            break
        if not _skippable(cand):
            return None
    if not name:
        return None
    positions = [b for b in block if b.prefix is None]
    authorities = [b for b in block if b.prefix is not None]
    position = _conventional(positions[-1].words, True) if positions else None
    authority = ", ".join(
        f"{a.prefix} {_conventional(a.words, a.is_position)}" for a in authorities
    ) or None
    if position is None and authorities and authorities[-1].is_position:
        position = _conventional(authorities[-1].words, True)
    return Signer(name=name.name, position=position, authority=authority, rank=name.rank)


def _continues(last: _SigLine, line: str) -> bool:
    """A caps line that goes on with the position above it: the position ends, or the line opens, with a
    joining word (``VÀ``, ``CỦA``, ``-``; data/fields.yaml ``position_continues``)."""
    joins = _rules()["continues"]
    words = line.split()
    return (last.is_position and _is_caps(line) and len(words) <= 8
            and (last.words.split()[-1] in joins or words[0] in joins))
