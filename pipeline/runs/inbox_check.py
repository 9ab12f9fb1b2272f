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


class InboxRefused(RuntimeError):
    """The inbox looks wrong (empty, or lost too many documents): nothing was read or written."""

    def __init__(self, code: str, message_vi: str, message_en: str) -> None:
        self.code, self.message_vi, self.message_en = code, message_vi, message_en
        super().__init__(f"{message_vi} / {message_en}")


def check_inbox(inbox: str, now: Collection[str], before: Mapping[str, object], max_removed_share: float,
                accept_removals: bool = False) -> None:
    """Raise ``InboxRefused`` when ``now`` (the files found) is empty or lost too many of ``before`` (the last run's)."""
    if accept_removals:
        return
    if not now:
        raise InboxRefused(
            "empty_inbox",
            f"Thư mục văn bản đến {inbox} không có tệp nào (ổ mạng chưa gắn hoặc sai đường dẫn?): "
            "không chạy, kết quả cũ được giữ nguyên. Nếu đúng là không còn văn bản, chạy lại với --accept-removals.",
            f"The inbox {inbox} holds no files (share not mounted, or a wrong path?): nothing was run and the "
            "outputs are as they were. If it is really empty, run again with --accept-removals.")
    if not before:
        return
    gone = [p for p in before if p not in set(now)]
    if len(gone) > max_removed_share * len(before):
        share = len(gone) / len(before)
        raise InboxRefused(
            "inbox_shrunk",
            f"Thư mục văn bản đến mất {len(gone)}/{len(before)} tệp so với lượt chạy trước ({share:.0%}, "
            f"ngưỡng {max_removed_share:.0%}): không chạy, kết quả cũ được giữ nguyên. Nếu việc xóa là cố ý, "
            "chạy lại với --accept-removals.",
            f"The inbox lost {len(gone)} of the {len(before)} files of the last run ({share:.0%}, more than "
            f"{max_removed_share:.0%}): nothing was run and the outputs are as they were. If the removals are "
            "meant, run again with --accept-removals.")
