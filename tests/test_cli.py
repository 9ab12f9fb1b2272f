"""The command line: every command documented in README and helped in both languages, and `bdhv extract` keeps the contract."""
from __future__ import annotations

import hashlib
import json
import re
import shlex
import subprocess
import sys

import pytest

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
    """The closing table names each count in Vietnamese and English (data/cli.yaml run_summary), and a
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


VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_command_has_vietnamese_and_english_help_and_examples_that_parse():
    """``bdhv --help`` and each ``bdhv COMMAND --help``: data/cli.yaml's Vietnamese and English, and examples
    that the command's own parser takes (a renamed option or a new command without help fails here)."""
    from pipeline.cli import help_text

    text, parser = help_text(), build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(text["commands"]) == set(sub.choices), "data/cli.yaml and the registered commands differ"
    shown = {"bdhv": (text["bdhv"], parser.format_help())}
    shown.update({name: (text["commands"][name], p.format_help()) for name, p in sub.choices.items()})
    for name, (entry, page) in shown.items():
        assert VIETNAMESE.search(entry["vi"]) and entry["en"].isascii(), (name, entry)
        assert _flat(entry["vi"]) in _flat(page) and _flat(entry["en"]) in _flat(page), name
        assert entry["examples"] and text["examples_heading"] in page, name
        for example in entry["examples"]:
            argv = shlex.split(example)
            assert argv[0] == "bdhv" and example in page, (name, example)
            assert name == "bdhv" or argv[1] == name, (name, example)
            try:
                args = build_parser().parse_args(argv[1:])
            except SystemExit:
                pytest.fail(f"bdhv {name}: the example {example!r} does not parse")
            assert args.func is sub.choices[argv[1]].get_default("func"), example
    for name in sub.choices:  # the command list of ``bdhv --help`` says each in both languages
        assert _flat(text["commands"][name]["vi"]) in _flat(parser.format_help()), name


def test_help_of_every_command_from_the_command_line():
    for args in [[], *([c] for c in subcommands())]:
        res = subprocess.run([sys.executable, "-m", "pipeline.cli", *args, "--help"], capture_output=True, text=True,
                             cwd=ROOT, timeout=60)
        assert res.returncode == 0 and "ví dụ / examples:" in res.stdout and "bdhv " in res.stdout, (args, res.stderr)
