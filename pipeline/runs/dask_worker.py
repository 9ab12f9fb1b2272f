"""A Dask worker's start-up: load the models once, before its first batch.

The local cluster of ``bdhv run --runner dask`` preloads this module; a
standing cluster can do the same::

    dask worker tcp://scheduler:8786 --nthreads 1 --preload pipeline.runs.dask_worker

Each batch then forks its reader child from a warm worker, as the default
runner forks from the warm flow process.
"""
from __future__ import annotations

from typing import Any


def dask_setup(worker: Any = None) -> None:
    import prefect.task_engine  # noqa: F401  (else the first task pays Prefect's import, ~2 s, on arrival)
    from prefect.settings import get_current_settings

    from pipeline.runs.batch import ensure_warm

    get_current_settings()
    ensure_warm()
