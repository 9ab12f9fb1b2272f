#!/usr/bin/env python3
"""Examiner's own sanity check of heldout6 gold against the rendered files (not a product).

For every gold file: extracts the text of its document file and
 - checks each required/optional doc number, date and task value has a surface form in the text,
 - lists doc-number-like, date-like and task-like strings the gold does not account for,
 - lists every number token not explained by gold quantities / dates / doc numbers, for review.
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent
GOLD = DOCS.parent / "heldout6_gold"


def text_of(path):
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    d = docx.Document(str(path))
    out = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            out.append(ptext(child))
        elif tag == "tbl":
            for tc in child.iter():
                if tc.tag.endswith("}tc"):
                    for p in tc.iter():
                        if p.tag.endswith("}p"):
                            out.append(ptext(p))
    return "\n".join(out)


def ptext(p):
    return "".join((t.text or "") if t.tag.endswith("}t") else "\t" for t in p.iter() if t.tag.endswith("}t") or t.tag.endswith("}tab"))


def dates_in(text):
    t = re.sub(r"\s+", " ", text)
    t = re.sub(r"\b(Ngày|Tháng|Từ)", lambda m: m.group(1).lower(), t)
    found = set()
    for m in re.finditer(r"(?<![\d/.])(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})/(\d{4})", t):
        found.add(f"{m[4]}-{int(m[3]):02d}-{int(m[1]):02d}")
        found.add(f"{m[4]}-{int(m[3]):02d}-{int(m[2]):02d}")
    for m in re.finditer(r"(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-](\d{4})", t):
        found.add(f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}")
    for m in re.finditer(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", t):
        found.add(f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}")
    for m in re.finditer(r"ngày\s+tháng (\d{1,2}) năm (\d{4})", t):
        found.add(f"{m[2]}-{int(m[1]):02d}")
    for m in re.finditer(r"tháng (\d{1,2})/(\d{4})", t):
        found.add(f"{m[2]}-{int(m[1]):02d}")
    for m in re.finditer(r"tháng (\d{1,2}) năm (\d{4})", t):
        found.add(f"{m[2]}-{int(m[1]):02d}")
    for m in re.finditer(r"từ tháng (\d{1,2}) đến tháng (\d{1,2}) năm (\d{4})", t):
        found.add(f"{m[3]}-{int(m[1]):02d}")
    # drop month values that are only the month part of a full date written 'ngày d tháng m năm y'
    full = {f"{m[3]}-{int(m[2]):02d}" for m in re.finditer(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", t)}
    months_alone = {f"{m[2]}-{int(m[1]):02d}" for m in re.finditer(r"(?<!ngày \d )(?<!ngày \d\d )tháng (\d{1,2}) năm (\d{4})", t)}
    found -= (full - months_alone)
    return found


def docnums_in(text):
    t = re.sub(r"-\s*\n\s*", "-", text)
    t = unicodedata.normalize("NFC", t)
    return {m.upper() for m in re.findall(r"(?<![\w/.])\d{1,5}(?:/\d{4})?[-/](?:[A-ZĐ][A-ZĐa-z&]*)(?:[-/][A-ZĐ0-9][A-ZĐa-z0-9&]*)*", t)}


def main():
    bad = 0
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        path = DOCS / gold["file"]
        if not path.exists():
            print("MISSING FILE", gold["file"]); bad += 1; continue
        text = unicodedata.normalize("NFC", text_of(path))
        flat = re.sub(r"\s+", "", text).upper()
        M = gold["mentions"]
        print(f"== {gold['file']}")
        # doc numbers
        for v in M["doc_numbers"]["required"] + M["doc_numbers"]["optional"]:
            if v.upper().replace(" ", "") not in flat:
                print("  docnum not in text:", v); bad += 1
        extra = docnums_in(text) - {v.upper() for v in M["doc_numbers"]["required"] + M["doc_numbers"]["optional"]}
        if extra:
            print("  docnum-like not in gold:", sorted(extra))
        if gold["document"]["number"] and gold["document"]["number"].upper() not in flat:
            print("  own number not in text"); bad += 1
        # dates
        dg = set(M["dates"]["required"] + M["dates"]["optional"])
        dt = dates_in(text)
        if dt - dg:
            print("  date-like not in gold:", sorted(dt - dg))
        if dg - dt:
            print("  gold dates not found by regex:", sorted(dg - dt))
        # tasks
        tt = set(re.findall(r"(?<![\d./])([1-5]\.[1-4])(?![\d/])", text))
        tg = set(M["tasks"]["required"] + M["tasks"]["optional"])
        if tt - tg:
            print("  task-like not in gold:", sorted(tt - tg))
        # numbers
        qv = set()
        for q in M["quantities"]["required"] + M["quantities"]["optional"]:
            k, _, v = q.partition(":")
            for part in v.split("/"):
                qv.add(part.replace(",", "."))
        unexplained = []
        for m in re.finditer(r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\w/])", text):
            tok = m.group(1)
            val = tok.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok) else tok.replace(",", ".")
            try:
                fv = float(val)
            except ValueError:
                continue
            norm = str(int(fv)) if fv == int(fv) else repr(fv)
            cands = {norm, val, val.lstrip("0") or "0"}
            if not (cands & qv):
                ctx = text[max(0, m.start() - 25): m.end() + 25].replace("\n", "⏎")
                unexplained.append(f"{tok} [{ctx}]")
        for u in unexplained:
            print("   num?", u)
    print("problems:", bad)


if __name__ == "__main__":
    main()
