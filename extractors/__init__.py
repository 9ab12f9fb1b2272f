"""The extractors, one per mention kind, all with one signature.

``extract_<kind>(doc: Document) -> Iterator[Mention]``; the table below is the
only place that lists them (no registration by import side effects). It is
built on first use so that ``bdhv --help`` does not load spaCy or underthesea.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from schemas.document import Document
from schemas.mention import Mention

Extractor = Callable[[Document], Iterator[Mention]]

# The contract's order of kinds in an output line.
KINDS = ("doc_numbers", "dates", "quantities", "units", "indicators", "tasks")


@lru_cache(maxsize=1)
def extractors() -> dict[str, Extractor]:
    """The table of extractors by kind, in the contract's order."""
    from extractors.dates import extract_dates
    from extractors.doc_numbers import extract_doc_numbers
    from extractors.indicators import extract_indicators
    from extractors.quantities import extract_quantities
    from extractors.tasks import extract_tasks
    from extractors.units import extract_units

    table: dict[str, Extractor] = {
        "doc_numbers": extract_doc_numbers,
        "dates": extract_dates,
        "quantities": extract_quantities,
        "units": extract_units,
        "indicators": extract_indicators,
        "tasks": extract_tasks,
    }
    return table
