"""Decoding text files: Unicode, Windows-1258 and the pre-Unicode Vietnamese font encodings.

Provincial offices still send files typed in TCVN3 (.VnTime) or VNI fonts, saved
either as 8-bit bytes or "as Unicode", where they read like "Céng hoµ x· héi"
instead of "Cộng hoà xã hội". Byte-level sniffing cannot tell these apart, so
the legacy decodings are compared by how much of the result is well-formed
Vietnamese syllables (grammar and tables in ``data/legacy_encodings.yaml``).
When nothing is clearly plausible the file fails with ``bad_encoding``: a wrong
guess would feed garbage to every extractor downstream.

All returned text is NFC.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core.errors import ReadError
from pipeline.core.resources import load_data

# Score thresholds: a winner needs this share of its marked words to be
# syllables, and must beat the runner-up (or the text as it is) by the margin.
MIN_SHARE = 0.75
MIN_MARGIN = 0.2
MIN_WORDS = 2          # one accented word is a coin toss, not evidence
MAX_CONTROL_SHARE = 0.01
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# Non-letters that are normal in Vietnamese text and say nothing about the encoding.
NEUTRAL_SYMBOLS = set("“”‘’„«»–—…•°±×÷‰€£©®™½¼¾²³\u00a0")
WORD = re.compile(r"[^\W\d_]+")
NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Tables:
    """The data file, prepared for decoding and scoring."""

    tcvn3: dict[str, str]              # byte char 0x80-0xFF -> Unicode
    vni: dict[str, str]                # same, for VNI's one-byte letters
    vni_marks: dict[str, tuple[str, str]]  # modifier byte char -> (combining marks, allowed bases)
    from_cp1252: dict[str, str]        # Windows-1252 char -> byte char
    onsets: tuple[str, ...]            # longest first
    rhymes: frozenset[str]
    front: str
    front_only: frozenset[str]
    never_front: frozenset[str]
    stop_endings: tuple[str, ...]
    common: frozenset[str]


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Load ``data/legacy_encodings.yaml`` once and check its shape."""
    d = load_data("legacy_encodings.yaml")
    cp1252 = {chr(b): bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100)}

    def by_byte(table: dict[str, str]) -> dict[str, str]:
        out = {chr(int(key, 16)): value for key, value in table.items()}
        if not all(byte in cp1252 and isinstance(value, str) and value for byte, value in out.items()):
            raise ValueError(f"legacy_encodings.yaml: bad entry in {table}")
        return out

    def over_cp1252(table: dict[str, str]) -> dict[str, str]:
        return {**cp1252, **by_byte(table)}

    vni_marks = {byte: (marks, group["bases"])
                 for group in d["vni"]["modifiers"] for byte, marks in by_byte(group["marks"]).items()}
    syl = d["syllable"]
    words = [*syl["onsets"], *syl["rhymes"], *syl["front_only"], *syl["never_front"], *d["common_syllables"]]
    if not all(isinstance(w, str) for w in words):   # YAML reads a bare `on` as True
        raise ValueError("legacy_encodings.yaml: a syllable entry is not a string")
    return Tables(
        tcvn3=over_cp1252(d["tcvn3"]),
        vni=over_cp1252(d["vni"]["letters"]),
        vni_marks=vni_marks,
        from_cp1252={c: byte for byte, c in cp1252.items()},
        onsets=tuple(sorted(syl["onsets"], key=len, reverse=True)),
        rhymes=frozenset(syl["rhymes"]),
        front=syl["front_vowels"],
        front_only=frozenset(syl["front_only"]),
        never_front=frozenset(syl["never_front"]),
        stop_endings=tuple(syl["stop_endings"]),
        common=frozenset(d["common_syllables"]),
    )


# --- legacy decoders: they take "byte chars" (chr(byte) for bytes, other chars pass through)

def to_byte_chars(text: str) -> str:
    """Undo Word's Windows-1252 reading of a legacy font: "Céng" -> "C\\xe9ng" (bytes as chars)."""
    back = tables().from_cp1252
    return "".join(back.get(c, c) for c in text)


def decode_tcvn3(byte_chars: str) -> str:
    """TCVN3 (ABC): one byte per letter, e.g. b"C\\xe9ng" -> "Cộng"."""
    table = tables().tcvn3
    text = unicodedata.normalize("NFC", "".join(table.get(c, c) for c in byte_chars))
    return _capitals_from_lower_codes(_capitals_from_lower_codes(text))  # twice: a word between two it raised


_WORD = re.compile(r"[^\W\d_]+")


