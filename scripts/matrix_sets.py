"""Build the matrix of every set that has matrix gold and score it (scripts/score_matrix.py's measures).

    .venv/bin/python scripts/matrix_sets.py            # every set, one line each and the total
    .venv/bin/python scripts/matrix_sets.py -v A C     # two sets, every miss listed

Sets: ``corpus/heldout5_gold/<SET>.json`` (the matrix development set, documents
in ``corpus/heldout5/<SET>/``) and ``corpus/matrix_gold/<set>.json`` (matrix gold
for the extraction sets; its ``files`` name the documents in ``corpus/<set>/``).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score_matrix import registry, score, summary_line  # noqa: E402


def gold_sets() -> dict[str, tuple[Path, list[Path]]]:
    """Set name → (gold file, the documents it covers)."""
    out: dict[str, tuple[Path, list[Path]]] = {}
    for g in sorted((ROOT / "corpus" / "heldout5_gold").glob("*.json")):
        out[g.stem] = (g, sorted((ROOT / "corpus" / "heldout5" / g.stem).iterdir()))
    for g in sorted((ROOT / "corpus" / "matrix_gold").glob("*.json")):
        files = json.loads(g.read_text(encoding="utf-8"))["files"]
        out[g.stem] = (g, [ROOT / "corpus" / g.stem / f for f in files])
    return out


def matrix_rows(paths: list[Path]) -> list[dict]:
    """``bdhv matrix PATHS --json`` in process."""
    from pipeline.extract import extract_paths
    from pipeline.runs.publish import reconcile_and_export

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "matrix.json"
        reconcile_and_export(list(extract_paths([str(p) for p in paths])), None, None, xlsx=None, json_path=str(out))
        return json.loads(out.read_text(encoding="utf-8"))


def score_sets(names: list[str] | None = None) -> dict[str, dict]:
    units = registry()
    sets = gold_sets()
    return {name: score(json.loads(g.read_text(encoding="utf-8")), matrix_rows(paths), units)
            for name, (g, paths) in sets.items() if not names or name in names}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    results = score_sets(args.sets)
    total: dict = {}
    for name, s in results.items():
        print(summary_line(name, s))
        if args.verbose:
            for miss in s["misses"]:
                print("   ", json.dumps(miss, ensure_ascii=False))
        for k, v in s.items():
            total[k] = total.get(k, 0 if k != "misses" else []) + v
    if len(results) > 1:
        print(summary_line("total", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
