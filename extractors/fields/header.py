"""The header of a Decree 30 document, line by line: number and symbol, place and date, type heading, title, subject.

``Số: 3901/SCT-VP`` → ``("3901/SCT-VP", "SCT-VP")``; ``Đồng Nai, ngày 29 tháng 5
năm 2025`` → ``2025-05-29``; ``KẾ HOẠCH`` → ``ke_hoach`` with the title lines
under it; a công văn's ``V/v …`` subject. Also what a symbol's codes say
(``KH-SKHCN`` → ``ke_hoach``, Sở Khoa học và Công nghệ). The compiled patterns
of ``data/fields.yaml`` (``rules()``) are shared by the other field modules.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractors.doc_numbers import normalise_number
from extractors.fields.signature import UPPER
from extractors.unit_registry import unit_for_code
from pipeline.core.resources import load_data

# The header ends at the first body line or after this many lines.
_HEADER_MAX_LINES = 40
_UP = f"[{re.escape(UPPER)}]"
# One piece of a symbol: "KH", "UBND", "TĐTN", "BCTĐ&TTN", "2026", "TTr"; "B C" (a spaced code) is joined.
_PIECE = rf"(?:{_UP}\s(?={_UP}))*[^\W_]+(?:&[^\W_]+)*"
_SEP = r"\s?[/\-–—‐_]\s?"
_NUMBER_LINE = re.compile(
    rf"(?:^|(?<=\s))(?:[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){{0,3}}\s+)?[Ss]ố\s*(?P<colon>:)?[ \t]*"
    rf"(?P<num>\d+(?:\.\d+)?[a-z]?)?[ \t.…_]*(?P<sep>[/\-–])\s*(?P<sym>{_PIECE}(?:{_SEP}{_PIECE})*)"
)

# after a number line's symbol: one more code set off by a space, and nothing else on the line
_TRAILING_CODE = re.compile(r"[ \t]([^\W\d_][^\W_]{0,5})[ \t]*")

@dataclass(frozen=True)
class Line:
    start: int
    text: str  # stripped of padding and TABs
    cell: bool  # the raw line started a table cell (TAB)


# data/fields.yaml entries that are one regular expression each, compiled as ``<key>_re``.
_PLAIN_PATTERNS = ("body_paragraph", "national_affix", "body_start", "glued_body", "date_parts",
                   "title_stop_reference", "province_level", "province_tail", "header_province",
                   "below_province", "national_motto", "ocr_number_line", "ocr_number_start", "ocr_place_date",
                   "symbol_continuation", "ocr_number_code")


@lru_cache(maxsize=1)
def rules() -> dict:
    data = load_data("fields.yaml")
    heading_types: dict[str, str] = {}
    code_types: dict[str, str] = {}
    for typ, spec in data["types"].items():
        for h in spec["heading"]:
            heading_types[h] = typ
        for c in spec["codes"]:
            code_types[c.upper()] = typ
    return {
        **data,
        **{f"{k}_re": re.compile(data[k]) for k in _PLAIN_PATTERNS},
        "heading_types": heading_types,
        "code_types": code_types,
        "noise": [re.compile(p) for p in data["header_noise"]],
        "place_date_re": re.compile(data["place_date"]),
        "esign_re": re.compile(data["esign_date"]),
        "esign_ymd_re": re.compile(data["esign_date_ymd"]),
        "esign_publisher_re": re.compile(data["esign_publisher"]),
        "certified_copy_re": re.compile(data["certified_copy"]),
        "register_stamp_re": re.compile(data["register_stamp"]),
        "meeting_date_re": re.compile(data["meeting_date"]),
        "self_ref_re": re.compile(data["self_reference"]),
        "subject_re": re.compile(data["subject_prefix"]),
        "title_stop_re": re.compile(data["title_stops"]),
        "organ_prefix_re": re.compile(r"^(?:" + "|".join(re.escape(o) for o in sorted(data["organ_prefixes"], key=len, reverse=True)) + r")(?:\s+|$)"),
        "bare_place_re": re.compile(r"(?:^|\s)(?=(?:" + "|".join(re.escape(w.upper()) for w in data["name_levels"]) + r")\s)"),
        "header_marks": data["header_marks"],
        "party_committee_re": re.compile(data["party_committee"]),
        "organ_rewrites": [(re.compile(r["pattern"]), r["replace"]) for r in data["organ_rewrites"]],
        "place_stop_re": re.compile(r"(?:" + "|".join(re.escape(w) for w in data["place_stop_words"]) + r")\b"),
        "recipient_re": re.compile(data["recipient"], re.M),
        "plan_subject_re": re.compile(data["plan_subject"], re.IGNORECASE),
        "plan_issuing_headings": set(data["plan_issuing_headings"]),
        "plan_carried_res": [re.compile(p) for p in data["plan_carried"]],
        "request_cue_res": [re.compile(p) for p in data["request_cues"]],
        "request_section_re": re.compile(data["request_section"]),
        "section_heading_re": re.compile(data["section_heading"]),
        "request_deadline_re": re.compile(data["request_deadline"]),
        "org_head_re": re.compile(r"^(?:" + "|".join(re.escape(h) for h in sorted(data["org_heads"], key=len, reverse=True)) + r")\b"),
    }


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, raw.strip(), raw.startswith("\t")))
        pos += len(raw) + 1
    return out


def header_end(lines: list[Line]) -> int:
    """Index of the first body line (``Căn cứ``, ``Kính gửi`` …), at most the header's line budget.

    A second Quốc hiệu ends it too: a tờ trình scanned with the draft it submits
    has the draft's header a page later (``ỦY BAN NHÂN DÂN … Số: /QĐ-UBND``),
    and that is not the file's issuer or number.
    """
    seen = mottos = 0
    for i, ln in enumerate(lines):
        if rules()["body_start_re"].match(ln.text):
            return i
        if rules()["national_motto_re"].search(ln.text):
            mottos += 1
            if mottos >= 2 and rules()["national_motto_re"].match(ln.text):  # a line of its own, not "Ký bởi: … CỘNG HÒA …"
                return i
        seen += bool(ln.text)
        if seen >= _HEADER_MAX_LINES:
            return i
    return len(lines)


def is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def line_at(doc, ln: Line) -> int:
    """Offset in ``doc.text`` (a ``schemas.document.Document``) of the stripped line's first character."""
    found = doc.text.find(ln.text, ln.start) if ln.text else -1
    return found if found >= 0 else ln.start


