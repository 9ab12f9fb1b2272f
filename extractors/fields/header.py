"""The document's own fields: number, symbol, type, role, issuer, issue date, title, signer.

A Decree 30 document says who it is in its header: the issuer block
(``UBND TỈNH ĐỒNG NAI`` / ``SỞ CÔNG THƯƠNG``), ``Số: 3901/SCT-VP``, the
place-and-date line (``Đồng Nai, ngày 29 tháng 5 năm 2025``), then either a
type heading with the title under it (``KẾ HOẠCH`` / ``Triển khai chương trình
…``) or a công văn's subject line (``V/v báo cáo kết quả …``). Texts converted
from PDF or Word often lose that header, so each field has fallbacks in the
order CONTRACT.md gives: an annex line naming the document itself
(``(Ban hành kèm theo Kế hoạch số 192/KH-UBND ngày 29 tháng 5 năm 2025 …)``),
the symbol's codes (``KH-SKHCN`` → ``ke_hoach``, Sở Khoa học và Công nghệ),
the body (``Sở Công Thương ban hành Kế hoạch``) and the signature block
(extractors/fields/signature.py). The role comes from the form, then from what the
document does: a công văn's subject, a quyết định that issues a plan it carries,
a thông báo or công văn whose body asks others to send or report by a date.
The patterns and word lists are in data/fields.yaml.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractors.doc_numbers import normalise_number
from extractors.fields.signature import UPPER, find_signer
from extractors.unit_registry import canonical_unit, unit_for_code
from pipeline.core.resources import load_data
from schemas.document import Document
from schemas.mention import DocumentFields, Mention

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


@dataclass(frozen=True)
class _Line:
    start: int
    text: str  # stripped of padding and TABs
    cell: bool  # the raw line started a table cell (TAB)



# data/fields.yaml entries that are one regular expression each, compiled as ``<key>_re``.
_PLAIN_PATTERNS = ("body_paragraph", "national_affix", "body_start", "glued_body", "date_parts",
                   "title_stop_reference", "province_level", "province_tail", "header_province",
                   "below_province", "national_motto")

@lru_cache(maxsize=1)
def _data() -> dict:
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
        "self_ref_re": re.compile(data["self_reference"]),
        "subject_re": re.compile(data["subject_prefix"]),
        "title_stop_re": re.compile(data["title_stops"]),
        "organ_prefix_re": re.compile(r"^(?:" + "|".join(re.escape(o) for o in sorted(data["organ_prefixes"], key=len, reverse=True)) + r")(?:\s+|$)"),
        "bare_place_re": re.compile(r"(?:^|\s)(?=(?:" + "|".join(re.escape(w.upper()) for w in data["name_levels"]) + r")\s)"),
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


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(pos, raw.strip(), raw.startswith("\t")))
        pos += len(raw) + 1
    return out


def _header_end(lines: list[_Line]) -> int:
    """Index of the first body line (``Căn cứ``, ``Kính gửi`` …), at most the header's line budget."""
    seen = 0
    for i, ln in enumerate(lines):
        if _data()["body_start_re"].match(ln.text):
            return i
        seen += bool(ln.text)
        if seen >= _HEADER_MAX_LINES:
            return i
    return len(lines)


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# ---- number and symbol ----

def _valid_piece(piece: str) -> bool:
    """A symbol piece is digits or a code in capitals (one lower-case letter allowed: ``TTr``, ``QyĐ``)."""
    piece = piece.replace(" ", "")
    if piece.isdigit() or piece.upper() in _data()["code_types"]:
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
    symbol = normalise_number("".join(kept).replace("_", "-"))
    if not re.search(r"[^\W\d_]", symbol):
        return None
    if not m.group("colon") and not line.lstrip().startswith("Số"):
        return None  # "… của Thông tư số 21/2021/TT-BLĐTBXH" names another document
    number = normalise_number(m.group("num") + m.group("sep") + symbol) if m.group("num") else None
    return number, symbol


def _symbol_pieces(symbol: str) -> list[str]:
    return [p for p in re.split(r"[/\-]", symbol) if p and not p.isdigit()]


def type_from_symbol(symbol: str | None) -> str | None:
    """The form a symbol's type code names: ``KH-UBND`` → ke_hoach, ``BC/TĐTN`` → bao_cao, ``SCT-VP`` → cong_van."""
    if not symbol:
        return None
    pieces = _symbol_pieces(symbol)
    if not pieces:
        return None
    return _data()["code_types"].get(pieces[0].upper(), "cong_van")


