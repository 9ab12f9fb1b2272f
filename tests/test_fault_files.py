"""Files that are not plain documents: names that are not UTF-8, symbolic-link loops, FIFOs, files edited mid-run.

Real files in ``tmp_path``, the real ``bdhv`` command where the fault is at the
command line, and the nightly job's own steps where it falls between them.
A FIFO opened for reading blocks until someone writes, so every command that
might meet one runs in a subprocess with a timeout, and is killed (with every
reader child it forked) when it overruns.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.runs import batch
from pipeline.runs.store import RunStore
from tests.conftest import ROOT, SEEDS

SEED_A, SEED_B = sorted(SEEDS.glob("*.txt"))[:2]
CP1258_NAME = b"b\xe1o c\xe1o.txt"  # "báo cáo.txt" as a Windows zip stores it in cp1258: not UTF-8
CP1258_EMPTY = b"r\xf4ng.txt"  # "rỗng" without its tone, in cp1258: an empty file that fails
SHOWN = "b\ufffdo c\ufffdo.txt"  # the same name as the outputs show it
CP1258_PDF = b"k\xe9 ho\xe1ch.pdf"  # "kế hoạch.pdf" without its tones: PDFium cannot open a name that is not UTF-8
SEED_PDF = SEEDS / "001_6372fb686251ce2d.pdf"


def bdhv(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """``bdhv ARGS`` in a new session; past ``timeout`` it is killed with its children and the test fails."""
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    return _bounded(proc, timeout, " ".join(args))


def python(script: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    return _bounded(proc, timeout, "the run's steps")


def _bounded(proc: subprocess.Popen, timeout: float, what: str) -> subprocess.CompletedProcess:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: the command and the reader children it forked
        out, err = proc.communicate()
        pytest.fail(f"{what} did not return within {timeout:g} s (it hangs)\n{err[-2000:]}")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def write_bytes_name(folder: Path, name: bytes, data: bytes) -> str:
    """Create ``folder/name`` through a bytes path (no decoding anywhere); returns the path as Python sees it."""
    path = os.fsencode(folder) + b"/" + name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    return os.fsdecode(path)


def jsonl(path: Path) -> dict[str, dict]:
    """file name → line; the file must be valid UTF-8 (``read_text`` is strict)."""
    lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]
    return {l["source"].rsplit("/", 1)[-1]: l for l in lines}


def release(fifo: Path) -> None:
    """Let a reader stuck on ``fifo`` go (open it for writing, then close: the reader sees end of file)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader waiting


# --- 1. names that are not UTF-8 ---------------------------------------------


