"""Run history in SQLite: every run, every document's hash and status, every extraction, every matrix.

One file (``outputs/bdhv.sqlite`` by default), written in transactions, so a
run killed half way leaves the history as it was before that run. The
extraction cache lives here too: a file whose bytes (sha256) and extractor
version were seen before is not read again.

A file name that is not UTF-8 (cp1258 from a Windows zip) is kept exactly:
its bytes as a BLOB in ``path`` and ``inbox``, ``\\udcXX`` escapes in the JSON
columns (``pipeline.core.names``); it comes back as the ``str`` Python gave.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.core.names import exact_json, loaded_path, stored_path

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    inbox TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'running',
    summary TEXT
);
CREATE TABLE IF NOT EXISTS run_documents (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT,
    status TEXT NOT NULL,
    change TEXT NOT NULL,
    error_code TEXT,
    PRIMARY KEY (run_id, path)
);
CREATE TABLE IF NOT EXISTS extractions (
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (sha256, extractor_version)
);
CREATE TABLE IF NOT EXISTS matrices (
    run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    rows TEXT NOT NULL
);
"""


# Failures worth another try on the next run: the same bytes may well succeed then.
RETRIED = frozenset({"timeout", "internal", "too_large"})


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class RunStore:
    """The SQLite run history. ``RunStore("outputs/bdhv.sqlite")``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- extraction cache -------------------------------------------------
    def cached(self, sha256: str, version: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT record FROM extractions WHERE sha256 = ? AND extractor_version = ?", (sha256, version)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def cache(self, records: Iterable[dict[str, Any]], version: str) -> None:
        """Keep extractions for reuse: good ones, and failures that the same bytes would fail again
        (``encrypted``, ``bad_encoding`` …); a ``timeout`` or ``internal`` error is retried on the next run."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO extractions (sha256, extractor_version, record, created_at) VALUES (?, ?, ?, ?)",
                [(r["sha256"], version, exact_json(r), _now()) for r in records
                 if r.get("sha256") and (r.get("status") == "ok" or (r.get("error") or {}).get("code") not in RETRIED)],
            )

    # -- runs ---------------------------------------------------------------
    def last_documents(self) -> dict[str, str | None]:
        """path → sha256 in the last finished run (to tell new, changed, unchanged)."""
        last = self.db.execute("SELECT id FROM runs WHERE status = 'finished' ORDER BY id DESC LIMIT 1").fetchone()
        if not last:
            return {}
        rows = self.db.execute("SELECT path, sha256 FROM run_documents WHERE run_id = ?", (last[0],))
        return {loaded_path(path): sha for path, sha in rows}

    def save_run(self, inbox: str, version: str, started_at: str, documents: list[dict[str, Any]],
                 matrix_rows: list[dict[str, Any]], summary: dict[str, Any]) -> int:
        """Record one finished run in a single transaction; returns its id."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO runs (started_at, finished_at, inbox, extractor_version, status, summary) VALUES (?, ?, ?, ?, 'finished', ?)",
                (started_at, _now(), stored_path(str(inbox)), version, exact_json(summary)),
            )
            run_id = int(cur.lastrowid)
            db.executemany(
                "INSERT INTO run_documents (run_id, path, sha256, status, change, error_code) VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, stored_path(d["path"]), d.get("sha256"), d["status"], d["change"], d.get("error_code"))
                 for d in documents],
            )
            db.execute("INSERT INTO matrices (run_id, rows) VALUES (?, ?)", (run_id, exact_json(matrix_rows)))
        return run_id

    def run_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM runs WHERE status = 'finished' ORDER BY id")]

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT id, started_at, finished_at, inbox, extractor_version, summary FROM runs WHERE id = ?", (run_id,)).fetchone()
        if not row:
            raise KeyError(f"no run {run_id}")
        return {"id": row[0], "started_at": row[1], "finished_at": row[2], "inbox": loaded_path(row[3]), "extractor_version": row[4],
                "summary": json.loads(row[5] or "{}")}

    def run_records(self, run_id: int) -> dict[str, dict[str, Any]]:
        """path → extraction record for every document of a run (errors included)."""
        out: dict[str, dict[str, Any]] = {}
        version = self.run(run_id)["extractor_version"]
        for path, sha, status, code in self.db.execute(
            "SELECT path, sha256, status, error_code FROM run_documents WHERE run_id = ? ORDER BY path", (run_id,)
        ):
            path = loaded_path(path)
            rec = self.cached(sha, version) if sha else None
            if rec is None:
                rec = {"source": path, "sha256": sha, "status": status, "error": {"code": code} if code else None,
                       "document": None, "mentions": {}}
            rec = dict(rec, source=path)
            out[path] = rec
        return out

    def document_statuses(self, run_id: int) -> list[tuple[str, str, str | None]]:
        """(path, status, error code) of every document of a run, without loading extractions."""
        return [(loaded_path(path), status, code) for path, status, code in self.db.execute(
            "SELECT path, status, error_code FROM run_documents WHERE run_id = ? ORDER BY path", (run_id,))]

    def matrix(self, run_id: int) -> list[dict[str, Any]]:
        row = self.db.execute("SELECT rows FROM matrices WHERE run_id = ?", (run_id,)).fetchone()
        return json.loads(row[0]) if row else []

    def prune(self, keep_runs: int) -> int:
        """Delete all but the newest ``keep_runs`` runs, and cache entries no kept run uses."""
        ids = self.run_ids()
        drop = ids[:-keep_runs] if keep_runs > 0 else ids
        if not drop:
            return 0
        with self.transaction() as db:
            db.executemany("DELETE FROM runs WHERE id = ?", [(i,) for i in drop])
            db.execute("DELETE FROM run_documents WHERE run_id NOT IN (SELECT id FROM runs)")
            db.execute("DELETE FROM matrices WHERE run_id NOT IN (SELECT id FROM runs)")
            db.execute(
                "DELETE FROM extractions WHERE sha256 NOT IN (SELECT sha256 FROM run_documents WHERE sha256 IS NOT NULL)"
                " AND created_at < (SELECT COALESCE(MIN(started_at), '9999') FROM runs)"
            )
        return len(drop)

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
