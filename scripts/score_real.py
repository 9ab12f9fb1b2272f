"""Score ``bdhv extract`` of the real provincial files against their header gold (corpus/real_gold).

The gold was written by rendering each page and reading it (number, issue date,
type, and what must never be taken for them: register stamps, certified-copy
lines). Scored per layer (born_digital, scan, native): number, full issue date
(a partial date counts as none), type; and, for scans, how many were given a
*wrong* number (a null is allowed, a wrong number is not).

    bdhv extract ../shared/corpus/real/files --out /tmp/real.jsonl
    python scripts/score_real.py /tmp/real.jsonl [-v]

The degraded copies of the born-digital files (corpus/real_degraded, built by its make.py):

    python corpus/real_degraded/make.py
    bdhv extract corpus/real_degraded --out /tmp/degraded.jsonl
    python scripts/score_real.py /tmp/degraded.jsonl --gold corpus/real_degraded/gold.json [-v]
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = ("headers_01_15.json", "headers_16_30.json")
TYPES = {"Công văn": "cong_van", "Tờ trình": "to_trinh", "Báo cáo": "bao_cao", "Quyết định": "quyet_dinh",
         "Kế hoạch": "ke_hoach", "Thông báo": "thong_bao", "Giấy mời": "giay_moi", "Biên bản": "bien_ban", "Đơn": "other"}


def load_gold() -> list[dict[str, Any]]:
    return [g for part in GOLD_FILES for g in json.loads((ROOT / "corpus" / "real_gold" / part).read_text(encoding="utf-8"))]


def norm_number(n: str | None) -> str | None:
    return None if n is None else re.sub(r"\s+", "", unicodedata.normalize("NFC", n)).upper()


def full_date(d: str | None) -> str | None:
    return d if d and len(d) == 10 else None


def score(records: list[dict[str, Any]], gold: list[dict[str, Any]] | None = None) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Per layer: n, number, date, type, wrong_number (scans); and the misses as lines."""
    gold = gold if gold is not None else load_gold()
    pred = {Path(r["source"]).name: r.get("document") or {} for r in records}
    stats: dict[str, dict[str, int]] = {}
    misses: list[str] = []
    for g in gold:
        if g["file"] not in pred:
            continue
        p = pred[g["file"]]
        s = stats.setdefault(g["layer"], {"n": 0, "number": 0, "date": 0, "type": 0, "wrong_number": 0})
        s["n"] += 1
        gn, pn = norm_number(g["number"]), norm_number(p.get("number"))
        s["number"] += gn == pn
        s["wrong_number"] += pn is not None and pn != gn
        s["date"] += full_date(g["issue_date"]) == full_date(p.get("issue_date"))
        s["type"] += TYPES.get(g["type"], g["type"]) == p.get("type")
        if gn != pn or full_date(g["issue_date"]) != full_date(p.get("issue_date")) or TYPES.get(g["type"]) != p.get("type"):
            misses.append(f"{g['file']} {g['layer']}: number {g['number']} | {p.get('number')}; "
                          f"date {g['issue_date']} | {p.get('issue_date')} ({p.get('issue_date_source')}); "
                          f"type {g['type']} | {p.get('type')}")
    return stats, misses


def load_degraded(path: Path) -> list[dict[str, Any]]:
    """corpus/real_degraded/gold.json: each entry scored under its variant (scan, bw, photo)."""
    return [dict(g, layer=g["variant"]) for g in json.loads(path.read_text(encoding="utf-8"))]


def main(argv: list[str]) -> int:
    records = [json.loads(line) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = load_degraded(Path(argv[argv.index("--gold") + 1])) if "--gold" in argv else None
    stats, misses = score(records, gold)
    if "-v" in argv:
        print("\n".join(misses))
    for layer, s in stats.items():
        n = s["n"]
        print(f"{layer}: n={n} number {s['number']}/{n} issue date {s['date']}/{n} type {s['type']}/{n} "
              f"wrong numbers {s['wrong_number']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
