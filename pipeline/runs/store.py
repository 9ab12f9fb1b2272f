"""Run history in SQLite: every run, every document's hash and status, every extraction, every matrix, every decision.

One file (``outputs/bdhv.sqlite`` by default), written in transactions, so a
run killed half way leaves the history as it was before that run. The
extraction cache lives here too: a file whose bytes (sha256) and extractor
version were seen before is not read again.

Nothing is stored twice: an extraction is kept once per (sha256, extractor
version), and a run whose documents or matrix are the same as an earlier
run's (an unchanged re-run) points at that run's rows (``documents_of``,
``matrix_of``, found by ``documents_hash`` / ``matrix_hash``) instead of
copying them, so the nightly job over an unchanged inbox adds one ``runs`` row.
A history that is not a database any more (truncated, overwritten) is moved
aside to ``bdhv.sqlite.damaged-<time>`` and a new one started.
A file name that is not UTF-8 (cp1258 from a Windows zip) is kept exactly:
its bytes as a BLOB in ``path`` and ``inbox``, ``\\udcXX`` escapes in the JSON
columns (``pipeline.core.names``); it comes back as the ``str`` Python gave.
The review desk's decisions are kept here too (``decisions``, added by
migration 1: ``PRAGMA user_version`` counts the migrations a file has had).
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.core.errors import StateError
from pipeline.core.names import exact_json, loaded_path, stored_path
from pipeline.runs.history_file import digest, fold_copies, is_damage, move_aside, open_history
from schemas.decision import Decision, DecisionLog




# Free space a commit needs beyond its new pages (twice: in the WAL, then the file): pages rewritten
# in place (B-tree parents, the freelist) go to the WAL too, and the -shm index and rounding take some.
ROOM_SLACK_BYTES = 256 * 1024

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

    def __init__(self, path: str | Path, recover: bool = True) -> None:
        """Open (or create) the history; a damaged one is moved aside when ``recover`` (the run, which
        holds the run lock), else it raises ``StateError("history_damaged")`` (``bdhv diff``)."""
        self.path = Path(path)
        self.notices: list[dict[str, str]] = []  # what the run should tell: a history moved aside
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = open_history(self.path)
        except sqlite3.DatabaseError as e:
            if not is_damage(e):
                raise
            if not recover:
                raise StateError("history_damaged", self.path, str(e)) from None
            moved = move_aside(self.path)
            self.notices.append(StateError("history_moved", self.path, moved=moved).to_json())
            self.db = open_history(self.path)
        fold_copies(self.db)
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
        # The last connection's close checkpoints and removes the WAL; after a write that failed on a full
        # disk, truncate it first, so a failing nightly run cannot leave it to grow night after night.
        with suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; inside another, part of it (a run's cache, record and pruning commit together)."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self._check_room()
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                with suppress(sqlite3.Error):  # the error being raised says more than a failed rollback
                    self.db.execute("ROLLBACK")
            raise
        # Copy the committed pages into the file and empty the WAL now, not at some later close.
        with suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _check_room(self) -> None:
        """Refuse to commit what the disk could not take in: the WAL would keep it, growing run after run.

        A commit writes the transaction's pages to the WAL; a checkpoint then grows the database file by
        the new ones. Both need room at once: on a disk without it the checkpoint fails and the WAL stays
        behind, so the transaction is rolled back instead (``disk_full``: nothing was changed).
        """
        pages, page_size = (self.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        growth = pages * page_size - self.path.stat().st_size
        if growth > 0:
            need = growth + growth * (page_size + 24) // page_size + ROOM_SLACK_BYTES  # the file, its WAL frames
            st = os.statvfs(self.path.parent)
            if st.f_bavail * st.f_frsize < need:
                raise StateError("disk_full", self.path.parent)

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
        last = self.db.execute("SELECT COALESCE(documents_of, id) FROM runs WHERE status = 'finished' ORDER BY id DESC LIMIT 1").fetchone()
        if not last:
            return {}
        rows = self.db.execute("SELECT path, sha256 FROM run_documents WHERE run_id = ?", (last[0],))
        return {loaded_path(path): sha for path, sha in rows}

    def next_run_id(self) -> int:
        """The id the next ``save_run`` will give (AUTOINCREMENT: one more than any id ever used)."""
        row = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'runs'").fetchone()
        return int(row[0]) + 1 if row else 1

    def save_run(self, inbox: str, version: str, started_at: str, documents: list[dict[str, Any]],
                 matrix_rows: list[dict[str, Any]], summary: dict[str, Any]) -> int:
        """Record one finished run in a single transaction; returns its id.

        Documents and matrix equal to an earlier run's are not copied: the run points at that run's rows.
        A document's ``change`` is left out of the comparison (the summary counts them), so the second
        unchanged re-run already shares the first one's rows. The summary is kept without ``failed_files``
        (``document_statuses`` lists them), so that a run row stays small.
        """
        rows = [(d["path"], d.get("sha256"), d["status"], d["change"], d.get("error_code")) for d in documents]
        documents_hash = digest(sorted((p, sha, status, code) for p, sha, status, _, code in rows))
        matrix_text = exact_json(matrix_rows)
        matrix_hash = digest(matrix_text)
        kept = {k: v for k, v in summary.items() if k != "failed_files"}
        with self.transaction() as db:
            documents_of = self._owner("documents", documents_hash)
            matrix_of = self._owner("matrix", matrix_hash)
            cur = db.execute(
                "INSERT INTO runs (started_at, finished_at, inbox, extractor_version, status, summary, documents_hash,"
                " documents_of, matrix_hash, matrix_of) VALUES (?, ?, ?, ?, 'finished', ?, ?, ?, ?, ?)",
                (started_at, _now(), stored_path(str(inbox)), version, exact_json(kept), documents_hash, documents_of,
                 matrix_hash, matrix_of),
            )
            run_id = int(cur.lastrowid)
            if documents_of is None:
                db.executemany(
                    "INSERT INTO run_documents (run_id, path, sha256, status, change, error_code) VALUES (?, ?, ?, ?, ?, ?)",
                    [(run_id, stored_path(path), *rest) for path, *rest in rows],
                )
            if matrix_of is None:
                db.execute("INSERT INTO matrices (run_id, rows) VALUES (?, ?)", (run_id, matrix_text))
        return run_id

    def _owner(self, what: str, hashed: str) -> int | None:
        """The run whose stored documents (or matrix) have this hash, if one is kept."""
        row = self.db.execute(f"SELECT COALESCE({what}_of, id) FROM runs WHERE {what}_hash = ? ORDER BY id DESC LIMIT 1",
                              (hashed,)).fetchone()
        return int(row[0]) if row else None

    def _stored(self, what: str, run_id: int) -> int:
        """The run whose rows hold ``run_id``'s documents (or matrix): itself, or the earlier run it shares them with."""
        row = self.db.execute(f"SELECT COALESCE({what}_of, id) FROM runs WHERE id = ?", (run_id,)).fetchone()
        return int(row[0]) if row else run_id

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
            "SELECT path, sha256, status, error_code FROM run_documents WHERE run_id = ? ORDER BY path",
            (self._stored("documents", run_id),)
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
            "SELECT path, status, error_code FROM run_documents WHERE run_id = ? ORDER BY path",
            (self._stored("documents", run_id),))]

    def matrix(self, run_id: int) -> list[dict[str, Any]]:
        row = self.db.execute("SELECT rows FROM matrices WHERE run_id = ?", (self._stored("matrix", run_id),)).fetchone()
        return json.loads(row[0]) if row else []

    def prune(self, keep_runs: int) -> int:
        """Drop all but the newest ``keep_runs`` runs, and cache entries no kept run uses.

        A dropped run whose documents or matrix a kept run shares stays as a ``pruned`` row holding them.
        """
        ids = self.run_ids()
        drop = ids[:-keep_runs] if keep_runs > 0 else ids
        if not drop:
            return 0
        with self.transaction() as db:
            db.executemany("UPDATE runs SET status = 'pruned' WHERE id = ?", [(i,) for i in drop])
            db.execute(
                "DELETE FROM runs WHERE status = 'pruned'"
                " AND id NOT IN (SELECT documents_of FROM runs WHERE status = 'finished' AND documents_of IS NOT NULL)"
                " AND id NOT IN (SELECT matrix_of FROM runs WHERE status = 'finished' AND matrix_of IS NOT NULL)"
            )
            db.execute("DELETE FROM run_documents WHERE run_id NOT IN (SELECT id FROM runs)")
            db.execute("DELETE FROM matrices WHERE run_id NOT IN (SELECT id FROM runs)")
            db.execute(
                "DELETE FROM extractions WHERE sha256 NOT IN (SELECT sha256 FROM run_documents WHERE sha256 IS NOT NULL)"
                " AND created_at < (SELECT COALESCE(MIN(started_at), '9999') FROM runs WHERE status = 'finished')"
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
