#!/usr/bin/env python3
"""Write heldout6_gold/*.json from gold.py (one file per rendition)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import files_of  # noqa: E402
from docs import DOCS  # noqa: E402
from gold import G  # noqa: E402

GOLD = HERE.parent.parent / "heldout6_gold"
KINDS = ["doc_numbers", "dates", "quantities", "units", "indicators", "tasks"]


def main():
    GOLD.mkdir(exist_ok=True)
    for old in GOLD.glob("*.json"):
        old.unlink()
    n = 0
    for d in DOCS:
        g = G[d["id"]]
        for name in files_of(d):
            notes = g["notes"]
            if name.endswith(".pdf"):
                notes += " PDF rendition (LibreOffice) of the DOCX of the same document; same answers."
            elif name.endswith(".docx") and d["out"] == "docx+pdf":
                notes += " (Also rendered as PDF under the sibling 'p' stem.)"
            out = {
                "file": name,
                "document": g["document"],
                "mentions": {k: {"required": list(g[k][0]), "optional": list(g[k][1])} for k in KINDS},
                "notes": notes,
            }
            (GOLD / (Path(name).stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            n += 1
    print(n, "gold files")


if __name__ == "__main__":
    main()
