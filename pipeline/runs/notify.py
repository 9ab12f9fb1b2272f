"""A failed or refused night told to a web address (``BDHV_NOTIFY_URL``): one small JSON POSTed, standard library only.

It comes on top of ``LAST_RUN_FAILED.txt``, never instead: a webhook that is
down, slow or refuses the request is logged and the night ends as it would
have, with the same outputs and the same exit status.

    notify("http://10.0.0.7:8080/bdhv", {"status": "refused", "code": "empty_inbox", …}, log)
"""
from __future__ import annotations

import http.client
import json
import logging
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

TIMEOUT_S = 10.0  # a night waits at most this long for the webhook


def notify(url: str, payload: dict[str, object], log: logging.Logger, timeout_s: float = TIMEOUT_S) -> bool:
    """POST ``payload`` as UTF-8 JSON to ``url``; True when the server answered 2xx.

    The log names the host only: the rest of a webhook address is often its secret.
    """
    parts = urlsplit(url)
    host = parts.hostname or url
    if parts.scheme not in ("http", "https"):
        log.error("không gửi được thông báo / notification not sent: BDHV_NOTIFY_URL must start with http:// or https://")
        return False
    request = Request(url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"), method="POST",
                      headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "bdhv"})
    try:
        with urlopen(request, timeout=timeout_s) as response:
            status = response.status
    except (OSError, ValueError, http.client.HTTPException) as e:  # refused, timed out, HTTP 4xx/5xx, a bad address
        log.error("không gửi được thông báo / the notification to %s failed: %s", host, e)
        return False
    log.info("đã gửi thông báo / notification sent to %s (HTTP %s)", host, status)
    return True
