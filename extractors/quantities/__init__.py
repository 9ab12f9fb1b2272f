"""Quantities: counts, percents and ratios (``counts`` for now; split by responsibility next)."""
from extractors.quantities.counts import extract_quantities, parse_number

__all__ = ["extract_quantities", "parse_number"]
