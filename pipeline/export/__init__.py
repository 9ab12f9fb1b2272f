"""Rows to what people open: the Excel workbook, a document's evidence page, the diff report.

``workbook.export_workbook`` writes the Vietnamese workbook (Tổng hợp, Chi tiết,
Bằng chứng, …); ``evidence_html`` highlights every mention of one document at
its span; ``diff_report`` shows a ``schemas.diff.RunDiff`` in the terminal and
as HTML. May import ``reconcile``, ``pipeline.core`` and ``schemas``; it never
computes a figure or reads the run history.
"""
