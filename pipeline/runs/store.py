"""Run history in SQLite: every run, every document's hash and status, every extraction, every matrix.

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
"""
from __future__ import annotations

import hashlib
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

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    inbox TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'running',
    summary TEXT,
    documents_hash TEXT,
    documents_of INTEGER,
    matrix_hash TEXT,
    matrix_of INTEGER
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


# Columns added to ``runs`` since the first schema: an older history gets them in place (``_migrate``).
DEDUP_COLUMNS = (("documents_hash", "TEXT"), ("documents_of", "INTEGER"), ("matrix_hash", "TEXT"), ("matrix_of", "INTEGER"))

# Free space a commit needs beyond its new pages (twice: in the WAL, then the file): pages rewritten
# in place (B-tree parents, the freelist) go to the WAL too, and the -shm index and rounding take some.
ROOM_SLACK_BYTES = 256 * 1024

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
            self.db = _open(self.path)
        except sqlite3.DatabaseError as e:
            if not _is_damage(e):
                raise
            if not recover:
                raise StateError("history_damaged", self.path, str(e)) from None
            moved = _move_aside(self.path)
            self.notices.append(StateError("history_moved", self.path, moved=moved).to_json())
            self.db = _open(self.path)
        _migrate(self.db)

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
        documents_hash = _digest(sorted((p, sha, status, code) for p, sha, status, _, code in rows))
        matrix_text = exact_json(matrix_rows)
        matrix_hash = _digest(matrix_text)
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

    def _owner(self, what: str, digest: str) -> int | None:
        """The run whose stored documents (or matrix) have this hash, if one is kept."""
        row = self.db.execute(f"SELECT COALESCE({what}_of, id) FROM runs WHERE {what}_hash = ? ORDER BY id DESC LIMIT 1",
                              (digest,)).fetchone()
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

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


class _Damaged(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found the file damaged (a truncated history can open and still be half gone)."""


def _open(path: Path) -> sqlite3.Connection:
    """Connect, in WAL mode, and check the file is a whole database before anything trusts it."""
    db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA journal_size_limit=0")  # a checkpointed WAL shrinks back instead of keeping its largest size
        check = [r[0] for r in db.execute("PRAGMA quick_check(3)")]
        if check != ["ok"]:
            raise _Damaged("; ".join(check))
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def _is_damage(e: sqlite3.DatabaseError) -> bool:
    """Not a database, or a malformed one (not: full, read-only, locked — those leave the file as it is)."""
    return isinstance(e, _Damaged) or getattr(e, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _move_aside(path: Path) -> Path:
    """``bdhv.sqlite`` → ``bdhv.sqlite.damaged-20260301-020001`` (with its ``-wal`` and ``-shm``), kept for inspection."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target, n = path.with_name(f"{path.name}.damaged-{stamp}"), 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm", ""):  # the database last: a crash in between leaves no WAL beside a new file
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _migrate(db: sqlite3.Connection) -> None:
    """A history written before runs shared their rows: add the columns, then fold the copies it holds."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(runs)")}
    if all(name in columns for name, _ in DEDUP_COLUMNS):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for name, kind in DEDUP_COLUMNS:
            if name not in columns:
                db.execute(f"ALTER TABLE runs ADD COLUMN {name} {kind}")
        owners: dict[tuple[str, str], int] = {}
        for (run_id,) in db.execute("SELECT id FROM runs ORDER BY id").fetchall():
            docs = db.execute("SELECT path, sha256, status, error_code FROM run_documents WHERE run_id = ?", (run_id,)).fetchall()
            matrix = db.execute("SELECT rows FROM matrices WHERE run_id = ?", (run_id,)).fetchone()
            for what, digest, table in (("documents", _digest(sorted(docs)), "run_documents"),
                                        ("matrix", _digest(matrix[0] if matrix else "[]"), "matrices")):
                owner = owners.setdefault((what, digest), run_id)
                db.execute(f"UPDATE runs SET {what}_hash = ?, {what}_of = ? WHERE id = ?",
                           (digest, None if owner == run_id else owner, run_id))
                if owner != run_id:
                    db.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _digest(value: object) -> str:
    """sha256 of a run's documents (sorted rows) or matrix (its JSON); ``repr`` keeps any file name, even a non-UTF-8 one."""
    text = value if isinstance(value, str) else repr(value)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