def is_copy_line(text: str) -> bool:
    """A certified copy's line or box (``SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; 25/12/2025``): the copy's, not the document's."""
    return rules()["certified_copy_re"].search(text) is not None


def is_register_line(text: str) -> bool:
    """An incoming-register stamp's line (``ĐẾN Số: 17026``, ``Chuyển: p.NC``): the receiver's, not the document's."""
    return rules()["register_stamp_re"].search(text) is not None


# ---- number and symbol ----

def _valid_piece(piece: str) -> bool:
    """A symbol piece is digits or a code in capitals (one lower-case letter allowed: ``TTr``, ``QyĐ``)."""
    piece = piece.replace(" ", "")
    if piece.isdigit() or piece.upper() in rules()["code_types"]:
        return True  # "Ctr-UBND" is CTr written loosely
    return piece[0].isupper() and sum(c.islower() for c in piece) <= 1


def parse_number_line(line: str) -> tuple[str | None, str] | None:
    """``Số: 3901/SCT-VP`` → ``("3901/SCT-VP", "SCT-VP")``; ``Số:   /SCT-VP`` → ``(None, "SCT-VP")``."""
    m = _NUMBER_LINE.search(line)
    if not m:
        return None
    pieces = re.split(rf"({_SEP})", m.group("sym"))
    kept: list[str] = []
    for k in range(0, len(pieces), 2):
        if not _valid_piece(pieces[k]):
            break
        if k:
            kept.append(pieces[k - 1])
        kept.append(pieces[k])
    tail = _TRAILING_CODE.fullmatch(line[m.end():]) if len(kept) == len(pieces) else None
    if tail and _valid_piece(tail.group(1)) and not tail.group(1).isdigit():
        kept.append(tail.group(1))  # "Số: 16/ĐĐN- LĐBR BTh": a last code after a space, ending the line
    symbol = normalise_number("".join(kept).replace("_", "-"))
    if not re.search(r"[^\W\d_]", symbol):
        return None
    if not m.group("colon") and not line.lstrip().startswith("Số"):
        return None  # "… của Thông tư số 21/2021/TT-BLĐTBXH" names another document
    number = normalise_number(m.group("num") + m.group("sep") + symbol) if m.group("num") else None
    return number, symbol


