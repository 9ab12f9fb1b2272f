"""Errors a document can fail with, and faults of the run's own state: a stable code plus a message in Vietnamese and English.

A reader raises ``ReadError("needs_ocr", ...)``; the batch records it on the
document's line (``status: "error"``) and goes on with the next file. A fault
of the output folder or the run history (``StateError("disk_full", ...)``) ends
the run instead: ``bdhv`` prints its one line and exits with its status.
"""
from __future__ import annotations

# code -> (Vietnamese, English); the stable codes analysts and tests rely on.
MESSAGES: dict[str, tuple[str, str]] = {
    "unreadable": ("Không đọc được tệp", "The file cannot be read"),
    "encrypted": ("Tệp được mã hóa hoặc có mật khẩu", "The file is encrypted or password-protected"),
    "needs_ocr": ("Tệp là ảnh quét, cần nhận dạng ký tự (OCR) nhưng chưa cài Tesseract",
                  "The file is a scan with no text layer and needs OCR, but Tesseract is not available"),
    "too_large": ("Tệp vượt quá giới hạn kích thước", "The file exceeds the size limit"),
    "timeout": ("Xử lý tệp quá thời gian cho phép", "Processing the file took longer than allowed"),
    "unsupported_format": ("Định dạng tệp không được hỗ trợ", "The file format is not supported"),
    "bad_encoding": ("Không xác định được bảng mã của văn bản", "The text encoding cannot be determined"),
    "empty": ("Tệp không có nội dung văn bản", "The file contains no text"),
    "internal": ("Lỗi nội bộ khi xử lý tệp", "Internal error while processing the file"),
    "not_a_file": ("Không phải tệp thông thường (liên kết vòng, ống FIFO, socket hoặc thiết bị), nên không mở",
                   "Not a regular file (a symbolic link loop, a FIFO, a socket or a device), so it is not opened"),
    "file_changed": ("Tệp bị thay đổi trong khi đang đọc; sẽ đọc lại ở lượt chạy sau",
                     "The file changed while it was being read; it is read again on the next run"),
}