def test_non_utf8_name_is_read_kept_and_shown(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    exact = write_bytes_name(inbox, CP1258_NAME, SEED_A.read_bytes())
    empty = write_bytes_name(inbox, CP1258_EMPTY, b"")
    write_bytes_name(inbox, CP1258_PDF, SEED_PDF.read_bytes())
    shutil.copyfile(SEED_B, inbox / "bình thường.txt")

    # bdhv extract: one line each, the name shown with U+FFFD, the bytes hashed as they are
    res = bdhv("extract", str(inbox), "--out", str(tmp_path / "x.jsonl"))
    assert res.returncode == 0, res.stderr
    lines = jsonl(tmp_path / "x.jsonl")
    assert set(lines) == {SHOWN, "r\ufffdng.txt", "k\ufffd ho\ufffdch.pdf", "bình thường.txt"}
    assert lines[SHOWN]["status"] == "ok"
    assert lines["k\ufffd ho\ufffdch.pdf"]["status"] == "ok", lines["k\ufffd ho\ufffdch.pdf"]["error"]
    assert lines[SHOWN]["sha256"] == hashlib.sha256(SEED_A.read_bytes()).hexdigest()
    assert lines["r\ufffdng.txt"]["error"]["code"] == "empty"

    # bdhv run --plain: outputs written, the terminal shows the failed file's name, nothing crashes
    out = tmp_path / "out"
    res = bdhv("run", str(inbox), "--out", str(out), "--plain", timeout=300)
    assert res.returncode == 1, res.stderr  # one document (the empty one) failed
    assert "Traceback" not in res.stderr and "r\ufffdng.txt" in res.stderr
    lines = jsonl(out / "extractions.jsonl")
    assert lines[SHOWN]["status"] == "ok" and lines["r\ufffdng.txt"]["error"]["code"] == "empty"
    import openpyxl

    wb = openpyxl.load_workbook(out / "matrix.xlsx", read_only=True)
    cells = {str(c) for row in wb["Văn bản"].iter_rows(values_only=True) for c in row if c}
    assert any(c.endswith(SHOWN) for c in cells)
    json.loads((out / "matrix.json").read_text(encoding="utf-8"))

    # the run history kept the exact names: a second run finds every file unchanged
    store = RunStore(out / "bdhv.sqlite")
    try:
        assert exact in store.last_documents() and empty in store.last_documents()
    finally:
        store.close()
    res = bdhv("run", str(inbox), "--out", str(out), "--plain", timeout=300)
    assert res.returncode == 1, res.stderr
    store = RunStore(out / "bdhv.sqlite")
    try:
        summary = store.run(store.run_ids()[-1])["summary"]
        failed = [path for path, status, _ in store.document_statuses(store.run_ids()[-1]) if status != "ok"]
    finally:
        store.close()
    assert (summary["unchanged"], summary["new"], summary["changed"], summary["processed"]) == (4, 0, 0, 0)
    assert failed == [empty]  # the failed files are the run's documents' (the summary keeps no copy)


def test_store_round_trips_non_utf8_paths(tmp_path):
    path = os.fsdecode(os.fsencode(tmp_path) + b"/inbox/" + CP1258_NAME)
    record = {"source": path, "sha256": "ab" * 32, "status": "error", "error": {"code": "unreadable"},
              "document": None, "mentions": {}}
    store = RunStore(tmp_path / "bdhv.sqlite")
    try:
        store.cache([record], "v1")
        run_id = store.save_run(os.path.dirname(path), "v1", "2025-11-01T02:00:00+00:00",
                                [{"path": path, "sha256": "ab" * 32, "status": "error", "change": "new",
                                  "error_code": "unreadable"}],
                                [{"source": path}], {"inbox": os.path.dirname(path)})
        assert store.cached("ab" * 32, "v1") == record
        assert store.last_documents() == {path: "ab" * 32}
        assert list(store.run_records(run_id)) == [path]
        assert store.document_statuses(run_id) == [(path, "error", "unreadable")]
        assert store.run(run_id)["inbox"] == os.path.dirname(path)
        assert store.run(run_id)["summary"]["inbox"] == os.path.dirname(path)  # a name in the JSON summary, kept exactly
        assert store.matrix(run_id) == [{"source": path}]
        assert os.fsencode(next(iter(store.last_documents()))) == os.fsencode(tmp_path) + b"/inbox/" + CP1258_NAME
    finally:
        store.close()


# --- 2. symbolic-link loops, and 4. FIFOs, sockets, folders named like documents


def test_loops_fifos_and_sockets_are_refused_not_fatal(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copyfile(SEED_A, inbox / "good.txt")
    os.symlink("b.txt", inbox / "a")  # a → b.txt → a
    os.symlink("a", inbox / "b.txt")
    os.mkfifo(inbox / "pipe.txt")
    (inbox / "x.pdf").mkdir()  # a folder named like a document: walked, its files read
    shutil.copyfile(SEED_B, inbox / "x.pdf" / "inside.txt")
    refused = {"a", "b.txt", "pipe.txt"}
    sock = socket.socket(socket.AF_UNIX)
    try:
        if len(os.fsencode(inbox / "sock.txt")) < 100:
            sock.bind(str(inbox / "sock.txt"))
            refused.add("sock.txt")

        # the whole run finishes; each refused entry is a failed line with its reason, not a crash or a hang
        out = tmp_path / "out"
        res = bdhv("run", str(inbox), "--out", str(out), "--plain", timeout=300)
        assert res.returncode == 1, res.stderr
        assert "Traceback" not in res.stderr
        lines = jsonl(out / "extractions.jsonl")
        assert set(lines) == refused | {"good.txt", "inside.txt"}
        for name in refused:
            assert lines[name]["status"] == "error" and lines[name]["error"]["code"] == "not_a_file", lines[name]
            assert lines[name]["error"]["message_vi"] and lines[name]["error"]["message_en"]
        assert "loop" in lines["a"]["error"]["message_en"] and "FIFO" in lines["pipe.txt"]["error"]["message_en"]
        assert lines["good.txt"]["status"] == "ok" and lines["inside.txt"]["status"] == "ok"
        store = RunStore(out / "bdhv.sqlite")
        try:
            summary = store.run(store.run_ids()[-1])["summary"]
            statuses = {Path(p).name: code for p, _, code in store.document_statuses(store.run_ids()[-1])}
        finally:
            store.close()
        assert summary["failed"] == len(refused)
        assert {n for n, code in statuses.items() if code == "not_a_file"} == refused

        # bdhv extract on the FIFO itself returns, with its line
        res = bdhv("extract", str(inbox / "pipe.txt"), str(inbox / "a"), "--out", str(tmp_path / "x.jsonl"))
        assert res.returncode == 0, res.stderr
        lines = jsonl(tmp_path / "x.jsonl")
        assert {n: l["error"]["code"] for n, l in lines.items()} == {"pipe.txt": "not_a_file", "a": "not_a_file"}
    finally:
        sock.close()
        release(inbox / "pipe.txt")


SWAP_AFTER_PLANNING = textwrap.dedent(
    """
    import json, os, sys
    from pipeline.runs import batch
    from pipeline.runs.guard import Limits
    from pipeline.runs.lock import run_lock
    from pipeline.runs.store import RunStore

    inbox, out, swapped = sys.argv[1:4]
    with run_lock(out):
        store = RunStore(os.path.join(out, "bdhv.sqlite"))
        plan = batch.plan_run(inbox, store)
        os.unlink(swapped)
        os.mkfifo(swapped)  # the file planned is a FIFO by the time it is read
        fresh = [r for b in plan.batches(50) for r in batch.extract_batch(b, Limits(timeout_s=5))]
        summary = batch.finish_run(plan, fresh, out, store)
        store.close()
    print(json.dumps(summary["failed_files"]))
    """
)


def test_file_swapped_for_a_fifo_after_planning_does_not_hang_the_run(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    out.mkdir()
    shutil.copyfile(SEED_A, inbox / "a.txt")
    shutil.copyfile(SEED_B, inbox / "b_swapped.txt")
    try:
        res = python(SWAP_AFTER_PLANNING, str(inbox), str(out), str(inbox / "b_swapped.txt"), timeout=60)
        assert res.returncode == 0, res.stderr
        failed = json.loads(res.stdout.strip().splitlines()[-1])
        assert [(Path(f["path"]).name, f["code"]) for f in failed] == [("b_swapped.txt", "not_a_file")]
        assert jsonl(out / "extractions.jsonl")["a.txt"]["status"] == "ok"
    finally:
        release(inbox / "b_swapped.txt")


# --- 6. a file edited between planning and reading ---------------------------


def test_file_edited_after_planning_is_recorded_as_read(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copyfile(SEED_A, inbox / "a.txt")
    edited = inbox / "b_edited.txt"
    edited.write_bytes(SEED_B.read_bytes())
    limits = batch.Limits(timeout_s=60)
    store = RunStore(out / "bdhv.sqlite")
    try:
        plan = batch.plan_run(inbox, store)
        new_bytes = SEED_B.read_bytes() + "\nĐã tổ chức 4.321 lượt tập huấn.\n".encode("utf-8")
        edited.write_bytes(new_bytes)  # after planning, before reading
        fresh = [r for b in plan.batches(50) for r in batch.extract_batch(b, limits)]
        batch.finish_run(plan, fresh, out, store)

        new_sha = hashlib.sha256(new_bytes).hexdigest()
        line = jsonl(out / "extractions.jsonl")["b_edited.txt"]
        assert line["sha256"] == new_sha
        assert any(q["value"] == 4321 for q in line["mentions"]["quantities"])  # the hash is of the bytes read
        assert store.last_documents()[str(edited)] == new_sha

        # nothing changed since: the next run reads nothing and sees nothing new
        again = batch.plan_run(inbox, store)
        assert {Path(d["path"]).name: d["change"] for d in again.documents} == {"a.txt": "unchanged", "b_edited.txt": "unchanged"}
        assert again.to_extract == []
    finally:
        store.close()