def parse_ocr_number_line(line: str) -> tuple[str, str | None] | None:
    """An OCR'd ``Số:`` line whose number slot holds no number: ``Số: J'Ø/TTr-CAT-PC06`` → ``("J'Ø", "TTR-CAT-PC06")``.

    The slot (what Tesseract made of a handwritten number) is returned only to
    be shown to a person; the printed symbol after the ``/`` is kept. A line
    that opens like a number line but has no ``/`` gives ``(rest of the line, None)`` when a code in
    capitals stands in it (``Số: h 03 #TTr-CAT(ŒC04)``), else None (``Số: 12 người``).
    Readable lines (``parse_number_line``) and register stamps are not this.
    """
    if is_register_line(line) or parse_number_line(line) or not rules()["ocr_number_start_re"].match(line):
        return None
    m = rules()["ocr_number_line_re"].match(line)
    if m:
        parsed = parse_number_line("Số: /" + m.group("rest"))
        if parsed and parsed[1] and _symbol_ends_line(m.group("rest"), parsed[1]):
            return m.group("slot"), parsed[1]
        if parsed and parsed[1]:
            return m.group("slot"), None  # "SÔ: 644 /TT XT-ĐTDN": the symbol goes on past a space OCR put in it
    rest = re.split(r"[:;]", line, maxsplit=1)[-1].strip()
    return (rest, None) if rules()["ocr_number_code_re"].search(rest) else None


def symbol_end(text: str, start: int, symbol: str) -> int:
    """Where ``symbol`` as printed ends in ``text`` from ``start``: after as many letters and digits as it has
    (``Số: 16/ĐĐN- LĐBR BTh`` spans three words), so what follows on the line (a date) is not part of it."""
    want, i = sum(ch.isalnum() for ch in symbol), start
    while i < len(text) and want > 0:
        want -= text[i].isalnum()
        i += 1
    return i


def _symbol_ends_line(rest: str, symbol: str) -> bool:
    """The symbol is whole: what follows it on the line does not go on as a code (``SÔ: 644 /TT XT-ĐTDN``:
    OCR put a space inside it); a subject (``V/v …``), a place and date or a speck may follow."""
    tail = rest[symbol_end(rest, 0, symbol):].split()
    return not tail or not rules()["symbol_continuation_re"].fullmatch(tail[0])


def _symbol_pieces(symbol: str) -> list[str]:
    return [p for p in re.split(r"[/\-]", symbol) if p and not p.isdigit()]


def type_from_symbol(symbol: str | None) -> str | None:
    """The form a symbol's type code names: ``KH-UBND`` → ke_hoach, ``BC/TĐTN`` → bao_cao, ``SCT-VP`` → cong_van."""
    if not symbol:
        return None
    pieces = _symbol_pieces(symbol)
    if not pieces:
        return None
    return rules()["code_types"].get(pieces[0].upper(), "cong_van")


def issuer_from_symbol(symbol: str | None) -> str | None:
    """The unit a symbol's issuer code names: ``SCT-VP`` → Sở Công Thương, ``KH-SKHCN`` → Sở Khoa học và Công nghệ."""
    if not symbol:
        return None
    pieces = _symbol_pieces(symbol)
    if pieces and pieces[0].upper() in rules()["code_types"]:
        pieces = pieces[1:]
    for p in pieces:
        unit = unit_for_code(p)
        if unit:
            return unit
    return None


# ---- dates ----

def iso_date(year: str, month: str | None, day: str | None) -> str | None:
    if month and not 1 <= int(month) <= 12:
        return None
    if not month:
        return year
    if day and 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return f"{year}-{int(month):02d}"


def parse_place_date(line: str) -> str | None:
    """``Đồng Nai, ngày       tháng 11 năm 2025`` → ``2025-11``; None for a line that is not one.

    The place opens the line, or follows the header's ``Số: …`` or caps issuer
    on a merged PDF line; away from the line start a comma must follow it.
    """
    m = place_date_match(line)
    return iso_date(m.group("year"), m.group("month"), m.group("day")) if m else None