def issuer_from_symbol(symbol: str | None) -> str | None:
    """The unit a symbol's issuer code names: ``SCT-VP`` → Sở Công Thương, ``KH-SKHCN`` → Sở Khoa học và Công nghệ."""
    if not symbol:
        return None
    pieces = _symbol_pieces(symbol)
    if pieces and pieces[0].upper() in _data()["code_types"]:
        pieces = pieces[1:]
    for p in pieces:
        unit = unit_for_code(p)
        if unit:
            return unit
    return None


# ---- dates ----

def _iso(year: str, month: str | None, day: str | None) -> str | None:
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
    for m in _data()["place_date_re"].finditer(line):
        before = line[: m.start()].strip()
        if _data()["place_stop_re"].match(m.group("place")):
            continue
        if before:
            comma = "," in m.group(0)[len(m.group("place")):].split("ngày")[0]
            if not comma or not (re.match(r"Số\b", before) or _is_caps(before)):
                continue
        return _iso(m.group("year"), m.group("month"), m.group("day"))
    return None


def _date_of(text: str | None) -> str | None:
    if not text:
        return None
    m = _data()["date_parts_re"].search(text)
    return _iso(m.group(3), m.group(2), m.group(1)) if m else None


# ---- type, title, subject ----

def _heading_type(line: str) -> str | None:
    """The form a heading line names: ``KẾ HOẠCH`` → ke_hoach; ``THÔNG TƯ1`` (footnote mark) → thong_tu.

    A Word heading set in small caps may read ``Kế hoạch``: a line that is the
    type name and nothing else counts in any case. ``QUYẾT ĐỊNH:`` opens the
    articles of a decision and is not its heading.
    """
    if line.endswith(":"):
        return None
    line = re.sub(r"\s+", " ", re.sub(r"\d+$", "", line.strip(" .*")).strip(" ."))
    typ = _data()["heading_types"].get(line.upper())
    return typ if typ and (_is_caps(line) or line.upper() in _data()["types"][typ]["heading"][:1]) else None


def _title_lines(lines: list[_Line], i: int, end_at: int) -> str | None:
    """Lines from ``i`` that make a title, up to a stop line (blank, body start, caps line …)."""
    d = _data()
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
        caps = _is_caps(t)
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


def _subject(lines: list[_Line], end_at: int) -> tuple[str | None, int | None]:
    """The công văn's ``V/v …`` subject (without ``V/v``) and its line index."""
    d = _data()
    for i, ln in enumerate(lines[:end_at]):
        m = re.search(r"[“\"]?\s*(?:V/v|V\.v)\b", ln.text)
        if not m:
            continue
        first = d["subject_re"].sub("", ln.text[m.start():])
        rest = _title_lines(lines, i + 1, end_at) if not ln.text.rstrip().endswith(".") else None
        if rest and _is_caps(rest):
            rest = None
        subject = d["glued_body_re"].split(re.sub(r"\s+", " ", f"{first} {rest or ''}"), maxsplit=1)[0]
        subject = subject.strip().strip("“”\"").rstrip(".;,").strip()
        return (subject or None), i
    return None, None


# ---- issuer ----

def _header_orgs(lines: list[_Line], end_at: int) -> list[str]:
    """The caps organisation names of the header block, superior first."""
    d = _data()
    units: list[str] = []
    for ln in lines[:end_at]:
        t = ln.text
        if not t:
            continue
        if _heading_type(t) or parse_number_line(t) and t.lstrip().startswith("Số") or t.startswith(("V/v", "Kính gửi")):
            break
        for rx in d["noise"]:
            t = rx.sub(" ", t)
        t = re.split(r"(?:^|\s)Số\s*:", t.split("|")[0])[0]
        t = re.sub(r"\s+", " ", t).strip(" -–|")
        if not t or not _is_caps(t) or len(t) < 3:
            continue
        if d["org_head_re"].match(t):
            units.append(t)
        elif units:
            units[-1] += " " + t
    return units


def _header_superiors(lines: list[_Line], end_at: int) -> list[str]:
    """Caps organisation lines of the header as printed, mottos included (``ĐOÀN TNCS HỒ CHÍ MINH``
    is dropped from the issuer block as the Đoàn's motto, but completes ``BCH TỈNH ĐỒNG NAI``)."""
    d = _data()
    out = []
    for ln in lines[:end_at]:
        if parse_number_line(ln.text) and ln.text.lstrip().startswith("Số"):
            break
        t = re.sub(r"\s+", " ", ln.text).strip(" -–|*")
        if t and _is_caps(t) and d["org_head_re"].match(t):
            out.append(t)
    return out


