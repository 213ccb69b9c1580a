"""Small test harnesses shared by several test files."""

from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager


def slow_ingest_script(message: str, seconds: float) -> str:
    """Python source for a subprocess: ingest argv[2] into the store argv[1], printing ``message``
    and sleeping ``seconds`` after the rows are written but before the commit."""
    return f"""
import sys, time
from dyadwatch.store import Store
from dyadwatch.sources import ingest_file
import dyadwatch.sources.runner as runner
orig = runner._insert_events
def slow(con, dataset, run_id):
    n = orig(con, dataset, run_id)
    print({message!r}, flush=True)
    time.sleep({seconds})
    return n
runner._insert_events = slow
with Store(sys.argv[1]) as s:
    ingest_file(s, sys.argv[2])
print("done", flush=True)
"""


@contextmanager
def local_http(handler: type[http.server.BaseHTTPRequestHandler]):
    """Serve ``handler`` on 127.0.0.1 (the only network tests may use); yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
