"""Headless Chromium driven over the DevTools protocol: enough to click through the review desk in a test.

No WebDriver: Debian's ``chromium`` (``.ci/apt-packages.txt``) is started with
``--remote-debugging-port=0`` and a fresh profile, and one page is driven over
its WebSocket (``websockets``, already installed with uvicorn). Every
JavaScript dialog a page opens is recorded (and dismissed), so a test can
assert that no document's ``alert(…)`` ever ran; the page's CSP is bypassed,
so an escaping mistake would run instead of being blocked.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic", "--remote-debugging-port=0", "--window-size=1400,1000"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class Browser:
    """One headless Chromium with one page. ``Browser().open(url)``, ``.click(css)``, ``.js(expr)``, ``.close()``."""

    def __init__(self, timeout: float = 60.0) -> None:
        exe = chromium()
        if exe is None:
            raise RuntimeError("no Chromium (apt-get install chromium)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="bdhv-chromium-")
        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self.ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=10)
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.dialogs: list[str] = []
        for method in ("Page.enable", "Runtime.enable"):
            self.send(method)
        self.send("Page.setBypassCSP", {"enabled": True})

    def _port(self) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            if self.proc.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.proc.returncode}")
            time.sleep(0.1)
        raise TimeoutError("chromium did not open its DevTools port")

    def _event(self, msg: dict[str, Any]) -> None:
        self.events.append(msg)
        if msg.get("method") == "Page.javascriptDialogOpening":
            self.dialogs.append(msg["params"].get("message", ""))
            self._id += 1
            self.ws.send(json.dumps({"id": self._id, "method": "Page.handleJavaScriptDialog", "params": {"accept": False}}))

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._id += 1
        mine = self._id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params or {}}))
        deadline = time.monotonic() + self.timeout
        while True:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if msg.get("id") == mine:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self._event(msg)

    def wait_for(self, method: str, since: int) -> dict[str, Any]:
        """The first event ``method`` after ``self.events[since:]`` began (waiting for it)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for msg in self.events[since:]:
                if msg.get("method") == method:
                    return msg
            since = len(self.events)
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if "method" in msg:
                self._event(msg)

    def open(self, url: str) -> None:
        since = len(self.events)
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired", since)

    def js(self, expression: str) -> Any:
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            raise RuntimeError(f"{expression}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def click(self, css: str, navigates: bool = True) -> None:
        """Click the first element matching ``css`` (and wait for the page it leads to)."""
        since = len(self.events)
        found = self.js(f"(() => {{ const e = document.querySelector({json.dumps(css)}); if (!e) return false; e.click(); return true; }})()")
        if not found:
            raise AssertionError(f"nothing matches {css!r} on {self.url}")
        if navigates:
            self.wait_for("Page.loadEventFired", since)

    def fill(self, css: str, value: str) -> None:
        if not self.js(f"(() => {{ const e = document.querySelector({json.dumps(css)}); if (!e) return false; "
                       f"e.value = {json.dumps(value)}; return true; }})()"):
            raise AssertionError(f"nothing matches {css!r} on {self.url}")

    @property
    def url(self) -> str:
        return self.js("location.href")

    def text(self) -> str:
        return self.js("document.body.innerText")

    def screenshot(self, path: Path) -> None:
        import base64

        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"]))

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.ws.close()
        finally:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)
