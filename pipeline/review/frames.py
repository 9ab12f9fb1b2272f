"""A run as pandas DataFrames, for an analyst's notebook: the matrix, the mentions, the documents, the decisions.

    from pipeline.review import frames
    f = frames("outputs")            # the last run; frames("outputs", run_id=3) for another
    f["matrix"].query("status == 'not_met'")[["target", "unit", "value", "decided_by"]]

Read from the run history (``outputs/bdhv.sqlite``), the same rows the
workbook was written from: one matrix row per (target, unit) with its
decision, one mention per row with its span, page and sentence, one document
per file of the run, and every decision with its state in that run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.reconcile.decisions import decision_state, document_shas
from pipeline.runs.store import RunStore

_MATRIX = ("target", "target_type", "unit", "role", "status", "value", "target_value", "deadline", "overdue",
           "registered", "abstained", "confidence")


def frames(out_dir: str | Path = "outputs", run_id: int | None = None, db: str | Path | None = None) -> dict[str, Any]:
    """``{"matrix", "mentions", "documents", "decisions"}`` → DataFrame for run ``run_id`` (default: the last)."""
    import pandas as pd

    store = RunStore(db or Path(out_dir) / "bdhv.sqlite")
    try:
        ids = store.run_ids()
        if not ids:
            raise ValueError("no finished run in the history")
        run_id = run_id or ids[-1]
        rows, records, decisions = store.matrix(run_id), store.run_records(run_id), store.decisions()
    finally:
        store.close()
    matrix = []
    for r in rows:
        fig, d = r.get("figure") or {}, r.get("decision") or {}
        matrix.append({**{k: r.get(k) for k in _MATRIX}, "figure": fig.get("label"), "source": fig.get("source"),
                       "page": fig.get("page"), "sentence": fig.get("sentence"), "evidence": len(r.get("evidence") or []),
                       "decision": d.get("action"), "decided_by": d.get("who"), "decided_at": d.get("decided_at"),
                       "decision_state": d.get("state"), "run_id": run_id})
    mentions, documents = [], []
    for path, rec in records.items():
        doc = rec.get("document") or {}
        documents.append({"path": path, "sha256": rec.get("sha256"), "status": rec.get("status"), "format": rec.get("format"),
                          "error": (rec.get("error") or {}).get("code"), "number": doc.get("number"), "type": doc.get("type"),
                          "role": doc.get("role"), "issuer": doc.get("issuer"), "issue_date": doc.get("issue_date"),
                          "title": doc.get("title"), "run_id": run_id})
        for kind, ms in (rec.get("mentions") or {}).items():
            for m in ms:
                mentions.append({"path": path, "kind": kind, "text": m.get("text"), "value": m.get("value"),
                                 "start": m.get("start"), "end": m.get("end"), "page": m.get("page"),
                                 "sentence": m.get("sentence"), "confidence": m.get("confidence"), "run_id": run_id})
    shas = document_shas(records)
    table = [d.to_json() | {"state": decision_state(d, shas)} for d in decisions]
    return {"matrix": pd.DataFrame(matrix), "mentions": pd.DataFrame(mentions), "documents": pd.DataFrame(documents),
            "decisions": pd.DataFrame(table, columns=list(table[0]) if table else
                                      ["id", "subject", "action", "who", "target", "unit", "name", "path", "sha256",
                                       "start", "end", "value", "note", "decided_at", "state"])}
