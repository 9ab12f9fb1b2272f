"""The evidence page: every mention highlighted at its span, labelled with kind and value."""
from __future__ import annotations

import re

from pipeline.export.evidence_html import render_document
from pipeline.extract import extract_document, record_for
from pipeline.ingest.read import read_document
from tests.conftest import SEEDS


def test_mentions_are_highlighted_at_their_spans():
    path = SEEDS / "000_484bce74a44e51ae.txt"
    doc = read_document(path)
    fields, mentions = extract_document(doc)
    page = render_document(doc.text, record_for(path, doc, fields, mentions))
    assert page.startswith("<!doctype html>") and 'charset="utf-8"' in page
    assert "CHỈ TIÊU: CT1" in page and "SỐ LIỆU: 170" in page
    marks = re.findall(r"<mark", page)
    assert len(marks) >= 0.9 * sum(len(v) for v in mentions.values()) - 5  # overlaps are drawn once
    assert "81/81" in page