def _conventional_name(caps: str) -> str:
    """A printed caps name in conventional capitalisation, for issuers the registry lacks.

    ``ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`` → ``Ủy ban nhân dân tỉnh Lâm Đồng``;
    ``HỘI NÔNG DÂN TỈNH BÌNH PHƯỚC`` → ``Hội Nông dân tỉnh Bình Phước``;
    ``SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG`` → ``Sở Tài nguyên và Môi trường``. Acronyms stay
    (``LIÊN MINH HTX`` → ``Liên minh HTX``): the words after an organisation head
    (``Hội``, ``Sở``) opens a capitalised name, and so does each branch of a Sở's or
    Bộ's name after ``và``, ``-`` or a comma; a level word
    (``tỉnh``, ``xã``) is lower case and the place name after it capitalised.
    """
    words = re.sub(r"\s+", " ", caps).strip().split(" ")
    d = _data()
    phrases = _name_phrases()
    branches = False  # a Sở or Bộ: each branch after "và" or a comma is capitalised
    out: list[str] = []
    place = False  # after a level word: a proper name
    cap_next = True  # the first word, or the word after a head / "và" / a comma
    k = 0
    while k < len(words):
        w = words[k]
        if _is_acronym(w):
            out.append(w)
            cap_next = False
            k += 1
            continue
        low = [x.lower() for x in words[k:]]
        hit = next(((n, kind, form) for n, kind, form in phrases if low[:n] == form.lower().split()), None)
        if hit and not (place and hit[1] == "head"):
            n, kind, form = hit
            if kind in ("fixed", "place_org"):
                out.append(_cap(form.split()[0]) + form[len(form.split()[0]):] if cap_next or not out else form)
                cap_next, place = False, place or kind == "place_org"
            elif kind == "head":
                out.append(_cap(form) if (cap_next or not out) else form.lower())
                cap_next, branches = True, form in d["name_branch_heads"]
            else:  # a level word
                out.append(form.lower() if out else _cap(form))
                place, cap_next = True, True
            k += n
            continue
        out.append(_cap(w) if (cap_next or place) else w.lower())
        cap_next = branches and (w.lower() in ("và", "-") or w.endswith(","))
        k += 1
    return " ".join(out)


@lru_cache(maxsize=1)
def _name_phrases() -> list[tuple[int, str, str]]:
    """(length in words, kind, conventional form) of the phrases _conventional_name knows, longest first."""
    d = _data()
    got = [(h, "head") for h in d["name_heads"]] + [(v, "level") for v in d["name_levels"]]
    got += [(f, "fixed") for f in d["name_fixed"]] + [(f, "place_org") for f in d["name_place_orgs"]]
    return sorted(((len(f.split()), kind, f) for f, kind in got), key=lambda t: -t[0])


def _cap(word: str) -> str:
    low = word.lower()
    return low[:1].upper() + low[1:]


def _is_acronym(word: str) -> bool:
    """``HTX``, ``TNCS``, ``UBND``, ``KH&CN``: no vowel, an ``&``, or a listed acronym."""
    core = word.strip(".,;:()")
    if not core or not _is_caps(core):
        return False
    if "&" in core or core in _data()["name_acronyms"]:
        return True
    base = unicodedata.normalize("NFD", core)
    return len(core) >= 2 and not re.search(r"[AEIOUY]", base.replace("Đ", "D"))


def _strip_organ(name: str) -> str:
    """``BCH HỘI NÔNG DÂN TỈNH …`` → ``HỘI NÔNG DÂN TỈNH …``: an organ (Ban Chấp hành,
    Ban Thường vụ) speaks for its organisation, which is the issuer."""
    m = _data()["organ_prefix_re"].match(name)
    return name[m.end():].strip() if m and name[m.end():].strip() else name


