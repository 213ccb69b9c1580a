"""Property tests: whatever lines an event file holds, nothing is lost and counts reconcile."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.errors import DyadwatchError
from dyadwatch.sources import ingest_file
from dyadwatch.store import Store

_junk = st.one_of(
    st.text(min_size=1, max_size=80).filter(lambda s: "\n" not in s and "\r" not in s and s.strip()),
    st.lists(st.text(alphabet="0123456789abc ", max_size=6), min_size=1, max_size=70).map("\t".join),
    st.binary(min_size=1, max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b and b.strip()),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_gdelt_importer_never_loses_rows(tmp_path_factory, gdelt_files, data):
    good = gdelt_files["mixed"].read_bytes().splitlines()[:30]
    lines = list(good)
    for _ in range(data.draw(st.integers(0, 8))):
        junk = data.draw(_junk)
        junk = junk if isinstance(junk, bytes) else junk.encode("utf-8")
        lines.insert(data.draw(st.integers(1, len(lines))), junk)
    tmp = tmp_path_factory.mktemp("fuzz")
    path = tmp / "f.tsv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    with Store(tmp / "s.duckdb") as store:
        try:
            r = ingest_file(store, path)
        except DyadwatchError:
            return
        assert r.rows_read == r.rows_stored + r.rows_duplicate + r.rows_quarantined
        assert r.rows_stored == store.scalar("SELECT count(*) FROM events")
        assert r.rows_quarantined == store.scalar("SELECT count(*) FROM quarantine")
        assert r.rows_stored + r.rows_duplicate >= 30 - sum(1 for ln in lines if not ln.strip())
