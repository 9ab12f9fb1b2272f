"""Who issued the document: the header's organisation, else the symbol's code, the signature, the body.

``UBND TỈNH ĐỒNG NAI`` / ``SỞ CÔNG THƯƠNG`` → Sở Công Thương (the lowest
organisation of the header block, matched in the registry); an organ line
(``BCH``, ``BAN THƯỜNG VỤ``) speaks for its organisation; a name the registry
lacks is printed in conventional capitalisation (``HỘI NÔNG DÂN TỈNH BÌNH
PHƯỚC`` → ``Hội Nông dân tỉnh Bình Phước``). Word lists in ``data/fields.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.fields.header import (Line, heading_type, is_caps, is_copy_line, is_register_line, issuer_from_symbol,
                                      parse_number_line, place_date_match, rules)
from extractors.fields.ocr_repair import bare, without_marks
from extractors.unit_registry import canonical_unit, unit_level
from pipeline.core.resources import load_data


def header_orgs(lines: list[Line], end_at: int) -> list[str]:
    """The caps organisation names of the header block, superior first."""
    d = rules()
    units: list[str] = []
    for ln in lines[:end_at]:
        t = ln.text
        if not t:
            continue
        if heading_type(t) or parse_number_line(t) and t.lstrip().startswith("Số") or t.startswith(("V/v", "Kính gửi")):
            break
        if is_copy_line(t) or is_register_line(t):
            continue  # "SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; 25/12/2025 …": the copy's issuer, not a header line
        motto = d["national_motto_re"].search(t)
        if motto:  # the Quốc hiệu is the right column's, even glued to the issuer's line: "ỦY BAN NHÂN DÂN CỘNG HÒA …"
            t = t[: motto.start()]
        if not is_caps(t) and place_date_match(t):  # under a one-line motto the date is beside the issuer's
            words = t.split()  # second line: "BÁO ĐỒNG NAI Đồng Nai, ngày 05 tháng 11 năm 2025"
            k = next((i for i, w in enumerate(words) if not is_caps(w)), len(words))
            if 0 < k < len(words) and words[k - 1].endswith(".") and len(words[k - 1]) <= 3:
                k -= 1  # "TRUNG TÂM Y TẾ TP. Biên Hòa, ngày …": the place's marker goes with the place
            t = " ".join(words[:k])
        for rx in d["noise"]:
            t = rx.sub(" ", t)
        t = re.split(r"(?:^|\s)Số\s*:", t.split("|")[0])[0]
        t = re.sub(r"\s+", " ", t).strip(" -–|")
        if not t or not is_caps(t) or len(t) < 3:
            continue
        if d["org_head_re"].match(t):
            units.append(t)
        elif units:
            units[-1] += " " + t
    return units


def header_superiors(lines: list[Line], end_at: int) -> list[str]:
    """Caps organisation lines of the header as printed, mottos included (``ĐOÀN TNCS HỒ CHÍ MINH``
    is dropped from the issuer block as the Đoàn's motto, but completes ``BCH TỈNH ĐỒNG NAI``)."""
    d = rules()
    out = []
    for ln in lines[:end_at]:
        if parse_number_line(ln.text) and ln.text.lstrip().startswith("Số"):
            break
        t = re.sub(r"\s+", " ", ln.text).strip(" -–|*")
        if t and is_caps(t) and d["org_head_re"].match(t):
            out.append(t)
    return out


def conventional_name(caps: str) -> str:
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
    d = rules()
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
    """(length in words, kind, conventional form) of the phrases conventional_name knows, longest first."""
    d = rules()
    got = [(h, "head") for h in d["name_heads"]] + [(v, "level") for v in d["name_levels"]]
    got += [(f, "fixed") for f in d["name_fixed"]] + [(f, "place_org") for f in d["name_place_orgs"]]
    return sorted(((len(f.split()), kind, f) for f, kind in got), key=lambda t: -t[0])


def _cap(word: str) -> str:
    low = word.lower()
    return low[:1].upper() + low[1:]


def _is_acronym(word: str) -> bool:
    """``HTX``, ``TNCS``, ``UBND``, ``KH&CN``: no vowel, an ``&``, or a listed acronym."""
    core = word.strip(".,;:()")
    if not core or not is_caps(core):
        return False
    if "&" in core or core in rules()["name_acronyms"]:
        return True
    base = unicodedata.normalize("NFD", core)
    return len(core) >= 2 and not re.search(r"[AEIOUY]", base.replace("Đ", "D"))


def _strip_organ(name: str) -> str:
    """``BCH HỘI NÔNG DÂN TỈNH …`` → ``HỘI NÔNG DÂN TỈNH …``: an organ (Ban Chấp hành,
    Ban Thường vụ) speaks for its organisation, which is the issuer."""
    m = rules()["organ_prefix_re"].match(name)
    return name[m.end():].strip() if m and name[m.end():].strip() else name


def _header_candidates(orgs: list[str], superiors: list[str]) -> tuple[list[str], list[str], str]:
    """The header's organisations (an organ standing alone dropped), the names to look up
    for the lowest one, most specific first, and the name to print if none is registered.

    ``BCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI`` is tried as printed and without ``BCH``; a name
    that is only a place after its organ (``ĐOÀN TNCS HỒ CHÍ MINH`` / ``BCH TỈNH ĐỒNG NAI``)
    is completed by an organisation above it (``HỘI NÔNG DÂN VIỆT NAM`` gives ``HỘI NÔNG DÂN``).
    """
    d = rules()
    orgs = [o.strip(" -–|\"'“”*") for o in orgs]
    organ = d["organ_prefix_re"].match(orgs[-1])
    alone = organ is not None and not re.search(r"\w", orgs[-1][organ.end():])
    if len(orgs) > 1 and (alone or re.sub(r"\s+", " ", orgs[-1]).strip() in d["organ_lines"]):
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
    if unit is None and len(orgs) > 1 and rules()["party_committee_re"].match(orgs[-2]):
        unit = canonical_unit(orgs[-2])  # a committee's organ the registry lacks speaks for the committee
    issuer = _strip_organ(orgs[-1])
    if not unit or len(orgs) < 2:
        return unit, conventional_name(printed)
    prov = rules()["province_tail_re"].search(orgs[-2])
    place = rules()["province_level_re"].sub("", prov.group(0)).strip() if prov else ""
    away = bool(place) and not _is_home(place)
    if not rules()["province_level_re"].search(issuer):
        if prov and not issuer.rstrip().endswith(place) and canonical_unit(f"{issuer} {prov.group(0)}") is None:
            unit = None  # another province's unit of the same name (one already naming its place is not)
            if away and unit_level(canonical_unit(issuer) or "") != "national":
                printed = f"{printed} {prov.group(0)}"  # ... written with its province: Sở Nội vụ tỉnh Lâm Đồng
    elif not rules()["province_tail_re"].search(issuer) and away and unit_level(unit) != "national":
        # "THANH TRA TỈNH", "BAN CHỈ ĐẠO TỈNH" under UBND TỈNH LÂM ĐỒNG: the generic "tỉnh" is the superior's province
        unit, printed = None, f"{printed} {place}"  # Thanh tra tỉnh Lâm Đồng
    return unit, conventional_name(printed)


@lru_cache(maxsize=1)
def _bare_province_re() -> re.Pattern[str]:
    return re.compile(without_marks(rules()["header_province"]))


@lru_cache(maxsize=1)
def _bare_provinces() -> frozenset[str]:
    return frozenset(bare(p) for p in load_data("units_patterns.yaml")["provinces"])


def _foreign(orgs: list[str]) -> bool:
    """The header names a province other than the home one (``UBND TỈNH LÂM ĐỒNG``). Without marks
    (OCR's ``TÍNH LÂM ĐÒNG``) only a known province counts, so ``TÌNH NGUYỆN TỈNH ĐỒNG NAI`` is at home."""
    home = load_data("units_patterns.yaml")["home_province"]
    if any(not _is_home(m.group(1)) for o in orgs for m in rules()["header_province_re"].finditer(o)):
        return True
    others = _bare_provinces() - {bare(home)}
    return any(m.group(1).strip() in others for o in orgs for m in _bare_province_re().finditer(without_marks(o)))


def _below_province(orgs: list[str]) -> bool:
    """The header's issuer sits in a commune or district (``HỘI NÔNG DÂN XÃ PHÚ LÝ``):
    a provincial unit's symbol code does not name it."""
    return bool(orgs) and rules()["below_province_re"].search(orgs[-1]) is not None


def decide_issuer(orgs: list[str], symbol: str | None, body: list[Line], text: str,
                   superiors: list[str] | None = None, place: str | None = None) -> str | None:
    """Header (registered) > symbol code > signature > body > the printed header name.

    An unregistered header name is the last resort, so a known unit is never
    written as the printer spelt it (``BCH HỘI NÔNG DÂN …`` with an unknown code
    still resolves through ``TM. BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH``).
    A header in another province keeps its printed name: the home province's
    codes and units would name the wrong body. So does a document dated in
    another province (``place``: ``Bình Thuận, ngày 23 tháng 3 năm 2022``) whose
    header OCR garbled: its ``QĐ-UBND`` is not the home province's committee.
    """
    registered, printed = _issuer_from_header(orgs, superiors)
    if registered:
        return registered
    if printed and (_foreign(orgs) or _below_province(orgs)):
        return printed
    by_symbol = issuer_from_symbol(symbol)
    if by_symbol and unit_level(by_symbol) != "national" and _foreign_place(place):
        by_symbol = None  # another province's QĐ-UBND is not the home committee; a ministry's code is a ministry
    if printed:
        # The body is not asked here: in a consolidated text or a proposal, "Quốc hội ban hành"
        # or "Chính phủ ban hành Kế hoạch" names someone else's act.
        return by_symbol or _issuer_from_signature(text) or printed
    return by_symbol or _issuer_from_body(body) or _issuer_from_signature(text)


@lru_cache(maxsize=1)
def _marker_re() -> re.Pattern[str]:
    """A province marker opening a place (data/units_patterns.yaml province_markers)."""
    markers = sorted(load_data("units_patterns.yaml")["province_markers"], key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(m) for m in markers) + r")(?:\s+|(?<=\.))", re.I)


def _without_marker(place: str) -> str:
    """``tỉnh Lâm Đồng`` → ``Lâm Đồng``, ``TP. Hồ Chí Minh`` → ``Hồ Chí Minh``."""
    return _marker_re().sub("", place.strip()).strip()


def _is_home(place: str) -> bool:
    """The home province, however its marks were printed or read (``ĐỒNG NAI``, ``ĐÔNG NAI``)."""
    return bare(_without_marker(place)) == bare(load_data("units_patterns.yaml")["home_province"])


def _foreign_place(place: str | None) -> bool:
    """The place-and-date line's place is another province (``Lâm Đồng``, or OCR's ``Lâm Đông``)."""
    if not place:
        return False
    got = bare(_without_marker(place))
    return not _is_home(place) and got in _bare_provinces()


def _issuer_from_body(lines: list[Line]) -> str | None:
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
    d = rules()
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
