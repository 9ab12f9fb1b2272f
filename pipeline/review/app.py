"""``bdhv review``: the review desk, a local web app over the run history (FastAPI, Jinja2 templates).

Routes only read the request, call the desk's library functions
(``queue``, ``evidence``, ``decisions``) and render a template; no rule of the
matrix lives here. Pages in Vietnamese, logs in English. Every page is
rendered with autoescape (a document's ``<script>`` is shown as text), under a
Content-Security-Policy that runs only the desk's own script; every form
carries a CSRF token tied to the browser's session cookie; decisions are
accepted only by POST. Bound to 127.0.0.1 unless ``--host`` says otherwise,
and then the desk still answers only under the host names it was started for.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.staticfiles import StaticFiles

from pipeline.core.resources import load_data
from pipeline.reconcile.matrix import registry_names
from pipeline.review import decisions as desk
from pipeline.review.evidence import document_view, page_png
from pipeline.review.queue import STATES, build_queue, counts, filter_queue, load_run
from pipeline.runs.store import RunStore
from schemas.matrix import STATUSES

log = logging.getLogger("bdhv.review")
HERE = Path(__file__).resolve().parent
SESSION, REVIEWER = "bdhv_session", "bdhv_reviewer"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def templates() -> Environment:
    """The pages' templates, autoescaped whatever their file name."""
    from pipeline.core.timefmt import vietnam_time
    from pipeline.export.cells import rate_text
    from pipeline.reconcile.population import reason_text

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["vntime"] = vietnam_time
    env.filters["reason"] = reason_text
    env.filters["rate"] = rate_text
    env.globals.update(review=load_data("review.yaml"), book=load_data("workbook.yaml"), urlencode=urlencode)
    return env


