"""Extraction lines to matrix rows: what each document says about each Plan 192 target, per unit.

``reference`` parses Plan 192's Phụ lục 1 and 2 into ``data/plan192.json``;
``matrix`` builds the (target, unit) rows from the contract lines and
``status`` decides each row (met, not met, reported, planned, no
information). May import ``extractors`` (the unit registry), ``pipeline.ingest``
(the reference parser reads the plan), ``pipeline.core`` and ``schemas``; never
``export`` or ``runs``.
"""
