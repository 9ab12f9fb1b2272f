"""The SQLite run history: runs, documents, the extraction cache, retention, integrity."""
from __future__ import annotations

from pipeline.runs.store import RunStore


def rec(path: str, sha: str, value: int = 170) -> dict:
    return {"source": path, "sha256": sha, "status": "ok", "error": None, "document": {"number": "1/BC-SCT"},
            "mentions": {"quantities": [{"value": value, "kind": "count", "text": f"{value} lượt người", "sentence": f"Có {value} lượt người."}]}}


def test_cache_roundtrip_and_version(tmp_path):
    store = RunStore(tmp_path / "h.sqlite")
    store.cache([rec("a.txt", "s1")], "v1")
    assert store.cached("s1", "v1")["document"]["number"] == "1/BC-SCT"
    assert store.cached("s1", "v2") is None  # a new extractor version re-processes
    store.cache([{"source": "b.pdf", "sha256": "s2", "status": "error", "error": {"code": "timeout"}}], "v1")
    assert store.cached("s2", "v1") is None  # a timeout is retried next run
    store.cache([{"source": "c.pdf", "sha256": "s3", "status": "error", "error": {"code": "encrypted"}}], "v1")
    assert store.cached("s3", "v1")["error"]["code"] == "encrypted"  # the same bytes fail the same way


def test_runs_are_recorded_and_pruned(tmp_path):
    store = RunStore(tmp_path / "h.sqlite")
    store.cache([rec("a.txt", "s1")], "v1")
    for i in range(4):
        store.save_run("inbox", "v1", "2026-01-01T00:00:00", [{"path": "a.txt", "sha256": "s1", "status": "ok", "change": "new"}],
                       [{"target": "CT1", "unit": "Sở Công Thương", "status": "met"}], {"n": i})
    assert len(store.run_ids()) == 4
    assert store.last_documents() == {"a.txt": "s1"}
    assert store.prune(2) == 2
    assert len(store.run_ids()) == 2
    last = store.run_ids()[-1]
    assert store.run_records(last)["a.txt"]["document"]["number"] == "1/BC-SCT"
    assert store.matrix(last)[0]["status"] == "met"
    assert store.integrity_ok()


def test_failed_transaction_leaves_history_unchanged(tmp_path):
    store = RunStore(tmp_path / "h.sqlite")
    try:
        store.save_run("inbox", "v1", "t", [{"path": "a", "sha256": "s", "status": "ok", "change": "new"}] * 2, [], {})
    except Exception:
        pass  # duplicate primary key: the whole run is rolled back
    assert store.run_ids() == []


def test_code_fingerprint_follows_contents_not_dates(tmp_path):
    """The extractor version changes with the code or data that make the results, so a cache never outlives them."""
    import os

    from pipeline.extract import EXTRACTOR_VERSION
    from pipeline.core.resources import code_fingerprint, fingerprint_of

    assert EXTRACTOR_VERSION.endswith("+" + code_fingerprint())
    (tmp_path / "data").mkdir()
    (tmp_path / "extractors").mkdir()
    rules = tmp_path / "data" / "units.yaml"
    rules.write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "extractors" / "x.py").write_text("X = 1\n", encoding="utf-8")
    first = fingerprint_of(tmp_path)
    os.utime(rules, (0, 0))
    (tmp_path / "data" / "notes.md").write_text("not a source\n", encoding="utf-8")
    assert fingerprint_of(tmp_path) == first
    rules.write_text("a: 2\n", encoding="utf-8")
    assert fingerprint_of(tmp_path) != first
