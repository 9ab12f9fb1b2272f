"""A webhook for the tests to receive on: a real HTTP server on 127.0.0.1, in a thread, keeping every POST."""
from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def webhook(status: int = 200) -> Iterator[tuple[str, list[dict]]]:
    """``(url, received)``: each POST to ``url`` appended as ``{"path", "type", "json"}``, answered ``status``."""
    received: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "type": self.headers["Content-Type"], "json": json.loads(body)})
            self.send_response(status)
            self.end_headers()

        def log_message(self, *args: object) -> None:  # the test says what it needs
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/bdhv/night", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def closed_port_url() -> str:
    """An address nothing listens on: connecting is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/bdhv/night"


@contextmanager
def silent_url() -> Iterator[str]:
    """An address that accepts the connection and never answers: the request times out."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        yield f"http://127.0.0.1:{s.getsockname()[1]}/bdhv/night"