def _header_candidates(orgs: list[str], superiors: list[str]) -> tuple[list[str], list[str], str]:
    """The header's organisations (an organ standing alone dropped), the names to look up
    for the lowest one, most specific first, and the name to print if none is registered.

    ``BCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI`` is tried as printed and without ``BCH``; a name
    that is only a place after its organ (``ĐOÀN TNCS HỒ CHÍ MINH`` / ``BCH TỈNH ĐỒNG NAI``)
    is completed by an organisation above it (``HỘI NÔNG DÂN VIỆT NAM`` gives ``HỘI NÔNG DÂN``).
    """
    d = _data()
    orgs = [o.strip(" -–|\"'“”*") for o in orgs]
    organ = d["organ_prefix_re"].match(orgs[-1])
    if len(orgs) > 1 and organ and not re.search(r"\w", orgs[-1][organ.end():]):
        orgs = orgs[:-1]  # "BAN THƯỜNG TRỰC" alone under "ỦY BAN MTTQ … TỈNH …": the organisation above
    issuer = orgs[-1]
    bare = _strip_organ(issuer)
    out = [issuer] if bare == issuer else [issuer, bare]
    printed = bare
    for rx, replace in d["organ_rewrites"]:
        if rx.match(bare):
            printed = rx.sub(replace, bare, count=1)
            out.append(printed)
    if d["bare_place_re"].match(bare) and not d["org_head_re"].match(bare):
        completed = []
        for sup in reversed(orgs[:-1] + superiors):
            sup = d["bare_place_re"].split(_strip_organ(sup))[0].strip()
            for form in dict.fromkeys([sup, d["national_affix_re"].sub("", sup).strip()]):
                if form and d["org_head_re"].match(form):
                    completed.append(f"{form} {bare}")
        out += completed
        printed = completed[-1] if completed else bare
    return orgs, out, printed


def _issuer_from_header(orgs: list[str], superiors: list[str] | None = None) -> tuple[str | None, str | None]:
    """(registered name, printed name) of the lowest organisation in the header."""
    if not orgs:
        return None, None
    orgs, candidates, printed = _header_candidates(orgs, superiors or [])
    unit = next((u for u in map(canonical_unit, candidates) if u), None)
    issuer = _strip_organ(orgs[-1])
    if unit and len(orgs) > 1 and not _data()["province_level_re"].search(issuer):
        prov = _data()["province_tail_re"].search(orgs[-2])
        if prov and canonical_unit(f"{issuer} {prov.group(0)}") is None:
            unit = None  # another province's unit of the same name
    return unit, _conventional_name(printed)


def _foreign(orgs: list[str]) -> bool:
    """The header names a province other than the home one (``UBND TỈNH LÂM ĐỒNG``)."""
    home = load_data("units_patterns.yaml")["home_province"].upper()
    return any(m.group(1).strip() != home for o in orgs for m in _data()["header_province_re"].finditer(o))


def _below_province(orgs: list[str]) -> bool:
    """The header's issuer sits in a commune or district (``HỘI NÔNG DÂN XÃ PHÚ LÝ``):
    a provincial unit's symbol code does not name it."""
    return bool(orgs) and _data()["below_province_re"].search(orgs[-1]) is not None


def _decide_issuer(orgs: list[str], symbol: str | None, body: list[_Line], text: str,
                   superiors: list[str] | None = None) -> str | None:
    """Header (registered) > symbol code > signature > body > the printed header name.

    An unregistered header name is the last resort, so a known unit is never
    written as the printer spelt it (``BCH HỘI NÔNG DÂN …`` with an unknown code
    still resolves through ``TM. BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH``).
    A header in another province keeps its printed name: the home province's
    codes and units would name the wrong body.
    """
    registered, printed = _issuer_from_header(orgs, superiors)
    if registered:
        return registered
    if printed and (_foreign(orgs) or _below_province(orgs)):
        return printed
    if printed:
        # The body is not asked here: in a consolidated text or a proposal, "Quốc hội ban hành"
        # or "Chính phủ ban hành Kế hoạch" names someone else's act.
        return issuer_from_symbol(symbol) or _issuer_from_signature(text) or printed
    return issuer_from_symbol(symbol) or _issuer_from_body(body) or _issuer_from_signature(text)


