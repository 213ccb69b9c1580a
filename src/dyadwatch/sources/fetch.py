"""Fetching documents over HTTP(S) with limits, refusing private addresses by default.

Every hop of a redirect chain is checked: the host's addresses must all be public unless
``allow_private`` is set (tests use a server on 127.0.0.1 with that flag).  Responses are
streamed and cut off at ``max_bytes``.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlparse

from dyadwatch.errors import DyadwatchError

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 15.0
MAX_REDIRECTS = 5


class FetchRefused(DyadwatchError):
    """A URL that is not fetched (private address, bad scheme, too large, HTTP error)."""

    code = "DW103"


@dataclass
class Fetched:
    url: str
    content: bytes
    content_type: str


def _check_host(url: str, allow_private: bool) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise FetchRefused(f"{url}: only http(s) URLs can be fetched")
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or (443 if parsed.scheme == "https" else 80))
    except socket.gaierror as e:
        raise FetchRefused(f"{url}: cannot resolve {parsed.hostname} ({e.strerror})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        private = (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                   or ip.is_multicast or ip.is_unspecified)
        if private and not allow_private:
            raise FetchRefused(f"{url}: {parsed.hostname} resolves to the private address {ip}; "
                               "use --allow-private to fetch it")


def fetch(url: str, allow_private: bool = False, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT) -> Fetched:
    import httpx

    current = url
    with httpx.Client(follow_redirects=False, timeout=timeout, headers={"User-Agent": "dyadwatch/0.1"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            _check_host(current, allow_private)
            try:
                with client.stream("GET", current) as r:
                    if r.is_redirect:
                        current = urljoin(current, r.headers.get("location", ""))
                        continue
                    if r.status_code >= 400:
                        raise FetchRefused(f"{current}: HTTP {r.status_code}")
                    declared = int(r.headers.get("content-length") or 0)
                    if declared > max_bytes:
                        raise FetchRefused(f"{current}: too large ({declared} bytes, limit {max_bytes})")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise FetchRefused(f"{current}: too large (over {max_bytes} bytes)")
                    return Fetched(current, bytes(body), r.headers.get("content-type", ""))
            except httpx.HTTPError as e:
                raise FetchRefused(f"{current}: {type(e).__name__}: {e}") from None
    raise FetchRefused(f"{url}: more than {MAX_REDIRECTS} redirects")
