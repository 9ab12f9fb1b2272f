"""Normalisation: from what a reader produced to the one text every extractor reads.

Three steps, each keeping a map from every output character back to the raw
text (``origin``), so a span in the normalised text always leads back to the
source:

1. Unicode NFC (seed 003 is mostly decomposed), odd spaces and invisible
   characters folded, CR/LF unified;
2. one tone-mark placement for matching: ``hoà`` → ``hòa``, ``Uỷ`` → ``Ủy``,
   ``tựơng`` → ``tượng`` (same length, so positions do not move) — both
   character steps live in ``pipeline/core/characters.py``, which the
   extractors use too;
3. repair of hard-wrapped lines: ``các chỉ ⏎tiêu`` → ``các chỉ tiêu``; numbers
   split over lines ``3906/KH-⏎⏎SCT`` → ``3906/KH-SCT``; real paragraphs, list
   items, table-cell lines (``\\t…``) and signature lines stay apart.

The rules' words and patterns live in ``data/normalise.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core.characters import fix_tone_marks, fold_characters
from pipeline.core.resources import load_data


@dataclass(frozen=True)
class _Rules:
    hard_start: re.Pattern[str]
    hard_end: re.Pattern[str]
    number_splits: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    dangling: re.Pattern[str]
    long_share: float


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = load_data("normalise.yaml")
    return _Rules(
        hard_start=re.compile("(?:" + "|".join(d["hard_start"]) + ")"),
        hard_end=re.compile(d["hard_end"]),
        number_splits=tuple((re.compile(x["end"]), re.compile(x["start"])) for x in d["number_splits"]),
        dangling=re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, d["dangling_words"])) + r")$"),
        long_share=float(d["long_line_share"]),
    )


def _typical_width(lines: list[str]) -> int:
    """The wrap width of a hard-wrapped text, or 0 when the text does not look hard-wrapped.

    A text wrapped at ~80 characters has many lines close to its longest ones;
    a text of whole paragraphs (a DOCX, an unwrapped TXT) does not, and there a
    line is never glued to a next one that starts with a capital.
    """
    lengths = sorted(len(l) for l in lines if len(l.strip()) > 0)
    if not lengths:
        return 0
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for n in lengths if n >= 0.85 * p90)
    return p90 if near >= max(5, 0.3 * len(lengths)) else 0


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _joiner(prev: str, nxt: str, blanks: int, width: int, rules: _Rules) -> str:
    """How two consecutive non-empty lines are joined: "" , " ", "\\n" or "\\n\\n"."""
    hard = "\n\n" if blanks else "\n"
    p, q = prev.rstrip(), nxt.lstrip(" ")
    if any(end.search(p) and start.match(q) for end, start in rules.number_splits):
        return ""
    if rules.hard_start.match(q) or rules.hard_end.search(p):
        return hard
    if _is_caps(p) or p.lstrip().startswith(("TM.", "KT.", "TL.", "TUQ.", "Q.")):
        return hard
    first = q[:1]
    if first.islower() or first.isdigit() or first in "(“\"'" or rules.dangling.search(p):
        return " "
    if first.isupper() and not blanks and width and len(p) >= rules.long_share * width and not _is_caps(q):
        return " "
    return hard


def _repair_lines(text: str, origin: list[int]) -> tuple[str, list[int]]:
    rules = _rules()
    # split keeping each line's start offset
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    width = _typical_width(text.split("\n"))
    out: list[str] = []
    org: list[int] = []
    prev: str | None = None
    blanks = 0
    for start, end in lines:
        # trim spaces (not tabs) at the line's ends
        s, e = start, end
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        if s == e:
            if prev is not None:
                blanks += 1
            continue
        line = text[s:e]
        if prev is not None:
            glue = _joiner(prev, line, blanks, width, rules)
            anchor = origin[s - 1] if s > 0 else origin[s]
            out.append(glue)
            org.extend([anchor] * len(glue))
        out.append(line)
        org.extend(origin[s:e])
        prev, blanks = line, 0
    return "".join(out), org


def collapse_inline_spaces(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Runs of spaces inside a line become one space (tabs are kept: they mark table cells)."""
    out: list[str] = []
    org: list[int] = []
    prev_space = False
    for ch, o in zip(text, origin):
        if ch == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        out.append(ch)
        org.append(o)
    return "".join(out), org