def _issuer_from_body(lines: list[_Line]) -> str | None:
    """``Sở Công Thương ban hành Kế hoạch …`` → Sở Công Thương (the clause must open with the unit)."""
    rx = _issuer_body_re()
    for ln in lines[: max(60, len(lines) // 2)]:
        for clause in re.split(r"(?<=[.;])\s+", ln.text):
            m = rx.match(clause)
            if m:
                unit = canonical_unit(m.group("unit")) or canonical_unit(_strip_organ(m.group("unit").upper()))
                if unit:
                    return unit
    return None


@lru_cache(maxsize=1)
def _issuer_body_re() -> re.Pattern[str]:
    """A clause that opens with the unit and goes on with an issuing verb (data/fields.yaml)."""
    d = _data()
    verbs = "|".join(re.escape(v) for v in d["issuer_body_verbs"])
    return re.compile(rf"^{d['issuer_body_lead']}(?P<unit>.{{3,120}}?)\s+{d['issuer_body_aux']}(?:{verbs})\b")


def _issuer_from_signature(text: str) -> str | None:
    """``TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH`` → Hội Nông dân tỉnh (a bare ``TM. BAN THƯỜNG VỤ`` names none)."""
    for m in re.finditer(r"^\s*TM\.\s*(.+)$", text, re.M):
        name = m.group(1).strip()
        unit = canonical_unit(name) or canonical_unit(_strip_organ(name.upper()))
        if unit:
            return unit
    return None


# ---- role ----

def decide_role(doc_type: str, subject: str | None, body: str | None = None) -> str:
    """What the document does: plan, report, request or other (CONTRACT.md).

    The form fixes it for most types (a kế hoạch plans, a báo cáo reports). A
    công văn's subject decides next (``V/v báo cáo kết quả …`` reports, ``V/v đề
    nghị …`` requests). A quyết định that issues or approves a plan and carries it
    (``Ban hành Kế hoạch tổ chức …`` with ``Ban hành kèm theo Quyết định này Kế
    hoạch …``) plans. A thông báo or công văn still undecided requests when its
    body asks others to act or report (``… gửi danh sách về Sở … trước ngày
    19/9/2025`` under ``Đề nghị``; ``yêu cầu các đơn vị báo cáo …``).
    """
    d = _data()
    if doc_type in d["role_by_type"]:
        return d["role_by_type"][doc_type]
    if doc_type in d["plan_issuing_types"] and subject and body is not None:
        if d["plan_subject_re"].search(subject) and plan_carried(body):
            return "plan"
    if doc_type == "cong_van" and subject:
        s = subject.lower()
        if any(s.startswith(w) for w in d["report_subject_starts"]):
            return "report"
        if any(w in s for w in d["request_subject_words"]):
            return "request"
    if doc_type in d["request_by_content_types"] and body and asks_others(body):
        return "request"
    return "other"


def plan_carried(body: str) -> bool:
    """The decision carries the plan it issues: an article or annex line says it is attached,
    or the plan's own heading follows (``KẾ HOẠCH`` under the signature)."""
    d = _data()
    if any(rx.search(body) for rx in d["plan_carried_res"]):
        return True
    return any(_heading_type(ln.text) in d["plan_issuing_headings"] for ln in _lines(body))


def asks_others(body: str) -> bool:
    """The body asks others to act or report by a set time.

    A sentence with ``đề nghị``/``yêu cầu`` and a deadline for sending or reporting,
    a ``yêu cầu … báo cáo`` sentence, or, under a section headed ``Đề nghị`` /
    ``Yêu cầu``, a line that sets a deadline for sending, reporting or registering.
    """
    d = _data()
    flat = re.sub(r"[ \t]+", " ", body)
    if any(rx.search(flat) for rx in d["request_cue_res"]):
        return True
    in_section = False
    for ln in _lines(flat):
        t = ln.text
        if d["request_section_re"].match(t):
            in_section = True
            continue
        if in_section and (d["section_heading_re"].match(t) or t.startswith("Nơi nhận")):
            in_section = False
        if in_section and d["request_deadline_re"].search(t):
            return True
    return False


# ---- the document ----

def _self_reference(lines: list[_Line]) -> tuple[str | None, str | None, str | None, str | None]:
    """(type heading, number, symbol, date) from a line naming the document itself (an annex's kèm theo line)."""
    rx = _data()["self_ref_re"]
    for ln in lines:
        m = rx.search(ln.text)
        if not m:
            continue
        parsed = parse_number_line("Số: " + m.group("number"))
        if parsed and parsed[0]:
            return m.group("type").strip().upper(), parsed[0], parsed[1], _date_of(m.group("date"))
    return None, None, None, None


def _number_line(lines: list[_Line], end: int) -> int | None:
    """Index of the header's ``Số:`` line: in the header, or in a header block that PDF
    text order moved below the first page's body (next to the Quốc hiệu or the date line)."""
    for i, ln in enumerate(lines[:end]):
        if parse_number_line(ln.text):
            return i
    for k, ln in enumerate(lines):
        if re.match(r"Số\s*:", ln.text) and parse_number_line(ln.text):
            near = lines[max(0, k - 4): k + 6]
            if any(_data()["national_motto_re"].search(n.text) or parse_place_date(n.text) for n in near):
                return k
    return None


def _first_heading(lines: list[_Line], end: int) -> tuple[int | None, str | None]:
    for i, ln in enumerate(lines[:end]):
        typ = _heading_type(ln.text)
        if typ:
            return i, typ
    return None, None


def _decide_type(heading: tuple[int | None, str | None], subject_at: int | None, symbol: str | None,
                 header_text: str, has_subject_or_recipient: bool) -> str:
    """The form: a consolidated text, the heading (unless a V/v subject comes first), the symbol, a công văn's marks."""
    heading_at, heading_type = heading
    if heading_type not in (None, "cong_van") and any(re.search(c, header_text) for c in _data()["consolidated_cues"]):
        return "van_ban_hop_nhat"
    if heading_type and (subject_at is None or subject_at > heading_at):
        return heading_type
    if symbol:
        return type_from_symbol(symbol) or "other"
    return "cong_van" if has_subject_or_recipient else "other"


def _issue_date(lines: list[_Line], end: int, number_at: int | None, ref_date: str | None, text: str) -> str | None:
    """The place-and-date line's date; else the self-reference's; else the e-signature stamp's."""
    zone = list(lines[:end])
    if number_at is not None and number_at >= end:
        zone += lines[number_at: number_at + 6]
    for ln in zone:
        got = parse_place_date(ln.text)
        if got:
            return got
    if ref_date:
        return ref_date
    m = _data()["esign_re"].search(text)
    return _iso(m.group("year"), m.group("month"), m.group("day")) if m else None


def extract_fields(doc: Document, mentions: dict[str, list[Mention]] | None = None) -> DocumentFields:
    """Read the document's own fields from its header, annexes, body and signature block.

    ``mentions`` (other extractors' results) is accepted for the pipeline's
    convenience; every field is found from the text alone.
    """
    lines = _lines(doc.text)
    end = _header_end(lines)
    fields = DocumentFields()

    number_at = _number_line(lines, end)
    if number_at is not None:
        fields.number, fields.symbol = parse_number_line(lines[number_at].text)
    heading = _first_heading(lines, end)
    ref_type, ref_number, ref_symbol, ref_date = _self_reference(lines)
    ref_ok = bool(ref_number) and (heading[1] is None or _data()["heading_types"].get(ref_type) in (None, heading[1]))
    if fields.symbol is None and ref_ok:
        fields.number, fields.symbol = ref_number, ref_symbol

    subject, subject_at = _subject(lines, end)
    header_text = " ".join(ln.text for ln in lines[:end])
    recipient = _data()["recipient_re"].search(doc.text) is not None
    fields.type = _decide_type(heading, subject_at, fields.symbol, header_text, subject is not None or recipient)

    if heading[0] is not None and fields.type != "cong_van":
        fields.title = _title_lines(lines, heading[0] + 1, len(lines))
    if fields.title is None:
        fields.title = subject
    body_text = doc.text[lines[end].start:] if end < len(lines) else doc.text
    fields.role = decide_role(fields.type, subject if fields.type == "cong_van" else fields.title, body_text)
    fields.issue_date = _issue_date(lines, end, number_at, ref_date if ref_ok else None, doc.text)

    org_from = max(0, number_at - 8) if number_at is not None and number_at >= end else 0
    org_to = number_at if number_at is not None else end
    orgs = _header_orgs(lines[org_from:], org_to - org_from)
    superiors = _header_superiors(lines[org_from:], org_to - org_from)
    fields.issuer = _decide_issuer(orgs, fields.symbol, lines[end:], doc.text, superiors)

    body_start = lines[end].start if end < len(lines) else 0
    fields.signer = find_signer(doc.text, body_start)
    if fields.signer:
        fields.signer.name = _as_printed(doc, fields.signer.name)
    return fields


def _as_printed(doc: Document, name: str) -> str:
    """A name as the document prints it (CONTRACT: ``name`` as printed), not as normalised.

    Normalisation moves old tone marks (``Thuý Hoà`` → ``Thúy Hòa``) so that
    words match; a person's name keeps the writer's spelling. The signature's
    name is the last place the name stands; its source characters, in NFC.
    """
    from pipeline.core.characters import clean_characters, fix_tone_marks

    at = doc.text.rfind(name)
    if at < 0:
        return name
    printed = re.sub(r"\s+", " ", clean_characters(doc.original(at, at + len(name)))).strip()
    return printed if fix_tone_marks(printed) == name else name  # one line: normalising it is the tone step
