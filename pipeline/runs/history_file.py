"""The history file itself: its schema, opening it (a damaged file found before anything trusts it, and moved
aside), and folding an older file's copies in place.

``open_history(path)`` connects in WAL mode and runs ``PRAGMA quick_check``: a
truncated or overwritten ``bdhv.sqlite`` raises ``Damaged`` and ``move_aside``
renames it ``bdhv.sqlite.damaged-20260301-020001`` (with its ``-wal``/``-shm``).
``fold_copies`` brings a history written before runs shared their rows up to
date (``DEDUP_COLUMNS``). Used by ``pipeline.runs.store.RunStore``.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

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


class Damaged(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found the file damaged (a truncated history can open and still be half gone)."""


def open_history(path: Path) -> sqlite3.Connection:
    """Connect, in WAL mode, and check the file is a whole database before anything trusts it."""
    db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA journal_size_limit=0")  # a checkpointed WAL shrinks back instead of keeping its largest size
        check = [r[0] for r in db.execute("PRAGMA quick_check(3)")]
        if check != ["ok"]:
            raise Damaged("; ".join(check))
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def is_damage(e: sqlite3.DatabaseError) -> bool:
    """Not a database, or a malformed one (not: full, read-only, locked — those leave the file as it is)."""
    return isinstance(e, Damaged) or getattr(e, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def move_aside(path: Path) -> Path:
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


def fold_copies(db: sqlite3.Connection) -> None:
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
            for what, hashed, table in (("documents", digest(sorted(docs)), "run_documents"),
                                        ("matrix", digest(matrix[0] if matrix else "[]"), "matrices")):
                owner = owners.setdefault((what, hashed), run_id)
                db.execute(f"UPDATE runs SET {what}_hash = ?, {what}_of = ? WHERE id = ?",
                           (hashed, None if owner == run_id else owner, run_id))
                if owner != run_id:
                    db.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def digest(value: object) -> str:
    """sha256 of a run's documents (sorted rows) or matrix (its JSON); ``repr`` keeps any file name, even a non-UTF-8 one."""
    text = value if isinstance(value, str) else repr(value)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