def place_date_match(line: str) -> re.Match[str] | None:
    """The place-and-date match of ``line`` (``parse_place_date``), its day, month and year as groups."""
    for m in rules()["place_date_re"].finditer(line):
        before = line[: m.start()].strip(" \t" + rules()["header_marks"])  # "* Đồng Nai, ngày …": the star under the issuer
        if rules()["place_stop_re"].match(m.group("place")):
            continue
        if re.search(r"[^\W_]", before):  # specks a scan left before the place (". Đồng Nai") are no words
            comma = "," in m.group(0)[len(m.group("place")):].split("ngày")[0]
            if not comma or not (re.match(r"Số\b", before) or is_caps(before)):
                continue
        return m
    return None


def date_of(text: str | None) -> str | None:
    if not text:
        return None
    m = rules()["date_parts_re"].search(text)
    return iso_date(m.group(3), m.group(2), m.group(1)) if m else None


# ---- type, title, subject ----

def heading_type(line: str) -> str | None:
    """The form a heading line names: ``KẾ HOẠCH`` → ke_hoach; ``THÔNG TƯ1`` (footnote mark) → thong_tu.

    A Word heading set in small caps may read ``Kế hoạch``: a line that is the
    type name and nothing else counts in any case. ``QUYẾT ĐỊNH:`` opens the
    articles of a decision and is not its heading.
    """
    if line.endswith(":"):
        return None
    line = re.sub(r"\s+", " ", re.sub(r"\d+$", "", line.strip(" .*_~|")).strip(" .*_~|"))
    typ = rules()["heading_types"].get(line.upper())
    if typ is None and is_caps(line):  # OCR drops or swaps marks: "QUYÉT ĐỊNH", "GIÁY MỜI", "BIÊN BẢN _"
        typ = _folded_headings().get(_fold(line))
    return typ if typ and (is_caps(line) or line.upper() in rules()["types"][typ]["heading"][:1]) else None


def _fold(text: str) -> str:
    """Upper case without any mark: ``QUYẾT ĐỊNH`` and OCR's ``QUYÉT ĐỊNH`` both → ``QUYET DINH``."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(c))
    return bare.replace("Đ", "D")


@lru_cache(maxsize=1)
def _folded_headings() -> dict[str, str]:
    """Heading names folded (``_fold``), for those whose fold no other type's heading shares."""
    out: dict[str, str | None] = {}
    for heading, typ in rules()["heading_types"].items():
        key = _fold(heading)
        out[key] = typ if out.get(key, typ) == typ else None
    return {k: v for k, v in out.items() if v}


def title_lines(lines: list[Line], i: int, end_at: int) -> str | None:
    """Lines from ``i`` that make a title, up to a stop line (blank, body start, caps line …)."""
    d = rules()
    got: list[str] = []
    first_caps = None
    for ln in lines[i:end_at]:
        t = ln.text
        if not t:
            if got:
                break
            continue
        if d["title_stop_re"].match(t) or parse_place_date(t) or d["title_stop_reference_re"].match(t):
            break
        if got and d["body_paragraph_re"].match(t):
            break
        caps = is_caps(t)
        if first_caps is None:
            first_caps = caps
        elif caps != first_caps or (got and ln.cell):
            break
        got.append(t)
        if len(got) >= d["title_max_lines"]:
            break
    title = re.sub(r"\s+", " ", " ".join(got))
    # Line repair may have glued the first body line on: "… năm 2025 Thực hiện Kế hoạch số …".
    title = d["glued_body_re"].split(title, maxsplit=1)[0].strip().rstrip(".;,").strip()
    return title or None


def subject_line(lines: list[Line], end_at: int) -> tuple[str | None, int | None]:
    """The công văn's ``V/v …`` subject (without ``V/v``) and its line index."""
    d = rules()
    for i, ln in enumerate(lines[:end_at]):
        m = re.search(r"[“\"]?\s*(?:V/v|V\.v)\b", ln.text)
        if not m:
            continue
        first = d["subject_re"].sub("", ln.text[m.start():])
        rest = title_lines(lines, i + 1, end_at) if not ln.text.rstrip().endswith(".") else None
        if rest and is_caps(rest):
            rest = None
        subject = d["glued_body_re"].split(re.sub(r"\s+", " ", f"{first} {rest or ''}"), maxsplit=1)[0]
        subject = subject.strip().strip("“”\"").rstrip(".;,").strip()
        return (subject or None), i
    return None, None
