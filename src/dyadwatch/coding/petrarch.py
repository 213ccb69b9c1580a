"""Read PETRARCH/Phoenix dictionaries (actors, agents, verbs) and PETRARCH gold records.

The formats are PETRARCH's: ``NAME_ [CODE]`` actor lines with ``+SYNONYM`` lines and dated
codes (``[AZEGOV 920616-930901]``, ``[HOB < 950601]``); agent lines ``NOUN [~GOV]``; verb
blocks ``--- VERB [code] ---`` with ``- words * words [code]`` patterns and ``&SYNSET``
word lists.  A trailing underscore makes a word exact; without it the last word is a stem.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dyadwatch.coding.actors import ActorDictionary, Entry
from dyadwatch.coding.verbs import Pattern, VerbDictionary, inflections
from dyadwatch.errors import UnreadableFile

_CODE = re.compile(r"\[([^\]]*)\]")
_NULL_CODES = {"---", "+++", "###", "xxy", ""}


def _lines(path: Path) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read ({e.strerror})") from None
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return [ln.split("#", 1)[0].rstrip() for ln in text.splitlines()]


def _phrase(raw: str) -> tuple[tuple[str, ...], bool]:
    raw = raw.strip().strip("{}")
    exact = raw.endswith("_")
    words = tuple(w.lower() for w in re.split(r"[_\s]+", raw) if w)
    return words, not exact


def _pdate(s: str) -> date | None:
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        s = ("19" if yy >= 30 else "20") + s
    return date(int(s[:4]), int(s[4:6]), int(s[6:8])) if len(s) == 8 and s.isdigit() else None


def _dated(code_text: str) -> tuple[str, date | None, date | None]:
    parts = code_text.split(None, 1)
    code = parts[0] if parts else ""
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if rest.startswith("<"):
        return code, None, _pdate(rest[1:])
    if rest.startswith(">"):
        return code, _pdate(rest[1:]), None
    if "-" in rest:
        a, b = rest.split("-", 1)
        return code, _pdate(a), _pdate(b)
    return code, None, None


def read_actors(path: Path, into: ActorDictionary | None = None) -> ActorDictionary:
    d = into or ActorDictionary()
    names: list[tuple[tuple[str, ...], bool]] = []
    codes: list[tuple[str, date | None, date | None]] = []

    def flush():
        for words, prefix in names:
            for code, start, end in codes or []:
                if code and code not in _NULL_CODES and words:
                    d.add(Entry(words, code.upper(), "person" if start or end else "state", start, end, prefix))

    for line in _lines(path):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(_phrase(stripped[1:].split("[")[0]))
            codes += [_dated(c) for c in _CODE.findall(stripped)]
        elif line[:1].isspace() and stripped.startswith("["):
            codes += [_dated(c) for c in _CODE.findall(stripped)]
        else:
            flush()
            names = [_phrase(stripped.split("[")[0])]
            codes = [_dated(c) for c in _CODE.findall(stripped)]
    flush()
    return d


def read_agents(path: Path, into: ActorDictionary | None = None) -> ActorDictionary:
    d = into or ActorDictionary()
    for line in _lines(path):
        m = _CODE.search(line)
        if not m or "!" in line.split("[")[0] or not m.group(1).startswith("~"):
            continue
        head = line.split("[")[0]
        forms = re.findall(r"\{([^}]*)\}", head)
        base = re.sub(r"\{[^}]*\}", "", head)
        for raw in [base, *" ".join(forms).split()]:
            words, prefix = _phrase(raw)
            if words:
                agent = "~" + m.group(1)[1:].upper()
                d.add(Entry(words, agent, "agent", prefix=prefix))
                if not prefix:
                    d.add(Entry(words[:-1] + (words[-1] + "s",), agent, "agent"))
    return d


def read_verbs(path: Path) -> VerbDictionary:
    d = VerbDictionary()
    synsets: dict[str, list[str]] = {}
    current_set = None
    lemma = None
    default = None
    for line in _lines(path):
        s = line.strip()
        if not s:
            continue
        if s.startswith("&"):
            current_set = s.rstrip("_").upper()
            synsets[current_set] = []
            continue
        if s.startswith("---"):
            current_set = None
            m = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", s)
            if m:
                lemma, default = m.group(1).rstrip("_").lower(), m.group(2).split(":")[0].strip()
                forms = inflections(lemma)
                if _valid(default):
                    d.add(lemma, Pattern(default, lemma), forms)
                else:
                    d.forms.update({f: lemma for f in forms})
            continue
        if current_set and s.startswith("+"):
            synsets[current_set].append(s[1:].strip().rstrip("_").lower())
            continue
        if lemma is None:
            continue
        if s.startswith("-"):
            m = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]", s)
            if m and _valid(code := m.group(2).split(":")[0].strip()):
                words = _after_verb(m.group(1), synsets)
                if words:
                    d.add(lemma, Pattern(code, lemma, frozenset(words)), set())
            continue
        if s.startswith("+") or s.upper().startswith(lemma.upper()):
            forms = re.findall(r"\{([^}]*)\}", s)
            extra = {f.strip("+_ ").lower().replace("_", " ") for f in " ".join(forms).split()}
            head = re.sub(r"\{[^}]*\}", "", s).strip("+ ").rstrip("_").lower().replace("_", " ")
            for f in {head, *extra}:
                if f and " " not in f:
                    d.forms.setdefault(f, lemma)
    return d


def _valid(code: str) -> bool:
    return code not in _NULL_CODES and bool(re.fullmatch(r"\d{2,4}[A-Z]?", code))


def _after_verb(pattern: str, synsets: dict[str, list[str]]) -> list[str]:
    """The first literal word (or synset members) after the verb marker ``*``."""
    if "*" not in pattern:
        return []
    tail = pattern.split("*", 1)[1]
    for raw in re.split(r"[\s_]+", tail):
        w = raw.strip()
        if not w or w in ("$", "+", "%", "^"):
            continue
        if w.startswith("&"):
            return synsets.get(w.rstrip("_").upper(), [])
        return [w.lower()]
    return []


# -- gold records --------------------------------------------------------------------------------


@dataclass
class GoldSentence:
    id: str
    date: date | None
    text: str
    events: list[tuple[str, str, str]]  # (source, target, code)
    category: str = ""


def _repaired(raw: str) -> str:
    """UniversalPetrarch's validation files are not well-formed XML: ``<EventCoding ...>`` is
    never closed and the XML declaration may appear twice.  Close the one, drop the other."""
    raw = re.sub(r"<\?xml[^>]*\?>", "", raw)
    raw = re.sub(r"</EventCoding\s*>", "", raw)
    raw = re.sub(r"<EventCoding\b([^>]*?)\s*/?>", r"<EventCoding\1/>", raw)
    return re.sub(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)", "&amp;", raw)


def _parse_gold(path: Path) -> ET.Element:
    try:
        raw = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read ({e.strerror})") from None
    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError:
        pass
    try:
        return ET.fromstring(_repaired(raw).encode("utf-8"))
    except ET.ParseError as e:
        raise UnreadableFile(f"{path}:{e.position[0]}: not a PETRARCH XML file ({e})") from None


def read_petrarch_gold(path: Path) -> tuple[list[GoldSentence], dict[str, str]]:
    """Sentences with their expected events, and the dictionaries the file names."""
    root = _parse_gold(path)
    env = {}
    for tag in ("Verbfile", "Actorfile", "Agentfile"):
        el = root.find(f"Environment/{tag}")
        if el is not None and el.text:
            env[tag] = el.text.strip()
    out = []
    for s in root.iter("Sentence"):
        text_el = s.find("Text")
        if text_el is None or not (text_el.text or "").strip():
            continue
        events = [(e.get("sourcecode", ""), e.get("targetcode", ""), e.get("eventcode", ""))
                  for e in s.findall("EventCoding") if e.get("eventcode")]
        raw_date = s.get("date", "")
        when = _pdate(raw_date) if raw_date else None
        out.append(GoldSentence(s.get("id", ""), when, " ".join(text_el.text.split()), events, s.get("category", "")))
    return out, env
