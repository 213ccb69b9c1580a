"""Documents: text, Markdown, HTML, PDF, RSS/Atom feeds and URLs into the ``documents`` table.

Each input becomes zero or more documents (a feed has many).  A document's id is the
sha256 of its normalised text: an exact duplicate is skipped, a near-duplicate (simhash
within 10 bits) is stored and flagged, and joins the story cluster of the one it repeats.
A bad document (undecodable, empty, too large, not text) is recorded as rejected with a
reason; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from dyadwatch.errors import DyadwatchError
from dyadwatch.sources.fetch import MAX_BYTES, fetch

MIN_CHARS = 20
_STOPWORDS = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "was", "said"}


class RejectedDocument(DyadwatchError):
    code = "DW104"


@dataclass
class Document:
    doc_id: str
    text: str
    source: str  # path or URL given by the user
    url: str | None = None
    title: str | None = None
    published: date | None = None
    content_type: str = "text/plain"
    language: str = "und"
    simhash: int = 0


@dataclass
class Reject:
    source: str
    reason: str


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def doc_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit simhash of word 3-shingles: near-identical stories differ in a few bits."""
    words = re.findall(r"\w+", text.lower())
    shingles = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for sh in shingles:
        h = int.from_bytes(hashlib.blake2b(sh.encode(), digest_size=8).digest(), "big")
        for b in range(64):
            weights[b] += 1 if h >> b & 1 else -1
    value = sum(1 << b for b in range(64) if weights[b] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value  # fits a signed BIGINT


def language(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower()[:5000])
    if not words:
        return "und"
    return "en" if sum(w in _STOPWORDS for w in words) / len(words) > 0.08 else "und"


def _kind(data: bytes, name: str, content_type: str) -> str:
    head = data[:2048].lstrip().lower()
    ct = content_type.lower()
    if data[:5] == b"%PDF-" or "pdf" in ct or name.lower().endswith(".pdf"):
        return "pdf"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or "rss" in ct or "atom" in ct:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head or "html" in ct or name.lower().endswith((".html", ".htm")):
        return "html"
    if ct and not ct.startswith(("text/", "application/json", "application/xml")):
        return "binary"
    return "text"


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise RejectedDocument(f"{source}: not a text document (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RejectedDocument(f"{source}: undecodable: not UTF-8 text (byte {e.start})") from None


def _make(text: str, source: str, **meta) -> Document:
    text = text.strip()
    if len(normalise(text)) < MIN_CHARS:
        raise RejectedDocument(f"{source}: empty: no text to code")
    return Document(doc_id(text), text, source, language=language(text), simhash=simhash(text), **meta)


def _html(data: bytes, source: str, url: str | None) -> Document:
    import trafilatura

    html = _decode(data, source)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    published = _as_date(meta.date) if meta is not None and meta.date else None
    title = meta.title if meta is not None else None
    return _make(text, source, url=url, title=title, published=published, content_type="text/html")


def _pdf(data: bytes, source: str, url: str | None) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError) as e:
        raise RejectedDocument(f"{source}: unreadable PDF ({e})") from None
    return _make(text, source, url=url, title=title, content_type="application/pdf")


def _feed(data: bytes, source: str, result: ReadResult) -> None:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        result.rejects.append(Reject(source, f"{source}: feed has no entries"))
    for entry in parsed.entries:
        body = " ".join(c.get("value", "") for c in entry.get("content", [])) or entry.get("summary", "")
        text = re.sub(r"<[^>]+>", " ", body)
        title = entry.get("title")
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            result.documents.append(_make(
                f"{title}. {text}" if title else text, source, url=entry.get("link"), title=title,
                published=date(*when[:3]) if when else None, content_type="application/rss+xml"))
        except RejectedDocument as e:
            result.rejects.append(Reject(entry.get("link") or source, e.message))


def _as_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_input(spec: str, allow_private: bool = False, max_bytes: int = MAX_BYTES) -> ReadResult:
    """One path or URL → documents and rejects (never raises for a bad document)."""
    result = ReadResult()
    try:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec):
            got = fetch(spec, allow_private=allow_private, max_bytes=max_bytes)
            data, name, ctype, url = got.content, got.url, got.content_type, got.url
        else:
            path = Path(spec)
            if not path.is_file():
                raise RejectedDocument(f"{spec}: no such file")
            if path.stat().st_size > max_bytes:
                raise RejectedDocument(f"{spec}: too large ({path.stat().st_size} bytes, limit {max_bytes})")
            data, name, ctype, url = path.read_bytes(), path.name, "", None
        kind = _kind(data, name, ctype)
        if kind == "feed":
            _feed(data, spec, result)
        elif kind == "html":
            result.documents.append(_html(data, spec, url))
        elif kind == "pdf":
            result.documents.append(_pdf(data, spec, url))
        elif kind == "binary":
            raise RejectedDocument(f"{spec}: not a text document ({ctype})")
        else:
            result.documents.append(_make(_decode(data, spec), spec, url=url,
                                          content_type="text/markdown" if name.endswith(".md") else "text/plain"))
    except DyadwatchError as e:
        result.rejects.append(Reject(spec, e.message))
    return result
