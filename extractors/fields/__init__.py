"""The document's own fields (``header`` for now; split by responsibility next)."""
from extractors.fields.header import extract_fields

__all__ = ["extract_fields"]
