"""The review desk (``bdhv review``): what a run left for a person, the evidence at its source, and decisions kept.

``queue`` (what needs a person, most important first), ``evidence`` (a
document's text with its mentions highlighted; a PDF page with the span
boxed), ``decisions`` (a form to a stored ``Decision``), ``app`` (the FastAPI
routes and ``serve``), ``frames`` (the run as pandas DataFrames). Applying
decisions to a run is the reconcile stage's (``pipeline/reconcile/decisions.py``),
called from the run's last step; this package sits above ``runs`` and only the
CLI imports it.
"""
from pipeline.review.frames import frames

__all__ = ["frames"]
