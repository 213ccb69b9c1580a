"""Who "we" are in a quotation: the speaker it is attributed to.

"“We have frozen our membership of the CSTO,” Pashinyan told Armenpress" — the act is Pashinyan's
(ARMGOV), but the verb's subject is "we", which no dictionary can code.  News quotes officials far
more often than it paraphrases them, so this component gives the first-person pronouns inside a
quotation ("we", "I", "us") the code of the speaker named next to it: after the closing quote
(", X said", ", said X", "X told ...") or before the opening one ("X said: “...").
"""

from __future__ import annotations

from dyadwatch.coding.mentions import SPEECH, Mention
from dyadwatch.coding.text import Token

_QUOTES = {"“", "”", '"'}
_FIRST_PERSON = {"we", "i", "us", "my", "me"}  # "he visited me here"
_SAYING = SPEECH | {"saying", "quoted", "tells", "posted", "wrote", "writes", "tweeted", "tweets"}
_TOLD = {"told", "tells", "telling"}
_REACH = 6  # tokens between a quote mark and its speaker: '”, the White House quoted President X'


def quoted_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks; a closing mark with no opening one closes a quotation
    begun in an earlier sentence."""
    spans, start = [], None
    for t in tokens:
        if t.text not in _QUOTES:
            continue
        opening = t.text == "“" or (t.text == '"' and start is None)
        if opening and start is None:
            start = t.i + 1
        elif not opening or start is not None:
            spans.append((0 if start is None else start, t.i))
            start = None
    return spans


def left_open(tokens: list[Token]) -> int | None:
    """Where a quotation this sentence opens and does not close starts, or None."""
    start = None
    for t in tokens:
        if t.text in _QUOTES:
            opening = t.text == "“" or (t.text == '"' and start is None)
            start = t.i + 1 if opening and start is None else None
    return start


def closes_earlier(tokens: list[Token]) -> int | None:
    """Where a quotation begun in an earlier sentence closes in this one ("... ,” Aliyev said"), or None."""
    first = next((t for t in tokens if t.text in _QUOTES), None)
    return first.i if first is not None and first.text in ("”", '"') and not _opens(tokens, first.i) else None


def _opens(tokens: list[Token], i: int) -> bool:
    """A straight quote opens when nothing but the sentence's start or a colon precedes it."""
    return tokens[i].text == '"' and (i == 0 or tokens[i - 1].text in (":", ",")) and i + 1 < len(tokens) \
        and tokens[i + 1].text[:1].isupper()


def speaker_of(tokens: list[Token], mentions: list[Mention], a: int, b: int) -> Mention | None:
    """The actor a quotation spanning tokens [a, b) is attributed to."""
    after = [m for m in mentions if b < m.start <= b + _REACH and not m.code.startswith("---")]
    # "..., the White House quoted President Joe Biden as saying": the one quoted, not the one quoting
    after.sort(key=lambda m: m.kind not in ("person", "combined"))
    for m in after:
        if any(t.lower in _TOLD for t in tokens[b:m.start]):
            continue  # "..., Anwar told state-run Chinese broadcaster CGTN": whom one tells is no speaker
        near = tokens[max(b, m.start - 3):m.start] + tokens[m.end:m.end + 3]
        if any(t.lower in _SAYING for t in near):
            return m
    before = [m for m in mentions if m.end <= a - 1 and a - 1 - m.end <= _REACH and not m.code.startswith("---")]
    if before and any(t.lower in _SAYING for t in tokens[before[-1].end:a]):
        return before[-1]
    return None


