"""Legacy Word ``.doc`` (Word 97–2003) reader: converted to DOCX by LibreOffice, then read as DOCX.

Provincial drafts still arrive as ``.doc``. When LibreOffice (``soffice``) is
installed the file is converted in a temporary folder and read by
``read_docx``; the document keeps the original file's path, hash and format.
Without LibreOffice the file fails with ``unsupported_format`` and a message
saying what to install.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.core.errors import ReadError
from pipeline.ingest.readers.docx import read_docx
from pipeline.core.source import source_of
from schemas.document import Document


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(path: str | Path, timeout_s: float = 120.0) -> Document:
    """Read a ``.doc`` such as a Văn phòng UBND draft công văn, through a DOCX conversion."""
    exe = soffice()
    if exe is None:
        raise ReadError("unsupported_format", "legacy Word .doc needs LibreOffice to convert it (apt-get install libreoffice-writer-nogui)")
    p = Path(path)
    with tempfile.TemporaryDirectory(prefix="bdhv-doc-") as tmp:
        src = Path(tmp) / "in.doc"
        shutil.copyfile(p, src)
        try:
            subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "docx", "--outdir", tmp, str(src)],
                           capture_output=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired as e:
            raise ReadError("timeout", "LibreOffice did not convert the .doc in time") from e
        out = Path(tmp) / "in.docx"
        if not out.exists() or out.stat().st_size == 0:
            raise ReadError("unreadable", "LibreOffice could not convert this .doc")
        doc = read_docx(out)
    doc.source = replace(source_of(p, "doc", pages=None), encoding=None)
    return doc
