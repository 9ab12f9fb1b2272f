"""The renditions of one document (TXT, DOCX, PDF of one stem, or one number and issuer), and which speaks for it.

``000_484bce74a44e51ae.txt|.docx|.pdf`` are one document: it counts once, the newest
good read speaks for it (a re-sent report replaces the old one), then the richest
extraction, then the PDF (it has pages). Renditions that link different targets are
shown to a person (``rendition_differences``), never settled silently by which file came last.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

_FORMAT_PREFERENCE = {"pdf": 0, "docx": 1, "txt": 2}  # pdf first: it has pages


def _richness(record: dict[str, Any]) -> tuple[int, str, int, int]:
    """Which rendition speaks for a document: a good read, then the newest file
    (a re-sent report replaces the old one), then the richest extraction, then PDF."""
    m = record.get("mentions") or {}
    n = sum(len(m.get(k) or []) for k in ("indicators", "tasks", "quantities"))
    return (record.get("status") == "ok", record.get("modified") or "", n,
            -_FORMAT_PREFERENCE.get(record.get("format") or "", 3))


def unique_documents(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[str]]]:
    """One record per document, with the other renditions' files.

    Renditions share a file stem (``000_484bce74a44e51ae.txt|.docx|.pdf``) or an
    identity (number and issuer). The kept record is the newest file, then the
    richest extraction (ties: PDF, which has pages).
    """
    return [(recs[0], [r["source"] for r in recs[1:]]) for recs in rendition_groups(records)]


def _targets_linked(record: dict[str, Any]) -> set[str]:
    mentions = record.get("mentions") or {}
    return {m.get("value") for k in ("indicators", "tasks") for m in mentions.get(k) or []}


def rendition_differences(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Targets that some renditions of one document link and others do not.

    The cell follows the kept rendition (``unique_documents``); a difference is shown
    to a person (review item ``renditions_differ``) rather than left to decide silently
    which format was sent last. Each item: ``kept`` (record), ``target``, ``with``, ``without`` (sources).
    """
    out = []
    for recs in rendition_groups(records):
        if len(recs) < 2:
            continue
        linked = [(r, _targets_linked(r)) for r in recs]
        for target in sorted(set().union(*(t for _, t in linked)) - set.intersection(*(t for _, t in linked))):
            out.append({"kept": recs[0], "target": target,
                        "with": [r["source"] for r, t in linked if target in t],
                        "without": [r["source"] for r, t in linked if target not in t]})
    return out


def rendition_groups(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The renditions of each document, the one that speaks for it first (``_richness``)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    alias: dict[str, str] = {}
    for rec in records:
        if rec.get("status") != "ok" or not rec.get("document"):
            continue
        doc = rec["document"]
        keys = [f"stem:{Path(rec.get('source') or '').stem}"]
        if doc.get("number"):
            keys.append(f"id:{doc['number'].upper()}|{doc.get('issuer')}")
        home = next((alias[k] for k in keys if k in alias), keys[0])
        for k in keys:
            alias.setdefault(k, home)
        groups.setdefault(home, []).append(rec)
    for recs in groups.values():
        recs.sort(key=_richness, reverse=True)
    return list(groups.values())


def file_name(source: str) -> str:
    return Path(source).name
