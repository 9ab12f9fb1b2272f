"""Faults of the run's own state, through the real ``bdhv`` command: a damaged history, a full or read-only
output disk, the lock path taken by a folder, Prefect not starting. Each gets its exit status (README's
Commands table), one line in Vietnamese and English saying what to do, and no traceback; a damaged
history is moved aside and the run goes on. Document text is printed as text, never as rich markup, and
an unchanged re-run adds no copies to the history.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# imported here, at collection: Prefect binds its log handlers to the sys.stderr of its first import, and
# imported inside a test under capsys that stream is closed for every later test of the session
import flows  # noqa: F401
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "000_484bce74a44e51ae.txt"


def bdhv(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``bdhv ARGS`` in a child, as an analyst runs it (wide terminal, so no line is folded)."""
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600, env={**os.environ, "COLUMNS": "2000", **(env or {})})


def assert_state_line(res: subprocess.CompletedProcess[str], code: str, status: int, *words: str) -> None:
    """Exit ``status``; one line ``bdhv: <Vietnamese> / <English> [code]`` holding ``words``; no traceback."""
    out = res.stdout + res.stderr
    assert res.returncode == status, out
    assert "Traceback" not in out, out
    lines = [line for line in res.stderr.splitlines() if line.endswith(f"[{code}]")]
    assert len(lines) == 1, out
    vi, en = lines[0].removeprefix("bdhv: ").rsplit(" [", 1)[0].split(" / ", 1)
    assert re.search("[ạảãáàâấầậẫẩăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]", vi), vi  # Vietnamese
    for w in words:
        assert w in en, (w, en)


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file's bytes (by hash) but the lock, the failed-night marker and the run's log (``LAST_RUN_FAILED.txt``
    and ``logs/bdhv.log``, what a failed run means to leave): what "nothing was changed" means."""
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (".bdhv.lock", "LAST_RUN_FAILED.txt") and p.parent.name != "logs"}


def leftovers(folder: Path) -> list[str]:
    """A WAL or a temporary left behind."""
    return [p.name for p in folder.iterdir() if p.name.endswith(("-wal", ".tmp"))]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> tuple[Path, Path]:
    """(inbox, outputs) after one plain run over the 15 seeds; tests copy the outputs."""
    base = tmp_path_factory.mktemp("first")
    inbox = base / "inbox"
    shutil.copytree(SEEDS, inbox, ignore=shutil.ignore_patterns("*.md"))
    res = bdhv("run", inbox, "--out", base / "out", "--plain")
    assert res.returncode == 0, res.stderr
    return inbox, base / "out"


def fresh_copy(first_run: tuple[Path, Path], where: Path) -> tuple[Path, Path]:
    """The first run's outputs at ``where/out``, and a copy of its inbox at another path: every file is then
    new to the history (a run that must write; its runs pass --accept-removals, since every path of the last
    run is gone), but cached, so nothing is read again."""
    inbox, out = first_run
    shutil.copytree(out, where / "out")
    shutil.copytree(inbox, where.parent / f"{where.name}-inbox")
    return where.parent / f"{where.name}-inbox", where / "out"


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``path`` (root only), unmounted afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if res.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the disk holding ``folder``, then give back ``leave`` bytes."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError as e:
        assert e.errno == errno.ENOSPC
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def runs_in(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM runs WHERE status = 'finished'").fetchone()[0]
    finally:
        con.close()


# -- a damaged history ----------------------------------------------------------------------------

def damage(db: Path, how: str) -> None:
    data = db.read_bytes()
    if how == "truncated":
        db.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        db.write_bytes(b"not a database at all\n" + os.urandom(len(data)))
    else:  # garbage over pages in the middle, the header intact
        db.write_bytes(data[:8192] + os.urandom(16384) + data[8192 + 16384:])


@pytest.mark.parametrize("how", ["truncated", "garbage", "garbage_pages"])
def test_damaged_history_is_moved_aside_and_the_run_goes_on(first_run, tmp_path, how):
    inbox, _ = first_run
    shutil.copytree(first_run[1], tmp_path / "out")
    db = tmp_path / "out" / "bdhv.sqlite"
    damage(db, how)
    damaged = db.read_bytes()

    res = bdhv("diff", "--out", tmp_path / "out")  # a reader does not move it: it says what will
    assert_state_line(res, "history_damaged", 5, "damaged", "next `bdhv run`")

    res = bdhv("run", inbox, "--out", tmp_path / "out", "--plain")
    assert_state_line(res, "history_moved", 0, "damaged", "moved to", "new history")
    aside = sorted(tmp_path.glob("out/bdhv.sqlite.damaged-*"))
    assert [p.name for p in aside if not p.name.endswith(("-wal", "-shm"))] and aside[0].read_bytes() == damaged
    assert str(aside[0].relative_to(tmp_path / "out")) in res.stderr
    assert runs_in(db) == 1 and "Run 1" in res.stderr


# -- the lock, the output disk, Prefect -----------------------------------------------------------

def test_lock_path_that_is_a_folder(first_run, tmp_path):
    inbox, out = fresh_copy(first_run, tmp_path / "a")
    (out / ".bdhv.lock").unlink()
    (out / ".bdhv.lock").mkdir()
    before = snapshot(out)
    res = bdhv("run", inbox, "--out", out, "--plain")
    assert_state_line(res, "lock_unusable", 5, ".bdhv.lock", "remove it")
    assert snapshot(out) == before


def test_lock_path_that_is_a_folder_under_prefect(first_run, tmp_path):
    """The same fault inside the Prefect flow: Prefect's own log keeps one line, without the traceback."""
    inbox, out = fresh_copy(first_run, tmp_path / "a")
    (out / ".bdhv.lock").unlink()
    (out / ".bdhv.lock").mkdir()
    res = bdhv("run", inbox, "--out", out, env={"PREFECT_HOME": str(tmp_path / "prefect"),
                                                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"})
    assert_state_line(res, "lock_unusable", 5, ".bdhv.lock", "remove it")


def test_missing_inbox_is_refused(tmp_path):
    res = bdhv("run", tmp_path / "no-such-inbox", "--out", tmp_path / "out", "--plain")
    assert_state_line(res, "inbox_refused", 4, "no-such-inbox", "check the path")


def test_read_only_output_folder(first_run, tmp_path):
    with tmpfs(tmp_path / "ro", "8m") as mnt:
        inbox, out = fresh_copy(first_run, mnt)
        before = snapshot(out)
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        res = bdhv("run", inbox, "--out", out, "--plain")
        assert_state_line(res, "output_readonly", 5, "read-only", "nothing was changed")
        assert snapshot(out) == before


def test_full_output_disk_changes_nothing_and_leaves_no_wal(first_run, tmp_path):
    with tmpfs(tmp_path / "full", "8m") as mnt:
        inbox, out = fresh_copy(first_run, mnt)
        before = snapshot(out)
        filler = fill(mnt, leave=64 * 1024)  # less than one extractions.jsonl
        for _ in range(2):  # night after night: still nothing written, nothing growing
            res = bdhv("run", inbox, "--out", out, "--plain", "--accept-removals")
            assert_state_line(res, "disk_full", 5, "full", "nothing was changed")
            assert snapshot(out) == before and leftovers(out) == []
        filler.unlink()
        res = bdhv("run", inbox, "--out", out, "--plain", "--accept-removals")
        assert res.returncode == 0, res.stderr
        assert runs_in(out / "bdhv.sqlite") == 2 and leftovers(out) == []


def test_full_history_disk_changes_nothing_and_leaves_no_wal(first_run, tmp_path):
    """The history on its own small disk (``--db``): outputs fit, the history's commit would not."""
    inbox, out = fresh_copy(first_run, tmp_path / "a")
    with tmpfs(tmp_path / "dbdisk", "2m") as mnt:
        db = mnt / "h.sqlite"
        shutil.move(out / "bdhv.sqlite", db)
        before = snapshot(out, mnt)
        filler = fill(mnt, leave=160 * 1024)  # room for the WAL's first pages, not for the run
        for _ in range(2):
            res = bdhv("run", inbox, "--out", out, "--db", db, "--plain", "--accept-removals")
            assert_state_line(res, "disk_full", 5, "full", "nothing was changed")
            assert {k: v for k, v in snapshot(out, mnt).items() if "filler" not in k} == before
            assert leftovers(mnt) == [] and leftovers(out) == []
        filler.unlink()
        res = bdhv("run", inbox, "--out", out, "--db", db, "--plain", "--accept-removals")
        assert res.returncode == 0, res.stderr
        assert runs_in(db) == 2 and leftovers(mnt) == []


def test_prefect_start_up_timeout(first_run, tmp_path):
    """Prefect's own time-out, made to expire at once: its RuntimeError becomes a line and exit 5."""
    inbox, out = fresh_copy(first_run, tmp_path / "a")
    before = snapshot(out)
    res = bdhv("run", inbox, "--out", out, env={"PREFECT_HOME": str(tmp_path / "prefect"),
                                                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "0"})
    assert_state_line(res, "prefect_unavailable", 5, "did not start", "--plain")
    assert snapshot(out) == before


def test_prefect_start_up_timeout_in_process(first_run, tmp_path, monkeypatch, capsys):
    """The same, simulated: whatever starts Prefect, the time-out it raises is a state fault."""
    from pipeline.cli import main

    def timed_out(settings):
        raise RuntimeError("Timed out while attempting to connect to ephemeral Prefect API server.")

    monkeypatch.setattr(flows, "run_nightly", timed_out)
    inbox, out = fresh_copy(first_run, tmp_path / "a")
    assert main(["run", str(inbox), "--out", str(out)]) == 5
    assert "[prefect_unavailable]" in capsys.readouterr().err


def test_full_disk_in_process(first_run, tmp_path, monkeypatch, capsys):
    """ENOSPC at the atomic-write boundary (where a file system may report it: fsync), without a tmpfs."""
    from pipeline.cli import main

    inbox, out = fresh_copy(first_run, tmp_path / "a")
    before = snapshot(out)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    assert main(["run", str(inbox), "--out", str(out), "--plain", "--accept-removals"]) == 5
    assert "[disk_full]" in capsys.readouterr().err
    assert snapshot(out) == before and leftovers(out) == []


# -- document text is not terminal markup ---------------------------------------------------------

def with_title(title: str) -> str:
    """The seed's report with its subject line (its title) replaced."""
    text = SEED.read_text(encoding="utf-8")
    start = text.index("V/v")
    end = text.index("năm 2025.", start) + len("năm 2025.")
    return text[:start] + "V/v " + title + text[end:]


@pytest.fixture(scope="module")
def markup_runs(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Run 1: two copies of a report. Run 2: their titles ``[/]`` and ``[link=http://x]y[/link]``, and an empty
    file whose path holds ``[/`` (``hỏng[/trống].txt``)."""
    base = tmp_path_factory.mktemp("markup")
    inbox, out = base / "inbox", base / "out"
    inbox.mkdir()
    for name in ("a.txt", "b.txt"):
        (inbox / name).write_text(with_title("báo cáo kết quả"), encoding="utf-8")
    assert bdhv("run", inbox, "--out", out, "--plain").returncode == 0
    (inbox / "a.txt").write_text(with_title("[/]"), encoding="utf-8")
    (inbox / "b.txt").write_text(with_title("[link=http://x]y[/link]"), encoding="utf-8")
    (inbox / "hỏng[").mkdir()
    (inbox / "hỏng[" / "trống].txt").write_bytes(b"")
    return out, bdhv("run", inbox, "--out", out, "--plain")


def test_run_summary_prints_a_failed_path_as_it_is(markup_runs):
    _, res = markup_runs
    assert res.returncode == 1, res.stderr  # a document failed: the empty one
    assert "Traceback" not in res.stderr, res.stderr
    assert re.search(r"empty\s+\S*/hỏng\[/trống\]\.txt", res.stderr), res.stderr


def test_diff_prints_titles_as_text_and_writes_the_html(markup_runs):
    out, _ = markup_runs
    res = bdhv("diff", "--out", out, env={"FORCE_COLOR": "1"})  # as on a terminal: links would be live
    assert res.returncode == 0, res.stdout + res.stderr
    assert "\x1b]8;" not in res.stdout  # no terminal hyperlink
    shown = re.sub(r"\x1b\[[0-9;]*m", "", res.stdout)
    assert "[/]" in shown and "[link=http://x]y[/link]" in shown, shown
    page = (out / "diff_1_2.html").read_text(encoding="utf-8")
    assert "[link=http://x]y[/link]" in page and "[/]" in page


# -- an unchanged re-run stores nothing twice -----------------------------------------------------

def test_ten_unchanged_reruns_do_not_grow_the_history(first_run, tmp_path):
    inbox, out = first_run[0], tmp_path / "out"
    shutil.copytree(first_run[1], out)
    db = out / "bdhv.sqlite"

    def pages() -> tuple[int, int]:
        con = sqlite3.connect(db)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return con.execute("PRAGMA page_count").fetchone()[0], con.execute("PRAGMA page_size").fetchone()[0]
        finally:
            con.close()

    sizes = [db.stat().st_size]
    counts = [pages()[0]]
    for _ in range(10):
        res = bdhv("run", inbox, "--out", out, "--plain")
        assert res.returncode == 0, res.stderr
        counts.append(pages()[0])
        sizes.append(db.stat().st_size)
    page_size = pages()[1]
    growth = [b - a for a, b in zip(sizes, sizes[1:])]
    print(f"page_size {page_size}; pages after each run {counts}; bytes added per run {growth}")
    assert runs_in(db) == 11
    # One small ``runs`` row a run: ten of them take at most a page each on average; a run adds two pages
    # only when that row splits the table's B-tree (a new leaf and its parent), never a copy of its data.
    assert counts[-1] - counts[0] <= 10, counts
    assert sizes[-1] - sizes[0] <= 10 * page_size, growth
    assert all(b - a <= 2 for a, b in zip(counts, counts[1:])), counts


def test_an_older_history_is_migrated_in_place(tmp_path):
    """A history written before runs shared rows: read as before, its copies folded, and no copy added."""
    from pipeline.runs.store import RunStore

    old_schema = """
    CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
        inbox TEXT NOT NULL, extractor_version TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'running', summary TEXT);
    CREATE TABLE run_documents (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, path TEXT NOT NULL,
        sha256 TEXT, status TEXT NOT NULL, change TEXT NOT NULL, error_code TEXT, PRIMARY KEY (run_id, path));
    CREATE TABLE extractions (sha256 TEXT NOT NULL, extractor_version TEXT NOT NULL, record TEXT NOT NULL,
        created_at TEXT NOT NULL, PRIMARY KEY (sha256, extractor_version));
    CREATE TABLE matrices (run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE, rows TEXT NOT NULL);
    """
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript(old_schema)
    matrix = '[{"target": "CT1", "unit": "Sở Công Thương", "status": "met", "evidence": "' + "x" * 20000 + '"}]'
    for run_id in (1, 2, 3):
        con.execute("INSERT INTO runs VALUES (?, 't', 't', 'inbox', 'v1', 'finished', '{}')", (run_id,))
        con.executemany("INSERT INTO run_documents VALUES (?, ?, ?, 'ok', ?, NULL)",
                        [(run_id, f"inbox/{i}.txt", f"s{i}", "new" if run_id == 1 else "unchanged") for i in range(200)])
        con.execute("INSERT INTO matrices VALUES (?, ?)", (run_id, matrix))
    con.commit()
    con.close()

    store = RunStore(db)
    try:
        for run_id in (1, 2, 3):
            assert store.matrix(run_id)[0]["status"] == "met"
            assert len(store.run_records(run_id)) == 200 and store.document_statuses(run_id)[0][1] == "ok"
        assert store.db.execute("SELECT count(DISTINCT run_id) FROM run_documents").fetchone()[0] == 1
        assert store.db.execute("SELECT count(*) FROM matrices").fetchone()[0] == 1
        before = store.db.execute("PRAGMA page_count").fetchone()[0]
        docs = [{"path": f"inbox/{i}.txt", "sha256": f"s{i}", "status": "ok", "change": "unchanged"} for i in range(200)]
        store.save_run("inbox", "v1", "t", docs, store.matrix(3), {})
        assert store.db.execute("PRAGMA page_count").fetchone()[0] - before <= 1
        assert store.prune(1) == 3 and store.matrix(store.run_ids()[-1])[0]["status"] == "met"
        assert len(store.run_records(store.run_ids()[-1])) == 200 and store.integrity_ok()
    finally:
        store.close()
