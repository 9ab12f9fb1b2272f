"""Render a diff report in headless Chromium: take a screenshot and check the page's text.

    .venv/bin/python scripts/check_diff_html.py outputs/diff_1_2.html --expect 260 --png outputs/diff.png

Uses Debian's ``chromium`` (``apt-get install chromium``). Exits 1 when the
rendered DOM lacks an expected string or Chromium fails; prints what it found.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def render(html: Path, png: Path | None) -> str:
    """The DOM as Chromium rendered it (and a screenshot when ``png`` is given)."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("no Chromium found (apt-get install chromium)")
    url = html.resolve().as_uri()
    with tempfile.TemporaryDirectory() as profile:
        flags = FLAGS + [f"--user-data-dir={profile}"]
        dom = subprocess.run([exe, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
        if png is not None:
            subprocess.run([exe, *flags, f"--screenshot={png.resolve()}", "--window-size=1400,900", url],
                           capture_output=True, text=True, timeout=120)
    return dom


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("html", type=Path)
    ap.add_argument("--expect", action="append", default=[], help="text the rendered page must contain")
    ap.add_argument("--png", type=Path)
    args = ap.parse_args()
    dom = render(args.html, args.png)
    text = re.sub(r"<[^>]+>", " ", dom)
    missing = [e for e in args.expect if e not in text]
    print(f"rendered {len(dom)} bytes of DOM; title: {re.search(r'<title>(.*?)</title>', dom).group(1) if '<title>' in dom else '?'}")
    if args.png:
        print(f"screenshot: {args.png} ({args.png.stat().st_size if args.png.exists() else 0} bytes)")
    if missing or not dom:
        print(f"missing: {missing}")
        return 1
    print("all expected text present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
