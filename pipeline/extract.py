"""``bdhv extract``: files in, one contract line per file out (../shared/spec/CONTRACT.md).

Plain functions, called alike by the CLI, the tests and the Prefect flow:
``extract_file(path)`` never raises for a bad document: a ``ReadError`` (or
any other failure) becomes a line with ``"status": "error"`` and a stable code.
"""
from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from extractors import KINDS, extractors
from pipeline.core.atomic import write_with
from pipeline.core.errors import ReadError
from pipeline.core.names import shown_json
from pipeline.core.resources import code_fingerprint
from pipeline.core.source import Snapshot, modified_at, sha256_of, snapshot
from pipeline.ingest.discover import discover_entries
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


def _format_guess(path: Path, content: str | Path | None = None) -> str:
    try:
        sniffed = sniff_format(path if content is None else content)
    except (OSError, ReadError):
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


# Errors whose line carries no hash: there are no bytes, or none that stood still (retried on the next run).
_UNHASHED = frozenset({"not_a_file", "file_changed"})


def error_record(path: str | Path, err: ReadError, snap: Snapshot | None = None) -> dict[str, Any]:
    """The error line for ``path``: hashed from ``snap`` (the bytes the reader saw) when there is one."""
    p = Path(path)
    digest = snap.sha256 if snap else None
    if snap is None and err.code not in _UNHASHED:
        try:
            digest = sha256_of(p)
        except (OSError, ReadError):
            digest = None
    return {
        "source": str(path),
        "sha256": digest,
        "format": _format_guess(p, snap and snap.path),  # safe on a FIFO: sniffing opens regular files only
        "status": "error",
        "error": err.to_json(),
        "document": None,
        "mentions": {k: [] for k in KINDS},
    }


def extract_file(path: str | Path, max_mb: float | None = None) -> dict[str, Any]:
    """One contract line for ``path``; failures become error lines, never exceptions.

    The file is read once, into a ``snapshot`` hashed as it is read, and the
    readers read that copy: the line's ``sha256`` is the hash of the bytes its
    mentions come from, even when the file is edited meanwhile. A FIFO or a
    loop is ``not_a_file`` without being opened; ``max_mb`` caps the copy.
    """
    try:
        with snapshot(path, None if max_mb is None else int(max_mb * 1024 * 1024)) as snap:
            return _extract_snapshot(path, snap)
    except ReadError as e:  # not a regular file, over the size limit, changed while copied
        return error_record(path, e)
    except OSError as e:  # gone, or not ours to read
        return error_record(path, ReadError("unreadable", f"{type(e).__name__}: {e}"))


def _extract_snapshot(path: str | Path, snap: Snapshot) -> dict[str, Any]:
    try:
        doc = read_document(path, content=snap.path)
        doc.source = replace(doc.source, sha256=snap.sha256, size=snap.size)
        fields, mentions = extract_document(doc)
        return record_for(path, doc, fields, mentions)
    except ReadError as e:
        return error_record(path, e, snap)
    except MemoryError as e:
        return error_record(path, ReadError("too_large", f"out of memory: {e}"), snap)
    except Exception as e:  # a bug or a file no reader foresaw: recorded, the batch goes on
        detail = f"{type(e).__name__}: {e} | {traceback.format_exc(limit=3).splitlines()[-1]}"
        return error_record(path, ReadError("internal", detail), snap)


def extract_paths(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """``extract_file`` for every document under ``paths``; a FIFO, a loop … gets its ``not_a_file`` line."""
    for entry in discover_entries(paths):
        if entry.refused is None:
            yield extract_file(entry.path)
        else:
            yield error_record(entry.path, ReadError("not_a_file", entry.refused))


def write_jsonl(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    """Write records as JSON lines, atomically; returns how many."""
    count = 0

    def writer(f) -> None:
        nonlocal count
        for rec in records:
            f.write(shown_json(rec) + "\n")  # a name that is not UTF-8 shown with U+FFFD
            count += 1

    write_with(out, writer)
    return count


def warm_up() -> None:
    """Load every extractor's data and models once, in this process (before forking workers)."""
    from pipeline.ingest.assemble import document_from_text

    extract_document(document_from_text("Sở Công Thương báo cáo ngày 29/5/2025: 81/81 cán bộ (100%)."))
