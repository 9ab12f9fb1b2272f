"""``bdhv``: a thin command line over the library (sqlite-utils' way).

Each command parses its arguments and calls one plain function; no logic lives here.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_paths, write_jsonl

    n = write_jsonl(extract_paths(args.paths), args.out)
    print(f"{n} files → {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bdhv", description="Plan 192/KH-UBND document intelligence: extract, reconcile, export.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="read files and write one contract line per file (JSONL)")
    p.add_argument("paths", nargs="+", help="files or folders (recursed)")
    p.add_argument("--out", required=True, help="output .jsonl file")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except FileNotFoundError as e:
        print(f"bdhv: no such file or folder: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
