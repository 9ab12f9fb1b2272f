"""Make the crafted bad inputs in ``corpus/bad/``: one inbox's worth of hostile files.

Every file is built here from bytes (ZIPs with fixed dates, PDFs written object
by object), so a rerun gives the same files; the encrypted PDFs use qpdf's
``--static-id --static-aes-iv`` for the same reason (AES-256 keys are still
random, so ``encrypted_aes256.pdf`` differs between runs but fails alike). The
few good files here exist to show what is *not* an error: a name with spaces
and Vietnamese letters, the same bytes under two names, a PDF named ``.docx``
(read as PDF — the content decides, the line says ``"format": "pdf"``), a Word
file named ``.pdf`` (read as Word), and a PDF encrypted with an owner password
only (anyone may open it, so it is read).

What each file should give is the table in ``tests/test_bad_inputs.py``. Not
committed, because git cannot hold them well: the symlink leading out of the
inbox (the test makes it). ``oversized.txt`` (170 KB) and ``very_long_text.txt``
(60,000 characters) are too large only under the test's lowered ``max_file_mb``
and ``max_text_chars``, instead of committing megabytes.

    .venv/bin/python corpus/bad/make_bad_inputs.py
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
DATE = (2025, 5, 29, 8, 0, 0)
MB = 1024 * 1024

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="bin" ContentType="application/octet-stream"/>'
    '<Default Extension="zip" ContentType="application/zip"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
PARAGRAPHS = [
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
    "Số: 15/BC-SNV",
    "Báo cáo kết quả triển khai Kế hoạch số 192/KH-UBND ngày 29/5/2025.",
]


def document_xml(paragraphs: list[str] = PARAGRAPHS, doctype: str = "", filler: str = "") -> str:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}{filler}</w:body></w:document>')


def zip_bytes(members: list[tuple[str, bytes | str]]) -> bytes:
    """A ZIP with fixed dates and deflate level 9: the same bytes on every run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=9)
    return buf.getvalue()


def docx_bytes(extra: list[tuple[str, bytes | str]] = (), document: str | bytes | None = None,
               skip_document: bool = False) -> bytes:
    """A minimal Word package (python-docx opens it) plus ``extra`` members."""
    members: list[tuple[str, bytes | str]] = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)]
    if not skip_document:
        members.append(("word/document.xml", document if document is not None else document_xml()))
    return zip_bytes(members + list(extra))


def pdf_bytes(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object ``i + 1`` is ``objects[i]``), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(lines: list[str], pages: int = 1) -> bytes:
    """``pages`` A4 pages sharing one Helvetica content stream of ASCII ``lines``."""
    ops = b"BT /F1 12 Tf 72 770 Td 16 TL " + b" ".join(b"(%s) '" % l.encode("ascii") for l in lines) + b" ET"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(ops),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    return pdf_bytes(objects + [page] * pages)


# Under 20 words: an unaccented text layer this short is not judged a broken OCR layer.
ASCII_REPORT = ["So: 15/BC-SNV", "Ke hoach 192/KH-UBND ngay 29/5/2025"]


