"""Times as people in Đồng Nai read them: the run history keeps UTC, every sheet, page and log line shows Vietnam time."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

TIME_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def vietnam_time(when: str | None) -> str:
    """A UTC ISO time as a reader in Đồng Nai says it: ``2026-03-12T03:05:00+00:00`` → ``12/03/2026 10:05``
    (now, when ``when`` is empty)."""
    moment = datetime.fromisoformat(when) if when else datetime.now(timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(TIME_ZONE).strftime("%d/%m/%Y %H:%M")


def vietnam_clock(epoch: float) -> str:
    """A log line's moment (seconds since the epoch) in Vietnam time, to the second:
    ``1773284707`` → ``12/03/2026 10:05:07``."""
    return datetime.fromtimestamp(epoch, TIME_ZONE).strftime("%d/%m/%Y %H:%M:%S")


def vietnam_now_iso() -> str:
    """Now, for a machine to read, with Vietnam's offset: ``2026-03-12T02:00:05+07:00``."""
    return datetime.now(TIME_ZONE).isoformat(timespec="seconds")