def _capitals_from_lower_codes(text: str) -> str:
    """Capitals typed in a TCVN3 capitals font (.VnTimeH) come out in the lower-case codes of
    the toned letters: ``ủY BAN NHÂN DÂN``, ``CHủ TịCH``, ``Xã TÂN PHú``. A word whose Latin
    letters are all capitals is put in capitals when it has two of them (``CHủ`` → ``CHỦ``),
    or, with one (``Xã``, ``ủY``), when the words right beside it are capitals of three
    letters or more (``XÃ TÂN PHÚ``, ``ỦY BAN``); ``Hà Nội``, ``Bộ KH&CN``, ``Số: …/SCT`` stay.
    """
    words = list(_WORD.finditer(text))

    def beside(i: int, j: int) -> str | None:
        if not 0 <= j < len(words):
            return None
        lo, hi = sorted((words[i], words[j]), key=lambda w: w.start())
        gap = text[lo.end():hi.start()]
        return words[j].group() if gap and len(gap) <= 2 and not gap.strip() and "\n" not in gap else None

    out, last = [], 0
    for i, m in enumerate(words):
        w = m.group()
        latin = [c for c in w if c.isascii()]
        if w.isupper() or not latin or not all(c.isupper() for c in latin):
            continue
        if len(latin) < 2 and not _in_capitals_run(i, words, beside):
            continue
        out.append(text[last:m.start()])
        out.append(w.upper())
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _in_capitals_run(i: int, words: list[re.Match[str]], beside) -> bool:
    """Capitals on both sides (``HÒA Xã HỘI``), or two capital words in a row on one side
    (``ủY BAN NHÂN``, ``Xã TÂN PHÚ``), not one acronym beside it (``BLĐ Sở``, ``Bộ KH&CN``)."""
    def caps(n: str | None) -> bool:
        return n is not None and len(n) >= 2 and n.isupper()

    before, after = beside(i, i - 1), beside(i, i + 1)
    if caps(before) and caps(after):
        return True
    return (caps(after) and caps(beside(i + 1, i + 2))) or (caps(before) and caps(beside(i - 1, i - 2)))


