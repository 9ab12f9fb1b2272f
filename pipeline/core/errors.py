"""Errors a document can fail with: a stable code plus a message in Vietnamese and English.

A reader raises ``ReadError("needs_ocr", ...)``; the batch records it on the
document's line (``status: "error"``) and goes on with the next file.
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
