"""Prefect flows: the nightly batch over the inbox. Orchestration only.

Every step is a plain function in ``pipeline.runs.batch``; this module wraps them as
tasks and composes them. No parsing, no pandas, no branching on document
content here.

    python flows.py serve     # the nightly deployment: 02:00 Asia/Ho_Chi_Minh, served from this machine
    bdhv run corpus/seeds     # one run now (the same flow)
"""
from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.schedules import Cron
from prefect.utilities.annotations import quote

from pipeline.runs import batch, lifetime
from pipeline.runs.guard import Limits
from pipeline.runs import night_status
from pipeline.runs.lock import run_lock
from pipeline.core.names import shown
from pipeline.core.settings import Settings, load_settings, parallel

if TYPE_CHECKING:
    from prefect.server.api.server import SubprocessASGIServer

NIGHTLY_CRON = "0 2 * * *"
TIME_ZONE = "Asia/Ho_Chi_Minh"


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_task(inbox: str, db: str, max_removed_share: float = 0.2, accept_removals: bool = False) -> batch.WorkPlan:
    with batch.open_store(db) as store:
        return batch.plan_run(inbox, store, max_removed_share=max_removed_share, accept_removals=accept_removals)


@task(name="extract-batch", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def extract_task(paths: list[str], limits: Limits) -> list[dict[str, Any]]:
    return batch.extract_batch(paths, limits)


@task(name="reconcile-and-record", cache_policy=NO_CACHE)
def finish_task(plan: batch.WorkPlan, fresh: list[dict[str, Any]], out_dir: str, db: str, keep_runs: int) -> dict[str, Any]:
    with batch.open_store(db) as store:
        return batch.finish_run(plan, fresh, out_dir, store, keep_runs)


def _publish(summary: dict[str, Any]) -> None:
    """A table and a markdown artifact: what this run did, for the Prefect UI."""
    create_table_artifact(
        key="nightly-summary",
        table=[{"measure": k, "value": summary.get(k)} for k in
               ("documents", "processed", "new", "changed", "unchanged", "failed", "matrix_cells_changed")],
        description="Documents processed and matrix cells changed in this run",
    )
    failed = "\n".join(f"- `{shown(f['path'])}`: {f['code']}" for f in summary.get("failed_files", [])) or "- none"
    create_markdown_artifact(
        key="nightly-report",
        markdown=(f"# Nightly run {summary.get('run_id')}\n\n"
                  f"Processed **{summary['processed']}** of {summary['documents']} documents "
                  f"({summary['new']} new, {summary['changed']} changed, {summary['unchanged']} unchanged); "
                  f"{summary['failed']} failed; {summary.get('matrix_cells_changed')} matrix cells changed.\n\n"
                  f"## Failed documents\n{failed}\n"),
    )


def task_runner_for(settings: Settings):
    """Threads on this machine, one per core, or Dask (a local cluster of processes, or a scheduler).

    Each batch is read in a forked child, so a thread per core already keeps
    every core busy; more threads only multiply memory and context switches.
    A local Dask cluster's workers load the models as they start
    (``pipeline.runs.dask_worker``).
    """
    if settings.runner != "dask":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=settings.parallel)
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": settings.parallel, "threads_per_worker": 1, "processes": True,
                                          "preload": ["pipeline.runs.dask_worker"]})


# The runner is chosen from the settings when this module is imported: a served deployment
# (``python flows.py serve``) imports it afresh for every flow run, with the service's BDHV_* environment.
@flow(name="nightly", log_prints=True, task_runner=task_runner_for(load_settings()))
def nightly(inbox: str = "corpus/seeds", out_dir: str = "outputs", db: str | None = None,
            batch_size: int = 50, workers: int | None = None, keep_runs: int = 30, timeout_s: float = 120.0,
            max_file_mb: float = 50.0, max_removed_share: float = 0.2, accept_removals: bool = False,
            log_max_mb: float = 5.0, log_backups: int = 5, notify_url: str = "") -> dict[str, Any]:
    """Read every new or changed file of the inbox, reconcile against Plan 192, record the run.

    ``workers``: how many batches the task runner runs at once (default: the
    core count); the documents are split into at least that many batches of
    at most ``batch_size``. A night that fails fails its flow run (a non-zero
    state), and the morning sees why (``night_status.night``).
    """
    db = db or str(Path(out_dir) / "bdhv.sqlite")
    with night_status.night(out_dir, inbox, db, log_max_mb, log_backups, notify_url) as tonight:
        with run_lock(out_dir):
            plan = plan_task(inbox, db, max_removed_share, accept_removals)
            limits = Limits(max_file_mb=max_file_mb, timeout_s=timeout_s)
            futures = [extract_task.submit(b, limits) for b in plan.batches(batch_size, parallel(workers))]
            fresh = [rec for f in futures for rec in f.result()]
            # quote(): Prefect need not walk a thousand records looking for futures
            summary = finish_task(quote(plan), quote(fresh), out_dir, db, keep_runs)
        tonight.finished(summary)
    _publish(summary)
    return summary


