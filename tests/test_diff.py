"""Run diffs: mentions added, removed and changed (with sentences), fields, matrix cells."""
from __future__ import annotations

from pipeline.runs.diff import diff_matrix, diff_records
from schemas.diff import RunDiff
from pipeline.export.diff_report import render_html
from tests.test_store import rec


def test_changed_figure_is_one_change_with_both_sentences():
    before = {"a.txt": rec("a.txt", "s1", 170)}
    after = {"a.txt": rec("a.txt", "s2", 180)}
    changes = diff_records(before, after)
    assert [(c.kind, c.what, c.before, c.after) for c in changes] == [("quantities", "changed", "170 lượt người", "180 lượt người")]
    assert changes[0].sentence_before == "Có 170 lượt người." and changes[0].sentence_after == "Có 180 lượt người."


def test_unchanged_bytes_give_no_changes_and_files_come_and_go():
    before = {"a.txt": rec("a.txt", "s1"), "b.txt": rec("b.txt", "s3")}
    after = {"a.txt": rec("a.txt", "s1"), "c.txt": rec("c.txt", "s4")}
    assert [(c.path, c.what) for c in diff_records(before, after)] == [("b.txt", "removed"), ("c.txt", "added")]


def test_field_change():
    a, b = rec("a.txt", "s1"), rec("a.txt", "s2")
    b["document"] = {"number": "2/BC-SCT"}
    changes = diff_records({"a.txt": a}, {"a.txt": b})
    assert [(c.scope, c.kind, c.before, c.after) for c in changes] == [("document", "number", "1/BC-SCT", "2/BC-SCT")]


def test_matrix_cells():
    before = [{"target": "CT1", "unit": "Sở Công Thương", "status": "reported", "value": None}]
    after = [{"target": "CT1", "unit": "Sở Công Thương", "status": "met", "value": 100.0}]
    changes = diff_matrix(before, after)
    assert {(c.kind, c.before, c.after) for c in changes} == {("status", "reported", "met"), ("value", None, 100.0)}


def test_html_highlights_the_changed_words():
    changes = diff_records({"a.txt": rec("a.txt", "s1", 170)}, {"a.txt": rec("a.txt", "s2", 180)})
    page = render_html(RunDiff(1, 2, changes))
    assert "<del>170</del>" in page and "<ins>180</ins>" in page
    assert '<meta charset="utf-8">' in page