class ReadError(Exception):
    """A document-level failure with a stable ``code`` (a key of ``MESSAGES``)."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.detail = detail
        vi, en = MESSAGES[code]
        self.message_vi = vi + (f": {detail}" if detail else "")
        self.message_en = en + (f": {detail}" if detail else "")
        super().__init__(f"{code}: {self.message_en}")

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message_vi": self.message_vi, "message_en": self.message_en}


# Exit statuses of ``bdhv run`` (README's Commands table).
EXIT_OK, EXIT_DOCUMENT_FAILED, EXIT_ANOTHER_RUN, EXIT_INBOX_REFUSED, EXIT_STATE_UNUSABLE = 0, 1, 3, 4, 5

# code -> (exit status, Vietnamese, English): what is wrong with the run's state, and what to do about it.
# ``{path}`` is the file or folder concerned, ``{detail}`` the system's own words in brackets (or nothing),
# ``{moved}`` where a damaged history went. An exit status of None is a notice: the run goes on.
STATE_MESSAGES: dict[str, tuple[int | None, str, str]] = {
    "another_run": (EXIT_ANOTHER_RUN,
                    "Một lượt chạy khác{detail} đang ghi vào {path}: chờ lượt đó xong rồi chạy lại",
                    "another bdhv run{detail} is writing to {path}: wait for it to finish, then run again"),
    "inbox_refused": (EXIT_INBOX_REFUSED,
                      "Không đọc được thư mục đầu vào {path}{detail}: kiểm tra đường dẫn và quyền đọc",
                      "the inbox {path} cannot be read{detail}: check the path and its permissions"),
    "empty_inbox": (EXIT_INBOX_REFUSED,
                    "Thư mục văn bản đến {path} không có tệp nào (ổ mạng chưa gắn hoặc sai đường dẫn?): "
                    "không chạy, kết quả cũ được giữ nguyên. Nếu đúng là không còn văn bản, chạy lại với --accept-removals",
                    "the inbox {path} holds no files (share not mounted, or a wrong path?): nothing was run and the "
                    "outputs are as they were. If it is really empty, run again with --accept-removals"),
    "inbox_shrunk": (EXIT_INBOX_REFUSED,
                     "Thư mục văn bản đến {path} mất {gone}/{total} tệp so với lượt chạy trước ({share}, ngưỡng "
                     "{limit}): không chạy, kết quả cũ được giữ nguyên. Nếu việc xóa là cố ý, chạy lại với --accept-removals",
                     "the inbox {path} lost {gone} of the {total} files of the last run ({share}, more than {limit}): "
                     "nothing was run and the outputs are as they were. If the removals are meant, run again with "
                     "--accept-removals"),
    "history_moved": (None,
                      "Lịch sử chạy {path} bị hỏng: đã chuyển sang {moved} và bắt đầu lịch sử mới",
                      "the run history {path} was damaged: moved to {moved}, a new history starts"),
    "history_damaged": (EXIT_STATE_UNUSABLE,
                        "Lịch sử chạy {path} bị hỏng{detail}: lượt `bdhv run` tới sẽ chuyển nó sang bên và bắt đầu lại",
                        "the run history {path} is damaged{detail}: the next `bdhv run` moves it aside and starts again"),
    "history_unusable": (EXIT_STATE_UNUSABLE,
                         "Không dùng được lịch sử chạy {path}{detail}; không có gì bị thay đổi: kiểm tra tệp rồi chạy lại",
                         "the run history {path} cannot be used{detail}; nothing was changed: check the file, then run again"),
    "disk_full": (EXIT_STATE_UNUSABLE,
                  "Ổ đĩa chứa {path} đã đầy; không có gì bị thay đổi: giải phóng dung lượng rồi chạy lại",
                  "the disk holding {path} is full; nothing was changed: free some space, then run again"),
    "output_readonly": (EXIT_STATE_UNUSABLE,
                        "Không ghi được vào {path} (chỉ đọc hoặc không có quyền); không có gì bị thay đổi: "
                        "cho phép ghi hoặc chọn thư mục khác (--out)",
                        "cannot write to {path} (read-only or no permission); nothing was changed: "
                        "make it writable or choose another folder (--out)"),
    "lock_unusable": (EXIT_STATE_UNUSABLE,
                      "Không dùng được tệp khóa {path}{detail}: xóa nó (nó phải là một tệp) rồi chạy lại",
                      "the lock file {path} cannot be used{detail}: remove it (it must be a file), then run again"),
    "output_unusable": (EXIT_STATE_UNUSABLE,
                        "Không dùng được thư mục kết quả {path}{detail}; không có gì bị thay đổi: kiểm tra rồi chạy lại",
                        "the output folder {path} cannot be used{detail}; nothing was changed: check it, then run again"),
    "prefect_unavailable": (EXIT_STATE_UNUSABLE,
                            "Prefect không khởi động được kịp thời; chưa xử lý gì: chạy lại (hoặc tăng "
                            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS), hoặc chạy `bdhv run --plain` (không cần Prefect)",
                            "Prefect's server did not start in time; nothing was processed: run again (or raise "
                            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS), or use `bdhv run --plain` (no Prefect)"),
}


class StateError(Exception):
    """A fault of the output folder, the run history or the orchestrator (a key of ``STATE_MESSAGES``).

    ``StateError("disk_full", "outputs").line()`` →
    ``bdhv: Ổ đĩa chứa outputs đã đầy; … / the disk holding outputs is full; nothing was changed: … [disk_full]``.
    """

    def __init__(self, code: str, path: object = "", detail: str = "", moved: object = "", **counts: object) -> None:
        if code not in STATE_MESSAGES:
            raise ValueError(f"unknown state code {code!r}")
        self.code = code
        self.path, self.detail = str(path), detail
        self.exit_status, vi, en = STATE_MESSAGES[code]
        fill = {"path": _one_line(self.path), "detail": f" ({_one_line(detail)})" if detail else "",
                "moved": _one_line(str(moved)), **{k: str(v) for k, v in counts.items()}}
        self.message_vi = vi.format(**fill)
        self.message_en = en.format(**fill)
        super().__init__(f"{code}: {self.message_en}")

    def line(self) -> str:
        """The one line the terminal shows: Vietnamese / English [code]."""
        return f"bdhv: {self.message_vi} / {self.message_en} [{self.code}]"

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message_vi": self.message_vi, "message_en": self.message_en}


def _one_line(text: str) -> str:
    """A path or a system message kept on one line (a file name may hold a newline)."""
    return text.replace("\r", "\\r").replace("\n", "\\n")
