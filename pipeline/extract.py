"""``bdhv extract``: files in, one contract line per file out (../shared/spec/CONTRACT.md).

Plain functions, called alike by the CLI, the tests and the Prefect flow:
``extract_file(path)`` never raises for a bad document: a ``ReadError`` (or
any other failure) becomes a line with ``"status": "error"`` and a stable code.
"""
from __future__ import annotations

import json
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extractors import KINDS, extractors
from pipeline.core.atomic import write_with
from pipeline.core.errors import ReadError
from pipeline.core.resources import code_fingerprint
from pipeline.core.source import modified_at, sha256_of
from pipeline.ingest.discover import discover
from pipeline.ingest.read import declared_format, read_document, sniff_format
from schemas.document import Document
from schemas.mention import DocumentFields, Mention

EXTRACTOR_VERSION = f"0.1.0+{code_fingerprint()}"  # any change to the code or data: cached results are not reused


def extract_mentions(doc: Document) -> dict[str, list[Mention]]:
    """Every extractor over ``doc``, in the contract's order of kinds, each mention on OCR'd text
    carrying the confidence of the words it was read from (``with_ocr_confidence``)."""
    table = extractors()
    return {kind: with_ocr_confidence(doc, list(table[kind](doc))) for kind in KINDS}


def with_ocr_confidence(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A mention read by OCR keeps its words' lowest confidence (``ocr_confidence``, 0–1), and its own
    confidence is no higher: ``170 học viên`` read at 0.55 goes to the review queue, not into a cell."""
    if not doc.ocr_words:
        return mentions
    for m in mentions:
        conf = doc.ocr_confidence(m.start, m.end)
        if conf is not None:
            m.extra["ocr_confidence"] = round(conf / 100, 2)
            m.confidence = min(m.confidence, conf / 100)
    return mentions


def extract_document(doc: Document) -> tuple[DocumentFields, dict[str, list[Mention]]]:
    """The document's own fields and its mentions."""
    from extractors.fields import extract_fields

    mentions = extract_mentions(doc)
    return extract_fields(doc, mentions), mentions


def _format_guess(path: Path) -> str:
    try:
        sniffed = sniff_format(path)
    except OSError:
        sniffed = "unknown"
    declared = declared_format(path)
    if sniffed in ("pdf", "docx", "doc", "xlsx", "image") or (sniffed == "txt" and declared in (None, "txt") and not path.suffix):
        return sniffed
    if sniffed == "txt" and declared == "txt":
        return "txt"
    return declared or (path.suffix.lower().lstrip(".") or sniffed)


def record_for(path: str | Path, doc: Document, fields: DocumentFields, mentions: dict[str, list[Mention]]) -> dict[str, Any]:
    return {
        "source": str(path),
        "sha256": doc.source.sha256,
        "format": doc.source.format,
        "status": "ok",
        "error": None,
        "modified": modified_at(path),
        "pages": doc.source.pages,
        "encoding": doc.source.encoding,
        "warnings": list(doc.warnings),
        "signatures": list(doc.signatures),
        "document": fields.to_json(),
        "mentions": {k: [m.to_json() for m in mentions.get(k, [])] for k in KINDS},
    }


def error_record(path: str | Path, err: ReadError) -> dict[str, Any]:
    p = Path(path)
    try:
        digest = sha256_of(p)
    except OSError:
        digest = None
    return {
        "source": str(path),
        "sha256": digest,
        "format": _format_guess(p),
        "status": "error",
        "error": err.to_json(),
        "document": None,
        "mentions": {k: [] for k in KINDS},
    }


def extract_file(path: str | Path) -> dict[str, Any]:
    """One contract line for ``path``; failures become error lines, never exceptions."""
    try:
        doc = read_document(path)
        fields, mentions = extract_document(doc)
        return record_for(path, doc, fields, mentions)
    except ReadError as e:
        return error_record(path, e)
    except MemoryError as e:
        return error_record(path, ReadError("too_large", f"out of memory: {e}"))
    except Exception as e:  # a bug or a file no reader foresaw: recorded, the batch goes on
        detail = f"{type(e).__name__}: {e} | {traceback.format_exc(limit=3).splitlines()[-1]}"
        return error_record(path, ReadError("internal", detail))


def extract_paths(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    for f in discover(paths):
        yield extract_file(f)


def write_jsonl(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    """Write records as JSON lines, atomically; returns how many."""
    count = 0

    def writer(f) -> None:
        nonlocal count
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1

    write_with(out, writer)
    return count


def warm_up() -> None:
    """Load every extractor's data and models once, in this process (before forking workers)."""
    from pipeline.ingest.assemble import document_from_text

    extract_document(document_from_text("Sở Công Thương báo cáo ngày 29/5/2025: 81/81 cán bộ (100%)."))
