"""Who did what to whom: verbs between actor mentions become CAMEO-coded events.

Two modes with one interface.  ``patterns`` needs no model: the source is the nearest
actor before the verb, the target the nearest after it (passives with "by" swap them).
``parser`` uses spaCy's dependency parse when the English pipeline is installed: the
source sits in the verb's subject subtree, the target in its object or prepositional
subtrees; where the parse gives no actor, the pattern rule fills in.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadwatch.coding.actors import Mention
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbs import Pattern, VerbDictionary

NEGATION = {"not", "n't", "never", "no", "refused", "declined", "failed", "denied"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "from"}
# A verb form right after these is a noun ("a surprise visit", "further talks", "its support").
NOMINAL_BEFORE = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                  "those", "such", "further", "surprise", "any", "every", "each", "new", "of"}
# Dependency labels of a verb acting as a verb; a verb form as subject or object is a noun.
VERBAL_DEPS = {"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "dep"}
# "agreed to release", "plans to visit": the embedded action is the event, not the intention.
CONTROL = {"agree", "plan", "pledge", "promise", "vow", "intend", "decide", "offer", "threaten", "want", "seek",
           "try", "attempt", "begin", "continue", "order", "ask", "urge", "call", "invite", "refuse", "prepare"}
PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be"}
WINDOW = 7


@dataclass
class CodedEvent:
    source: Mention
    target: Mention
    code: str
    verb_start: int  # char offsets in the document
    verb_end: int
    verb: str


def _pattern(verbs: VerbDictionary, lemma: str, after_words: list[str]) -> Pattern | None:
    for p in verbs.patterns.get(lemma, ()):
        if not p.after or p.after.intersection(after_words):
            return p
    return None


def _inside(i: int, mentions: list[Mention]) -> bool:
    return any(m.start <= i < m.end for m in mentions)


def _distinct(a: Mention, b: Mention) -> bool:
    """Two different actors; a state and its own government ("Canadian government" → Canada) are not."""
    if a.code == b.code:
        return False
    return not (a.country == b.country and (a.code == a.country or b.code == b.country))


def _place(m: Mention, tokens: list[Token]) -> bool:
    """A mention after "in", "at"... ("in Baku", "at the White House") is a place, not a target."""
    prev = [t.lower for t in tokens[max(0, m.start - 2):m.start]]
    return bool(prev) and (prev[-1] in LOCATIVE or (len(prev) == 2 and prev[0] in LOCATIVE and prev[1] == "the"))


_JOINERS = (["and"], [","], [",", "and"], ["or"])


def _group(mentions: list[Mention], k: int, tokens: list[Token], step: int) -> list[Mention]:
    """The mentions conjoined with mentions[k] ("Arnor, Osgiliath and Gondor"), walking by ``step``."""
    group = [mentions[k]]
    j = k
    while 0 <= j + step < len(mentions):
        a, b = (mentions[j + step], mentions[j]) if step < 0 else (mentions[j], mentions[j + step])
        if [t.lower for t in tokens[a.end:b.start]] not in _JOINERS:
            break
        j += step
        group.append(mentions[j])
    return group if step > 0 else group[::-1]


def pattern_roles(tokens: list[Token], i: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(source, target) pairs for the verb at token ``i``; conjoined actors are distributed."""
    before = [m for m in mentions if m.end <= i and not _place(m, tokens)]
    after = [m for m in mentions if m.start > i and not _place(m, tokens)]
    passive = i > 0 and tokens[i - 1].lower in PASSIVE_AUX
    by_agent = next((k for k, m in enumerate(after) if m.start > 0 and tokens[m.start - 1].lower == "by"), None)
    if passive and by_agent is not None and before:
        sources = _group(after, by_agent, tokens, +1)
        targets = _group(before, len(before) - 1, tokens, -1)
    else:
        sources = _group(before, len(before) - 1, tokens, -1) if before else []
        first = next((k for k, m in enumerate(after) if all(_distinct(m, x) for x in sources)), None)
        targets = _group(after, first, tokens, +1) if first is not None else []
        if not targets and len(sources) >= 2 and i - sources[-1].end <= 3:
            # "X and Y delayed their meeting": a joint subject acts on each other
            return [(a, b) for a in sources for b in sources if _distinct(a, b)]
    return [(a, b) for a in sources for b in targets if _distinct(a, b)]


