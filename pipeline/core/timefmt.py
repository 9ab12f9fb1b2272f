"""Times as people in Đồng Nai read them: the run history keeps UTC, every sheet and page shows Vietnam time."""
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
