"""The review desk in a real browser: headless Chromium over the DevTools protocol (tests/cdp.py) against ``bdhv review``.

(b) A document whose text, title and even file name hold ``<script>`` and
``<img onerror>`` shows them as text on every page: no dialog opens (the
page's CSP is bypassed, so only escaping stands in the way) and no script or
event handler of the document's reaches the DOM.
(a) An analyst opens the queue, opens the cell the matrix abstained on, looks
at the evidence, chooses the other candidate; ``bdhv run --plain`` on the
unchanged inbox keeps her choice (the workbook read back says the value and
who set it); once the commune re-sends its report the decision comes back as
"cần xem lại".
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from openpyxl import load_workbook

from tests.cdp import Browser, chromium
from tests.review_inbox import (ABSTAINING, BROKEN, COMMUNE, HOSTILE, ROOT, build_inbox, change_report)

pytestmark = pytest.mark.skipif(chromium() is None, reason="needs Debian's chromium (.ci/apt-packages.txt)")
REVIEWER = "Nguyễn Thị Lan"


def bdhv(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=600,
                          cwd=ROOT, env=env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """An inbox, its first run, ``bdhv review`` on a free port, and a browser: (inbox, out, base url, browser)."""
    root = tmp_path_factory.mktemp("desk")
    inbox, out = build_inbox(root / "inbox"), root / "outputs"
    first = bdhv("run", str(inbox), "--out", str(out), "--plain")
    assert first.returncode == 1, first.stderr  # exit 1: the broken PDF failed, as it should
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    server = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "review", "--out", str(out), "--port", str(port)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(root / "review.log", "w"))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/runs", timeout=2).read()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((root / "review.log").read_text())
            time.sleep(0.3)
    browser = Browser()
    try:
        yield inbox, out, base, browser
    finally:
        browser.close()
        server.terminate()
        server.wait(timeout=20)


FOREIGN_DOM = """(() => {
  const scripts = [...document.scripts].filter(s => !s.src.endsWith('/static/review.js')).length;
  const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length;
  const embeds = document.querySelectorAll('iframe, svg, object, embed').length;
  const images = [...document.images].filter(i => i.id !== 'page-image').length;
  return {scripts, handlers, embeds, images};
})()"""


def assert_inert(browser: Browser, url: str) -> str:
    """Open ``url``: no dialog, nothing of a document's markup alive in the DOM; returns the page's text."""
    browser.open(url)
    assert browser.js("document.readyState") == "complete"
    assert browser.js(FOREIGN_DOM) == {"scripts": 0, "handlers": 0, "embeds": 0, "images": 0}, url
    assert browser.dialogs == [], (url, browser.dialogs)
    return browser.text()


def test_document_markup_is_text_on_every_page(desk):
    inbox, out, base, browser = desk
    hostile, broken = str(inbox / HOSTILE), str(inbox / BROKEN)
    rows = json.loads((out / "matrix.json").read_text(encoding="utf-8"))
    cell = next(r for r in rows if r["target"] == "CT1" and r["unit"] == "Sở Nội vụ")
    assert cell["evidence"] and cell["evidence"][0]["source"] == hostile
    ev = cell["evidence"][0]
    pages = {
        "queue": base + "/?state=all",
        "failed": base + "/?" + urlencode({"kind": "failed"}),
        "cell": base + "/cell?" + urlencode({"target": "CT1", "unit": "Sở Nội vụ"}),
        "document": base + "/document?" + urlencode({"path": hostile, "start": ev["start"], "end": ev["end"]}),
        "broken": base + "/document?" + urlencode({"path": broken}),
        "runs": base + "/runs",
    }
    texts = {name: assert_inert(browser, url) for name, url in pages.items()}
    assert "<script>alert(2)</script>" in texts["document"]  # shown, as text
    assert "<img src=x onerror=alert(1)>" in texts["document"]  # the title
    assert '<svg onload=alert(5)>' in texts["document"]
    assert "<script>alert(2)</script>" in texts["cell"]  # the evidence sentence
    assert BROKEN in texts["failed"] and BROKEN in texts["broken"]  # the file's name, as text
    assert browser.dialogs == []


def test_a_chosen_candidate_is_kept_by_the_next_run_until_its_document_changes(desk):
    inbox, out, base, browser = desk
    report = str(inbox / ABSTAINING)
    browser.open(base + "/")
    browser.fill("#reviewer-name", REVIEWER)
    browser.click("#reviewer-save")
    assert REVIEWER in browser.js("document.querySelector('#reviewer-name').value")
    # the queue lists the abstained cell with both candidates
    row = f'tr.item[data-target="CT3"][data-unit="{COMMUNE}"]'
    assert "Chưa chọn được số liệu" in browser.js(f"document.querySelector('{row}').innerText")
    assert "78,08%" in browser.js(f"document.querySelector('{row}').innerText")
    browser.click(f"{row} a.open-cell")
    cell_url = browser.url
    figures = browser.js("[...document.querySelectorAll('#figures tr.figure td.label')].map(td => td.innerText)")
    assert "78,08% (8.120/10.400)" in figures and "83,56%" in figures
    # the evidence of 83,56%: the report's text, that span in focus, its sentence
    k = figures.index("83,56%") + 1
    browser.click(f"#figures tr.figure:nth-child({k}) a.open-evidence")
    assert browser.js("document.querySelector('#focus-mark').innerText").startswith("83,56%")
    assert "8.690 người (83,56%)" in browser.js("document.querySelector('.sentence').innerText")
    browser.open(cell_url)
    browser.click(f"#figures tr.figure:nth-child({k}) button.choose")
    history = browser.js("document.querySelector('#history').innerText")
    assert REVIEWER in history and "Đã chọn số liệu khác" in history and "83,56%" in history

    # the next night: the same inbox, and her decision is applied
    second = bdhv("run", str(inbox), "--out", str(out), "--plain")
    assert second.returncode == 1, second.stderr
    got = detail_row(out / "matrix.xlsx")
    assert got["Tỷ lệ (%)"] == pytest.approx(83.56) and got["Số liệu"] == "83,56%"
    assert got["Trạng thái"] == "Đạt"
    assert "Đã chọn số liệu khác" in got["Quyết định"] and REVIEWER in got["Quyết định"]
    changes = [[c.value for c in r] for r in load_workbook(out / "matrix.xlsx")["Thay đổi"].iter_rows(min_row=4)]
    assert any(c[0] == "Quyết định" and c[1] == f"CT3 | {COMMUNE}" and REVIEWER in (c[5] or "") for c in changes)
    row_json = next(r for r in json.loads((out / "matrix.json").read_text(encoding="utf-8"))
                    if r["target"] == "CT3" and r["unit"] == COMMUNE)
    assert row_json["decision"]["who"] == REVIEWER and row_json["decision"]["state"] == "applied"
    browser.open(cell_url)
    assert browser.js("document.querySelector('#cell-status').innerText") == "Đạt"
    assert browser.js("document.querySelector('#cell-rate').innerText") == "83,56%"

    # the commune re-sends its report with another figure: the decision is not applied, nor lost
    change_report(inbox)
    third = bdhv("run", str(inbox), "--out", str(out), "--plain")
    assert third.returncode == 1, third.stderr
    got = detail_row(out / "matrix.xlsx")
    assert got["Tỷ lệ (%)"] is None and got["Trạng thái"].startswith("Đã báo cáo")
    assert got["Quyết định"].startswith("Cần xem lại") and REVIEWER in got["Quyết định"]
    browser.open(base + "/?" + urlencode({"kind": "stale"}))
    text = browser.js(f"document.querySelector('{row}').innerText")
    assert "cần xem lại" in text.casefold() and REVIEWER in text
    browser.open(cell_url)
    assert "cần xem lại" in browser.js("document.querySelector('#history').innerText")
    # the runs, and the diff of the last two as a page: the re-sent sentence's <script> stays text
    runs = assert_inert(browser, base + "/runs")
    assert "So với lượt" in runs
    browser.click("#runs a[href^='/diff']")
    assert browser.js(FOREIGN_DOM) == {"scripts": 0, "handlers": 0, "embeds": 0, "images": 0}
    assert "<script>alert(10)</script>" in browser.text() and browser.dialogs == []
    assert report in browser.text()


def detail_row(book: Path) -> dict[str, object]:
    """The ``Chi tiết`` line of CT3 × the commune, by column title."""
    ws = load_workbook(book)["Chi tiết"]
    head = {c.value: c.column for c in ws[3] if c.value}
    for r in range(4, ws.max_row + 1):
        if ws.cell(r, head["Mã"]).value == "CT3" and ws.cell(r, head["Đơn vị"]).value == COMMUNE:
            return {k: ws.cell(r, col).value for k, col in head.items()}
    raise AssertionError("no CT3 line for the commune")


def test_the_check_has_teeth(desk):
    """The same checks on a page that does run a document's markup: the dialog and the nodes are seen."""
    _, _, _, browser = desk
    browser.open("data:text/html,<p>x</p><script>alert(1)</script><img src=x onerror=alert(2)>")
    time.sleep(0.5)
    browser.js("1")  # let the dialog events arrive
    found = browser.js(FOREIGN_DOM)
    assert found["scripts"] == 1 and found["handlers"] == 1 and browser.dialogs
    browser.dialogs.clear()
