"""Score one extractor alone against the gold seeds (a development aid).

    .venv/bin/python scripts/score_kind.py dates [--verbose] [--docs corpus/seeds]

Imports ``extractors.<kind>`` and calls ``extract_<kind>`` on every seed
rendition found (txt, docx, pdf), writes a contract-shaped JSONL with only that
kind filled, and runs ../shared/eval/score.py on it. Other kinds score 0.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest.read import read_document  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("kind")
    ap.add_argument("--docs", default=str(ROOT / "corpus" / "seeds"))
    ap.add_argument("--ext", default="txt", help="txt, docx or pdf")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    mod = importlib.import_module(f"extractors.{args.kind}")
    fn = getattr(mod, f"extract_{args.kind}")
    out = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as f:
        for p in sorted(Path(args.docs).glob(f"*.{args.ext}")):
            doc = read_document(p)
            ms = [m.to_json() for m in fn(doc)]
            for m in ms:
                assert doc.text[m["start"]:m["end"]] == m["text"], m
            f.write(json.dumps({"source": str(p), "status": "ok", "document": {}, "mentions": {args.kind: ms}}, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), "--gold", str(ROOT.parent / "shared" / "gold" / "seeds"), "--pred", str(out)]
    if args.verbose:
        cmd.append("--verbose")
    res = subprocess.run(cmd, capture_output=True, text=True)
    lines = [l for l in res.stdout.splitlines() if args.kind in l or "F1" in l or "kind" in l.lower()]
    print("\n".join(lines if not args.verbose else res.stdout.splitlines()))


if __name__ == "__main__":
    main()
