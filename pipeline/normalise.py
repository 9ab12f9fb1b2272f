"""Normalisation: from what a reader produced to the one text every extractor reads.

Three steps, each keeping a map from every output character back to the raw
text (``origin``), so a span in the normalised text always leads back to the
source:

1. Unicode NFC (seed 003 is mostly decomposed), odd spaces and invisible
   characters folded, CR/LF unified.
2. One tone-mark placement for matching: ``hoà`` → ``hòa``, ``Uỷ`` → ``Ủy``,
   ``tựơng`` → ``tượng`` (same length, so positions do not move).
3. Repair of hard-wrapped lines: ``các chỉ ⏎tiêu`` → ``các chỉ tiêu``; numbers
   split over lines ``3906/KH-⏎⏎SCT`` → ``3906/KH-SCT``; real paragraphs, list
   items, table-cell lines (``\\t…``) and signature lines stay apart.

The rules' words and patterns live in ``data/normalise.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import load_data

# Characters folded before anything reads the text: odd spaces to a space,
# invisible ones dropped.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
_DROP = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


@dataclass(frozen=True)
class _Rules:
    hard_start: re.Pattern[str]
    hard_end: re.Pattern[str]
    number_splits: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    long_share: float
    tone_pair: re.Pattern[str]
    uo_horn: bool
    fold: dict[int, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = load_data("normalise.yaml")
    pairs = "|".join(d["tone_pairs"])
    # an old-style pair: base vowel, then the second vowel carrying the tone, at syllable end
    tone_pair = re.compile(
        rf"(?<!\w)(?P<pre>[^\W\d_]*?)(?P<pair>(?i:{pairs}))(?P<tone>[{_TONES}])(?![^\W\d_])"
    )
    return _Rules(
        hard_start=re.compile("(?:" + "|".join(d["hard_start"]) + ")"),
        hard_end=re.compile(d["hard_end"]),
        number_splits=tuple((re.compile(x["end"]), re.compile(x["start"])) for x in d["number_splits"]),
        long_share=float(d["long_line_share"]),
        tone_pair=tone_pair,
        uo_horn=bool(d.get("uo_horn", True)),
        fold={**_SPACES, **dict.fromkeys(map(ord, d.get("bullets", [])), "•")},
    )


def _nfc_in_place(raw: str) -> str | None:
    """``_nfc``'s text when each of its characters keeps its own origin, else None.

    True of most texts (a DOCX's, a PDF's): checked on the distinct characters
    (a report has a few hundred), none dropped or a control but ``\n``/``\t``,
    no combining mark (the loop gives a mark its base's origin), one character
    for one where folded (``\xa0`` → space, a Symbol-font bullet → ``•``), and
    the result NFC. Seed 003's decomposed ``Kế hoạch`` takes the loop.
    """
    fold = _rules().fold
    folds = False
    for ch in set(raw):
        if ch in _DROP or ch in "\u2028\u2029" or unicodedata.combining(ch) or (
                ch < "\xa0" and unicodedata.category(ch) == "Cc" and ch not in "\n\t"):
            return None
        folds = folds or ord(ch) in fold
    text = raw.translate(fold) if folds else raw
    return text if unicodedata.is_normalized("NFC", text) else None


def _nfc(raw: str) -> tuple[str, list[int]]:
    """NFC and character folding, with each output character's raw index.

    Most texts (a DOCX's, a PDF's) are NFC already with nothing to fold: they
    come back as they are, each character its own origin, without the
    per-character loop (seed 003's decomposed ``Kế hoạch`` takes the loop).
    """
    text = _nfc_in_place(raw)
    if text is not None:
        return text, list(range(len(text)))
    fold = _rules().fold
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = raw[i:j]
        if cluster == "\r":
            if j < n and raw[j] == "\n":  # CRLF: the LF carries the break
                i = j
                continue
            cluster = "\n"
        elif cluster in ("\f", "\v", "\u2028", "\u2029", "\x85"):
            cluster = "\n"
        elif cluster == "\u200b" and 0 < i and j < n and raw[i - 1].isalpha() and raw[i - 1].islower() and raw[j].isupper():
            cluster = " "  # a zero-width space standing for a word space: `Văn\u200bHùng`
        if cluster[0] in _DROP:
            cluster = cluster[1:]
        cluster = unicodedata.normalize("NFC", cluster.translate(fold))
        for ch in cluster:
            if ch in _DROP or (unicodedata.category(ch) == "Cc" and ch not in "\n\t"):
                continue
            out.append(ch)
            origin.append(i)
        i = j
    return "".join(out), origin


def clean_characters(text: str) -> str:
    """NFC, invisible characters dropped (or read as the word space they stand for), spaces folded:
    the character step of ``normalise`` alone, for text kept as printed (a signer's name)."""
    return _nfc(text)[0]


def fix_tone_marks(text: str) -> str:
    """Move tone marks to one placement; the result has the same length as ``text``.

    >>> fix_tone_marks("Uỷ ban, hoà bình, tựơng, hoàng, quý")
    'Ủy ban, hòa bình, tượng, hoàng, quý'
    """
    rules = _rules()
    nfd = unicodedata.normalize("NFD", text)

    def move(m: re.Match[str]) -> str:
        pair, tone = m.group("pair"), m.group("tone")
        first, second = pair[0], pair[1:]
        if m.group("pre").lower().endswith("q"):  # "quý": the u belongs to the onset
            return m.group(0)
        return m.group("pre") + first + tone + second

    nfd = rules.tone_pair.sub(move, nfd)
    if rules.uo_horn:
        # ư + tone + ơ  ->  ư + ơ + tone   ("tựơng" -> "tượng")
        nfd = re.sub(rf"([uU]\u031b)([{_TONES}])([oO]\u031b)", r"\1\3\2", nfd)
    fixed = unicodedata.normalize("NFC", nfd)
    return fixed if len(fixed) == len(text) else text


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
    if first.islower() or first.isdigit() or first in "(“\"'":
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


def normalise(raw: str) -> tuple[str, list[int]]:
    """Normalise ``raw`` and return ``(text, origin)`` with ``len(origin) == len(text)``.

    >>> normalise("Kế hoạch số 3906/KH-\\n\\nSCT")[0]
    'Kế hoạch số 3906/KH-SCT'
    """
    text, origin = _nfc(raw)
    text = fix_tone_marks(text)
    text, origin = _repair_lines(text, origin)
    return collapse_inline_spaces(text, origin)
