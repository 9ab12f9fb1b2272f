"""Vietnamese characters as every stage reads them: NFC, folded spaces, one tone-mark placement.

The character steps of normalisation (``pipeline/ingest/normalise.py`` adds the
line repair on top), kept apart so that the extractors, which compare names
and words as the normaliser wrote them, use the very same rules:
``fix_tone_marks("Uỷ ban, hoà bình")`` → ``"Ủy ban, hòa bình"``. The tone
pairs and the bullet characters are language data in ``data/normalise.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core.resources import load_data

# Characters folded before anything reads the text: odd spaces to a space,
# invisible ones dropped.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
_DROP = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


@dataclass(frozen=True)
class _Rules:
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
        tone_pair=tone_pair,
        uo_horn=bool(d.get("uo_horn", True)),
        fold={**_SPACES, **dict.fromkeys(map(ord, d.get("bullets", [])), "•")},
    )


def _nfc_in_place(raw: str) -> str | None:
    """``fold_characters``' text when each of its characters keeps its own origin, else None.

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


def fold_characters(raw: str) -> tuple[str, list[int]]:
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
    return fold_characters(text)[0]


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
