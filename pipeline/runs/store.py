"""Run history in SQLite: every run, every document's hash and status, every extraction, every matrix, every decision.

One file (``outputs/bdhv.sqlite`` by default), written in transactions, so a
run killed half way leaves the history as it was before that run. The
extraction cache lives here too: a file whose bytes (sha256) and extractor
version were seen before is not read again. So do the review desk's
decisions (``decisions``, added by migration 1: ``PRAGMA user_version``
counts the migrations a file has had).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from schemas.decision import Decision, DecisionLog

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


# Each step brings a history file from version i to i + 1 (PRAGMA user_version); never edit one, add the next.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        decided_at TEXT NOT NULL,
        who TEXT NOT NULL,
        subject TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        unit TEXT,
        name TEXT,
        path TEXT,
        sha256 TEXT,
        span_start INTEGER,
        span_end INTEGER,
        value TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX decisions_subject ON decisions (subject, target, unit, name, path);
    """,
)

_DECISION_COLUMNS = ("id", "decided_at", "who", "subject", "action", "target", "unit", "name", "path", "sha256",
                     "span_start", "span_end", "value", "note")

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
        self.migrate()

    def migrate(self) -> int:
        """Bring the file up to ``len(MIGRATIONS)``, each step in its own transaction; returns the version."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for i in range(version, len(MIGRATIONS)):
            with self.transaction() as db:
                if db.execute("PRAGMA user_version").fetchone()[0] != i:  # another process got there first
                    continue
                for statement in filter(str.strip, MIGRATIONS[i].split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {i + 1}")
        return len(MIGRATIONS)

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
                [(r["sha256"], version, json.dumps(r, ensure_ascii=False), _now()) for r in records
                 if r.get("sha256") and (r.get("status") == "ok" or (r.get("error") or {}).get("code") not in RETRIED)],
            )

    # -- runs ---------------------------------------------------------------
    def last_documents(self) -> dict[str, str | None]:
        """path → sha256 in the last finished run (to tell new, changed, unchanged)."""
        last = self.db.execute("SELECT id FROM runs WHERE status = 'finished' ORDER BY id DESC LIMIT 1").fetchone()
        if not last:
            return {}
        return dict(self.db.execute("SELECT path, sha256 FROM run_documents WHERE run_id = ?", (last[0],)).fetchall())

    def next_run_id(self) -> int:
        """The id the next ``save_run`` will give (AUTOINCREMENT: one more than any id ever used)."""
        row = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'runs'").fetchone()
        return int(row[0]) + 1 if row else 1

    def save_run(self, inbox: str, version: str, started_at: str, documents: list[dict[str, Any]],
                 matrix_rows: list[dict[str, Any]], summary: dict[str, Any]) -> int:
        """Record one finished run in a single transaction; returns its id."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO runs (started_at, finished_at, inbox, extractor_version, status, summary) VALUES (?, ?, ?, ?, 'finished', ?)",
                (started_at, _now(), inbox, version, json.dumps(summary, ensure_ascii=False)),
            )
            run_id = int(cur.lastrowid)
            db.executemany(
                "INSERT INTO run_documents (run_id, path, sha256, status, change, error_code) VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, d["path"], d.get("sha256"), d["status"], d["change"], d.get("error_code")) for d in documents],
            )
            db.execute("INSERT INTO matrices (run_id, rows) VALUES (?, ?)", (run_id, json.dumps(matrix_rows, ensure_ascii=False)))
        return run_id

    def run_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM runs WHERE status = 'finished' ORDER BY id")]

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT id, started_at, finished_at, inbox, extractor_version, summary FROM runs WHERE id = ?", (run_id,)).fetchone()
        if not row:
            raise KeyError(f"no run {run_id}")
        return {"id": row[0], "started_at": row[1], "finished_at": row[2], "inbox": row[3], "extractor_version": row[4],
                "summary": json.loads(row[5] or "{}")}

    def run_records(self, run_id: int) -> dict[str, dict[str, Any]]:
        """path → extraction record for every document of a run (errors included)."""
        out: dict[str, dict[str, Any]] = {}
        version = self.run(run_id)["extractor_version"]
        for path, sha, status, code in self.db.execute(
            "SELECT path, sha256, status, error_code FROM run_documents WHERE run_id = ? ORDER BY path", (run_id,)
        ):
            rec = self.cached(sha, version) if sha else None
            if rec is None:
                rec = {"source": path, "sha256": sha, "status": status, "error": {"code": code} if code else None,
                       "document": None, "mentions": {}}
            rec = dict(rec, source=path)
            out[path] = rec
        return out

    def document_statuses(self, run_id: int) -> list[tuple[str, str, str | None]]:
        """(path, status, error code) of every document of a run, without loading extractions."""
        return list(self.db.execute(
            "SELECT path, status, error_code FROM run_documents WHERE run_id = ? ORDER BY path", (run_id,)))

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

    # -- decisions (the review desk) -----------------------------------------
    def add_decision(self, d: Decision) -> int:
        """Record one decision in one short transaction; returns its id (``d.decided_at`` set to now when empty)."""
        d.decided_at = d.decided_at or _now()
        row = (d.decided_at, d.who, d.subject, d.action, d.target, d.unit, d.name, d.path, d.sha256,
               d.start, d.end, None if d.value is None else json.dumps(d.value, ensure_ascii=False), d.note or "")
        with self.transaction() as db:
            cur = db.execute(f"INSERT INTO decisions ({', '.join(_DECISION_COLUMNS[1:])}) VALUES ({', '.join('?' * 13)})", row)
        return int(cur.lastrowid)

    def decisions(self) -> list[Decision]:
        """Every decision, oldest first."""
        out = []
        for r in self.db.execute(f"SELECT {', '.join(_DECISION_COLUMNS)} FROM decisions ORDER BY id"):
            d = dict(zip(_DECISION_COLUMNS, r))
            out.append(Decision(subject=d["subject"], action=d["action"], who=d["who"], target=d["target"], unit=d["unit"],
                                name=d["name"], path=d["path"], sha256=d["sha256"], start=d["span_start"], end=d["span_end"],
                                value=None if d["value"] is None else json.loads(d["value"]), note=d["note"],
                                decided_at=d["decided_at"], id=d["id"]))
        return out

    def decision_log(self) -> DecisionLog:
        """Every decision and when the last finished run started (decisions since then are new to the next run)."""
        last = self.db.execute("SELECT started_at FROM runs WHERE status = 'finished' ORDER BY id DESC LIMIT 1").fetchone()
        return DecisionLog(self.decisions(), last[0] if last else None)

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
