"""Hostile input: one inbox of good documents and crafted bad files; nothing crashes, nothing is lost.

The inbox is the five seed TXTs plus everything ``corpus/bad/make_bad_inputs.py``
made. The nightly job's own functions run over it (``plan_run``,
``extract_batch`` under ``Limits``, ``finish_run``). Every bad file must come
out as an error line with the code in ``EXPECTED`` and a message in Vietnamese
and English; every good document's line must equal its line from a run over
the good files alone. Limits are lowered for the test (``max_file_mb``,
``max_pages``, ``max_text_chars``) so that "too large" needs no large file,
and Tesseract is switched off so a scan fails with ``needs_ocr`` on every
machine, a PDF's or an image's (in the parent, before the fork: the children inherit it).
"""
from __future__ import annotations

import faulthandler
import json
import os
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.runs import batch
from pipeline.core.errors import MESSAGES
from pipeline.extract import extract_file
from pipeline.runs.guard import Limits
from pipeline.runs.store import RunStore
from tests.conftest import ROOT, SEEDS

BAD = ROOT / "corpus" / "bad"
LIMITS = Limits(max_file_mb=0.15, timeout_s=60)
SETTINGS_ENV = {"BDHV_MAX_PAGES": "50", "BDHV_MAX_TEXT_CHARS": "50000"}

GOOD_NAME = "Báo cáo Sở Nội vụ (bản 2).txt"

# file in corpus/bad → the error code it must get (None: it is read, it is not an error)
EXPECTED: dict[str, str | set[str] | None] = {
    # zip bombs
    "bomb_one_member.docx": "too_large",  # one 60 MB part, 1029:1
    "bomb_huge_document_xml.docx": "too_large",  # a 70 MB document.xml
    "bomb_many_members.docx": "too_large",  # 1,004 parts
    "bomb_many_small_members.docx": "too_large",  # 40 × 1 MB, 998:1 overall
    "bomb_nested.docx": "too_large",  # an embedded ZIP holding 60 MB of zeros
    "bomb_nested_deep.docx": "too_large",  # ZIPs nested four deep
    # XML entity expansion and nesting
    "billion_laughs.docx": "unreadable",
    "billion_laughs_styles.docx": "unreadable",
    "billion_laughs_utf16.docx": "unreadable",
    "external_entity.docx": "unreadable",
    "deep_nesting.docx": "unreadable",  # 20,000 nested tables: lxml stops at depth 256
    # path traversal inside the archive
    "traversal_dotdot.docx": "unreadable",
    "traversal_absolute.docx": "unreadable",
    "traversal_windows.docx": "unreadable",
    # not a Word package
    "missing_document_xml.docx": "unreadable",
    "truncated.docx": "unreadable",
    # encrypted
    "encrypted_rc4_40.pdf": "encrypted",
    "encrypted_rc4_128.pdf": "encrypted",
    "encrypted_aes128.pdf": "encrypted",
    "encrypted_aes256.pdf": "encrypted",
    "encrypted_word.docx": "encrypted",
    # malformed PDFs
    "truncated.pdf": "unreadable",
    "header_only.pdf": "unreadable",
    "garbage_xref.pdf": "unreadable",
    "page_tree_loop.pdf": "unreadable",
    "zero_pages.pdf": {"empty", "unreadable"},  # PDFium refuses a page-less file, pdfminer opens it
    "page_bomb.pdf": "too_large",  # 120 pages > max_pages 50
    "image_only.pdf": "needs_ocr",
    # lying extensions and formats we do not read
    "random_bytes.pdf": "unreadable",
    "random_bytes (copy).pdf": "unreadable",  # same bytes as random_bytes.pdf
    "png_image.txt": "needs_ocr",  # a PNG, read as an image by its content whatever its name; Tesseract is off
    "web_page.txt": "unsupported_format",
    "web_page.html": "unsupported_format",
    # an OLE2 header with no Word stream behind it: refused as .doc, or refused by LibreOffice when .doc goes through it
    "legacy_word.doc": {"unsupported_format", "unreadable"},
    "legacy_word_named.docx": {"unsupported_format", "unreadable"},
    "rich_text.doc": "unsupported_format",
    "notes.md": "unsupported_format",
    # empty
    "empty.txt": "empty",
    "empty.pdf": "empty",
    "empty.docx": "empty",
    "empty.doc": "empty",
    "whitespace_only.txt": "empty",
    # no text in any encoding
    "binary_garbage.txt": "bad_encoding",
    "control_chars.txt": "bad_encoding",
    # limits
    "oversized.txt": "too_large",  # 172 KB > max_file_mb 0.15
    "very_long_text.txt": "too_large",  # 61,500 characters > max_text_chars 50,000
    # good: read by content, whatever the name says
    GOOD_NAME: None,
    "Báo cáo Sở Nội vụ (bản 2) - bản sao.txt": None,  # same bytes: read once
    "pdf_bytes_named.docx": None,  # read as PDF
    "docx_bytes_named.pdf": None,  # read as Word
    "encrypted_owner_only.pdf": None,  # an owner password restricts printing; anyone may open it
}
# a good file of corpus/bad → the seed file with the same bytes under its true name
SAME_AS_SEED = {"pdf_bytes_named.docx": "001_6372fb686251ce2d.pdf", "docx_bytes_named.pdf": "004_bcb21d6837a234a3.docx"}


