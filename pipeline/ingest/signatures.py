"""The digital signatures a PDF carries (PAdES), read and checked offline with pyHanko.

An e-office PDF from Lâm Đồng carries a signature by the leader who signed it
(``CN=Nguyễn Đức Vũ, O=ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG``) and one or more by the
issuing office when it stamped the number and day (``CN=SỞ NỘI VỤ``). For each
signature this gives who signed (the certificate's common name and
organisation), when (the signing time the signature itself states), and
whether the bytes it signed are unchanged (``intact``: the digest over the
signed byte range matches) and whether the signature value verifies against
the signer's own certificate (``verifies``). Nothing is fetched and no trust root is consulted, so this says
"intact", never "trusted". ``covers`` says whether the signature covers the
whole file as it is now (``entire_file``) or an earlier revision of it
(``earlier_revision``: later signatures or stamps were added after it).

Some real files have bytes before ``%PDF`` (one has 21); they are skipped, as a
PDF reader does. A file that is not a PDF, or has no signature, gives ``[]``; a
signature pyHanko cannot parse is listed with ``intact: None`` and the error.
"""
from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

# pyHanko logs every signature it cannot chain to a trust root: that is expected offline
for _name in ("pyhanko", "pyhanko_certvalidator", "pyhanko.sign.validation"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

MAX_BYTES = 200 * 1024 * 1024


def _covers(status: Any) -> str | None:
    coverage = getattr(status, "coverage", None)
    if coverage is None:
        return None
    return "entire_file" if coverage.name == "ENTIRE_FILE" else "earlier_revision"


def _name_parts(cert: Any) -> tuple[str | None, str | None]:
    try:
        subject = cert.subject.native
    except Exception:
        return None, None
    return subject.get("common_name"), subject.get("organization_name")


def _signing_time(sig: Any) -> str | None:
    try:
        when = sig.self_reported_timestamp
    except Exception:
        return None
    return when.isoformat() if when is not None else None


def _one(sig: Any, context_factory) -> dict[str, Any]:
    from pyhanko.sign.validation import validate_pdf_signature

    out: dict[str, Any] = {"field": getattr(sig, "field_name", None), "signer": None, "organisation": None,
                           "signed_at": _signing_time(sig), "intact": None, "covers": None}
    try:
        out["signer"], out["organisation"] = _name_parts(sig.signer_cert)
    except Exception:
        pass
    try:
        status = validate_pdf_signature(sig, context_factory(), skip_diff=True)
        out["intact"] = bool(status.intact)
        out["verifies"] = bool(status.valid)
        out["covers"] = _covers(status)
    except Exception as e:  # a malformed signature dictionary, an unknown algorithm
        out["intact"] = False
        out["error"] = f"{type(e).__name__}: {e}"[:200]
    return out


def read_signatures(path: str | Path, data: bytes | None = None) -> list[dict[str, Any]]:
    """Every signature of the PDF at ``path``, in file order: signer, organisation, signed_at, intact, covers.

    ``data`` (the file's bytes) may be given when the caller already has them.
    """
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko_certvalidator import ValidationContext
    except ImportError:
        return []
    if data is None:
        p = Path(path)
        if p.stat().st_size > MAX_BYTES:
            return []
        data = p.read_bytes()
    start = data.find(b"%PDF")
    if start < 0:
        return []
    try:
        reader = PdfFileReader(io.BytesIO(data[start:]), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception:
        return []
    return [_one(s, lambda: ValidationContext(trust_roots=[], allow_fetching=False)) for s in sigs]

