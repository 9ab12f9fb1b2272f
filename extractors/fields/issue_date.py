"""The document's issue date, and where it was read: the printed line, or what stands in for it.

The place-and-date line decides (``Lâm Đồng, ngày 18 tháng 9 năm 2025`` →
``2025-09-18``, source ``printed``); a day left blank gives ``2025-09``. On a
scan, a day or number written by hand is read by OCR with low confidence
(``ngày 2 tháng 12`` for a written 24, confidence 0): that part is dropped and
a review item says what OCR read, never a guessed day. Where the printed date
is missing or lacks its day, a date that agrees with what is printed stands in:

- ``self_reference``: an annex's ``kèm theo Quyết định số … ngày …`` line (no printed date at all);
- ``signature``: the issuing organisation's own digital signature (``CN=SỞ TƯ PHÁP``, signed
  2025-09-12), its day as the signature states it — not a person's signature, and never when the
  file is a certified copy (``SAO Y; …``: the signatures are the copy's);
- ``signature_box``: the visible e-signature box (``Thời gian ký: 13/11/2025 15:53:50``; year first,
  ``Date: 2025.11.13 …``, as some signing tools print it), not a copy's box nor the Công báo's;
- ``meeting``: a biên bản's ``Hôm nay, … ngày 18 tháng 12 năm 2025``.

An incoming-register stamp (``ĐẾN Số: 17026 Ngày: 23-10-2025``) is never read as
the date. A year after next year (OCR reading 2025 as ``2033``) is not a date.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from extractors.fields.header import (Line, is_copy_line, is_register_line, iso_date, line_at, parse_place_date,
                                      place_date_match, rules, symbol_end)
from schemas.document import Document

PLAUSIBLE_AHEAD_YEARS = 1


def _plausible(iso: str | None) -> bool:
    return bool(iso) and 1945 <= int(iso[:4]) <= date.today().year + PLAUSIBLE_AHEAD_YEARS


def _read_printed(doc: Document, ln: Line, review: list[dict[str, Any]]) -> str | None:
    """The line's date, without the parts OCR read too poorly to trust (each dropped part a review item)."""
    m = place_date_match(ln.text)
    if m is None:
        return None
    low = float(rules()["ocr_unreadable_below"])
    base = line_at(doc, ln)
    parts = {}
    for name in ("year", "month", "day"):
        if m.group(name) is None:
            parts[name] = None
            continue
        conf = doc.ocr_confidence(base + m.start(name), base + m.end(name), digits=True)
        parts[name] = m.group(name) if conf is None or conf >= low else False
        if parts[name] is False:
            review.append({"field": "issue_date", "why": "ocr_unreadable", "read": m.group(0).strip(),
                           "ocr_confidence": round(conf / 100, 2), "page": doc.page_at(base + m.start(name))})
    if parts["year"] in (None, False):
        return None
    if not parts["month"]:
        return parts["year"]
    got = iso_date(parts["year"], parts["month"], parts["day"] or None)
    if got and doc.ocr_words and not _plausible(got):
        return None
    return got


def _is_organisation(sig: dict[str, Any]) -> bool:
    cn = (sig.get("signer") or "").strip()
    org = (sig.get("organisation") or "").strip()
    if not cn:
        return False
    heads = tuple(h.casefold() for h in rules()["signature_org_heads"])
    return cn.isupper() or cn.casefold() == org.casefold() or cn.casefold().startswith(heads)


def _signature_date(doc: Document) -> str | None:
    for sig in doc.signatures:
        when = sig.get("signed_at")
        if when and _is_organisation(sig) and _plausible(when[:10]):
            return when[:10]
    return None


def _box_date(doc: Document) -> str | None:
    low = float(rules()["ocr_unreadable_below"])
    matches = [*rules()["esign_re"].finditer(doc.text), *rules()["esign_ymd_re"].finditer(doc.text)]
    for m in sorted(matches, key=lambda m: m.start()):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        for _ in range(2):  # a copy's or a publisher's box: "SAO Y; …", "Ký bởi: CÔNG BÁO" on its line or above
            line_start = doc.text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else 0
        line_end = doc.text.find("\n", m.end())
        box = doc.text[line_start: line_end if line_end >= 0 else len(doc.text)]
        if is_copy_line(box) or rules()["esign_publisher_re"].search(box):
            continue
        first, last = min(m.start("day"), m.start("year")), max(m.end("day"), m.end("year"))
        conf = doc.ocr_confidence(first, last, digits=True)
        got = iso_date(m.group("year"), m.group("month"), m.group("day"))
        if got and len(got) == 10 and _plausible(got) and (conf is None or conf >= low):
            return got
    return None


