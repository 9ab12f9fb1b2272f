"""What every stage uses and that knows no stage.

Data-file loading and the code fingerprint (``resources``), settings, errors
with their stable codes, atomic writes, a file's identity and its snapshot
(``source``), file names that are not UTF-8 kept and shown (``names``),
sentence bounds, text similarity, Vietnamese character folding and tone marks
(``characters``), and Plan 192's reference read back from ``data/plan192.json``
(``plan192``). Imports only ``schemas/`` and the standard library or third-party
packages: never another stage, never ``extractors/``.
"""
