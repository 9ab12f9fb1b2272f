"""The nightly job as plain functions: plan the work, extract in batches, reconcile, record.

``flows.py`` wraps exactly these as Prefect tasks; the CLI and the tests call
them directly. The steps:

1. ``plan_run``: discover the inbox, hash every file, and tell each one
   ``new`` / ``changed`` / ``unchanged`` against the last run; a file whose
   bytes and extractor version are cached is not read again; the same bytes
   under two names are read once; what is not a regular file (a FIFO, a
   symbolic-link loop) gets its ``not_a_file`` line without being opened.
2. ``extract_batch``: ``extract_file`` over a list of paths (one Prefect task
   per batch, so the per-task overhead stays small).
3. ``finish_run``: the extractions file, the matrix (JSON and workbook) and the
   run history: the files written to temporaries, the history in one
   transaction, and the files renamed into place only once it committed, so
   a run that fails (a full disk) changes nothing. A file read this run is
   recorded with the hash of the bytes the reader read, not the one planned:
   edited in between, it is not "changed" again next time.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from pipeline.core.atomic import staged_writes
from pipeline.core.errors import ReadError
from pipeline.core.source import modified_at, sha256_of
from pipeline.extract import EXTRACTOR_VERSION, error_record, warm_up, write_jsonl
from pipeline.ingest.discover import discover_entries
from pipeline.runs import lifetime
from pipeline.runs.inbox_check import check_inbox
from pipeline.runs.guard import Limits, extract_files_guarded
from pipeline.runs.store import RunStore

ProgressHook = Callable[[int], None]
_progress: list[ProgressHook] = []


def set_progress_hook(hook: ProgressHook | None) -> None:
    """The CLI's progress bar: called with the number of documents just finished."""
    _progress.clear()
    if hook:
        _progress.append(hook)


