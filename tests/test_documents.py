"""Documents into the store: formats, refusals, duplicates, coding and provenance."""

from __future__ import annotations

import http.server
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.coding.ingest import ingest_documents
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.sources.documents import read_input
from tests.helpers import local_http

STORY = ("On Monday, Azerbaijani Foreign Minister Jeyhun Bayramov met his Armenian counterpart "
         "Ararat Mirzoyan in Washington. Blinken praised Azerbaijan for its progress.")
PATTERNS = Pipeline(parser="none")


def _ingest(store, *inputs, when=date(2023, 5, 3), **kw):
    return ingest_documents(store, [str(i) for i in inputs], published=when, pipeline=PATTERNS, **kw)


def test_text_document_is_coded_with_provenance(store, tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY)
    [r] = _ingest(store, f)
    assert (r.rows_read, r.rows_stored, r.rows_duplicate, r.rows_quarantined) == (1, 1, 0, 0)
    rows = store.query("SELECT m.source_start, m.source_end, m.target_start, m.target_end, m.verb_start, m.verb_end, "
                       "m.sentence_index, m.coder_version, e.event_code, e.event_date, d.text "
                       "FROM event_mentions m JOIN events e USING (dataset, source_event_id) "
                       "JOIN documents d USING (doc_id) ORDER BY m.sentence_index, m.source_start")
    first = rows[0]
    text = first[10]
    assert text[first[0]:first[1]] == "Azerbaijani Foreign Minister Jeyhun Bayramov"
    assert text[first[2]:first[3]] == "Armenian counterpart Ararat Mirzoyan"
    assert text[first[4]:first[5]] == "met"
    assert first[6] == 0 and first[7].startswith("dyadwatch-coder") and first[8] == "040"
    assert str(first[9]) == "2023-05-01"  # "on Monday" before Wednesday 3 May 2023
    # a meeting is mutual: the counterpart met Bayramov too
    assert text[rows[1][0]:rows[1][1]] == "Armenian counterpart Ararat Mirzoyan" and rows[1][8] == "040"
    last = rows[2]
    assert last[8] == "051" and text[last[0]:last[1]] == "Blinken"


def test_exact_duplicates_are_skipped_and_near_duplicates_share_a_cluster(store, tmp_path):
    a, b, c = (tmp_path / n for n in ("a.txt", "b.txt", "c.txt"))
    a.write_text(STORY)
    b.write_text(STORY + "\n")
    c.write_text(STORY.replace("for its progress", "for its recent progress"))
    ra, rb, rc = _ingest(store, a, b, c)
    assert (ra.rows_stored, rb.rows_duplicate, rc.rows_stored, rc.near_duplicates) == (1, 1, 1, 1)
    clusters = store.query("SELECT count(DISTINCT cluster_id), count(*) FROM documents")[0]
    assert clusters == (1, 2)
    met = store.query("SELECT num_mentions FROM events WHERE dataset = 'docs' AND event_code = '040'")
    assert met == [(2,), (2,)]  # one meeting (an event each way), two reports of it
    assert store.scalar("SELECT count(*) FROM event_mentions WHERE source_event_id IN "
                        "(SELECT source_event_id FROM events WHERE event_code = '040')") == 4


def test_bad_documents_are_rejected_and_the_batch_goes_on(store, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# Talks\n\n" + STORY)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Azerbaijan and Armenia: café talks".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n ")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    reports = _ingest(store, latin, empty, binary, tmp_path / "missing.txt", good)
    reasons = [r.rejects[0] for r in reports[:4]]
    assert "undecodable" in reasons[0] and "empty" in reasons[1] and "binary" in reasons[2] and "no such file" in reasons[3]
    assert reports[4].rows_stored == 1
    for r in reports:
        assert r.rows_read == r.rows_stored + r.rows_duplicate + r.rows_quarantined
    assert store.scalar("SELECT count(*) FROM document_rejects") == 4


def test_html_pdf_and_feeds_are_read(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(f"<html><head><title>Talks</title></head><body><nav>menu</nav><article><p>{STORY}</p>"
                    f"<p>{STORY}</p></article></body></html>")
    doc = read_input(str(html)).documents[0]
    assert "Bayramov met" in doc.text and "menu" not in doc.text and doc.content_type == "text/html"
    from weasyprint import HTML

    pdf = tmp_path / "doc.pdf"
    HTML(string=f"<p>{STORY}</p>").write_pdf(str(pdf))
    assert "Bayramov" in read_input(str(pdf)).documents[0].text
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
      <item><title>Talks in Washington</title><link>https://example.org/1</link>
      <pubDate>Wed, 03 May 2023 10:00:00 GMT</pubDate><description>{STORY}</description></item>
      <item><title>Second</title><link>https://example.org/2</link><description>Iran condemned Azerbaijan on Thursday.</description></item>
      </channel></rss>""")
    docs = read_input(str(feed)).documents
    assert [d.url for d in docs] == ["https://example.org/1", "https://example.org/2"]
    assert docs[0].published == date(2023, 5, 3)


@pytest.fixture
def local_server(tmp_path):
    (tmp_path / "story.html").write_text(f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>")
    (tmp_path / "big.txt").write_text("x" * 200_000)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path), **kw)

        def log_message(self, *a):
            pass

    with local_http(Handler) as url:
        yield url


def test_urls_are_refused_on_private_addresses_unless_allowed(store, local_server):
    [refused] = _ingest(store, f"{local_server}/story.html")
    assert refused.rows_quarantined == 1 and "private address" in refused.rejects[0]
    [fetched] = _ingest(store, f"{local_server}/story.html", allow_private=True)
    assert fetched.rows_stored == 1 and fetched.events_new >= 1
    assert store.scalar("SELECT url FROM documents").startswith("http://127.0.0.1")
    too_big = read_input(f"{local_server}/big.txt", allow_private=True, max_bytes=50_000)
    assert "too large" in too_big.rejects[0].reason
    assert "only http(s)" in read_input("file:///etc/passwd").rejects[0].reason


def test_cli_ingest_docs_json(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text(STORY)
    r = CliRunner().invoke(app, ["ingest", "docs", str(f), "--date", "2023-05-03", "--parser", "none",
                                 "--store", str(tmp_path / "s.duckdb"), "--json"])
    assert r.exit_code == 0, r.output
    obj = json.loads(r.stdout)
    assert obj["rows_stored"] == 1 and obj["mode"] == "patterns" and obj["events_new"] >= 2


def test_unknown_country_actors_are_stored_without_a_country(store, tmp_path):
    f = tmp_path / "raid.txt"
    f.write_text("Insurgents attacked Syria's army near Aleppo on Monday.")
    [r] = _ingest(store, f)
    assert r.rows_stored == 1
    assert store.query("SELECT actor1_code, actor1_country, actor1_agent, actor2_country, actor2_agent, event_code "
                       "FROM events") == [("---REB", None, "REB", "SYR", "MIL", "190")]
