"""The dashboard: server-rendered pages and a JSON API over the store's snapshot.

Safe on a shared machine and with untrusted content: it binds to 127.0.0.1 unless given a
token (compared in constant time); every page is rendered with autoescaping and served
with a strict Content-Security-Policy (no scripts at all: charts are server-rendered SVG);
links are only made from http(s) URLs; SQL takes parameters only; the store is read-only.
"""

from __future__ import annotations

import base64
import hmac
from datetime import date
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from jinja2 import Environment, PackageLoader, select_autoescape

from dyadwatch import __version__
from dyadwatch.errors import DyadwatchError, StoreError, UsageError
from dyadwatch.report.render import safe_url
from dyadwatch.web import data

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
TOKEN_COOKIE = "dyadwatch_token"


def check_bind(host: str, token: str | None) -> None:
    if host not in LOCAL_HOSTS and not token:
        raise UsageError(f"--host {host}: serving beyond this machine needs a token "
                         "(--token or DYADWATCH_TOKEN)")


def _env() -> Environment:
    env = Environment(loader=PackageLoader("dyadwatch.web", "templates"), autoescape=select_autoescape(["html"]))
    env.filters["safe_url"] = safe_url
    env.filters["svg_uri"] = lambda svg: "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    env.filters["regex_strip_page"] = lambda q: "&".join(
        part for part in str(q).split("&") if part and not part.startswith("page="))
    env.globals["version"] = __version__
    return env


