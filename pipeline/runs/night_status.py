"""What the next morning sees of a night: its lines in ``logs/bdhv.log``, and ``LAST_RUN_FAILED.txt`` beside
the workbook when it did not finish (and, when ``BDHV_NOTIFY_URL`` is set, a POST saying so).

A run refused (an empty inbox: exit 4), or one that could not use its outputs
or history (exit 5), or one that crashed writes the file — when, which code,
what to do, in Vietnamese and English — so an analyst opening ``matrix.xlsx``
the next morning knows it is yesterday's. The next run that finishes removes
it. Another run holding the folder (exit 3) writes none: that run is
tonight's and says how it ended. Writing the marker, the log and the
notification is best effort: a full or read-only disk that stopped the run
may stop them too, and none of them changes how the run ends.

``night(...)`` is the one place this happens, for ``bdhv run`` and the served
flow alike; the flow's ``night`` inside the command's is the same night.
"""
from __future__ import annotations

import logging
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.core.atomic import write_text_atomic
from pipeline.core.errors import EXIT_INBOX_REFUSED
from pipeline.core.names import shown
from pipeline.core.timefmt import vietnam_now_iso, vietnam_time
from pipeline.runs.faults import state_fault
from pipeline.runs.notify import notify
from pipeline.runs.run_log import run_log

MARKER = "LAST_RUN_FAILED.txt"


@dataclass
class Night:
    """One run as the morning sees it: its id (``5f3a9c1e``, on every log line), its log, its summary once done."""

    run_id: str
    log: logging.Logger
    summary: dict[str, Any] | None = None

    def finished(self, summary: dict[str, Any]) -> None:
        """The run's summary (``batch.summarise``), logged when the night ends: counts, failed files, run number."""
        self.summary = summary


_tonight: ContextVar[Night | None] = ContextVar("bdhv_night", default=None)


@contextmanager
def night(out_dir: str | Path, inbox: str | Path, db: str | Path, log_max_mb: float = 5.0, log_backups: int = 5,
          notify_url: str = "") -> Iterator[Night]:
    """The block is one night: its start, counts and end logged; on success the marker of an earlier failed
    night removed; on failure the marker written, the failure logged and notified, the exception re-raised."""
    outer = _tonight.get()
    if outer is not None:  # the served flow run by ``bdhv run``: the command's night already holds it
        yield outer
        return
    run_id = uuid.uuid4().hex[:8]
    with run_log(out_dir, run_id, log_max_mb, log_backups) as log:
        tonight = Night(run_id, log)
        token = _tonight.set(tonight)
        log.info("bắt đầu / start: inbox %s → %s", shown(str(inbox)), shown(str(out_dir)))
        try:
            yield tonight
        except Exception as e:
            _night_failed(tonight, e, out_dir, inbox, db, notify_url)
            raise
        except BaseException as e:  # SIGINT, SystemExit: stopped, not failed
            log.warning("bị dừng / stopped (%s)", type(e).__name__)
            raise
        finally:
            _tonight.reset(token)
        night_finished(out_dir)
        if tonight.summary is None:
            log.info("xong / finished")
        else:
            log_summary(log, tonight.summary)


def log_summary(log: logging.Logger, summary: dict[str, Any]) -> None:
    """The counts, each failed file with its code, the notices, and where the run was recorded."""
    for n in summary.get("notices") or []:
        log.warning("%s / %s [%s]", n["message_vi"], n["message_en"], n["code"])
    log.info("documents %s: read %s (new %s, changed %s, unchanged %s), failed %s, matrix cells changed %s",
             *(summary.get(k) for k in ("documents", "processed", "new", "changed", "unchanged", "failed",
                                        "matrix_cells_changed")))
    for f in summary.get("failed_files") or []:
        log.warning("lỗi / failed: %s [%s]", shown(str(f["path"])), f["code"])
    log.info("xong / finished: run %s recorded (bdhv runs lists it)", summary.get("run_id", "?"))


def _night_failed(tonight: Night, error: Exception, out_dir: str | Path, inbox: str | Path, db: str | Path,
                  notify_url: str) -> None:
    log = tonight.log
    fault = state_fault(error, out_dir, db, inbox)
    if fault is not None and fault.code == "another_run":
        log.warning("không chạy / not run: %s / %s [%s]", fault.message_vi, fault.message_en, fault.code)
        return
    if fault is not None and fault.exit_status is not None:
        code, vi, en = fault.code, fault.message_vi, fault.message_en
        status = "refused" if fault.exit_status == EXIT_INBOX_REFUSED else "failed"
    else:  # a bug: its traceback goes to the log too
        code, status = "crashed", "failed"
        vi = f"Lỗi không mong đợi: {type(error).__name__}: {error}"
        en = f"Unexpected error: {type(error).__name__}: {error}"
    log.error("không hoàn thành / did not finish [%s] (%s): %s / %s", code, status, vi, en,
              exc_info=error if code == "crashed" else None)
    if night_failed(out_dir, code, vi, en) is None:
        log.error("không ghi được / cannot write %s", Path(out_dir) / MARKER)
    if notify_url:
        notify(notify_url, {"run": tonight.run_id, "time": vietnam_now_iso(), "status": status, "code": code,
                            "message_vi": vi, "message_en": en, "out_dir": shown(str(Path(out_dir).resolve())),
                            "host": socket.gethostname(), "text": f"bdhv: {vi} / {en} [{code}]"}, log)


def night_failed(out_dir: str | Path, code: str, message_vi: str, message_en: str) -> Path | None:
    """Write the marker (atomically); None when the output folder cannot take it."""
    now = vietnam_time(None)
    text = (f"Lượt chạy lúc {now} (giờ Việt Nam) không hoàn thành [{code}].\n{message_vi}\n"
            "Bảng tính matrix.xlsx trong thư mục này là của lượt chạy thành công trước đó.\n\n"
            f"The run at {now} (Vietnam time) did not finish [{code}].\n{message_en}\n"
            "The matrix.xlsx in this folder is from the last run that finished.\n")
    path = Path(out_dir) / MARKER
    try:
        write_text_atomic(path, text)
    except OSError:
        return None
    return path


def night_finished(out_dir: str | Path) -> None:
    """A run finished: the marker of an earlier failed night, if any, is removed."""
    try:
        (Path(out_dir) / MARKER).unlink(missing_ok=True)
    except OSError:
        pass