def normalise(raw: str, tab_tables: bool = False) -> tuple[str, list[int]]:
    """Normalise ``raw`` and return ``(text, origin)`` with ``len(origin) == len(text)``.

    ``tab_tables`` (plain text): a table pasted from Excel is laid out as a table first
    (``tab_rows_as_cells``), so its rows are never glued as wrapped lines.

    >>> normalise("Kế hoạch số 3906/KH-\\n\\nSCT")[0]
    'Kế hoạch số 3906/KH-SCT'
    """
    text, origin = fold_characters(raw)
    text = fix_tone_marks(text)
    if tab_tables:
        text, origin = tab_rows_as_cells(text, origin)
    text, origin = _repair_lines(text, origin)
    return collapse_inline_spaces(text, origin)


_NUMBER_CELL = re.compile(r"\s*\d[\d.,]*\s*%?\s*")


def tab_rows_as_cells(text: str, origin: list[int]) -> tuple[str, list[int]]:
    r"""A TXT table pasted from Excel (each row a line, its cells split by TABs) laid out as the
    readers lay out a table: each cell a line starting with a TAB, a blank line after each row.

    Of a run of such lines, the table is the rows from the header row (the line above the first row
    holding a number cell after its first cell: ``Toàn ngành\t315.900\t304.935\t96,53%``) to the last
    such row, when there are two of them; a list numbered ``1.\ttext``, a header (``UBND TỈNH ĐỒNG
    NAI\tCỘNG HÒA …``) or a signature (``Nơi nhận:\tKT. GIÁM ĐỐC``) aligned with a TAB stays as it is.
    Every character keeps its origin.

    >>> tab_rows_as_cells("Kết quả:\nCấp\tSố\nTHCS\t12\nCộng\t12\nHết.", list(range(40)))[0]
    'Kết quả:\n\tCấp\n\tSố\n\n\tTHCS\n\t12\n\n\tCộng\n\t12\n\nHết.'
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    is_row = [("\t" in ln and not ln.startswith("\t")) for _, ln in lines]

    def at(k: int) -> int:  # the origin of text[k], or of the last character past the end
        return origin[min(k, len(origin) - 1)] if origin else 0

    out: list[str] = []
    org: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and is_row[j]:
            j += 1
        numeric = [k for k in range(i, j) if any(_NUMBER_CELL.fullmatch(c) for c in lines[k][1].split("\t")[1:])]
        if len(numeric) >= 2:
            first = numeric[0] - 1 if numeric[0] > i else numeric[0]  # the header row above the first figures
            for start, ln in lines[i:first]:  # lines before it, or after the last figures (a signature
                out.append(ln + "\n")         # aligned with a TAB), stay as they are
                org += origin[start: start + len(ln) + 1]
            for start, ln in lines[first: numeric[-1] + 1]:
                k = start
                for cell in ln.split("\t"):
                    out.append("\t" + cell + "\n")
                    org += [at(k - 1 if k > start else k), *origin[k: k + len(cell)], at(k + len(cell))]
                    k += len(cell) + 1
                out.append("\n")  # the blank line after a row
                org.append(at(start + len(ln)))
            i = numeric[-1] + 1
            continue
        start, ln = lines[i]
        end = "\n" if i < len(lines) - 1 else ""
        out.append(ln + end)
        org += origin[start: start + len(ln) + len(end)]
        i += 1
    joined = "".join(out)
    if not text.endswith("\n") and joined.endswith("\n\n") and is_row[-1] and len(joined) > len(text):
        joined, org = joined[:-2], org[:-2]  # a table at the very end: no blank line after it
    return joined, org
