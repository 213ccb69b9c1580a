"""Fetching: redirects are re-checked, schemes and sizes limited."""

from __future__ import annotations

import http.server

import pytest

from dyadwatch.sources.fetch import FetchRefused, fetch
from tests.helpers import local_http


@pytest.fixture
def server():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/redirect-private":
                self.send_response(302)
                self.send_header("Location", "http://127.0.0.1:1/secret")
                self.end_headers()
            elif self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
            elif self.path == "/missing":
                self.send_response(404)
                self.end_headers()
            else:
                body = b"Azerbaijan and Armenia signed an agreement."
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *a):
            pass

    with local_http(Handler) as url:
        yield url


def test_fetch_text_and_errors(server):
    got = fetch(server + "/story", allow_private=True)
    assert got.content.startswith(b"Azerbaijan") and got.content_type == "text/plain"
    with pytest.raises(FetchRefused, match="HTTP 404"):
        fetch(server + "/missing", allow_private=True)
    with pytest.raises(FetchRefused, match="redirects"):
        fetch(server + "/loop", allow_private=True)
    with pytest.raises(FetchRefused, match="too large"):
        fetch(server + "/story", allow_private=True, max_bytes=10)


def test_private_addresses_are_refused_at_every_hop(server):
    with pytest.raises(FetchRefused, match="private address 127.0.0.1"):
        fetch(server + "/story")
    for url in ("ftp://example.org/x", "file:///etc/passwd", "http://"):
        with pytest.raises(FetchRefused):
            fetch(url)
    for host in ("169.254.169.254", "10.0.0.1", "[::1]"):
        with pytest.raises(FetchRefused, match="private address"):
            fetch(f"http://{host}/latest/meta-data")
