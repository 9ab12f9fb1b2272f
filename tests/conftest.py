"""Shared paths and fixtures for the test suite."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
DAMAGED = ROOT / "corpus" / "damaged"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds"
REAL = SHARED / "corpus" / "real"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


def seed_stems() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


REAL_FILES = REAL / "files"


@pytest.fixture(scope="session")
def real_records() -> dict[str, dict]:
    """``bdhv extract`` of every real provincial file (../shared/corpus/real/files), once per session: name → line."""
    if not REAL_FILES.is_dir():
        pytest.skip("../shared/corpus/real/files not present")
    from pipeline.extract import extract_paths

    return {Path(r["source"]).name: r for r in extract_paths([str(REAL_FILES)])}