def bad_files() -> list[Path]:
    return sorted(p for p in BAD.iterdir() if p.is_file() and p.suffix != ".py")


def good_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + [BAD / n for n, code in EXPECTED.items() if code is None]


def run_inbox(inbox: Path, out: Path, limits: Limits = LIMITS) -> tuple[batch.WorkPlan, dict[str, Any], dict[str, dict]]:
    """The nightly job's steps over ``inbox``: plan, extract, finish; records by file name."""
    store = RunStore(out / "bdhv.sqlite")
    try:
        plan = batch.plan_run(inbox, store)
        fresh = [r for chunk in plan.batches(20) for r in batch.extract_batch(chunk, limits)]
        summary = batch.finish_run(plan, fresh, out, store)
    finally:
        store.close()
    lines = (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    records = {Path(r["source"]).name: r for r in map(json.loads, lines)}
    return plan, summary, records


# where a file lies and when it was touched, not what it holds
FILE_FIELDS = ("source", "modified")


def without_source(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if k not in FILE_FIELDS}


@pytest.fixture(scope="module")
def hostile_env():
    """Lowered limits and no Tesseract, for every test of this module (children inherit both)."""
    import pipeline.ingest.readers.image as image_reader
    import pipeline.ingest.readers.pdf as pdf_reader

    with pytest.MonkeyPatch.context() as mp:
        for name, value in SETTINGS_ENV.items():
            mp.setenv(name, value)
        mp.setattr(pdf_reader, "tesseract_available", lambda: False)
        mp.setattr(image_reader, "tesseract_available", lambda: False)
        yield


@pytest.fixture(scope="module")
def runs(hostile_env, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Mật khẩu hộp thư: không được đọc tệp này.\n", encoding="utf-8")

    mixed, good = root / "inbox_mixed", root / "inbox_good"
    for inbox, files in ((mixed, sorted(SEEDS.glob("*.txt")) + bad_files()), (good, good_files())):
        inbox.mkdir()
        for f in files:
            shutil.copy2(f, inbox / f.name)
    os.symlink(outside / "secret.txt", mixed / "link_out.txt")  # leads out of the inbox: ignored
    os.symlink(outside, mixed / "link_out_dir")

    started = time.monotonic()
    mixed_run = run_inbox(mixed, root / "out_mixed")
    elapsed = time.monotonic() - started
    good_run = run_inbox(good, root / "out_good")
    return mixed_run, good_run, elapsed


def test_corpus_has_every_kind():
    names = {p.name for p in bad_files()}
    assert names == set(EXPECTED), "corpus/bad and EXPECTED disagree: rerun make_bad_inputs.py or fix the table"
    assert sum(1 for code in EXPECTED.values() if code is not None) >= 25
    assert sum(p.stat().st_size for p in bad_files()) < 3 * 1024 * 1024


def test_every_file_gets_one_line_and_the_batch_finishes(runs):
    (_, summary, records), _, elapsed = runs
    expected = {p.name for p in SEEDS.glob("*.txt")} | set(EXPECTED)
    assert set(records) == expected  # nothing lost, nothing extra (no symlinked file)
    assert summary["documents"] == len(expected)
    assert summary["failed"] == sum(1 for code in EXPECTED.values() if code is not None)
    assert elapsed < 120


@pytest.mark.parametrize("name", sorted(n for n, code in EXPECTED.items() if code is not None))
def test_bad_file_gets_its_code(runs, name):
    (_, _, records), _, _ = runs
    rec = records[name]
    want = EXPECTED[name]
    assert rec["status"] == "error", rec
    assert rec["error"]["code"] in (want if isinstance(want, set) else {want}), rec["error"]
    vi, en = MESSAGES[rec["error"]["code"]]
    assert rec["error"]["message_vi"].startswith(vi) and rec["error"]["message_en"].startswith(en)
    assert rec["document"] is None and not any(rec["mentions"].values())


def test_good_documents_unchanged_by_bad_neighbours(runs):
    (_, _, mixed), (_, _, good), _ = runs
    assert set(good) == {p.name for p in good_files()}
    for name, rec in good.items():
        assert rec["status"] == "ok", (name, rec.get("error"))
        assert without_source(mixed[name]) == without_source(rec), name


def test_vietnamese_name_with_spaces_is_read(runs):
    (_, _, records), _, _ = runs
    rec = records[GOOD_NAME]
    assert rec["status"] == "ok" and Path(rec["source"]).name == GOOD_NAME
    assert rec["mentions"]["doc_numbers"], "15/BC-SNV and 192/KH-UBND are in it"


def test_lying_extension_read_by_content(runs):
    (_, _, records), _, _ = runs
    assert records["pdf_bytes_named.docx"]["format"] == "pdf"
    assert records["docx_bytes_named.pdf"]["format"] == "docx"
    for name, seed in SAME_AS_SEED.items():
        assert without_source(records[name]) == without_source(extract_file(SEEDS / seed))


def test_same_bytes_processed_once(runs):
    (plan, summary, records), _, _ = runs
    pairs = [(GOOD_NAME, "Báo cáo Sở Nội vụ (bản 2) - bản sao.txt"), ("random_bytes.pdf", "random_bytes (copy).pdf")]
    extracted = {Path(p).name for p in plan.to_extract}
    assert len(plan.to_extract) == len({d["sha256"] for d in plan.documents})
    for a, b in pairs:
        assert records[a]["sha256"] == records[b]["sha256"]
        assert len({a, b} & extracted) == 1, (a, b)
        assert without_source(records[a]) == without_source(records[b])
    assert summary["processed"] == len(plan.to_extract) < summary["documents"]


def test_symlinks_out_of_the_inbox_are_ignored(runs):
    (plan, _, records), _, _ = runs
    assert not any("link_out" in d["path"] for d in plan.documents)
    assert "secret.txt" not in records
    assert all("Mật khẩu hộp thư" not in json.dumps(r, ensure_ascii=False) for r in records.values())


# --- faults inside the reader: a hang and a crash cost one file


def _seed_inbox(root: Path, names: list[str]) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for name, seed in zip(names, seeds):
        shutil.copyfile(seed, inbox / name)
    return inbox


def _faulty_txt_reader(monkeypatch, fault: str, fault_name: str) -> None:
    """Make the TXT reader hang or crash on ``fault_name`` only; patched before the fork."""
    import pipeline.ingest.read as read

    real = read.READERS["txt"]

    def reader(path):
        if Path(path).name == fault_name:
            if fault == "hang":
                time.sleep(600)
            else:  # a native crash, as in a PDF library; without pytest's faulthandler dump
                faulthandler.disable()
                os.kill(os.getpid(), signal.SIGSEGV)
        return real(path)

    monkeypatch.setitem(read.READERS, "txt", reader)


def test_hanging_reader_is_stopped(monkeypatch, tmp_path):
    _faulty_txt_reader(monkeypatch, "hang", "b_hangs.txt")
    inbox = _seed_inbox(tmp_path, ["a.txt", "b_hangs.txt", "c.txt"])
    started = time.monotonic()
    recs = {Path(r["source"]).name: r for r in batch.extract_batch(sorted(map(str, inbox.iterdir())), Limits(timeout_s=2))}
    assert time.monotonic() - started < 30
    assert recs["b_hangs.txt"]["status"] == "error" and recs["b_hangs.txt"]["error"]["code"] == "timeout"
    assert recs["a.txt"]["status"] == "ok" and recs["c.txt"]["status"] == "ok"


def test_crashing_reader_costs_one_file(monkeypatch, tmp_path):
    _faulty_txt_reader(monkeypatch, "crash", "b_crashes.txt")
    inbox = _seed_inbox(tmp_path, ["a.txt", "b_crashes.txt", "c.txt", "d.txt"])
    (inbox / "e_too_big.txt").write_bytes(b"x" * 2_000_000)
    ticks: list[int] = []
    batch.set_progress_hook(ticks.append)
    try:
        out = batch.extract_batch(sorted(map(str, inbox.iterdir())), Limits(max_file_mb=1, timeout_s=30))
    finally:
        batch.set_progress_hook(None)
    recs = {Path(r["source"]).name: r for r in out}
    assert recs["b_crashes.txt"]["error"]["code"] == "unreadable"
    assert recs["e_too_big.txt"]["error"]["code"] == "too_large"
    assert all(recs[n]["status"] == "ok" for n in ("a.txt", "c.txt", "d.txt"))
    assert ticks == [1] * 5  # the progress bar moves once per document, failed ones included


# --- the archive checks on their own


@pytest.mark.parametrize("name, unsafe", [
    ("word/document.xml", False),
    ("word/media/ảnh 1.png", False),
    ("../evil", True),
    ("word/../../evil", True),
    ("/etc/passwd", True),
    ("C:\\Windows\\evil.dll", True),
    ("..\\..\\evil", True),
    ("word\\..\\..\\evil", True),
    ("word/a..b.xml", False),
])
def test_unsafe_member_name(name, unsafe):
    from pipeline.ingest.safety import unsafe_member_name

    assert unsafe_member_name(name) is unsafe


@pytest.mark.parametrize("env, pages, chars", [
    ({}, 500, 5_000_000),
    ({"BDHV_MAX_PAGES": "3", "BDHV_MAX_TEXT_CHARS": "1000"}, 3, 1000),
])
def test_limits_come_from_settings(monkeypatch, env, pages, chars):
    from pipeline.core.errors import ReadError
    from pipeline.ingest.safety import check_page_count, check_text_length, max_pages, max_text_chars

    for name in SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert (max_pages(), max_text_chars()) == (pages, chars)
    check_page_count(pages)
    check_text_length(chars)
    for check, n in ((check_page_count, pages + 1), (check_text_length, chars + 1)):
        with pytest.raises(ReadError) as e:
            check(n)
        assert e.value.code == "too_large"


def test_seed_documents_pass_the_archive_check():
    from pipeline.ingest.safety import check_docx_archive

    for p in sorted(SEEDS.glob("*.docx")):
        check_docx_archive(p)  # raises on a false alarm
