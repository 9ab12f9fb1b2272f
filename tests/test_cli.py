"""The command line: every command documented in README, and `bdhv extract` keeps the contract."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from pipeline.cli import build_parser
from tests.conftest import DAMAGED, ROOT, SEEDS


def subcommands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


def test_every_command_is_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in subcommands() if f"bdhv {c}" not in readme]
    assert not missing, f"commands missing from README: {missing}"


def test_extract_writes_one_line_per_file_with_source_fields(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("empty.txt", "random_bytes.docx", "truncated_000.pdf", "encrypted_000.pdf"):
        (inbox / name).write_bytes((DAMAGED / name).read_bytes())
    (inbox / "bao cáo Sở Công Thương.txt").write_bytes((SEEDS / "000_484bce74a44e51ae.txt").read_bytes())
    out = tmp_path / "x.jsonl"
    res = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(inbox), "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [l["source"] for l in lines] == sorted(l["source"] for l in lines)
    by_name = {l["source"].rsplit("/", 1)[-1]: l for l in lines}
    assert len(by_name) == 5
    for name, line in by_name.items():
        assert line["sha256"] == hashlib.sha256((inbox / name).read_bytes()).hexdigest()
    expect = {"empty.txt": ("error", "empty"), "random_bytes.docx": ("error", "unreadable"),
              "truncated_000.pdf": ("error", "unreadable"), "encrypted_000.pdf": ("error", "encrypted"),
              "bao cáo Sở Công Thương.txt": ("ok", None)}
    for name, (status, code) in expect.items():
        assert by_name[name]["status"] == status, (name, by_name[name].get("error"))
        assert (by_name[name]["error"] or {}).get("code") == code
    assert by_name["truncated_000.pdf"]["format"] == "pdf"
    assert by_name["bao cáo Sở Công Thương.txt"]["format"] == "txt"
    assert set(by_name["bao cáo Sở Công Thương.txt"]["mentions"]) == {"doc_numbers", "dates", "quantities", "units", "indicators", "tasks"}


def test_usage_error_exits_nonzero(tmp_path):
    res = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path / "nope"), "--out", str(tmp_path / "x")],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode != 0


def test_the_run_summary_speaks_both_languages_not_raw_keys():
    """The closing table names each count in Vietnamese and English (data/workbook.yaml run_summary), and a
    count the run did not give reads 0, never ``None``."""
    import io

    from rich.console import Console

    from pipeline.cli import print_summary

    buf = io.StringIO()
    print_summary({"run_id": 3, "documents": 5, "processed": 2, "new": 1, "changed": 1, "unchanged": 3,
                   "failed": 0, "failed_files": []}, Console(file=buf, width=120))
    said = buf.getvalue()
    assert "Run 3" in said and "Đã đọc / read" in said and "Ô ma trận thay đổi / matrix cells changed" in said
    assert not any(k in said for k in ("matrix_cells_changed", "None", "processed "))
