"""``bdhv``: a thin command line over the library (sqlite-utils' way).

Each command parses its arguments and calls plain functions; no logic lives here.
What ``--help`` says of each command, in Vietnamese and English with examples,
is data (``data/cli.yaml``), as is the line a Ctrl-C ends with.

    bdhv extract corpus/seeds --out x.jsonl
    bdhv matrix corpus/seeds --xlsx outputs/matrix.xlsx --json outputs/matrix.json
    bdhv run corpus/seeds                 # the nightly flow, once, with a progress bar
    bdhv diff                             # the last two runs: terminal, HTML, workbook sheet
    bdhv review                           # the review desk on http://127.0.0.1:8765/
"""
from __future__ import annotations

import argparse
import errno
import json
import os
import signal
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_paths, write_jsonl

    n = write_jsonl(extract_paths(args.paths), args.out)
    print(f"{n} files → {args.out}", file=sys.stderr)
    return 0


def cmd_matrix(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_paths
    from pipeline.runs.publish import reconcile_and_export

    if not (args.xlsx or args.json):
        print("bdhv matrix: không có gì để ghi: thêm --xlsx TỆP hoặc --json TỆP / nothing to write: give --xlsx FILE or "
              "--json FILE (e.g. bdhv matrix corpus/seeds --xlsx matrix.xlsx)", file=sys.stderr)
        return 2
    records = list(extract_paths(args.paths))
    rows, _ = reconcile_and_export(records, None, None, xlsx=args.xlsx, json_path=args.json)
    print(f"{len(records)} documents, {len(rows)} matrix rows → {args.xlsx or ''} {args.json or ''}", file=sys.stderr)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """``bdhv run``; Ctrl-C or SIGTERM at any moment of it (Prefect loading, its server starting, a document
    being read) says ``Đã dừng / stopped`` and ends it by that signal, the outputs as they were."""
    from pipeline.runs.lifetime import stopped_by_signals

    with stopped_by_signals(farewell=stopped_line(sys.stderr.isatty())):
        return _run(args)


def stopped_line(terminal: bool = False) -> str:
    """The one line a stopped command writes; at a terminal it first clears the progress bar and shows the cursor again."""
    line = help_text()["stopped"] + "\n"
    return f"\r\x1b[2K{line}\x1b[?25h" if terminal else line


def _run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    from rich.console import Console
    from rich.text import Text

    from pipeline.core.errors import EXIT_DOCUMENT_FAILED, EXIT_OK
    from pipeline.runs.night_status import night
    from pipeline.core.settings import load_settings

    settings = load_settings(inbox=args.inbox, out_dir=args.out, db_path=args.db, runner=args.runner,
                             batch_size=args.batch_size, workers=args.workers, dask_address=args.dask_address,
                             accept_removals=True if args.accept_removals else None)
    console = Console(stderr=True)
    try:
        with night(settings.out_dir, settings.inbox, settings.database, settings.log_max_mb, settings.log_backups,
                   settings.notify_url) as tonight:  # the log, and the marker of a night that did not finish
            summary = run_with_progress(args, settings, console)
            tonight.finished(summary)
    except Exception as e:  # a refused inbox (exit 4) is one of these too
        return state_exit(e, settings)
    print_summary(summary, console)
    console.print(Text(f"Đã ghi / written: {settings.out_dir / 'matrix.xlsx'}"), soft_wrap=True)
    return EXIT_DOCUMENT_FAILED if summary.get("failed") else EXIT_OK


def run_with_progress(args: argparse.Namespace, settings, console) -> dict:
    """The run (plain or the Prefect flow) under a progress bar; its summary."""
    from rich.progress import Progress

    from pipeline.core.errors import StateError
    from pipeline.ingest.discover import discover_entries
    from pipeline.runs import batch

    if not settings.inbox.exists():
        raise StateError("inbox_refused", settings.inbox, os.strerror(errno.ENOENT))
    try:
        with Progress(console=console, transient=True) as progress:
            bar = progress.add_task("Đang xử lý / processing", total=len(discover_entries([settings.inbox])))
            batch.set_progress_hook(lambda n: progress.advance(bar, n))
            if args.plain:
                from pipeline.runs.guard import Limits

                return batch.run_once(settings.inbox, settings.out_dir, settings.database, settings.batch_size,
                                      settings.keep_runs, Limits(settings.max_file_mb, settings.doc_timeout_s),
                                      settings.max_removed_share, settings.accept_removals)
            from flows import run_nightly
            from pipeline.runs.faults import quiet_tracebacks

            with quiet_tracebacks(settings.out_dir, settings.database, settings.inbox):
                return run_nightly(settings)
    finally:
        batch.set_progress_hook(None)


def state_exit(e: Exception, settings) -> int:
    """A fault of the outputs, the history or Prefect: its one line (Vietnamese / English) and its exit status.

    Anything else is a bug and keeps its traceback.
    """
    from pipeline.runs.faults import state_fault

    fault = state_fault(e, settings.out_dir, settings.database, settings.inbox)
    if fault is None or fault.exit_status is None:
        raise e
    print(fault.line(), file=sys.stderr)
    return fault.exit_status


def print_summary(summary: dict, console) -> None:
    from rich.table import Table
    from rich.text import Text

    for n in summary.get("notices") or []:  # a history moved aside: said first, the run went on
        console.print(Text(f"bdhv: {n['message_vi']} / {n['message_en']} [{n['code']}]", style="yellow"), soft_wrap=True)
    from pipeline.core.names import shown

    words = help_text()["run_summary"]
    t = Table(title=words["title"].format(id=summary.get("run_id")))
    t.add_column("")
    t.add_column("", justify="right")
    for k, label in words["rows"].items():
        t.add_row(label, str(summary.get(k) if summary.get(k) is not None else 0))
    console.print(t)
    # the cells of Thay đổi (scope Ma trận), counted once however many of their columns moved
    console.print(Text(f"Ô thay đổi / cells changed: {summary.get('matrix_cells_changed') or 0}"), soft_wrap=True)
    for f in summary.get("failed_files", []):
        # a path is the inbox's text, not markup: ``báo cáo[/x].txt`` printed as it is
        console.print(Text.assemble("  ", (str(f["code"]), "yellow"), " ", shown(str(f["path"]))), soft_wrap=True)


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.core.atomic import write_text_atomic
    from pipeline.runs.diff import diff_runs
    from pipeline.export.diff_report import print_diff, render_html
    from pipeline.core.settings import load_settings
    from pipeline.runs.store import RunStore

    settings = load_settings(out_dir=args.out, db_path=args.db)
    if not settings.database.is_file():  # a mistyped --out: say so, create nothing
        print(f"bdhv diff: chưa có lượt chạy nào / no run history at {settings.database} (check --out; "
              "bdhv runs lists the runs)", file=sys.stderr)
        return 2
    try:
        store = RunStore(settings.database, recover=False)  # a damaged history is the next run's to move aside
        try:
            diff = diff_runs(store, args.run_a, args.run_b)
        except (ValueError, KeyError) as e:
            reason = e.args[0] if e.args else e
            print(f"bdhv diff: {reason} (bdhv runs --out {settings.out_dir} lists the runs)", file=sys.stderr)
            return 2
        finally:
            store.close()
        html_path = Path(args.html or settings.out_dir / f"diff_{diff.run_a}_{diff.run_b}.html")
        write_text_atomic(html_path, render_html(diff))
        if args.json:
            from dataclasses import asdict

            write_text_atomic(args.json, json.dumps([asdict(c) for c in diff.changes], ensure_ascii=False, indent=1))
    except Exception as e:
        return state_exit(e, settings)
    print_diff(diff)
    print(f"HTML: {html_path}", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.core.atomic import write_text_atomic
    from pipeline.export.evidence_html import render_document
    from pipeline.extract import extract_document, record_for
    from pipeline.ingest.read import read_document

    from pipeline.core.errors import ReadError

    try:
        doc = read_document(args.path)
    except ReadError as e:
        print(f"bdhv show: {e.message_vi} / {e.message_en} [{e.code}]", file=sys.stderr)
        return 2
    fields, mentions = extract_document(doc)
    page = render_document(doc.text, record_for(args.path, doc, fields, mentions))
    out = args.html or str(Path(args.path).with_suffix(".html").name)
    write_text_atomic(out, page)
    print(f"{sum(len(v) for v in mentions.values())} mentions highlighted → {out}", file=sys.stderr)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from pipeline.core.settings import load_settings
    from pipeline.review.app import serve

    settings = load_settings(out_dir=args.out, db_path=args.db)
    if not Path(settings.database).exists():
        print(f"bdhv review: no run history at {settings.database} (run bdhv run first)", file=sys.stderr)
        return 2
    serve(settings.database, args.host, args.port)
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bdhv")
    except PackageNotFoundError:
        return "unknown"


def cmd_runs(args: argparse.Namespace) -> int:
    """``bdhv runs``: id, start (Vietnam time), documents, read, failed, cells changed — newest first."""
    from rich.console import Console
    from rich.table import Table

    from pipeline.core.settings import load_settings
    from pipeline.runs.run_list import list_runs

    settings = load_settings(out_dir=args.out, db_path=args.db)
    try:
        runs = list_runs(settings.database, args.limit)
    except FileNotFoundError:
        print(f"bdhv runs: chưa có lượt chạy nào / no runs yet: {settings.database} does not exist", file=sys.stderr)
        return 2
    t = Table(title=f"{settings.database}")
    for col in ("run", "bắt đầu / started", "văn bản / documents", "đã đọc / read", "lỗi / failed", "ô thay đổi / cells changed"):
        t.add_column(col, justify="right")
    for r in runs:
        t.add_row(*(str(r[k]) if r[k] is not None else "" for k in ("id", "started", "documents", "processed", "failed",
                                                                        "cells_changed")))
    Console().print(t)
    return 0


def help_text() -> dict:
    """The commands' help in Vietnamese and English, with examples (``data/cli.yaml``)."""
    from pipeline.core.resources import load_data

    return load_data("cli.yaml")


def _described(entry: dict, heading: str) -> dict:
    """An entry of ``data/cli.yaml`` as a parser's description (Vietnamese, then English) and examples epilog."""
    return {"description": f"{textwrap.fill(entry['vi'], 78)}\n\n{textwrap.fill(entry['en'], 78)}",
            "epilog": "\n".join([heading, *(f"  {ex}" for ex in entry["examples"])]),
            "formatter_class": argparse.RawDescriptionHelpFormatter}


def _command(sub, name: str, func, text: dict) -> argparse.ArgumentParser:
    entry = text["commands"][name]
    p = sub.add_parser(name, help=f"{entry['vi']} / {entry['en']}".replace("%", "%%"),
                       **_described(entry, text["examples_heading"]))
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    text = help_text()
    parser = argparse.ArgumentParser(prog="bdhv", **_described(text["bdhv"], text["examples_heading"]))
    parser.add_argument("--version", action="version", version=f"bdhv {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title=text["commands_heading"])

    p = _command(sub, "extract", cmd_extract, text)
    p.add_argument("paths", nargs="+", help="files or folders (recursed)")
    p.add_argument("--out", required=True, help="output .jsonl file")

    p = _command(sub, "matrix", cmd_matrix, text)
    p.add_argument("paths", nargs="+", help="files or folders (recursed)")
    p.add_argument("--xlsx", help="Excel workbook to write")
    p.add_argument("--json", help="long-form matrix JSON to write")

    p = _command(sub, "run", cmd_run, text)
    p.add_argument("inbox", nargs="?", help="inbox folder (default: corpus/seeds or BDHV_INBOX)")
    p.add_argument("--out", help="output folder (default: outputs)")
    p.add_argument("--db", help="SQLite run history (default: <out>/bdhv.sqlite)")
    p.add_argument("--runner", choices=["default", "dask"], help="task runner (default: threads on this machine)")
    p.add_argument("--dask-address", help="an existing Dask scheduler, e.g. tcp://host:8786")
    p.add_argument("--batch-size", type=int, help="at most this many documents per task (default 50)")
    p.add_argument("--workers", type=int, help="batches at once: threads, or local Dask workers (default: the core count)")
    p.add_argument("--plain", action="store_true", help="the same steps without Prefect (no flow run recorded)")
    p.add_argument("--accept-removals", action="store_true",
                   help="run even when the inbox is empty or lost more than BDHV_MAX_REMOVED_SHARE (20%%) of the last run's files")

    p = _command(sub, "runs", cmd_runs, text)
    p.add_argument("--out", help="output folder (default: outputs)")
    p.add_argument("--db", help="SQLite run history (default: <out>/bdhv.sqlite)")
    p.add_argument("--limit", type=int, default=30, help="at most this many runs (default 30)")

    p = _command(sub, "show", cmd_show, text)
    p.add_argument("path", help="a PDF, DOCX or TXT file")
    p.add_argument("--html", help="output page (default: <name>.html here)")

    p = _command(sub, "diff", cmd_diff, text)
    p.add_argument("run_a", nargs="?", type=int)
    p.add_argument("run_b", nargs="?", type=int)
    p.add_argument("--out", help="output folder holding the run history (default: outputs)")
    p.add_argument("--db", help="SQLite run history")
    p.add_argument("--html", help="HTML report path (default: <out>/diff_A_B.html)")
    p.add_argument("--json", help="also write the changes as JSON")

    p = _command(sub, "review", cmd_review, text)
    p.add_argument("--out", help="output folder holding the run history (default: outputs)")
    p.add_argument("--db", help="SQLite run history (default: <out>/bdhv.sqlite)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; another address puts the desk, which has no login, on the network)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except FileNotFoundError as e:
        print(f"bdhv: no such file or folder: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C before ``run`` took it over, or in another command (their writes are atomic)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C does not cut this line short
        sys.stderr.write(stopped_line(sys.stderr.isatty()))
        return 128 + signal.SIGINT


if __name__ == "__main__":
    sys.exit(main())