class QuoteSpeakers:
    """Component: tokens + mentions → mentions, with first-person pronouns in quotations coded as
    their speaker."""

    name, requires, provides = "quotes", ("tokens", "mentions"), ("mentions",)

    def across(self, sentences) -> None:
        """A quotation running over several sentences of a document ("“We place special importance on
        ... . I am confident that ...,” the head of state said"): its speaker, named where it closes,
        speaks its first sentences too."""
        run: list = []  # (sentence, first token inside the quotation) since an unclosed opening
        opener = None  # who the quotation is attributed to before it opens ("PM Modi posted, "Landed in ...")
        last = None  # who spoke the previous sentence's last quotation
        for s in sentences:
            last = self._goes_on(s, last)
            if run and (end := closes_earlier(s.tokens)) is not None:
                who = speaker_of(s.tokens, s.mentions, 0, end) or opener
                for t, a in run if who is not None else ():
                    _speak(t, a, len(t.tokens), who)
                if who is not None and who is opener:
                    _speak(s, 0, end, who)
                run, opener = [], None
            elif run and not any(t.text in _QUOTES for t in s.tokens):
                run.append((s, 0))
            else:
                run, opener = [], None
            if (a := left_open(s.tokens)) is not None:
                run = [(s, a)]
                opener = speaker_of(s.tokens, s.mentions, a, len(s.tokens))

    @staticmethod
    def _goes_on(s, last: Mention | None) -> Mention | None:
        """"“Our relationship ... is incredibly important,” Mr Albanese said. “I look forward to engaging with ...”":
        a sentence that is one quotation with no speaker of its own goes on with the last one quoted.  Returns who
        speaks this sentence's last quotation."""
        spans = quoted_spans(s.tokens)
        if not spans:
            return None
        a, b = spans[-1]
        who = speaker_of(s.tokens, s.mentions, a, b)
        whole = len(spans) == 1 and a == 1 and b >= len(s.tokens) - 2
        if who is None and whole and last is not None:
            _speak(s, a, b, last)
            return last
        return who

    def __call__(self, s) -> None:
        spans = quoted_spans(s.tokens)
        for a, b in spans:
            who = speaker_of(s.tokens, s.mentions, a, b)
            if who is not None:
                _speak(s, a, b, who)
        if not spans and not any(t.text in _QUOTES for t in s.tokens) and (end := _unquoted_end(s.tokens)):
            # "The Chinese president has had the enormous courtesy of inviting us on a state visit, said Correa":
            # speech reported without quotation marks
            who = speaker_of(s.tokens, s.mentions, 0, end)
            if who is not None:
                _speak(s, 0, end, who)


def _unquoted_end(tokens: list[Token]) -> int | None:
    """Where speech reported without quotation marks ends: the comma before ", said X" or ", X said"."""
    for k, t in enumerate(tokens[:-2]):
        if t.text == "," and (tokens[k + 1].lower in ("said", "says") or
                              any(tokens[j].lower in ("said", "says") for j in range(k + 2, min(len(tokens), k + 6)))):
            return k if any(w.lower in _FIRST_PERSON for w in tokens[:k]) else None
    return None


def _speak(s, a: int, b: int, who: Mention) -> None:
    """Code the first-person pronouns of tokens [a, b) of sentence ``s`` as ``who``."""
    taken = {k for m in s.mentions for k in range(m.start, m.end)}
    added = [Mention(t.i, t.i + 1, t.start, t.end, who.code, "anaphor", t.text) for t in s.tokens[a:b]
             if t.lower in _FIRST_PERSON and t.i not in taken and (t.text != "US")]
    added += _our_country(s, a, b, who, taken)
    if added:
        s.mentions = sorted([m for m in s.mentions if not any(x.start <= m.start < x.end for x in added)] + added,
                            key=lambda m: m.start)


def _our_country(s, a: int, b: int, who: Mention, taken: set) -> list[Mention]:
    """"We have learned that the US has expelled our country's ambassador": the speaker's state, and its office
    the possessive names ("our country's ambassador" is the speaker's state's ambassador)."""
    out = []
    for t in s.tokens[a:b - 1]:
        nxt = s.tokens[t.i + 1]
        office = next((m for m in s.mentions if m.kind == "unowned" and m.start == t.i + 1), None)
        if t.lower == "our" and office is not None and len(who.code) >= 3 and not who.code.startswith("---"):
            # "to prepare our teams for our prime minister's visit to Luanda", said by Portugal's minister
            s.mentions = [m for m in s.mentions if m is not office]
            out.append(Mention(t.i, office.end, t.start, office.char_end, who.code[:3] + office.code[3:], "combined",
                               " ".join(x.text for x in s.tokens[t.i:office.end])))
            continue
        if t.lower != "our" or nxt.lower not in ("country", "nation") or t.i in taken or nxt.i in taken:
            continue
        office = next((m for m in s.mentions if m.kind == "unowned" and m.start == t.i + 3
                       and s.tokens[t.i + 2].lower in ("'s", "’s")), None)
        if office is not None:
            out.append(Mention(t.i, office.end, t.start, office.char_end, who.code[:3] + office.code[3:], "combined",
                               " ".join(x.text for x in s.tokens[t.i:office.end])))
        else:
            out.append(Mention(t.i, t.i + 2, t.start, nxt.end, who.code[:3], "anaphor", f"{t.text} {nxt.text}"))
    return out
