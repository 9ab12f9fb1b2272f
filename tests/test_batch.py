"""Batches, workers and the fork: how the nightly job splits its work and starts its readers."""
from __future__ import annotations

import gc
import os

import pytest

from pipeline.runs import batch
from pipeline.runs.batch import WorkPlan
from pipeline.runs.guard import _fork
from pipeline.core.settings import load_settings


def _plan(n: int) -> WorkPlan:
    return WorkPlan(inbox="x", started_at="", version="v", to_extract=[f"d{i}" for i in range(n)])


@pytest.mark.parametrize("n, size, parallel, lengths", [
    (0, 50, 2, []),
    (1, 50, 2, [1]),                 # one document: one batch, however many workers
    (3, 50, 2, [2, 1]),              # fewer than a batch: still one per worker
    (60, 50, 2, [30, 30]),           # not 50 + 10: the workers finish together
    (101, 50, 2, [34, 34, 33]),
    (1000, 50, 2, [50] * 20),
    (1000, 50, 64, [16] * 40 + [15] * 24),
    (7, 3, 1, [3, 2, 2]),
])
def test_batches_are_even_and_cover_every_document(n, size, parallel, lengths):
    plan = _plan(n)
    got = plan.batches(size, parallel)
    assert [len(b) for b in got] == lengths
    assert [d for b in got for d in b] == plan.to_extract  # in order, each once
    assert all(len(b) <= size for b in got)


def test_workers_default_to_the_core_count(monkeypatch):
    monkeypatch.delenv("BDHV_WORKERS", raising=False)
    assert load_settings().parallel == (os.cpu_count() or 1)
    assert load_settings(workers=3).parallel == 3
    monkeypatch.setenv("BDHV_WORKERS", "5")
    assert load_settings().parallel == 5


def test_child_starts_with_the_parents_objects_frozen_and_the_parent_does_not():
    """The child's collector never walks what the parent loaded; the parent collects as before."""
    gc.unfreeze()
    rfd, wfd = os.pipe()
    pid = _fork()
    if pid == 0:
        os.write(wfd, str(gc.get_freeze_count()).encode())
        os._exit(0)
    os.close(wfd)
    child_frozen = int(os.read(rfd, 64))
    os.close(rfd)
    os.waitpid(pid, 0)
    assert child_frozen > 1000
    assert gc.get_freeze_count() == 0


def test_dask_worker_start_up_loads_the_models(monkeypatch):
    from pipeline.runs import dask_worker

    calls = []
    monkeypatch.setattr(batch, "_warm", [])
    monkeypatch.setattr(batch, "warm_models", lambda: calls.append(1))
    dask_worker.dask_setup(None)
    dask_worker.dask_setup(None)
    assert calls == [1] and batch._warm == [True]  # once per process
