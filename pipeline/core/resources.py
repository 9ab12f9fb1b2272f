"""Loading the project's data files (patterns, registry, Plan 192 reference) once per process.

Data lives apart from code (dateparser's rule): ``data/normalise.yaml``,
``data/units.json`` … Each file is read on first use and cached, never at import.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """Parse ``data/<name>`` (YAML or JSON by its ending) once and cache it."""
    path = DATA_DIR / name
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


FINGERPRINTED = ("pipeline", "extractors", "schemas", "data")
# The review desk reads outputs and makes none (its decisions are applied by pipeline/reconcile/decisions.py):
# a change to its pages must not make the next run read every document again.
# The same for the commands' help text (data/cli.yaml): new wording is no reason to read every document again.
NOT_FINGERPRINTED = ("pipeline/review/", "data/review.yaml", "data/cli.yaml")


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """A short hash of the code and data behind a run's outputs (file contents, not dates).

    Part of the extractor version: a cached extraction, or an unchanged
    inbox's last matrix, is reused only when nothing that made it has changed
    since; after an upgrade the next run reads every document again.
    """
    return fingerprint_of(DATA_DIR.parent)


def fingerprint_of(root: Path) -> str:
    """``code_fingerprint`` of the tree at ``root``."""
    h = hashlib.sha256()
    for top in FINGERPRINTED:
        for p in sorted((root / top).rglob("*")):
            name = p.relative_to(root).as_posix()
            if (p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json") and "__pycache__" not in p.parts
                    and not name.startswith(NOT_FINGERPRINTED)):
                h.update(name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:12]