def image_only_pdf() -> bytes:
    """One page holding a 200 × 60 grey image with dark stripes and no text layer: a scan."""
    w, h = 200, 60
    rows = bytes(40 if (x // 8) % 3 == 0 and 20 < y < 40 else 235 for y in range(h) for x in range(w))
    image = stream(zlib.compress(rows, 9), b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                   b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode " % (w, h))
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        image,
        stream(b"q 400 120 0 0 100 600 cm /Im1 Do Q"),
    ])


def png_bytes() -> bytes:
    """A valid 4 × 4 grey PNG, written by hand (no encoder metadata, no dates)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    raw = b"".join(b"\x00" + bytes([128] * 4) for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (4).to_bytes(4, "big") * 2 + b"\x08\x00\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole2_bytes(stream_names: list[str]) -> bytes:
    """An OLE2 compound-file header and directory names: what the sniffer sees of a .doc.

    Not a complete compound file; enough for content detection, which is all
    that runs before the file is refused.
    """
    header = OLE2 + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + bytes(512 - 32)
    names = b"".join(n.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for n in ["Root Entry", *stream_names])
    return header + names.ljust(1536, b"\x00")


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


def bomb_members(count: int, each: int, prefix: str = "word/media/blob") -> list[tuple[str, bytes]]:
    return [(f"{prefix}{i:04d}.bin", bytes(each)) for i in range(count)]


def nested_zip(levels: int, inner: bytes) -> bytes:
    data = inner
    for i in range(levels):
        data = zip_bytes([(f"level{i}.zip" if i else "payload.bin", data)])
    return data


def qpdf_encrypt(src: bytes, out: Path, user: str, owner: str, bits: str, *extra: str) -> None:
    tmp = out.with_suffix(".plain.tmp")
    tmp.write_bytes(src)
    try:
        subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--allow-weak-crypto", "--encrypt", user, owner, bits, *extra, "--",
                        str(tmp), str(out)], check=True)
    finally:
        tmp.unlink()


GOOD_REPORT = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
SỞ NỘI VỤ
Số: 15/BC-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 12 tháng 6 năm 2025

BÁO CÁO
Kết quả triển khai Kế hoạch số 192/KH-UBND ngày 29/5/2025 của UBND tỉnh
về thực hiện phong trào “Bình dân học vụ số”

Thực hiện Kế hoạch số 192/KH-UBND ngày 29/5/2025 của Ủy ban nhân dân tỉnh,
Sở Nội vụ báo cáo kết quả như sau:
1. Đã tổ chức 03 lớp tập huấn kỹ năng số cho 120 lượt cán bộ, công chức.
2. Tỷ lệ cán bộ, công chức của Sở sử dụng chữ ký số đạt 100% (45/45 người).
3. Nhiệm vụ thời gian tới: tiếp tục phổ biến kỹ năng số cơ bản cho người dân,
hoàn thành trước ngày 30/9/2025.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
"""


def build(out: Path = HERE) -> dict[str, bytes]:
    """Every bad (and the few good) input, by file name."""
    seed_pdf = (SEEDS / "000_484bce74a44e51ae.pdf").read_bytes()
    files: dict[str, bytes] = {
        # --- zip bombs → too_large
        "bomb_one_member.docx": docx_bytes(bomb_members(1, 60 * MB)),
        "bomb_huge_document_xml.docx": docx_bytes(document=document_xml(filler="<w:p/>" * (70 * MB // 6))),
        "bomb_many_members.docx": docx_bytes([(f"m{i}", b"x") for i in range(1001)]),
        "bomb_many_small_members.docx": docx_bytes(bomb_members(40, MB)),
        "bomb_nested.docx": docx_bytes([("word/embeddings/package.zip", nested_zip(1, bytes(60 * MB)))]),
        "bomb_nested_deep.docx": docx_bytes([("word/embeddings/package.zip", nested_zip(4, b"x" * 100))]),
        # --- XML entity declarations, nesting lxml refuses → unreadable
        "billion_laughs.docx": docx_bytes(document=document_xml(doctype=BILLION_LAUGHS, filler="<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>")),
        "billion_laughs_styles.docx": docx_bytes([("word/styles.xml", f'<?xml version="1.0"?>{BILLION_LAUGHS}<w:styles xmlns:w="{W_NS}">&lol9;</w:styles>')]),
        "billion_laughs_utf16.docx": docx_bytes(document=document_xml(doctype=BILLION_LAUGHS).replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")),
        "external_entity.docx": docx_bytes(document=document_xml(doctype='<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', filler="<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>")),
        "deep_nesting.docx": docx_bytes(document=f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'
                                        + "<w:tbl><w:tr><w:tc>" * 20000 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 20000
                                        + "</w:body></w:document>"),
        # --- path traversal in member names → unreadable
        "traversal_dotdot.docx": docx_bytes([("../../../tmp/evil.sh", "echo pwned")]),
        "traversal_absolute.docx": docx_bytes([("/etc/cron.d/evil", "* * * * * root true")]),
        "traversal_windows.docx": docx_bytes([("..\\..\\Windows\\System32\\evil.dll", b"MZ")]),
        # --- not a Word package → unreadable
        "missing_document_xml.docx": docx_bytes(skip_document=True),
        "truncated.docx": (SEEDS / "002_ecc6625006b87d8c.docx").read_bytes()[:12_000],
        # --- encrypted → encrypted
        "encrypted_word.docx": ole2_bytes(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]),
        # --- malformed PDFs → unreadable / empty / too_large / needs_ocr
        "truncated.pdf": seed_pdf[: len(seed_pdf) * 2 // 5],
        "header_only.pdf": b"%PDF-1.7\n",
        "garbage_xref.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\nxref\n0 9\ngarbage garbage\nstartxref\n123456\n%%EOF\n",
        "page_tree_loop.pdf": pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                                         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]),
        "zero_pages.pdf": pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "page_bomb.pdf": text_pdf(ASCII_REPORT, pages=120),  # over the test's lowered max_pages
        "image_only.pdf": image_only_pdf(),
        # --- lying extensions and foreign formats
        "random_bytes.pdf": bytes((i * 7919 + 13) % 251 for i in range(3000)),
        "png_image.txt": png_bytes(),
        "web_page.txt": b"<!DOCTYPE html>\n<html><head><title>B\xc3\xa1o c\xc3\xa1o</title></head><body>x</body></html>\n",
        "web_page.html": b"<html><body><p>K\xe1\xba\xbf ho\xe1\xba\xa1ch 192/KH-UBND</p></body></html>\n",
        "legacy_word.doc": ole2_bytes(["WordDocument", "1Table"]),
        "legacy_word_named.docx": ole2_bytes(["WordDocument", "1Table"]),
        "rich_text.doc": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 K\\u7871? ho\\u7841?ch}\n",
        "notes.md": "# Kế hoạch 192\n\nGhi chú nội bộ.\n".encode("utf-8"),
        # --- empty → empty
        "empty.txt": b"",
        "empty.pdf": b"",
        "empty.docx": b"",
        "empty.doc": b"",
        "whitespace_only.txt": b" \t\r\n\n   \xc2\xa0\n\t\t\n",
        # --- text that is no text → bad_encoding
        "binary_garbage.txt": bytes((i * 151 + 7) % 256 for i in range(4096)),
        "control_chars.txt": ("Báo cáo\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 200).encode("utf-8"),
        # --- too long a text, too big a file (the test lowers max_text_chars, max_file_mb) → too_large
        "very_long_text.txt": ("Sở Nội vụ báo cáo 81/81 cán bộ đạt 100%.\n" * 1500).encode("utf-8"),
        "oversized.txt": GOOD_REPORT.encode("utf-8") * 190,
        # --- same bytes under two names: read once, both get the same line
        "random_bytes (copy).pdf": bytes((i * 7919 + 13) % 251 for i in range(3000)),
        # --- good files: none of these is an error
        "Báo cáo Sở Nội vụ (bản 2).txt": GOOD_REPORT.encode("utf-8"),
        "Báo cáo Sở Nội vụ (bản 2) - bản sao.txt": GOOD_REPORT.encode("utf-8"),
        "pdf_bytes_named.docx": (SEEDS / "001_6372fb686251ce2d.pdf").read_bytes(),
        "docx_bytes_named.pdf": (SEEDS / "004_bcb21d6837a234a3.docx").read_bytes(),
    }
    return files


def main(out: Path = HERE) -> None:
    if shutil.which("qpdf") is None:
        sys.exit("qpdf is needed for the encrypted PDFs (apt-get install qpdf)")
    for old in out.iterdir():
        if old.is_file() and old.suffix != ".py":
            old.unlink()
    for name, data in build(out).items():
        (out / name).write_bytes(data)
    small_pdf = text_pdf(ASCII_REPORT)
    qpdf_encrypt(small_pdf, out / "encrypted_rc4_40.pdf", "bdhv-user", "bdhv-owner", "40")
    qpdf_encrypt(small_pdf, out / "encrypted_rc4_128.pdf", "bdhv-user", "bdhv-owner", "128", "--use-aes=n")
    qpdf_encrypt(small_pdf, out / "encrypted_aes128.pdf", "bdhv-user", "bdhv-owner", "128", "--use-aes=y")
    qpdf_encrypt(small_pdf, out / "encrypted_aes256.pdf", "bdhv-user", "bdhv-owner", "256")
    qpdf_encrypt(small_pdf, out / "encrypted_owner_only.pdf", "", "bdhv-owner", "256", "--print=none", "--modify=none")
    files = sorted(p for p in out.iterdir() if p.suffix != ".py")
    total = sum(p.stat().st_size for p in files)
    print(f"{len(files)} files, {total / 1024:.0f} KB in {out}")


if __name__ == "__main__":
    main()
