"""Never blank what analysts have: a run refuses an inbox that is empty or lost too many of its documents.

An unmounted share or a wrong path looks like an empty inbox; a half-copied
one like an inbox that lost half its files. Read as they are, either would
rewrite every cell of those documents to "Chưa có thông tin". So before
anything is read or written, the inbox is compared with the last run's: empty,
or more than ``max_removed_share`` of the last run's documents gone (default
20%, ``BDHV_MAX_REMOVED_SHARE``), and the run stops (``bdhv run`` exits 4)
with the outputs untouched — unless the removals are meant
(``--accept-removals``, ``BDHV_ACCEPT_REMOVALS=1``).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping

from pipeline.core.errors import StateError


class InboxRefused(StateError):
    """The inbox looks wrong (``empty_inbox``, or ``inbox_shrunk``): nothing was read or written (exit 4)."""


def check_inbox(inbox: str, now: Collection[str], before: Mapping[str, object], max_removed_share: float,
                accept_removals: bool = False) -> None:
    """Raise ``InboxRefused`` when ``now`` (the files found) is empty or lost too many of ``before`` (the last run's)."""
    if accept_removals:
        return
    if not now:
        raise InboxRefused("empty_inbox", inbox)
    if not before:
        return
    present = set(now)
    gone = sum(1 for p in before if p not in present)
    if gone > max_removed_share * len(before):
        raise InboxRefused("inbox_shrunk", inbox, gone=gone, total=len(before), share=f"{gone / len(before):.0%}",
                           limit=f"{max_removed_share:.0%}")