class EventCoder:
    """Component: sentence tokens + mentions → coded events."""

    name = "events"
    requires = ("tokens", "mentions")
    provides = ("events",)

    def __init__(self, verbs: VerbDictionary, nlp=None):
        self.verbs = verbs
        self.nlp = nlp

    @property
    def mode(self) -> str:
        return "parser" if self.nlp is not None else "patterns"

    def needs_parse(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Only sentences with two actors and a dictionary verb can yield an event: parse just those."""
        return len({m.code for m in mentions}) >= 2 and any(
            self.verbs.lemma(t.text) is not None and not _inside(t.i, mentions) for t in tokens)

    def __call__(self, text: str, offset: int, tokens: list[Token], mentions: list[Mention],
                 parsed=None) -> list[CodedEvent]:
        if len({m.code for m in mentions}) < 2:
            return []
        roles, nominal = {}, set()
        if self.nlp is not None:
            doc = parsed if parsed is not None else self.nlp(text)
            roles = self._parse_roles(doc, offset, tokens, mentions)
            by_char = {t.start - offset: t.i for t in tokens}
            nominal = {by_char[t.idx] for t in doc if t.idx in by_char and t.dep_ not in VERBAL_DEPS}
        events, reporting = [], []
        for tok in tokens:
            lemma = self.verbs.lemma(tok.text)
            if lemma is None or _inside(tok.i, mentions) or self._negated(tokens, tok.i):
                continue
            if tok.i in nominal or (tok.i > 0 and tokens[tok.i - 1].lower in NOMINAL_BEFORE):
                continue
            following = [t.lower for t in tokens[tok.i + 1:tok.i + 1 + WINDOW]]
            pattern = _pattern(self.verbs, lemma, following)
            if pattern is None or self._controls(lemma, tokens, tok.i):
                continue
            pairs = _distribute(roles[tok.i], mentions, tokens) if tok.i in roles else \
                pattern_roles(tokens, tok.i, mentions)
            for source, target in pairs:
                event = CodedEvent(source, target, pattern.code, tok.start, tok.end, tok.text)
                (reporting if pattern.reporting else events).append(event)
        chosen = events or [e for e in reporting if e.verb_start == reporting[0].verb_start]
        seen, out = set(), []
        for e in chosen:
            key = (e.source.code, e.target.code, e.code)
            if key not in seen:
                seen.add(key)
                out.append(e)
        return out

    def _controls(self, lemma: str, tokens: list[Token], i: int) -> bool:
        """True when this verb only introduces another coded verb ("agreed to release")."""
        if lemma not in CONTROL:
            return False
        nxt = tokens[i + 1:i + 3]
        return len(nxt) == 2 and nxt[0].lower == "to" and self.verbs.lemma(nxt[1].text) is not None

    @staticmethod
    def _negated(tokens: list[Token], i: int) -> bool:
        return any(t.lower in NEGATION for t in tokens[max(0, i - 3):i])

    def _parse_roles(self, doc, offset, tokens, mentions) -> dict[int, tuple[Mention, Mention]]:
        """Token index of each verb → (source, target) from the dependency parse."""
        by_char = {t.start - offset: t.i for t in tokens}
        out = {}
        for tok in doc:
            i = by_char.get(tok.idx)
            if i is None:
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "obj", "iobj")]
            objs += [g for c in tok.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            src = _first_mention(subj, mentions, offset)
            tgt = _first_mention([o for o in objs if o not in agent], mentions, offset)
            if passive and agent:
                src, tgt = _first_mention(agent, mentions, offset), src
            if src is not None and tgt is not None and _distinct(src, tgt):
                out[i] = (src, tgt)
        return out


def _distribute(pair: tuple[Mention, Mention], mentions: list[Mention], tokens) -> list[tuple[Mention, Mention]]:
    """Spread a parsed (source, target) over the actors conjoined with each."""
    src, tgt = pair
    sources = _group(mentions, mentions.index(src), tokens, +1)
    targets = _group(mentions, mentions.index(tgt), tokens, +1)
    return [(a, b) for a in sources for b in targets if _distinct(a, b)]


def _first_mention(heads, mentions: list[Mention], offset: int) -> Mention | None:
    for h in heads:
        lo = min(t.idx for t in h.subtree) + offset
        hi = max(t.idx + len(t.text) for t in h.subtree) + offset
        inside = [m for m in mentions if lo <= m.char_start and m.char_end <= hi]
        if inside:
            return inside[0]
    return None
