"""The dashboard: HTTP and security checks, then a real browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import httpx
import pytest
import uvicorn

from dyadwatch.coding.ingest import ingest_documents
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.errors import UsageError
from dyadwatch.sources import ingest_file
from dyadwatch.sources.chronicle import bundled_path
from dyadwatch.store import Store
from dyadwatch.web.app import CSP, check_bind, create_app
from tests.helpers import slow_ingest_script

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
STORY = ("On Monday, President Trump praised Azerbaijan and Armenia. Azerbaijani Foreign Minister Jeyhun Bayramov "
         "met his Armenian counterpart Ararat Mirzoyan in Washington.")
XSS = [
    "<script>window.__pwned=1;alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=1;alert(2)\">",
    "<svg onload=\"window.__pwned=1;alert(3)\"></svg>",
    "\"><script>alert(4)</script>",
    "<a href=\"javascript:alert(5)\">click</a>",
    "<iframe src=\"javascript:alert(6)\"></iframe>",
    "<body onload=alert(7)>",
    "<details open ontoggle=alert(8)>",
    "'';!--\"<XSS>=&{()}",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(9)>",
]


class Server:
    def __init__(self, app):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        for _ in range(100):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("server did not start")

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(5)


def _xss_feed(tmp_path: Path) -> Path:
    items = "".join(
        f"<item><title><![CDATA[{p} title]]></title><link>javascript:alert({i})</link>"
        f"<description><![CDATA[Azerbaijan and Armenia. {p} President Trump praised Azerbaijan on Monday. {p}]]>"
        f"</description><pubDate>Wed, 19 Nov 2025 10:00:00 GMT</pubDate></item>"
        for i, p in enumerate(XSS))
    feed = tmp_path / "xss.xml"
    feed.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>{items}</channel></rss>")
    return feed


@pytest.fixture(scope="module")
def site(tmp_path_factory, gdelt_files):
    tmp = tmp_path_factory.mktemp("web")
    path = tmp / "store.duckdb"
    story = tmp / "story.html"
    story.write_text(f"<html><head><title>{XSS[0]} Talks</title></head><body><article><p>{STORY}</p>"
                     f"<p>{STORY} {XSS[1]}</p></article></body></html>")
    with Store(path) as store:
        ingest_file(store, bundled_path(), "chronicle")
        for name, f in gdelt_files.items():
            if name.startswith("georgia"):
                ingest_file(store, f)
        ingest_documents(store, [str(story), str(_xss_feed(tmp))], published=date(2025, 11, 19),
                         pipeline=Pipeline(parser="none"))
    with Server(create_app(path)) as server:
        yield server, path


def test_bind_beyond_localhost_needs_a_token():
    check_bind("127.0.0.1", None)
    with pytest.raises(UsageError, match="token"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", "s3cret")


def test_token_is_required_when_set(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_file(store, bundled_path(), "chronicle")
    with Server(create_app(path, token="s3cret")) as server:
        assert httpx.get(server.url + "/api/chronicle").status_code == 401
        assert httpx.get(server.url + "/api/chronicle", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert httpx.get(server.url + "/api/chronicle", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        with httpx.Client() as c:
            assert c.get(server.url + "/?token=s3cret").status_code == 200
            assert c.get(server.url + "/chronicle").status_code == 200  # the cookie carries on


def test_headers_api_and_parameterized_filters(site):
    server, _ = site
    r = httpx.get(server.url + "/")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    assert "script-src" not in CSP and "'unsafe-inline'" not in CSP
    events = httpx.get(server.url + "/api/events", params={"source": "USA", "target": "GEO", "root": "04"}).json()
    assert events["total"] > 0 and all(e["code"].startswith("04") for e in events["events"])
    evil = httpx.get(server.url + "/api/events", params={"actor": "'; DROP TABLE events; --"}).json()
    assert evil["total"] == 0
    assert httpx.get(server.url + "/api/events").json()["total"] > 1000  # still there
    spec = httpx.get(server.url + "/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/series" in spec["paths"]
    assert httpx.get(server.url + "/documents/nope-nope-nope").status_code == 404
    assert httpx.get(server.url + "/api/events", params={"since": "yesterday"}).status_code == 400


_HOLD_LOCK = slow_ingest_script("writing", 3)


def test_pages_keep_answering_during_an_ingest(tmp_path, gdelt_files):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_file(store, bundled_path(), "chronicle")
    with Server(create_app(path)) as server:
        before = httpx.get(server.url + "/api/events").json()["total"]
        proc = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(path), str(gdelt_files["v2"])],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "writing"  # the writer holds the store's lock now
        statuses = []
        deadline = time.monotonic() + 2.5
        while time.monotonic() < deadline:
            for url in ("/", "/api/events", "/dyad", "/runs"):
                statuses.append(httpx.get(server.url + url, timeout=10).status_code)
        assert proc.stdout.readline().strip() == "done" and proc.wait(10) == 0
        assert set(statuses) == {200} and len(statuses) >= 8
        after = httpx.get(server.url + "/api/events").json()["total"]
        assert after == before + 2111  # the new snapshot is picked up


# -- in a real browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("make test installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context()
    pg = ctx.new_page()
    dialogs = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    ctx.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_every_page_loads_with_its_key_content(site, page):
    server, _ = site
    page.goto(server.url + "/")
    assert "US–Azerbaijan relations" in page.inner_text("h1")
    assert page.locator(".badge").count() > 30 and page.locator("img.chart").count() == 1
    _shot(page, "overview")
    page.click("text=An irreversible peace between Azerbaijan and Armenia")
    assert "Rule" in page.inner_text("main") and page.locator("#history tr").count() > 2
    _shot(page, "item")
    page.goto(server.url + "/dyad?source=USA&target=GEO&freq=month")
    assert page.locator("#events tr").count() > 10 and page.locator("img.chart").count() == 1
    _shot(page, "dyad")
    page.goto(server.url + "/chronicle")
    assert page.locator("#chronicle tr").count() > 150
    _shot(page, "chronicle")
    page.goto(server.url + "/runs")
    assert page.locator("#runs tr").count() >= 5
    _shot(page, "runs")
    page.goto(server.url + "/documents")
    assert page.locator("#documents tr").count() >= 3
    page.goto(server.url + "/docs")
    assert page.locator("#endpoints tr").count() >= 7
    _shot(page, "api")


def test_events_filter_and_pagination(site, page):
    server, _ = site
    page.goto(server.url + "/dyad?source=USA&target=GEO&freq=month")
    page.fill("input[name=root]", "04")
    page.click("#apply")
    page.wait_for_load_state()
    codes = page.locator("#events tr td:nth-child(5)").all_inner_texts()
    assert codes and all(c.startswith("04") for c in codes)
    page.goto(server.url + "/dyad?source=USA&target=GEO&freq=month")
    page.fill("input[name=dataset]", "gdelt")
    page.click("#apply")
    page.wait_for_load_state()
    assert set(page.locator("#events tr td:nth-child(2)").all_inner_texts()) == {"gdelt"}
    first_page = page.locator("#events tr td:first-child").all_inner_texts()
    page.click("#next")
    page.wait_for_load_state()
    assert "page 2" in page.inner_text("#total")
    second_page = page.locator("#events tr td:first-child").all_inner_texts()
    assert second_page and second_page != first_page and max(second_page) <= min(first_page)
    _shot(page, "dyad-filtered")


def test_evidence_link_leads_to_the_document(site, page):
    server, _ = site
    page.goto(server.url + "/items/us-azerbaijan/ctx-priorities")
    page.click("#evidence a.doclink >> nth=0")
    page.wait_for_load_state()
    assert page.locator("#doctext mark.verb").count() >= 1
    page.goto(server.url + "/dyad?source=USA&target=AZE&freq=year&dataset=docs")
    page.click("#events a.doclink >> nth=0")
    page.wait_for_load_state()
    marks = page.locator("#doctext mark")
    assert marks.count() >= 2
    assert set(page.locator("#doctext mark").evaluate_all("els => els.map(e => e.className)")) >= {"source", "verb"}
    _shot(page, "document")


def test_xss_payloads_never_execute(site, page):
    server, _ = site
    urls = ["/", "/documents", "/dyad?source=USA&target=AZE&dataset=docs", "/runs",
            "/items/us-azerbaijan/ctx-priorities"]
    page.goto(server.url + "/documents")
    urls += [a for a in page.locator("#documents a").evaluate_all("els => els.map(e => e.getAttribute('href'))")]
    for url in urls:
        page.goto(server.url + url)
        page.wait_for_load_state()
        assert page.evaluate("window.__pwned") is None, url
        assert page.locator("script").count() == 0, url
        assert page.locator("iframe, svg[onload], img[onerror], details[ontoggle]").count() == 0, url
        hrefs = page.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href') || '')")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")], url
    assert page.dialogs == []
    _shot(page, "xss-document")
