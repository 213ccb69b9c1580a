"""Benchmark: dashboard latency under load (p50/p99) over a store of >= 1M events.

Builds a store from a raw GDELT 2.0 file of real rows repeated to ``--rows`` events plus the
bundled chronicle, starts ``dyadwatch serve`` on 127.0.0.1, warms each page once, then runs
``--clients`` concurrent clients for at most ``--requests`` requests or ``--seconds`` seconds
(whichever comes first).  If Debian's ``wrk`` is installed, it is run too (8 s per page):
a C load generator adds far less client-side noise than Python on a 2-core machine.  Baseline in the same run: the static stylesheet, which measures
the server and the machine rather than dyadwatch.  Target: p99 <= 100 ms for the overview
and the dyad page.

    python bench/serve.py [--rows 1000000] [--clients 32] [--requests 3000] [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from ingest import build_big  # noqa: E402

from dyadwatch.sources import ingest_file  # noqa: E402
from dyadwatch.sources.chronicle import bundled_path  # noqa: E402
from dyadwatch.store import Store  # noqa: E402

PAGES = {"static (baseline)": "/static/style.css", "overview": "/",
         "dyad": "/dyad?source=USA&target=AZE&freq=month"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-serve-bench-") as tmp:
        big = Path(tmp) / "big.export.CSV"
        build_big(big, args.rows)
        store_path = Path(tmp) / "store.duckdb"
        with Store(store_path) as store:
            ingest_file(store, big)
            ingest_file(store, bundled_path(), "chronicle")
            n = store.scalar("SELECT count(*) FROM events")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "dyadwatch.cli", "serve", "--port", str(port),
                                   "--store", str(store_path)], stdout=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(base + "/static/style.css", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            for url in PAGES.values():  # warm: the first request computes, later ones hit the cache
                httpx.get(base + url, timeout=120).raise_for_status()
            print(f"{n:,} events; {args.clients} clients; at most {args.requests} requests or {args.seconds:.0f} s per page")
            print(f"{'page':20} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'p99 vs baseline':>16}")
            results = {}
            for name, url in PAGES.items():
                results[name] = load(base + url, args)
            floor = percentile(results["static (baseline)"], 0.99)
            print("python asyncio client (bounded in requests and time):")
            for name, lat in results.items():
                p50, p99 = percentile(lat, 0.5) * 1000, percentile(lat, 0.99) * 1000
                print(f"{name:20} {len(lat):9} {p50:8.1f} {p99:8.1f} {percentile(lat, 0.99) / floor:15.2f}x")
            if shutil.which("wrk"):
                print(f"wrk, {args.clients} connections, {WRK_SECONDS} s per page (a C load generator: less client noise):")
                for name, url in PAGES.items():
                    print(f"{name:20} {wrk(base + url, args.clients)}")
        finally:
            server.terminate()
            server.wait(10)
    return 0


WRK_SECONDS = 8


def wrk(url: str, connections: int) -> str:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{WRK_SECONDS}s", "--latency", url],
                         capture_output=True, text=True, timeout=WRK_SECONDS + 30).stdout
    pick = {m.group(1): m.group(2) for m in re.finditer(r"^\s+(50%|99%)\s+(\S+)", out, re.M)}
    rps = re.search(r"Requests/sec:\s+(\S+)", out)
    return f"p50 {pick.get('50%', '?')}, p99 {pick.get('99%', '?')}, {rps.group(1) if rps else '?'} req/s"


def load(url: str, args) -> list[float]:
    """``args.clients`` concurrent clients (asyncio), bounded in requests and in time."""
    return asyncio.run(_load(url, args))


async def _load(url: str, args) -> list[float]:
    deadline = time.monotonic() + args.seconds
    per_client = max(1, args.requests // args.clients)
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as c:
        async def client():
            out = []
            for _ in range(per_client):
                if time.monotonic() > deadline:
                    break
                t0 = time.perf_counter()
                (await c.get(url)).raise_for_status()
                out.append(time.perf_counter() - t0)
            return out

        parts = await asyncio.gather(*(client() for _ in range(args.clients)))
    return [x for part in parts for x in part]


if __name__ == "__main__":
    sys.exit(main())
