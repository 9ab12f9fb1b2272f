"""What the next morning sees of a night that failed: ``LAST_RUN_FAILED.txt`` beside the workbook.

A run refused (an empty inbox: exit 4), or one that could not use its outputs
or history (exit 5), another run holding the folder (exit 3), or one that
crashed writes the file — when, which code, what to do, in Vietnamese and
English — so an analyst opening ``matrix.xlsx`` the next morning knows it is
yesterday's. The next run that finishes removes it. Writing it is best
effort: a full or read-only disk that stopped the run may stop this too.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.core.atomic import write_text_atomic
from pipeline.core.timefmt import vietnam_time

MARKER = "LAST_RUN_FAILED.txt"


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


def night_failed_by(out_dir: str | Path, error: BaseException) -> Path | None:
    """The marker for an exception that ended a served night: its code and messages when it has them
    (a refused inbox, a state fault), else what it was."""
    code = getattr(error, "code", None) or "crashed"
    vi = getattr(error, "message_vi", None) or f"Lỗi không mong đợi: {type(error).__name__}: {error}"
    en = getattr(error, "message_en", None) or f"Unexpected error: {type(error).__name__}: {error}"
    return night_failed(out_dir, str(code), vi, en)
