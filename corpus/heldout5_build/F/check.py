# Open every file and check each rated value (as written, decimal comma) and each distractor's leading figure occurs in its text.
import json, os, re, subprocess
from docx import Document
D = os.path.abspath("../../heldout5/F"); G = json.load(open("../../heldout5_gold/F.json", encoding="utf-8"))
def text(f):
    p = os.path.join(D, f)
    if f.endswith(".docx"):
        d = Document(p); out = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows: out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if f.endswith(".pdf"): return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    return open(p, encoding="utf-8").read()
T = {k: text(v["file"]) for k, v in G["documents"].items()}
for k, t in T.items(): print(k, len(t), "chars")
bad = 0
for c in G["cells"]:
    t = re.sub(r"\s+", " ", T[c["doc"]])
    if c["value"] is not None:
        v = f"{c['value']:.2f}".replace(".", ",")
        if v not in t: print("MISSING value", c["target"], c["unit"], v); bad += 1
    for d in c.get("distractors", []):
        m = re.match(r"[\d.,/]+", d)
        if m and m.group(0).rstrip(",") not in t: print("MISSING distractor", c["doc"], m.group(0)); bad += 1
print("problems:", bad)