def create_app(store_path: str | Path, token: str | None = None, dossier_files: list[str] | None = None) -> FastAPI:
    from dyadwatch.dossier.load import load_dossier

    dossiers = {"us-azerbaijan": load_dossier("us-azerbaijan")}
    for f in dossier_files or []:
        d = load_dossier(f)
        dossiers[d.id] = d
    reader = data.Reader(store_path)
    env = _env()
    app = FastAPI(title="dyadwatch", version=__version__, docs_url=None, redoc_url=None,
                  description="Dyadic event data, dossiers and their evidence, read-only.")
    app.mount("/static", StaticFiles(packages=[("dyadwatch.web", "static")]), name="static")

    @app.exception_handler(DyadwatchError)
    async def dyadwatch_error(request: Request, exc: DyadwatchError):
        return _error(exc)

    def page(name: str, **ctx) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx))

    async def cached_page(request: Request, build) -> HTMLResponse:
        """A rendered page is reused until a new snapshot is published (charts and tables alike).

        A hit is answered on the event loop; only a miss goes to the thread pool to query and render.
        """
        key = ("page", request.url.path, request.url.query)
        version = reader.version()
        html = data.peek(version, key)
        if html is None:
            html = await run_in_threadpool(data.cached, version, key, lambda: build().body.decode("utf-8"))
        return HTMLResponse(html)

    # -- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def overview_page(request: Request):
        def build():
            from dyadwatch.report.charts import sequence_chart

            ov = data.overview(reader, dossiers)
            charts = {d["id"]: sequence_chart([{"order": v["order"] or 1, "status": v["status"],
                                                "short": v["short_title"]} for v in d["outcomes"]])
                      for d in ov["dossiers"] if d["outcomes"]}
            return page("overview.html", ov=ov, charts=charts)

        return await cached_page(request, build)

    @app.get("/items/{dossier_id}/{item_id}", response_class=HTMLResponse, include_in_schema=False)
    async def item_html(request: Request, dossier_id: str, item_id: str):
        return await cached_page(
            request, lambda: page("item.html", **data.item_page(reader, dossiers, dossier_id, item_id)))

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    async def dyad_html(request: Request, source: str = "USA", target: str = "AZE", freq: str = "year",
                  norm: str = "raw", since: Optional[str] = None, until: Optional[str] = None,
                  both: bool = True, root: Optional[str] = None, code: Optional[str] = None,
                  actor: Optional[str] = None, dataset: Optional[str] = None, page_no: int = Query(1, alias="page")):
        from dyadwatch.web.charts import series_chart

        since, until = since or None, until or None  # an empty form field means no bound

        def build():
            rows = data.dyad(reader, source, target, freq, since, until, both)
            ev = data.events(reader, since=_d(since), until=_d(until), root=root or None, code=code or None,
                             actor=actor or None, dataset=dataset or None, source=source.upper(),
                             target=target.upper(), both=both, page=page_no)
            params = dict(source=source, target=target, freq=freq, norm=norm, since=since or "", until=until or "",
                          both=both, root=root or "", code=code or "", actor=actor or "", dataset=dataset or "")
            return page("dyad.html", rows=rows, ev=ev, p=params, query=request.url.query,
                        chart=series_chart(rows, norm, f"{source}–{target}"))

        return await cached_page(request, build)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_html(page_no: int = Query(1, alias="page")):
        return page("documents.html", docs=data.documents_list(reader, page_no))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_html(doc_id: str):
        return page("document.html", doc=data.document(reader, doc_id))

    @app.get("/chronicle", response_class=HTMLResponse, include_in_schema=False)
    def chronicle_html():
        return page("chronicle.html", events=data.chronicle(reader))

    @app.get("/runs", response_class=HTMLResponse, include_in_schema=False)
    def runs_html(page_no: int = Query(1, alias="page")):
        return page("runs.html", r=data.runs(reader, page_no))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs():
        return page("apidocs.html", spec=app.openapi())

    # -- JSON API -----------------------------------------------------------------------------

    @app.get("/api/dossiers")
    def api_dossiers() -> dict:
        """Every dossier with its items' statuses, trends and evidence."""
        return _json(data.overview(reader, dossiers))

    @app.get("/api/items/{dossier_id}/{item_id}")
    def api_item(dossier_id: str, item_id: str) -> dict:
        """One item: rule, indicators, evidence and its status over time."""
        return _json(data.item_page(reader, dossiers, dossier_id, item_id))

    @app.get("/api/series")
    def api_series(source: str, target: str, freq: str = "month", since: Optional[str] = None,
                   until: Optional[str] = None, both: bool = False) -> list:
        """The dyadic series (see the README for the aggregation rule)."""
        return _json(data.dyad(reader, source, target, freq, since, until, both))

    @app.get("/api/events")
    def api_events(source: Optional[str] = None, target: Optional[str] = None, both: bool = False,
                   since: Optional[str] = None, until: Optional[str] = None, root: Optional[str] = None,
                   code: Optional[str] = None, actor: Optional[str] = None, dataset: Optional[str] = None,
                   page: int = 1) -> dict:
        """Events, newest first, filtered and paginated (50 a page)."""
        return _json(data.events(reader, since=_d(since), until=_d(until), root=root, code=code, actor=actor,
                                 dataset=dataset, source=source and source.upper(),
                                 target=target and target.upper(), both=both, page=page))

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str) -> dict:
        """A document's text and the events coded from it, with their character spans."""
        return _json(data.document(reader, doc_id))

    @app.get("/api/chronicle")
    def api_chronicle() -> list:
        return _json(data.chronicle(reader))

    @app.get("/api/runs")
    def api_runs(page: int = 1) -> dict:
        """Ingest runs, quarantined rows with reasons, rejected documents."""
        return _json(data.runs(reader, page))

    return SecurityHeaders(app, token)


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than Starlette's BaseHTTPMiddleware): token check and headers."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    def __init__(self, app, token: str | None):
        self.app, self.token = app, token

    def __getattr__(self, name):  # the wrapped FastAPI app's attributes (openapi, routes...)
        return getattr(self.app, name)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        set_cookie = False
        if self.token:
            given, set_cookie = self._given(scope)
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                return await Response("token required", status_code=401, media_type="text/plain")(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.HEADERS
                if set_cookie:
                    cookie = f"{TOKEN_COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
                    message["headers"].append((b"set-cookie", cookie.encode()))
            await send(message)

        await self.app(scope, receive, with_headers)

    def _given(self, scope) -> tuple[str, bool]:
        from http.cookies import SimpleCookie
        from urllib.parse import parse_qs

        headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
        auth = headers.get("authorization", "")
        if auth.startswith("Bearer "):
            return auth[7:].strip(), False
        cookie = SimpleCookie(headers.get("cookie", ""))
        if TOKEN_COOKIE in cookie:
            return cookie[TOKEN_COOKIE].value, False
        query = parse_qs(scope.get("query_string", b"").decode()).get("token", [""])[0]
        return query, bool(query)


def _d(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _json(value):
    import json

    return JSONResponse(json.loads(json.dumps(value, default=_default)))


def _default(o):
    if hasattr(o, "isoformat"):
        return o.isoformat()
    if hasattr(o, "model_dump"):
        return o.model_dump(mode="json")
    return str(o)


def _error(e: DyadwatchError) -> Response:
    status = 404 if isinstance(e, data.NotFound) else 503 if isinstance(e, StoreError) else 400
    return Response(f"{e}", status_code=status, media_type="text/plain")
