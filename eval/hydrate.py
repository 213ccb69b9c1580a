"""Rebuild a scoreable gold file from our stand-off annotations and the sentences' text.

The annotations in ``eval/gold/*.jsonl`` carry no news text (the sentences belong to their
publishers): each row names its page (``url``), the sentence's place on it and the SHA-1 of
the sentence as annotated.  Whoever re-extracts the sentences writes them to
``TEXTDIR/<set>.txt``, one sentence per line in page order (``#`` lines are comments); this
script checks every sentence against its hash and writes PETRARCH XML that
``dyadwatch eval coder OUT.xml [--by-story]`` scores (the ids ``<set>_<n>`` make each set one
story).

    python eval/hydrate.py eval/gold/session17.jsonl TEXTDIR OUT.xml
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr


class Mismatch(Exception):
    """A sentence that is missing or differs from the one annotated."""


def read_standoff(path: Path) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = defaultdict(list)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            sets[row["set"]].append(row)
    return sets


def read_text(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def joined(rows: list[dict], sentences: list[str], source: Path) -> list[tuple[dict, str]]:
    out = []
    for row in rows:
        i = row["sentence"]
        if i > len(sentences):
            raise Mismatch(f"{source}: sentence {i} is missing ({len(sentences)} lines)")
        if sha1(sentences[i - 1]) != row["sha1"]:
            raise Mismatch(f"{source}:{i}: the sentence differs from the one annotated (SHA-1 {row['sha1'][:10]}...)")
        out.append((row, sentences[i - 1]))
    return out


def to_xml(pairs: list[tuple[dict, str]]) -> str:
    parts = ["<Sentences>"]
    for row, text in pairs:
        sid, when = f"{row['set']}_{row['sentence']}", row["date"].replace("-", "")
        parts.append(f"<Sentence id={quoteattr(sid)} date={quoteattr(when)} source={quoteattr(row['url'] or '')}>")
        parts += [f"<EventCoding sourcecode={quoteattr(s)} targetcode={quoteattr(t)} eventcode={quoteattr(c)}/>"
                  for s, t, c in row["events"]]
        parts += [f"<Text>{escape(text)}</Text>", "</Sentence>"]
    return "\n".join(parts + ["</Sentences>", ""])


def hydrate(standoff: Path, textdir: Path) -> str:
    pairs = []
    for name, rows in sorted(read_standoff(standoff).items()):
        source = textdir / f"{name}.txt"
        if not source.exists():
            raise Mismatch(f"{source}: no text for set {name}")
        pairs += joined(sorted(rows, key=lambda r: r["sentence"]), read_text(source), source)
    return to_xml(pairs)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    try:
        xml = hydrate(Path(argv[0]), Path(argv[1]))
    except (Mismatch, OSError, json.JSONDecodeError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    Path(argv[2]).write_text(xml, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
