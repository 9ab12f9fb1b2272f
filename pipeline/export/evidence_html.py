"""An HTML page per document with every mention highlighted in the text (spaCy's displaCy).

The analyst opens it to check a number at its source: each highlight is one
mention, labelled with its kind and value (``SỐ LIỆU 170``), at its exact span
in the normalised text; the page says which file and which pages it came from.
"""
from __future__ import annotations

import html
from typing import Any

from pipeline.core.resources import load_data

def _non_overlapping(ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """displaCy draws one highlight per character: keep the longer of overlapping spans."""
    kept: list[dict[str, Any]] = []
    for e in sorted(ents, key=lambda e: (e["start"], -(e["end"] - e["start"]))):
        if kept and e["start"] < kept[-1]["end"]:
            continue
        kept.append(e)
    return kept


def _signatures(record: dict[str, Any]) -> str:
    """The file's digital signatures, one line each (signer, organisation, time, intact or not), and
    where the issue date was read."""
    from pipeline.export.workbook import describe_signature, labels

    lab = labels()
    doc = record.get("document") or {}
    out = ""
    if doc.get("issue_date"):
        source = lab["date_source"].get(doc.get("issue_date_source"), doc.get("issue_date_source") or "")
        out += f"<p>Ngày ban hành: {html.escape(str(doc['issue_date']))} <small>({html.escape(source)})</small></p>"
    sigs = record.get("signatures") or []
    if sigs:
        items = "".join(f"<li>{html.escape(describe_signature(x))}</li>" for x in sigs)
        out += f'<section class="signatures"><h2>Chữ ký số ({len(sigs)})</h2><ul>{items}</ul></section>'
    return out


def highlight(text: str, record: dict[str, Any], focus: tuple[int, int] | None = None) -> str:
    """``text`` as HTML with every mention of ``record`` highlighted at its span (displaCy), and ``focus`` — the span
    a reviewer opened — in its own colour, in place of what overlaps it.

    Safe to put in a page as is: displaCy escapes the text; the labels, which
    carry mention values taken from the document, are escaped here (displaCy
    does not escape them).
    """
    from spacy import displacy

    data = load_data("workbook.yaml")
    kinds = data["mention_kinds"]
    ents = []
    colors: dict[str, str] = {}
    for kind, mentions in (record.get("mentions") or {}).items():
        style = kinds.get(kind, {"label": kind, "color": "#eeeeee"})
        for m in mentions:
            label = html.escape(f"{style['label']}: {m['value']}")
            colors[label] = style["color"]
            ents.append({"start": m["start"], "end": m["end"], "label": label})
    if focus is not None and 0 <= focus[0] < focus[1] <= len(text):
        ents = [e for e in ents if e["end"] <= focus[0] or e["start"] >= focus[1]]
        label = html.escape(data["focus_mention"]["label"])
        colors[label] = data["focus_mention"]["color"]
        ents.append({"start": focus[0], "end": focus[1], "label": label})
    return displacy.render({"text": text, "ents": _non_overlapping(ents), "title": None}, style="ent", manual=True,
                           options={"colors": colors}, page=False)


def render_document(text: str, record: dict[str, Any]) -> str:
    """The page for one extraction ``record`` over its normalised ``text``."""
    body = highlight(text, record)
    doc = record.get("document") or {}
    head = (f"<h1>{html.escape(str(doc.get('number') or record['source']))}</h1>"
            f"<p>{html.escape(str(doc.get('title') or ''))}</p>"
            f"<p><small>{html.escape(record['source'])} · sha256 {html.escape(str(record.get('sha256'))[:16])}</small></p>"
            + _signatures(record))
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(record['source'])}</title>
<style>body{{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;max-width:70em}}</style>
</head><body>{head}{body}</body></html>"""
