"""Data shapes only: the document model, mentions, the Plan 192 reference, matrix rows.

No I/O and no regexes live here (STYLE.md: schemas are shapes).
"""
from schemas.document import Block, Document, Source
from schemas.mention import DocumentFields, Mention, Signer

__all__ = ["Block", "Document", "Source", "Mention", "DocumentFields", "Signer"]
