"""Plan 192's reference as every stage reads it: ``data/plan192.json``, loaded once per process.

The file is generated from the plan's own annexes by the parser in
``pipeline/reconcile/reference.py``; here it is only read back, so that the
extractors (which match sentences against the annex texts) and the matrix
share one copy. Example: ``load_reference().indicator("CT4").target`` is the
count target of 1 triệu người dân.
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.core.resources import load_data
from schemas.reference import Reference


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """Plan 192's reference from ``data/plan192.json``, parsed once per process."""
    return Reference.from_json(load_data("plan192.json"))
