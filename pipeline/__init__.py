"""bdhv's pipeline, by stage: each sub-package imports only the stages below it.

``core`` (what every stage uses) ← ``ingest`` (bytes to one ``Document``) and
``extractors/`` (a ``Document`` to mentions, a top-level package) ← ``extract``
(a file to its contract line) ← ``reconcile`` (lines to matrix rows) ←
``export`` (rows to what people open) ← ``runs`` (the nightly run) ←
``review`` (the review desk, a web app over the run history) ← ``cli``; ``flows.py``
sits on ``runs``. The order is an import-linter contract in ``pyproject.toml``,
checked by ``tests/test_layering.py``.
"""
