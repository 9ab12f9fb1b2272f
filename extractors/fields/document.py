"""The document's own fields, decided from the header, the annexes, the body and the signature block.

``extract_fields(doc)`` on seed 000 (``Số:      /SCT-VP``, ``V/v báo cáo kết quả …``)
gives symbol ``SCT-VP`` and no number, type ``cong_van``, role ``report``,
issuer Sở Công Thương, issue date ``2025-11`` and its signer; each field falls
back in the order CONTRACT.md gives (see ``extractors/fields/__init__.py``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.fields.header import (Line, date_of, header_end, heading_type, is_register_line, line_at, lines_of,
                                      parse_number_line, parse_ocr_number_line, parse_place_date, place_date_match,
                                      rules, subject_line, title_lines, type_from_symbol)
from extractors.fields.issue_date import check_against_signature, decide_issue_date, unreadable_number
from extractors.fields.issuer import decide_issuer, header_orgs, header_superiors
from extractors.fields.ocr_repair import repair_caps
from extractors.fields.role import decide_role
from extractors.fields.signature import find_signer
from pipeline.core.characters import clean_characters, fix_tone_marks
from schemas.document import Document
from schemas.mention import DocumentFields, Mention


def _self_reference(lines: list[Line]) -> tuple[str | None, str | None, str | None, str | None]:
    """(type heading, number, symbol, date) from a line naming the document itself (an annex's kèm theo line)."""
    rx = rules()["self_ref_re"]
    for ln in lines:
        m = rx.search(ln.text)
        if not m:
            continue
        parsed = parse_number_line("Số: " + m.group("number"))
        if parsed and parsed[0]:
            return m.group("type").strip().upper(), parsed[0], parsed[1], date_of(m.group("date"))
    return None, None, None, None


def _number_line(lines: list[Line], end: int, doc: Document) -> int | None:
    """Index of the header's ``Số:`` line: in the header, or in a header block that PDF
    text order moved below the first page's body (next to the Quốc hiệu or the date line).
    Never a later page's: there a draft the file carries (``Số: /QĐ-UBND``) has its own."""
    for i, ln in enumerate(lines[:end]):
        if parse_number_line(ln.text) and not is_register_line(ln.text):
            return i
    first_page = doc.page_at(0)
    for k, ln in enumerate(lines):
        if first_page is not None and (doc.page_at(ln.start) or first_page) > first_page:
            break
        if re.match(r"Số\s*:", ln.text) and parse_number_line(ln.text) and not is_register_line(ln.text):
            near = lines[max(0, k - 4): k + 6]
            if any(rules()["national_motto_re"].search(n.text) or parse_place_date(n.text) for n in near):
                return k
    return None


def _drop_unreadable(fields: DocumentFields, unreadable: dict | None) -> bool:
    """A number OCR read too poorly is null, never a guess from handwriting, with its review item. True when
    it was the symbol that read poorly: the symbol is shown as read, but no issuer is taken from its codes."""
    if not unreadable:
        return False
    fields.number = None
    fields.review.append(unreadable)
    return unreadable.get("part") == "symbol"


def _ocr_number_line(doc: Document, lines: list[Line], end: int, fields: DocumentFields) -> tuple[int | None, bool]:
    """On an OCR'd header, the ``Số:`` line whose handwritten number OCR could not read (``Số: J'Ø/TTr-CAT-PC06``):
    its printed symbol is kept when OCR read it well, the number stays null and a review item says what
    OCR saw. Its index (or None), and whether the symbol read poorly (``_drop_unreadable``)."""
    low = float(rules()["ocr_unreadable_below"])
    for i, ln in enumerate(lines[:end]):
        got = parse_ocr_number_line(ln.text)
        if got is None:
            continue
        base = line_at(doc, ln)
        conf = doc.ocr_confidence(base, base + len(ln.text))
        if conf is None:
            return None, False  # not OCR'd: a typed line that is no number line
        slot, symbol = got
        if symbol and slot.isdigit():  # "Só: 92/TB-UBND": only "Số" misread; the digits decide, as on any line
            fields.number, fields.symbol = parse_number_line(f"Số: {slot}/{symbol}")
            return i, _drop_unreadable(fields, unreadable_number(doc, ln, fields.number))
        if symbol:
            at = ln.text.find(slot) + len(slot)
            sym_conf = doc.ocr_confidence(base + at, base + len(ln.text))
            if sym_conf is not None and sym_conf >= low:
                fields.symbol = symbol
        slot_at = ln.text.find(slot)
        slot_conf = doc.ocr_confidence(base + slot_at, base + slot_at + len(slot)) if slot_at >= 0 else conf
        fields.review.append({"field": "number", "why": "ocr_unreadable", "read": ln.text.strip(),
                              "ocr_confidence": round((slot_conf if slot_conf is not None else conf) / 100, 2),
                              "page": doc.page_at(base)})
        return i, False
    return None, False


@lru_cache(maxsize=1)
def _form_codes() -> frozenset[str]:
    return frozenset(c.upper() for t in rules()["types"].values() for c in t.get("codes") or [])


def _repair_ocr_form_code(doc: Document, ln: Line, heading_type: str | None, fields: DocumentFields) -> None:
    """On an OCR'd number line, a symbol whose form code is no form's code but one letter away from the
    code of the form the heading names (``71/TIR-SNV`` under ``TỜ TRÌNH``) is read with that code
    (``71/TTR-SNV``): OCR confuses I and T, not the văn thư. A code the heading does not back stays as read."""
    at = line_at(doc, ln)
    if heading_type is None or doc.ocr_confidence(at, at + len(ln.text)) is None or not fields.symbol:
        return
    code, sep, rest = fields.symbol.partition("-")
    if code.upper() in _form_codes() or not fields.number.endswith(fields.symbol):
        return
    for want in (rules()["types"].get(heading_type) or {}).get("codes") or []:
        want = want.upper()
        if len(want) == len(code) and sum(a != b for a, b in zip(want, code.upper())) == 1:
            old = fields.symbol
            fields.symbol = want + sep + rest
            fields.number = fields.number[: len(fields.number) - len(old)] + fields.symbol
            return


def _place(zone: list[Line]) -> str | None:
    """The place of the header's place-and-date line (``Lâm Đồng`` of ``Lâm Đồng, ngày 18 tháng 9 …``),
    or of an OCR'd one whose day could not be read."""
    for ln in zone:
        if is_register_line(ln.text):
            continue
        m = place_date_match(ln.text) or rules()["ocr_place_date_re"].search(ln.text)
        if m:
            return m.group("place") if "place" in m.re.groupindex else m.group(0).split(",")[0].strip()
    return None


def _ocr_header_lines(doc: Document, lines: list[Line]) -> list[Line]:
    """The header lines; an OCR'd line with its known names' marks put back (``TÍNH LÂM ĐÒNG`` → ``TỈNH LÂM ĐỒNG``),
    specks read as words dropped (``SỞ KHOA HỌC VÀ CÔNG NGHỆ _``, ``.TRUNG TÂM``) and a misread ``SỐ:`` / ``SÔ:``
    written ``Số:``, so the issuer block ends at the number line."""
    if not doc.ocr_words:
        return lines
    out = []
    for ln in lines:
        at = line_at(doc, ln)
        if doc.ocr_confidence(at, at + len(ln.text)) is None:
            out.append(ln)
            continue
        text = " ".join(w if w in "-–—&" else w.lstrip(".,`'\"“”_:;") for w in ln.text.split()
                        if w in "-–—&" or re.search(r"[^\W_]", w))
        text = rules()["ocr_number_start_re"].sub("Số:", text, count=1)
        out.append(Line(ln.start, repair_caps(text), ln.cell))
    return out


def _first_heading(lines: list[Line], end: int) -> tuple[int | None, str | None]:
    for i, ln in enumerate(lines[:end]):
        typ = heading_type(ln.text)
        if typ:
            return i, typ
    return None, None


def _decide_type(heading: tuple[int | None, str | None], subject_at: int | None, symbol: str | None,
                 header_text: str, has_subject_or_recipient: bool) -> str:
    """The form: a consolidated text, the heading (unless a V/v subject comes first), the symbol, a công văn's marks."""
    heading_at, heading_type = heading
    if heading_type not in (None, "cong_van") and any(re.search(c, header_text) for c in rules()["consolidated_cues"]):
        return "van_ban_hop_nhat"
    if heading_type and (subject_at is None or subject_at > heading_at):
        return heading_type
    if symbol:
        return type_from_symbol(symbol) or "other"
    return "cong_van" if has_subject_or_recipient else "other"


def _date_zone(lines: list[Line], end: int, number_at: int | None) -> list[Line]:
    """The header's lines, and the lines after a ``Số:`` line that PDF text order moved below it."""
    zone = list(lines[:end])
    if number_at is not None and number_at >= end:
        zone += lines[number_at: number_at + 6]
    return zone


def extract_fields(doc: Document, mentions: dict[str, list[Mention]] | None = None) -> DocumentFields:
    """Read the document's own fields from its header, annexes, body and signature block.

    ``mentions`` (other extractors' results) is accepted for the pipeline's
    convenience; every field is found from the text alone.
    """
    lines = lines_of(doc.text)
    end = header_end(lines)
    fields = DocumentFields()

    number_at = _number_line(lines, end, doc)
    if number_at is not None:
        fields.number, fields.symbol = parse_number_line(lines[number_at].text)
        weak_symbol = _drop_unreadable(fields, unreadable_number(doc, lines[number_at], fields.number))
    else:
        number_at, weak_symbol = _ocr_number_line(doc, lines, end, fields)
    heading = _first_heading(lines, end)
    if number_at is not None and fields.number:
        _repair_ocr_form_code(doc, lines[number_at], heading[1], fields)
    ref_type, ref_number, ref_symbol, ref_date = _self_reference(lines)
    ref_ok = bool(ref_number) and (heading[1] is None or rules()["heading_types"].get(ref_type) in (None, heading[1]))
    if fields.symbol is None and ref_ok:
        fields.number, fields.symbol = ref_number, ref_symbol

    subject, subject_at = subject_line(lines, end)
    header_text = " ".join(ln.text for ln in lines[:end])
    recipient = rules()["recipient_re"].search(doc.text) is not None
    fields.type = _decide_type(heading, subject_at, fields.symbol, header_text, subject is not None or recipient)

    if heading[0] is not None and fields.type != "cong_van":
        fields.title = title_lines(lines, heading[0] + 1, len(lines))
    if fields.title is None:
        fields.title = subject
    body_text = doc.text[lines[end].start:] if end < len(lines) else doc.text
    fields.role = decide_role(fields.type, subject if fields.type == "cong_van" else fields.title, body_text)
    body_start = lines[end].start if end < len(lines) else 0
    fields.issue_date, fields.issue_date_source, review = decide_issue_date(
        doc, _date_zone(lines, end, number_at), ref_date if ref_ok else None, fields.type, body_start)
    fields.review += review + check_against_signature(doc, fields.issue_date, fields.issue_date_source)

    org_from = max(0, number_at - 8) if number_at is not None and number_at >= end else 0
    org_to = number_at if number_at is not None else end
    org_lines = _ocr_header_lines(doc, lines[org_from:org_to])
    orgs = header_orgs(org_lines, len(org_lines))
    superiors = header_superiors(org_lines, len(org_lines))
    fields.issuer = decide_issuer(orgs, None if weak_symbol else fields.symbol, lines[end:], doc.text, superiors,
                                  _place(_date_zone(lines, end, number_at)))

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
    at = doc.text.rfind(name)
    if at < 0:
        return name
    printed = re.sub(r"\s+", " ", clean_characters(doc.original(at, at + len(name)))).strip()
    return printed if fix_tone_marks(printed) == name else name  # one line: normalising it is the tone step
