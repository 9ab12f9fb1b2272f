"""The nightly run: plan the inbox, read it in guarded batches, record the run, publish the outputs.

``batch.run_once`` plans (hash every file, reuse what is unchanged), ``guard``
reads each batch in a forked child under time and size limits, ``store`` is
the SQLite run history, ``diff`` compares two runs, ``publish`` writes the
matrix, its JSON and the workbook with the run's changes, ``lock`` keeps one
run at a time, ``night_status`` is what the morning sees of a night (its
lines in ``logs/bdhv.log`` by ``run_log``, ``LAST_RUN_FAILED.txt``, the
``notify`` webhook), ``lifetime`` makes what a run starts die with it,
``dask_worker`` warms a Dask worker. May import every stage
below it; ``flows.py`` and the CLI sit on top.
"""