def _meeting_date(doc: Document, body_start: int) -> str | None:
    m = rules()["meeting_date_re"].search(doc.text, body_start)
    if not m:
        return None
    got = iso_date(m.group("year"), m.group("month"), m.group("day"))
    return got if got and len(got) == 10 and _plausible(got) else None


def decide_issue_date(doc: Document, zone: list[Line], ref_date: str | None, doc_type: str,
                      body_start: int) -> tuple[str | None, str | None, list[dict[str, Any]]]:
    """(issue date, its source, review items) from the header ``zone`` lines and the stand-ins above."""
    review: list[dict[str, Any]] = []
    printed = None
    for ln in zone:
        if is_register_line(ln.text) or is_copy_line(ln.text) or not parse_place_date(ln.text):
            continue
        printed = _read_printed(doc, ln, review)
        break
    if printed and len(printed) == 10:
        return printed, "printed", review
    if printed is None and ref_date:
        return ref_date, "self_reference", review
    copy = is_copy_line(doc.text)  # a certified copy's line anywhere: its signature dates the copy
    stand_ins = [("signature", None if copy else _signature_date(doc)), ("signature_box", _box_date(doc)),
                 ("meeting", _meeting_date(doc, body_start) if doc_type == "bien_ban" else None)]
    for source, got in stand_ins:
        if got and (printed is None or got.startswith(printed)):
            return got, source, review
    if not any(r["field"] == "issue_date" for r in review):
        review += _unread_date_line(doc, zone)
    return printed, ("printed" if printed else None), review


def _unread_date_line(doc: Document, zone: list[Line]) -> list[dict[str, Any]]:
    """A review item for an OCR'd place-and-date line whose written day or month OCR could not read
    (``Lâm Đồng, ngàn:2€ tì hản J4 …``) when nothing stands in for it."""
    for ln in zone:
        if is_register_line(ln.text) or is_copy_line(ln.text) or not rules()["ocr_place_date_re"].search(ln.text):
            continue
        base = line_at(doc, ln)
        conf = doc.ocr_confidence(base, base + len(ln.text))
        if conf is None:
            return []
        return [{"field": "issue_date", "why": "ocr_unreadable", "read": ln.text.strip(),
                 "ocr_confidence": round(conf / 100, 2), "page": doc.page_at(base)}]
    return []


def check_against_signature(doc: Document, issue_date: str | None, source: str | None) -> list[dict[str, Any]]:
    """A review item when a printed date and the organisation's signature are more than a week apart."""
    signed = _signature_date(doc)
    if source != "printed" or not issue_date or len(issue_date) != 10 or not signed:
        return []
    days = abs((date.fromisoformat(issue_date) - date.fromisoformat(signed)).days)
    if days <= 7:
        return []
    return [{"field": "issue_date", "why": "signature_differs", "read": issue_date, "signed": signed}]


def unreadable_number(doc: Document, ln: Line, number: str | None) -> dict[str, Any] | None:
    """A review item when the number's digits, or the symbol printed after them, were read by OCR too
    poorly to trust (a handwritten 289 read ``233``; ``SNV-TCBC`` read ``SNV-TCBRC`` at 42); None when
    both read well or the line is not OCR'd."""
    if not number:
        return None
    digits = re.match(r"[^/\-]*", number).group(0)
    base = line_at(doc, ln)
    at = ln.text.find(digits)
    if at < 0:
        at, digits = 0, ln.text
    conf = doc.ocr_confidence(base + at, base + at + len(digits), digits=True)
    if conf is None:
        return None
    low = float(rules()["ocr_unreadable_below"])
    symbol_conf = doc.ocr_confidence(base + at + len(digits), base + symbol_end(ln.text, at + len(digits), number[len(digits):]))
    worst = min(conf, symbol_conf) if symbol_conf is not None else conf
    if worst >= low:
        return None
    item = {"field": "number", "why": "ocr_unreadable", "read": number, "ocr_confidence": round(worst / 100, 2),
            "page": doc.page_at(base + at)}
    if conf >= low:
        item["part"] = "symbol"  # the digits read well, the symbol did not: neither is kept
    return item

