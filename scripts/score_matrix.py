"""Score a compliance matrix (``bdhv matrix --json``) against hand-written matrix gold.

    .venv/bin/bdhv matrix corpus/heldout5/A --json /tmp/A.json
    .venv/bin/python scripts/score_matrix.py --gold corpus/heldout5_gold/A.json --matrix /tmp/A.json -v

Independent of bdhv's code: it reads the two JSON files (and the shared unit
registry) only. A gold file lists, per (target, unit), the status an analyst
expects and, for ``met``/``not_met``, the rate in percent (format:
``corpus/heldout5_build/BRIEF.md``). Measures:

- **cells right**: gold cells (not ``optional``) whose predicted status is the
  gold status and, for a rated cell, whose rate is within ±0.1 of the gold rate;
  a cell the matrix lacks counts as ``no_information``;
- **rated right**: of the gold cells with a rate, those predicted with a rate
  within ±0.1;
- **confident wrong**: predicted ``met``/``not_met`` cells whose gold is not a
  rated cell with that rate (the worst defect: a wrong number stated as fact);
  a gold cell marked ``optional`` is not scored this way either;
- **invented**: predicted cells with a status for a unit that is neither in the
  registry nor a specific commune (``Ủy ban nhân dân xã X``);
- **extra**: other predicted cells with a status that the gold does not list,
  for a unit that issued the evidence itself (a group's row gathering its
  communes' documents is not extra).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RATED = ("met", "not_met")
TOLERANCE = 0.1
COMMUNE = re.compile(r"^Ủy ban nhân dân (?:xã|phường|đặc khu) \S")


def registry(path: Path | None = None) -> set[str]:
    """Canonical names of the shared registry (``../shared/spec/units.json``)."""
    path = path or ROOT.parent / "shared" / "spec" / "units.json"
    return {u["name"] for u in json.loads(path.read_text(encoding="utf-8"))["units"]}


def _value_ok(pred: float | None, gold: float | None) -> bool:
    return pred is not None and gold is not None and abs(float(pred) - float(gold)) <= TOLERANCE + 1e-9


def score(gold: dict[str, Any], rows: list[dict[str, Any]], units: set[str]) -> dict[str, Any]:
    """The measures above, with the failing cells listed under ``misses``."""
    cells = {(c["target"], c["unit"]): c for c in gold["cells"]}
    pred = {(r["target"], r["unit"]): r for r in rows}
    out: dict[str, Any] = {"cells": 0, "cells_right": 0, "rated": 0, "rated_right": 0,
                           "confident_wrong": 0, "invented": 0, "extra": 0, "misses": []}
    for key, c in cells.items():
        if c.get("optional"):
            continue
        r = pred.get(key)
        status = r["status"] if r else "no_information"
        value = r.get("value") if r else None
        right = status == c["status"] and (c["status"] not in RATED or _value_ok(value, c.get("value")))
        out["cells"] += 1
        out["cells_right"] += right
        if c["status"] in RATED:
            out["rated"] += 1
            out["rated_right"] += status in RATED and _value_ok(value, c.get("value"))
        if not right:
            out["misses"].append({"miss": "cell", "target": key[0], "unit": key[1], "gold": c["status"],
                                  "gold_value": c.get("value"), "pred": status, "pred_value": value,
                                  "figure": ((r or {}).get("figure") or {}).get("label")})
    for key, r in pred.items():
        if r["status"] == "no_information":
            continue
        c = cells.get(key)
        if c is not None and c.get("optional"):
            continue  # careful analysts could disagree: not scored either way
        if r["status"] in RATED and not (c and c["status"] in RATED and _value_ok(r.get("value"), c.get("value"))):
            out["confident_wrong"] += 1
            out["misses"].append({"miss": "confident_wrong", "target": key[0], "unit": key[1],
                                  "gold": c["status"] if c else None, "gold_value": (c or {}).get("value"),
                                  "pred": r["status"], "pred_value": r.get("value"),
                                  "figure": (r.get("figure") or {}).get("label")})
        if r["unit"] not in units and not COMMUNE.match(r["unit"]):
            out["invented"] += 1
            out["misses"].append({"miss": "invented", "target": key[0], "unit": key[1], "pred": r["status"]})
        elif c is None and any(e.get("issuer") == r["unit"] for e in r.get("evidence") or []):
            out["extra"] += 1
            out["misses"].append({"miss": "extra", "target": key[0], "unit": key[1], "pred": r["status"]})
    return out


def summary_line(name: str, s: dict[str, Any]) -> str:
    def share(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else "-"
    return (f"{name}: cells right {share(s['cells_right'], s['cells'])}; rated right {share(s['rated_right'], s['rated'])}; "
            f"confident wrong {s['confident_wrong']}; invented {s['invented']}; extra {s['extra']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", required=True, nargs="+", help="matrix gold file(s)")
    ap.add_argument("--matrix", required=True, nargs="+", help="bdhv matrix --json output(s), one per gold file")
    ap.add_argument("--units", type=Path, default=None, help="the registry (default ../shared/spec/units.json)")
    ap.add_argument("--json", dest="as_json", action="store_true", help="print the measures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    if len(args.gold) != len(args.matrix):
        ap.error("give one --matrix file per --gold file")
    units = registry(args.units)
    total: dict[str, Any] = {}
    results = {}
    for g, m in zip(args.gold, args.matrix):
        gold = json.loads(Path(g).read_text(encoding="utf-8"))
        s = score(gold, json.loads(Path(m).read_text(encoding="utf-8")), units)
        results[gold.get("set") or Path(g).stem] = s
        for k, v in s.items():
            total[k] = total.get(k, 0 if k != "misses" else []) + v
    if args.as_json:
        print(json.dumps({"sets": results, "total": total}, ensure_ascii=False, indent=1))
        return 0
    for name, s in results.items():
        print(summary_line(name, s))
        if args.verbose:
            for miss in s["misses"]:
                print("   ", json.dumps(miss, ensure_ascii=False))
    if len(results) > 1:
        print(summary_line("total", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