def run_nightly(settings: Settings) -> dict[str, Any]:
    """Run the nightly flow once with ``settings`` (the runner chosen by ``settings.runner``).

    In Prefect's ephemeral mode the API server is started here first, so that
    it dies with this process (``kill -9`` included), SIGTERM or SIGINT
    stops it before ending the run (``ephemeral_server_dying_with_run``), and
    it is stopped here when the flow is over (``end_ephemeral_server``).
    """
    server = ephemeral_server_dying_with_run()
    f = nightly.with_options(task_runner=task_runner_for(settings))
    with lifetime.stopped_by_signals(server.stop) if server else nullcontext(), workers_use(server):
        try:
            return f(**flow_parameters(settings, _parallel_of(settings)))
        finally:
            if server:
                end_ephemeral_server(server)


@contextmanager
def workers_use(server: SubprocessASGIServer | None) -> Iterator[None]:
    """While inside, processes started by this one (a local Dask cluster's workers) report to ``server``.

    Without its address each Dask worker started an ephemeral server of its
    own, which nothing made die with it: after a ``kill -INT`` or ``kill -9``
    of the run, one ``uvicorn`` per worker stayed on 127.0.0.1.
    """
    if server is None:
        yield
        return
    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before


def end_ephemeral_server(server: SubprocessASGIServer, timeout_s: float = 5.0) -> None:
    """Prefect's last work for this run, then its server: queued logs and events are sent (at most ``timeout_s``
    each), then the server stops.

    Done here, while a stop signal still ends the run cleanly, not left to the
    interpreter's exit (Prefect's ``atexit``), where a Ctrl-C during the
    server's stop printed ``Exception ignored in atexit callback`` with a
    traceback; and the queues first, so that none is left to retry a stopped server.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout_s)
    server.stop()


def flow_parameters(settings: Settings, workers: int) -> dict[str, Any]:
    """The nightly flow's parameters from one settings object: a run now (``bdhv run``) and the
    served deployment (``python flows.py serve``) take the same, so no ``BDHV_*`` setting is lost."""
    return {"inbox": str(settings.inbox), "out_dir": str(settings.out_dir), "db": str(settings.database),
            "batch_size": settings.batch_size, "workers": workers, "keep_runs": settings.keep_runs,
            "timeout_s": settings.doc_timeout_s, "max_file_mb": settings.max_file_mb,
            "max_removed_share": settings.max_removed_share, "accept_removals": settings.accept_removals,
            "log_max_mb": settings.log_max_mb, "log_backups": settings.log_backups, "notify_url": settings.notify_url}


def ephemeral_server_dying_with_run() -> SubprocessASGIServer | None:
    """Prefect's ephemeral API server (``SubprocessASGIServer``), started by this thread to die with it.

    Prefect starts it on first use from whichever thread asks and stops it only
    at interpreter exit (``atexit``), which neither ``kill -9`` nor a default
    SIGTERM reaches: it stayed behind on 127.0.0.1. Started here, from the main
    thread, its ``uvicorn`` process gets ``lifetime.die_with_parent``. None
    when an API URL is set (a real server, or the test harness) or off the
    main thread (the signal would follow a thread that may end first).
    """
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    if threading.current_thread() is not threading.main_thread():
        return None
    server = SubprocessASGIServer()
    if not server.running:
        run_uvicorn = server._run_uvicorn_command

        def run_uvicorn_dying_with_us() -> Any:
            with lifetime.children_die_with_this_thread():
                return run_uvicorn()

        server._run_uvicorn_command = run_uvicorn_dying_with_us
        server.start()
    return server


def _parallel_of(settings: Settings) -> int:
    """Batches at once: the threads or local workers, or the workers of the Dask cluster at ``dask_address``."""
    if settings.runner == "dask" and settings.dask_address and settings.workers <= 0:
        from distributed import Client

        with Client(settings.dask_address, timeout=30) as client:
            return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
    return settings.parallel


def nightly_deployment(settings: Settings | None = None):
    """The nightly deployment: every day at 02:00, Vietnam time."""
    s = settings or load_settings()
    return nightly.with_options(task_runner=task_runner_for(s)).to_deployment(
        name="bdhv-nightly",
        schedule=Cron(NIGHTLY_CRON, timezone=TIME_ZONE),
        parameters=flow_parameters(s, s.parallel),
        description="Nightly: ingest the inbox, extract, reconcile against Plan 192, export the workbook.",
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        from prefect import serve

        serve(nightly_deployment())
    else:
        print(run_nightly(load_settings()))
