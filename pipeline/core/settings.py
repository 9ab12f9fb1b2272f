"""Settings with embedded defaults: local folders, SQLite, no server to start by hand.

Every value can be overridden by an environment variable ``BDHV_<NAME>`` (for the
nightly deployment) or by the CLI's flags.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    inbox: Path = Path("corpus/seeds")
    out_dir: Path = Path("outputs")
    db_path: Path | None = None  # default: <out_dir>/bdhv.sqlite
    batch_size: int = 50  # at most this many documents per Prefect task (measured: 20 → 50 took the cold 1,000-document run from 36 s to 32 s)
    workers: int = 0  # batches at once: threads of the default runner, processes of a local Dask cluster; 0 = this machine's cores
    keep_runs: int = 30  # run history retention
    runner: str = "default"  # "default" (threads on this machine) or "dask"
    dask_address: str | None = None  # an existing scheduler, e.g. "tcp://10.0.0.5:8786"
    max_file_mb: float = 50.0
    max_pages: int = 500
    max_text_chars: int = 5_000_000
    doc_timeout_s: float = 120.0
    max_removed_share: float = 0.2  # a run refuses an inbox that lost more than this share of the last run's files
    accept_removals: bool = False  # … unless the removals are meant (bdhv run --accept-removals)
    log_max_mb: float = 5.0  # <out_dir>/logs/bdhv.log rolls over to bdhv.log.1 at this size …
    log_backups: int = 5  # … keeping this many old files (bdhv.log.1 … bdhv.log.5)
    notify_url: str = ""  # a failed or refused night POSTs a small JSON here (empty: no notification)

    @property
    def database(self) -> Path:
        return self.db_path or (self.out_dir / "bdhv.sqlite")

    @property
    def parallel(self) -> int:
        """How many batches run at once: ``workers``, or the core count."""
        return parallel(self.workers)


def parallel(workers: int | None) -> int:
    """Batches at once: ``workers`` when given (> 0), else this machine's core count."""
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def load_settings(**overrides) -> Settings:
    """Defaults, then ``BDHV_*`` environment variables, then explicit overrides (None ignored)."""
    s = Settings()
    env: dict = {}
    for f in fields(Settings):
        raw = os.environ.get(f"BDHV_{f.name.upper()}")
        if raw is None:
            continue
        current = getattr(s, f.name)
        if isinstance(current, bool):
            env[f.name] = raw.lower() in ("1", "true", "yes")
        elif isinstance(current, int):
            env[f.name] = int(raw)
        elif isinstance(current, float):
            env[f.name] = float(raw)
        elif f.name in ("inbox", "out_dir", "db_path"):
            env[f.name] = Path(raw)
        else:
            env[f.name] = raw
    s = replace(s, **env)
    given = {k: (Path(v) if k in ("inbox", "out_dir", "db_path") else v) for k, v in overrides.items() if v is not None}
    return replace(s, **given)
