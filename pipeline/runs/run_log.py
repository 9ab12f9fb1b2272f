"""A run's log: ``<out_dir>/logs/bdhv.log``, rotated by size, and the same lines on stdout.

One line a step, in Vietnam time, with the run's id tying one night's lines together::

    12/03/2026 02:00:04 INFO    run 5f3a9c1e bắt đầu / start: inbox /srv/bdhv/inbox → /srv/bdhv/outputs

The logger is made for the run and its file closed after it, so the many runs
of one process (the test suite, ``bdhv run`` called in a loop) never share a
handler or keep a file open. A log that cannot be written (a read-only or
full output disk: the run's own fault, which it reports) is said once on
stderr and left out; it never fails the run.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pipeline.core.timefmt import vietnam_clock

LOG_FILE = Path("logs") / "bdhv.log"


class RunFormatter(logging.Formatter):
    """``12/03/2026 02:00:04 WARNING run 5f3a9c1e …``: Vietnam time, the level, the run's id, the message."""

    def __init__(self, run_id: str) -> None:
        super().__init__(f"%(asctime)s %(levelname)-7s run {run_id} %(message)s")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return vietnam_clock(record.created)


class RunLogFile(RotatingFileHandler):
    """The rotating log file; a line it cannot write (the disk filled during the run) is said once on stderr,
    without logging's own traceback, and the run goes on."""

    told = False

    def handleError(self, record: logging.LogRecord) -> None:
        if not self.told:
            self.told = True
            say_unwritable(self.baseFilename, sys.exc_info()[1])


def say_unwritable(path: str | Path, error: BaseException | None) -> None:
    print(f"bdhv: không ghi được nhật ký / cannot write the log {path}: {error}", file=sys.stderr)


def log_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / LOG_FILE


@contextmanager
def run_log(out_dir: str | Path, run_id: str, max_mb: float = 5.0, backups: int = 5) -> Iterator[logging.Logger]:
    """A logger writing to stdout and to ``<out_dir>/logs/bdhv.log`` (rolled over at ``max_mb``, ``backups``
    old files kept), for the block only.

    The logger is nobody's child (``logging.Logger``, not ``getLogger``): Prefect's console handler on the
    root logger does not print its lines a second time, and two runs at once keep to their own files.
    """
    log = logging.Logger(f"bdhv.run.{run_id}", logging.INFO)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stdout)]
    path = log_path(out_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RunLogFile(path, maxBytes=int(max_mb * 1024 * 1024), backupCount=backups, encoding="utf-8"))
    except OSError as e:  # the run meets the same fault and reports it in its own words
        say_unwritable(path, e)
    for h in handlers:
        h.setFormatter(RunFormatter(run_id))
        log.addHandler(h)
    try:
        yield log
    finally:
        for h in handlers:
            log.removeHandler(h)
            h.close()
