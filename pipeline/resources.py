"""Loading the project's data files (patterns, registry, Plan 192 reference) once per process.

Data lives apart from code (dateparser's rule): ``data/normalise.yaml``,
``data/units.json`` … Each file is read on first use and cached, never at import.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """Parse ``data/<name>`` (YAML or JSON by its ending) once and cache it."""
    path = DATA_DIR / name
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)
