"""Sentences and tokens with character offsets (no model needed)."""

from __future__ import annotations

import re
import unicodedata

_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "gen", "hon", "amb", "capt", "maj", "sgt", "adm",  # "Hon. Enrique Manalo"
           "h.e", "h.m", "h.h",  # "H.E. Dr. Phankham Viphavanh": His Excellency
           "lt", "col", "sen", "rep", "gov", "st", "no", "vs", "jan", "ma",  # "Ma. Theresa Lazaro" (Maria)
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "e.u",
           "inc", "ltd", "co", "corp", "jr", "sr", "etc", "i.e", "e.g", "a.m", "p.m",
           "th"}  # "Guðni Th. Jóhannesson": an Icelandic middle name cut short
# "V.K. Singh", "J. Smith": initials end in a period that ends no sentence
_INITIALS = re.compile(r"[a-z](?:\.[a-z])*")
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*\s+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])")  # "injured.Russian": a space lost
# apostrophes: ' and the typographic ’, and ʼ (U+02BC), which Ukrainian outlets write: "Ukraineʼs Ministry";
# a handle is one word, its "@" kept: "President @CSantokhi of Suriname"
_TOKEN = re.compile(r"@?[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ]+(?:[.'’ʼ\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ]+)*\.?|\d+(?:[.,:/]\d+)*|[^\sA-Za-z\d]")


# Quote marks as tokens ("'" and "’" both read as "'" in ``Token.lower``)
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def _folded(word: str) -> str:
    """Without accents: Moldovan outlets print "Chișinău" (with a comma below the s), English ones "Chisinau",
    and a dictionary holds one spelling; both sides of every lookup are tokens, so both are folded alike."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class Token:
    """A word with its character offsets and index, never changed once made.  ``lower`` is computed once:
    the coder's components read it some twenty times per token, and a plain slot is several times cheaper
    to read than a cached property (tokens are made by the hundred thousand)."""

    __slots__ = ("text", "start", "end", "i", "lower")

    def __init__(self, text: str, start: int, end: int, i: int):
        self.text, self.start, self.end, self.i = text, start, end, i
        # a typographic apostrophe is an apostrophe: "chargé d’affaires" is the dictionary's "chargé d'affaires"
        self.lower = _folded(text.lower().replace("’", "'").replace("ʼ", "'"))

    def __eq__(self, other) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end, self.i) == \
            (other.text, other.start, other.end, other.i)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.i))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end}, i={self.i})"

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? followed by space, unless the word is an abbreviation."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        before = text[start:m.start() + 1].rstrip(".!?\"”’')]")
        # "welcomed Tuesday (Mar. 7) by": the bracket before a month's abbreviation does not hide it
        last = before.split()[-1].lower().rstrip(".").lstrip("(\"“‘'[") if before.split() else ""
        if m.group(0).startswith(".") and (last in _ABBREV or _INITIALS.fullmatch(last)):
            continue
        nxt = text[m.end():m.end() + 1]
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“'‘("):
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# "a British-flagged tanker", "US-led forces", "Pakistan-based militants": the state before the hyphen
# owns the thing after it (unlike "Iranian-backed" or "Russian-brokered", where it is someone else's).
_OWNED = re.compile(r"^([A-Z][\w.]*?)(-(?:led|flagged|owned|registered|operated|run|based))$")


# Web text writes "Kassym‑Jomart" and "one‑on‑one" with Unicode hyphens (U+2010 hyphen, U+2011 non-breaking
# hyphen, U+2012 figure dash): read as "-", one character for one, so that offsets still point into the text
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-"})


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    text = text.translate(_HYPHENS)
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group(0)
        start = m.start()
        # A trailing period belongs to the token only for abbreviations such as "U.S.".
        if word.endswith(".") and len(word) > 1 and "." not in word[:-1] and word[:-1].lower() not in _ABBREV:
            word = word[:-1]
        if word[-2:].lower() in ("'s", "’s", "ʼs") and len(word) > 2:  # possessive: "Russia's" → Russia + 's
            tokens.append(Token(word[:-2], offset + start, offset + start + len(word) - 2, len(tokens)))
            tokens.append(Token(word[-2:], offset + start + len(word) - 2, offset + start + len(word), len(tokens)))
        else:
            tokens.append(Token(word, offset + start, offset + start + len(word), len(tokens)))
        if len(word) < len(m.group(0)):
            tokens.append(Token(".", offset + start + len(word), offset + m.end(), len(tokens)))
    return _pairs_apart(_owners_apart(_rejoin_hyphens(tokens)))


def _at(t: Token, i: int) -> Token:
    """The token at index ``i``: itself when nothing before it was merged or split."""
    return t if t.i == i else Token(t.text, t.start, t.end, i)


def _rejoin_hyphens(tokens: list[Token]) -> list[Token]:
    """"U.S.-backed" comes apart at the abbreviation's period: put it back together as one word
    (a backer is no party to the act)."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        a = tokens[k]
        if (k + 2 < len(tokens) and tokens[k + 1].text == "-" and a.end == tokens[k + 1].start
                and tokens[k + 1].end == tokens[k + 2].start and tokens[k + 2].text[:1].isalpha()):
            out.append(Token(a.text + "-" + tokens[k + 2].text, a.start, tokens[k + 2].end, len(out)))
            k += 3
        else:
            out.append(_at(a, len(out)))
            k += 1
    return out


def _owners_apart(tokens: list[Token]) -> list[Token]:
    """"US-led forces", "a British-flagged tanker": the state before the hyphen owns the thing after
    it, so it becomes a word of its own ("US" + "-led")."""
    out: list[Token] = []
    for t in tokens:
        owned = _OWNED.match(t.text) if "-" in t.text else None
        if owned:
            split = t.start + len(owned.group(1))
            out.append(Token(owned.group(1), t.start, split, len(out)))
            out.append(Token(owned.group(2), split, t.end, len(out)))
        else:
            out.append(_at(t, len(out)))
    return out


def _pairs_apart(tokens: list[Token]) -> list[Token]:
    """"the Putin-Kim summit", "U.S.-China talks": names joined by a hyphen are words of their own,
    so each can be an actor.  Dictionary names are tokenized alike ("Guinea-Bissau" stays one entry)."""
    if not any("-" in t.text[1:] for t in tokens):
        return tokens  # nothing to split: keep the tokens (and their indices) as they are
    out: list[Token] = []
    for t in tokens:
        parts = t.text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            out.append(_at(t, len(out)))
            continue
        at = t.start
        for k, p in enumerate(parts):
            if k:
                out.append(Token("-", at, at + 1, len(out)))
                at += 1
            out.append(Token(p, at, at + len(p), len(out)))
            at += len(p)
    return out