def decode_vni(byte_chars: str) -> str:
    """VNI: base letter + modifier byte, e.g. b"Co\\xe4ng" -> "Cộng" (o + circumflex-dot)."""
    t = tables()
    out: list[str] = []
    for c in byte_chars:
        mark = t.vni_marks.get(c)
        if mark and out and out[-1] in mark[1]:
            out[-1] += mark[0]
        else:
            out.append(t.vni.get(c, c))
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=2)
def _inverse(encoding: str) -> dict[str, bytes]:
    """Unicode -> bytes; a VNI toned vowel is base byte + modifier byte."""
    t = tables()
    table, modifiers = (t.tcvn3, {}) if encoding == "tcvn3" else (t.vni, t.vni_marks)
    inverse = {c: byte.encode("latin-1") for byte, c in table.items() if byte not in modifiers}
    for byte, (marks, bases) in modifiers.items():
        for base in bases:
            letter = unicodedata.normalize("NFC", base + marks)
            if byte.isupper() == base.isupper() and len(letter) == 1:
                base_byte = inverse[base] if base in inverse else base.encode("ascii")
                inverse[letter] = base_byte + byte.encode("latin-1")
    return inverse


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode Unicode as "tcvn3" or "vni" bytes, for fixtures and round-trip checks.

    A letter missing from the table goes as base + combining tone (TCVN3 has
    marks at 0xB0-0xB4): "Ả" -> b"A\\xb1".
    """
    inverse = _inverse(encoding)
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        if c < "\x80":
            out += c.encode("ascii")
            continue
        if c in inverse:
            out += inverse[c]
            continue
        base, tone = c, ""
        if encoding == "tcvn3":
            parts = unicodedata.normalize("NFD", c)
            tone = "".join(m for m in parts if m in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
        try:
            out += (inverse[base] if base >= "\x80" else base.encode("ascii"))
            out += b"".join(inverse[m] for m in tone)
        except (KeyError, UnicodeEncodeError):
            raise ValueError(f"{c!r} has no {encoding} encoding") from None
    return bytes(out)


# --- plausibility

@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word is onset + rhyme + at most one tone, e.g. "nghiệp" yes, "héi" no."""
    t = tables()
    parts = unicodedata.normalize("NFD", word.lower())
    tones = [m for m in parts if m in TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
    if tones and tones[0] not in "\u0301\u0323" and bare.endswith(t.stop_endings):
        return False
    onset = next((o for o in t.onsets if bare.startswith(o) and len(bare) > len(o)), "")
    rhyme = bare[len(onset):]
    if onset == "qu":                # "quang" = qu + (o)ang, "quyết" = qu + (u)yêt
        return any(r in t.rhymes for r in ("u" + rhyme, "o" + rhyme, rhyme))
    if onset == "gi" and rhyme not in t.rhymes:
        onset, rhyme = "g", bare[1:]  # "giếng" = g + iêng
    if rhyme not in t.rhymes:
        return False
    front = rhyme[0] in t.front
    return not (onset in t.front_only and not front) and not (onset in t.never_front and front)


@dataclass(frozen=True)
class Score:
    """How Vietnamese a decoding looks: syllables with diacritics vs. oddities."""

    good: int      # marked (non-ASCII) words that are syllables
    bad: int       # marked words that are not, stray marks, odd symbols, controls
    common: int    # words in the common-syllable list
    controls: float  # share of control characters

    @property
    def share(self) -> float:
        return self.good / (self.good + self.bad) if self.good + self.bad else 0.0


def score_text(text: str) -> Score:
    """Score a candidate decoding, e.g. "Cộng hoà xã hội" (4 good) vs "Céng hoµ x· héi" (0 good)."""
    common_set = tables().common
    good = bad = common = 0
    for word in WORD.findall(text):
        common += word.lower() in common_set
        if not word.isascii():
            if is_vietnamese_syllable(word):
                good += 1
            else:
                bad += 1
    bad += sum(1 for c in NON_ASCII.findall(text)  # Co: private-use Symbol-font bullets
               if not c.isalpha() and c not in NEUTRAL_SYMBOLS and unicodedata.category(c) != "Co")
    controls = len(CONTROL.findall(text)) / max(1, len(text))
    return Score(good, bad, common, controls)


def _best(candidates: dict[str, str]) -> tuple[str, Score, Score | None]:
    scored = sorted(((score_text(text), name) for name, text in candidates.items()),
                    key=lambda sn: (sn[0].share, sn[0].good, sn[0].common), reverse=True)
    runner_up = scored[1][0] if len(scored) > 1 else None
    return scored[0][1], scored[0][0], runner_up


def _clearly_plausible(best: Score, other: Score | None) -> bool:
    if best.share < MIN_SHARE or best.good < MIN_WORDS or best.controls > MAX_CONTROL_SHARE:
        return False
    return other is None or best.share - other.share >= MIN_MARGIN or (
        best.share >= 0.95 and best.good >= 2 * max(1, other.good))


# --- entry point

def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII letters leave NUL high bytes in every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0) / (len(data) / 2)
    odd = data[1::2].count(0) / (len(data) / 2)
    if odd >= 0.3 and even <= 0.02:
        return "utf-16-le"
    if even >= 0.3 and odd <= 0.02:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes) -> tuple[str, str] | None:
    """UTF-8/16 by BOM, NUL pattern or validity; None when the bytes are not Unicode."""
    for bom, codec, name in ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
                             (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
                             (codecs.BOM_UTF16_BE, "utf-16", "utf-16")):
        if data.startswith(bom):
            return _strict(data, codec), name
    codec = _sniff_utf16(data)
    if codec:
        return _strict(data, codec), "utf-16"
    if b"\x00" in data:
        raise ReadError("bad_encoding", "binary data (NUL bytes) in a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise ReadError("bad_encoding", f"invalid {codec} at byte {err.start}") from None


def _unmojibake(text: str, name: str, as_is: Score) -> tuple[str, str]:
    """Unicode text typed in a TCVN3/VNI font: convert it when that is clearly better."""
    if as_is.bad == 0 or as_is.share > 1 - MIN_MARGIN:
        return text, name            # nothing odd, or already clearly Vietnamese
    byte_chars = to_byte_chars(text)
    legacy = {"tcvn3-in-unicode": decode_tcvn3(byte_chars), "vni-in-unicode": decode_vni(byte_chars)}
    best, score, _ = _best(legacy)
    if _clearly_plausible(score, as_is) and score.good > as_is.good:
        return legacy[best], best
    return text, name


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes into NFC text and name the encoding found.

    "Kính gửi" arrives as UTF-8 ("utf-8"), as Windows-1258 bytes ("cp1258"), as
    TCVN3 bytes b"K\\xddnh g\\xf6i" ("tcvn3"), or as Unicode "Kính göûi" typed in a
    VNI font ("vni-in-unicode"). Raises ``ReadError("bad_encoding")`` rather than guess.
    """
    if not data:
        return "", "utf-8"
    found = _decode_unicode(data)
    if found:
        text, name = found
        text = unicodedata.normalize("NFC", text)
        as_is = score_text(text)
        if as_is.controls > MAX_CONTROL_SHARE:
            raise ReadError("bad_encoding", f"control characters in {name} text")
        return _unmojibake(text, name, as_is)
    byte_chars = data.decode("latin-1")
    candidates = {"tcvn3": decode_tcvn3(byte_chars), "vni": decode_vni(byte_chars)}
    try:
        candidates["cp1258"] = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    best, score, runner_up = _best(candidates)
    if not _clearly_plausible(score, runner_up):
        shares = ", ".join(f"{n} {score_text(t).share:.0%}" for n, t in candidates.items())
        raise ReadError("bad_encoding", f"no plausible Vietnamese decoding ({shares})")
    return candidates[best], best
