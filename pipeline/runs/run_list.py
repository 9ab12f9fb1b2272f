"""The runs an output folder's history holds, newest first, for ``bdhv runs`` and the review desk.

``list_runs(Path("outputs/bdhv.sqlite"))`` → ``[{"id": 12, "started": "03/12/2026 02:00", "documents": 30,
"processed": 2, "failed": 1, "cells_changed": 3}, …]`` (time in Asia/Ho_Chi_Minh). A history that
does not exist is not created: ``FileNotFoundError``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.core.timefmt import vietnam_time
from pipeline.runs.store import RunStore


def list_runs(db: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    path = Path(db)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    store = RunStore(path)
    try:
        ids = store.run_ids()[::-1][:limit]
        out = []
        for run_id in ids:
            run = store.run(run_id)
            s = run["summary"]
            out.append({"id": run_id, "started": vietnam_time(run["started_at"]) if run["started_at"] else "", "inbox": run["inbox"],
                        "documents": s.get("documents"), "processed": s.get("processed"), "failed": s.get("failed"),
                        "cells_changed": s.get("matrix_cells_changed")})
        return out
    finally:
        store.close()