@dataclass
class WorkPlan:
    inbox: str
    started_at: str
    version: str
    documents: list[dict[str, Any]] = field(default_factory=list)  # path, sha256, change
    to_extract: list[str] = field(default_factory=list)  # one path per distinct sha256 not cached
    cached: dict[str, dict[str, Any]] = field(default_factory=dict)  # sha256 → record
    notices: list[dict[str, str]] = field(default_factory=list)  # state notices for the summary (a history moved aside)
    refused: dict[str, dict[str, Any]] = field(default_factory=dict)  # path → its not_a_file line (never opened)
    previous: dict[str, str | None] = field(default_factory=dict)  # path → sha256 in the last run

    def batches(self, size: int, parallel: int = 1) -> list[list[str]]:
        """The documents to read in batches of at most ``size``, at least ``parallel`` of them, even in length.

        Even lengths keep the workers finishing together; at least one batch
        per worker keeps a small inbox from running on one core.
        """
        docs = self.to_extract
        if not docs:
            return []
        k = max(-(-len(docs) // max(1, size)), min(len(docs), max(1, parallel)))
        step, extra = divmod(len(docs), k)
        out, start = [], 0
        for i in range(k):
            end = start + step + (1 if i < extra else 0)
            out.append(docs[start:end])
            start = end
        return out


def plan_run(inbox: str | Path, store: RunStore, version: str = EXTRACTOR_VERSION, max_removed_share: float = 0.2,
             accept_removals: bool = False) -> WorkPlan:
    """What this run has to do: which files are new, changed, unchanged, and which need reading.

    Raises ``InboxRefused`` (``pipeline.runs.inbox_check``) before anything is read when the inbox is
    empty or lost more than ``max_removed_share`` of the last run's documents.
    """
    plan = WorkPlan(inbox=str(inbox), started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), version=version)
    plan.notices.extend(store.notices)
    plan.previous = previous = store.last_documents()
    entries = discover_entries([inbox])
    check_inbox(str(inbox), [str(e.path) for e in entries], previous, max_removed_share, accept_removals)
    seen: set[str] = set()
    for entry in entries:
        key = str(entry.path)
        sha = None
        if entry.refused is None:
            try:
                sha = sha256_of(entry.path)
            except (OSError, ReadError):  # gone, unreadable, or a FIFO since it was listed: the reader says which
                pass
        plan.documents.append({"path": key, "sha256": sha, "change": _change(previous, key, sha)})
        if entry.refused is not None:
            plan.refused[key] = error_record(key, ReadError("not_a_file", entry.refused))
            continue
        if sha is None:
            plan.to_extract.append(key)
            continue
        if sha in seen or sha in plan.cached:
            continue
        rec = store.cached(sha, version)
        if rec is not None:
            plan.cached[sha] = rec
        else:
            seen.add(sha)
            plan.to_extract.append(key)
    skipped = len(plan.documents) - len(plan.to_extract)
    for hook in _progress:
        hook(skipped)  # cached and duplicate files are done already
    return plan


def _change(previous: dict[str, str | None], path: str, sha: str | None) -> str:
    before = previous.get(path, "absent")
    return "new" if before == "absent" else ("unchanged" if before == sha else "changed")


_warm: list[bool] = []
_warm_lock = threading.Lock()  # Prefect's thread runner starts every batch at once; underthesea's lazy loading is not thread-safe


def warm_models() -> None:
    """Load every model in this process once, before a child is forked per document.

    ``warm_up`` runs the extractors over one sentence that names a unit, so the
    units extractor never reaches underthesea's NER there; NER then loaded its
    model in every child that needed it (about 0.2 s a document, lost when the
    child exits). One call on an unknown organisation loads it here instead.
    """
    warm_up()
    from underthesea import ner

    ner("Hội Cựu chiến binh xã tham gia buổi tập huấn.")


def extract_batch(paths: list[str], limits: Limits = Limits()) -> list[dict[str, Any]]:
    """Extraction records for ``paths`` (one contract line each; errors included).

    The files are read in a forked child under ``limits`` (one child for the
    batch, a new one after a hang or a crash); models are loaded once in this
    process first, so children start warm.
    """
    ensure_warm()
    return extract_files_guarded(list(paths), limits, on_record=_advance)


def _advance(_record: dict[str, Any]) -> None:
    for hook in _progress:
        hook(1)


def ensure_warm() -> None:
    """``warm_models`` once in this process (also a Dask worker's start-up: ``pipeline.runs.dask_worker``)."""
    with _warm_lock:
        if not _warm:
            warm_models()
            _warm.append(True)


def _records_for_run(plan: WorkPlan, fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every document's record in path order: fresh ones, or the cached record under this path."""
    by_path = {r["source"]: r for r in fresh}
    by_sha = dict(plan.cached)
    for r in fresh:
        if r.get("sha256") and r.get("status") == "ok":
            by_sha.setdefault(r["sha256"], r)
    records = []
    for d in plan.documents:
        rec = by_path.get(d["path"]) or plan.refused.get(d["path"])
        if rec is None and d["sha256"] in by_sha:
            rec = dict(by_sha[d["sha256"]], source=d["path"])
        if rec is None:  # same bytes as a file whose reading failed
            twin = next((r for r in fresh if r.get("sha256") == d["sha256"]), None)
            rec = dict(twin, source=d["path"]) if twin else {"source": d["path"], "sha256": d["sha256"], "status": "error",
                                                             "error": {"code": "internal"}, "document": None, "mentions": {}}
        if rec.get("status") == "ok":
            rec = dict(rec, modified=modified_at(d["path"]))
        records.append(rec)
    return records


def summarise(plan: WorkPlan, records: list[dict[str, Any]], fresh: list[dict[str, Any]],
              matrix_changes: int | None = None) -> dict[str, Any]:
    changes = [d["change"] for d in plan.documents]
    failed = [r["source"] for r in records if r.get("status") != "ok"]
    return {
        "documents": len(plan.documents),
        "processed": len(fresh),
        "new": changes.count("new"),
        "changed": changes.count("changed"),
        "unchanged": changes.count("unchanged"),
        "failed": len(failed),
        "failed_files": [
            {"path": r["source"], "code": (r.get("error") or {}).get("code")} for r in records if r.get("status") != "ok"
        ],
        "matrix_cells_changed": matrix_changes,
        "notices": list(plan.notices),
    }


def finish_run(plan: WorkPlan, fresh: list[dict[str, Any]], out_dir: str | Path, store: RunStore,
               keep_runs: int = 30) -> dict[str, Any]:
    """Write outputs and record the run; returns the run summary (with its id)."""
    from pipeline.runs.publish import reconcile_and_export

    out = Path(out_dir)
    plan.notices.extend(n for n in store.notices if n not in plan.notices)
    decisions = store.decision_log()  # the review desk's: applied by reconcile_and_export, so a new one means new outputs
    if not fresh and not decisions.new() and _unchanged_since_last_run(plan, store, out):
        return _record_unchanged_run(plan, store, keep_runs)
    records = _records_for_run(plan, fresh)
    plan = _as_read(plan, records)
    previous_ids = store.run_ids()
    # the first run compares with nothing: every file and cell is new, and Thay đổi says so
    previous = (store.matrix(previous_ids[-1]), store.run_records(previous_ids[-1])) if previous_ids else ([], {})
    # the files land only after the history has committed; a Ctrl-C from the commit on waits until they have
    with lifetime.stops_held() as hold, staged_writes():
        write_jsonl(records, out / "extractions.jsonl")
        rows, changes = reconcile_and_export(records, out, previous,
                                             run_ids=(previous_ids[-1] if previous_ids else None, None),
                                             run={"run_id": store.next_run_id(), "started_at": plan.started_at,
                                                  "inbox": plan.inbox},
                                             decisions=decisions)
        summary = summarise(plan, records, fresh, changes)
        docs = []
        for d, r in zip(plan.documents, records):
            docs.append(dict(d, status=r.get("status", "error"), error_code=(r.get("error") or {}).get("code")))
        hold.begin()
        with store.transaction():
            store.cache(fresh, plan.version)
            run_id = store.save_run(plan.inbox, plan.version, plan.started_at, docs, rows, summary)
            store.prune(keep_runs)
    summary["run_id"] = run_id
    return summary


def _as_read(plan: WorkPlan, records: list[dict[str, Any]]) -> WorkPlan:
    """The plan with each document's hash as read: a file edited after planning is recorded with the hash
    of the bytes its record came from (hashed in the reader child, ``snapshot``), and told new, changed or
    unchanged by that hash. Cached and duplicate files were not read: their record carries the planned hash."""
    documents = []
    for d, r in zip(plan.documents, records):
        sha = r.get("sha256", d["sha256"])
        documents.append(d if sha == d["sha256"] else dict(d, sha256=sha, change=_change(plan.previous, d["path"], sha)))
    return replace(plan, documents=documents)


OUTPUTS = ("extractions.jsonl", "matrix.json", "matrix.xlsx")


def _unchanged_since_last_run(plan: WorkPlan, store: RunStore, out: Path) -> bool:
    """Same files with the same bytes as the last run, read by the same extractor, and its outputs in place."""
    ids = store.run_ids()
    if not ids or store.run(ids[-1])["extractor_version"] != plan.version:
        return False
    same = {d["path"]: d["sha256"] for d in plan.documents} == store.last_documents()
    return same and all((out / name).exists() for name in OUTPUTS)


def _record_unchanged_run(plan: WorkPlan, store: RunStore, keep_runs: int) -> dict[str, Any]:
    """An unchanged inbox: nothing is read or rewritten; the run is recorded with the last run's matrix."""
    last = store.run_ids()[-1]
    statuses = store.document_statuses(last)
    records = [{"source": path, "status": status, "error": {"code": code} if code else None} for path, status, code in statuses]
    summary = summarise(plan, records, [], 0)
    by_path = {path: (status, code) for path, status, code in statuses}
    docs = [dict(d, status=by_path[d["path"]][0], error_code=by_path[d["path"]][1]) for d in plan.documents]
    with store.transaction():
        run_id = store.save_run(plan.inbox, plan.version, plan.started_at, docs, store.matrix(last), summary)
        store.prune(keep_runs)
    summary["run_id"] = run_id
    return summary


def run_once(inbox: str | Path, out_dir: str | Path, db: str | Path | None = None, batch_size: int = 50,
             keep_runs: int = 30, limits: Limits = Limits(), max_removed_share: float = 0.2,
             accept_removals: bool = False) -> dict[str, Any]:
    """The nightly job without Prefect (``bdhv run --plain``, tests, benchmarks): the same steps, in order."""
    from pipeline.runs.lock import run_lock

    db = db or Path(out_dir) / "bdhv.sqlite"
    with run_lock(out_dir):
        with open_store(db) as store:
            plan = plan_run(inbox, store, max_removed_share=max_removed_share, accept_removals=accept_removals)
        fresh = [rec for b in plan.batches(batch_size) for rec in extract_batch(b, limits)]
        with open_store(db) as store:
            return finish_run(plan, fresh, out_dir, store, keep_runs)


@contextmanager
def open_store(db: str | Path) -> Iterator[RunStore]:
    """The run history, open for one step (planning, finishing) and closed after it, by a stop signal too.

    Closed, it leaves no ``bdhv.sqlite-wal``/``-shm`` beside the file: the
    history is shut while the documents are read (the long part), and a
    Ctrl-C while it is open rolls back what it was writing and closes it.
    """
    store = RunStore(db)
    try:
        with lifetime.stopped_by_signals(store.close):
            yield store
    finally:
        store.close()
