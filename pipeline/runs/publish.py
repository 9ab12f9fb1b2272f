"""Reconcile and export in one call: the matrix, its JSON, the workbook (with the run's changes).

Used by ``bdhv matrix``, by the nightly job's last step and by the tests, so all
three produce the same files from the same records.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.runs.diff import diff_matrix, diff_records
from schemas.decision import DecisionLog
from schemas.diff import RunDiff


def reconcile_and_export(records: list[dict[str, Any]], out_dir: str | Path | None,
                         previous: tuple[list[dict[str, Any]], dict[str, dict[str, Any]]] | None,
                         xlsx: str | Path | None = None, json_path: str | Path | None = None,
                         run_ids: tuple[int | None, int | None] = (None, None),
                         run: dict[str, Any] | None = None,
                         decisions: DecisionLog | None = None) -> tuple[list[dict[str, Any]], int | None]:
    """Build the matrix from ``records``; write ``matrix.json`` and ``matrix.xlsx``.

    ``previous`` is the last run's (matrix rows, records by path): when given,
    the workbook's ``Thay đổi`` sheet lists what changed since, and the number
    of matrix cells that changed is returned with the rows. ``decisions``: the
    review desk's, applied where their documents are unchanged
    (``pipeline/reconcile/decisions.py``); those taken since the last run are
    listed in ``Thay đổi``.
    """
    from pipeline.core.plan192 import load_reference
    from pipeline.export.diff_report import change_rows
    from pipeline.export.workbook import add_changes_sheet, export_workbook
    from pipeline.reconcile.decisions import apply_decisions, decision_changes, map_names
    from pipeline.reconcile.matrix import build_matrix, matrix_json, write_matrix_json

    reference = load_reference()
    rows = build_matrix(map_names(records, decisions), reference)
    apply_decisions(rows, records, decisions)
    rows_json = matrix_json(rows)
    changes: list[dict[str, Any]] | None = None
    n_cells: int | None = None
    if previous is not None:
        prev_rows, prev_records = previous
        cell_changes = diff_matrix(prev_rows, rows_json)
        now = {r["source"]: r for r in records}
        diff = RunDiff(run_ids[0], run_ids[1], diff_records(prev_records, now) + cell_changes
                       + decision_changes(decisions, records, prev_records))
        changes = change_rows(diff)
        n_cells = len({c.path for c in cell_changes})  # a cell whose status, rate and figure all moved is one cell
        run = dict(run, cells_changed=n_cells) if run is not None else None  # the header of every sheet says it
    if out_dir is not None:
        json_path = json_path or Path(out_dir) / "matrix.json"
        xlsx = xlsx or Path(out_dir) / "matrix.xlsx"
    if json_path:
        write_matrix_json(rows, json_path)
    if xlsx:
        extra = (lambda wb: add_changes_sheet(wb, changes)) if changes is not None else None
        export_workbook(rows, records, reference, xlsx, extra=extra, run=run)
    return rows_json, n_cells