def _csrf(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()


def safe_back(url: str | None) -> str:
    """Where to go after a form: a path of this desk only (``/cell?…``), never another site."""
    return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


def create_app(db: str | Path, hosts: tuple[str, ...] = LOOPBACK) -> FastAPI:
    """The desk over the run history ``db`` (``outputs/bdhv.sqlite``), answering under ``hosts`` only."""
    db = Path(db)
    app = FastAPI(title="bdhv review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = templates()
    secret = secrets.token_bytes(32)

    def store() -> RunStore:
        return RunStore(db)

    def page(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        session = request.cookies.get(SESSION) or secrets.token_urlsafe(24)
        who = unquote(request.cookies.get(REVIEWER, ""))
        html = env.get_template(name).render(request=request, csrf=_csrf(secret, session), who=who,
                                             here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
                                             **ctx)
        resp = HTMLResponse(html, status_code=status_code)
        if request.cookies.get(SESSION) != session:
            resp.set_cookie(SESSION, session, httponly=True, samesite="strict")
        return resp

    def no_run(request: Request) -> HTMLResponse:
        return page(request, "message.html", 404, title="Chưa có lượt chạy",
                    message="Chưa có lượt chạy nào trong lịch sử: chạy bdhv run trước.")

    async def form_of(request: Request) -> dict[str, str]:
        """The form's fields (urlencoded; no multipart), after its CSRF token is checked."""
        body = (await request.body()).decode("utf-8", "replace")
        form = dict(parse_qsl(body, keep_blank_values=True))
        session = request.cookies.get(SESSION, "")
        if not session or not hmac.compare_digest(form.get("csrf", ""), _csrf(secret, session)):
            log.warning("refused a form without a valid CSRF token from %s", request.client.host if request.client else "?")
            raise PermissionError("csrf")
        return form

    @app.middleware("http")
    async def headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        return resp

    @app.exception_handler(PermissionError)
    async def refused(request: Request, exc: PermissionError) -> HTMLResponse:
        return page(request, "message.html", 403, title="Biểu mẫu không hợp lệ",
                    message="Biểu mẫu đã hết hạn hoặc không đến từ bàn duyệt này. Hãy tải lại trang và thử lại.")

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request, unit: str = "", target: str = "", status: str = "", kind: str = "", state: str = "open"):
        s = store()
        try:
            view = load_run(s)
            if view is None:
                return no_run(request)
            items = build_queue(view, s.decision_log())
        finally:
            s.close()
        shown = filter_queue(items, unit or None, target or None, status or None, kind or None, state)
        units = sorted({x for it in items for x in (it.unit, it.name) if x})
        targets = list(dict.fromkeys(r.target for r in view.rows))
        return page(request, "queue.html", view=view, items=shown, counts=counts(items), total=len(items),
                    units=units, targets=targets, statuses=STATUSES, states=STATES, registry=sorted(registry_names()),
                    chosen={"unit": unit, "target": target, "status": status, "kind": kind, "state": state})

    @app.get("/cell", response_class=HTMLResponse)
    def cell(request: Request, target: str, unit: str):
        s = store()
        try:
            view = load_run(s)
            if view is None:
                return no_run(request)
            history = desk.cell_history(s, view, target, unit)
        finally:
            s.close()
        row = view.row(target, unit)
        if row is None:
            return page(request, "message.html", 404, title="Không có ô này", message=f"{target} | {unit}")
        return page(request, "cell.html", view=view, row=row, history=history, figures=desk.figures(row))

    @app.get("/document", response_class=HTMLResponse)
    def document(request: Request, path: str, start: int | None = None, end: int | None = None):
        s = store()
        try:
            view = load_run(s)
        finally:
            s.close()
        shown = document_view(view, path, start, end) if view else None
        if shown is None:
            return page(request, "message.html", 404, title="Không có văn bản này trong lượt chạy", message=path)
        return page(request, "document.html", view=view, doc=shown, path=path)

    @app.get("/page.png")
    def page_image(path: str, page: int, start: int | None = None, end: int | None = None):
        s = store()
        try:
            view = load_run(s)
        finally:
            s.close()
        png = page_png(view, path, page, start, end) if view else None
        if png is None:
            return Response(status_code=404)
        return Response(png, media_type="image/png")

    @app.get("/runs", response_class=HTMLResponse)
    def runs(request: Request):
        s = store()
        try:
            listed = [s.run(i) for i in reversed(s.run_ids())]
        finally:
            s.close()
        return page(request, "runs.html", runs=listed)

    @app.get("/diff", response_class=HTMLResponse)
    def diff(request: Request, a: int, b: int):
        from pipeline.export.diff_report import render_html
        from pipeline.runs.diff import diff_runs

        s = store()
        try:
            changes = diff_runs(s, a, b)
        except (KeyError, ValueError) as e:
            return page(request, "message.html", 404, title="Không so sánh được", message=str(e))
        finally:
            s.close()
        return HTMLResponse(render_html(changes).replace("<body>", '<body><p><a href="/runs">← Lượt chạy</a></p>', 1))

    @app.post("/reviewer")
    async def reviewer(request: Request):
        form = await form_of(request)
        try:
            name = desk.reviewer_name(form.get("name"))
        except desk.Refused as e:
            return page(request, "message.html", 400, title="Thiếu tên", message=e.message_vi)
        resp = RedirectResponse(safe_back(form.get("back")), status_code=303)
        resp.set_cookie(REVIEWER, quote(name), max_age=365 * 24 * 3600, httponly=True, samesite="strict")
        return resp

    @app.post("/decide/{subject}")
    async def decide(request: Request, subject: str):
        form = await form_of(request)
        s = store()
        try:
            view = load_run(s)
            if view is None:
                return no_run(request)
            desk.record_decision(s, view, subject, form, desk.reviewer_name(unquote(request.cookies.get(REVIEWER, ""))))
        except desk.Refused as e:
            log.info("decision refused: %s", e)
            return page(request, "message.html", 400, title="Chưa ghi được quyết định", message=e.message_vi,
                        back=safe_back(form.get("back")))
        finally:
            s.close()
        return RedirectResponse(safe_back(form.get("back")), status_code=303)

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Run the desk with uvicorn until interrupted. Another ``host`` than loopback puts the desk, which has no
    login, on the network: anyone who reaches it can record decisions under any name."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    hosts = LOOPBACK if host in LOOPBACK else ("*",)
    if host not in LOOPBACK:
        log.warning("listening on %s: the review desk has no login; anyone who can reach this port can record decisions", host)
    log.info("review desk on http://%s:%d/ over %s", host if ":" not in host else f"[{host}]", port, db)
    uvicorn.run(create_app(db, hosts), host=host, port=port, log_level="info")
