"""Who is the source and who the target of a verb, read from spaCy's dependency parse: the source sits in the
verb's subject subtree, the target in its object or prepositional subtrees (``roles.pattern_roles`` reads word order
instead; ``events.py`` decides which to trust for a verb)."""

from __future__ import annotations

from dyadwatch.coding.mentions import Mention, conjoined, distinct, is_place, owned_first, speaker
from dyadwatch.coding.roles import VOICES
from dyadwatch.coding.text import Token

# Prepositions of place in a parse ("met in Abu Dhabi"); "at" and "from" also mark targets ("fired at").
_WHERE = {"in", "near", "outside", "inside", "across", "around", "within", "through", "via"}


def parse_roles(doc, offset: int, tokens: list[Token], mentions: list[Mention]) -> dict[int, tuple[Mention, Mention] | None]:
    """Token index of each verb → (source, target) from the dependency parse, or None when
    the parse shows a subject that is no actor (then no nearby actor may stand in for it)."""
    by_char = {t.start - offset: t.i for t in tokens}
    out = {}
    for tok in doc:
        i = by_char.get(tok.idx)
        if i is None:
            continue
        subj = _subjects(tok)
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "obj", "iobj")]
        # "met ... in Abu Dhabi": a place is where, not whom
        objs += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ not in _WHERE
                 for g in c.children if g.dep_ == "pobj"]
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        src = _first_mention(subj, mentions, offset, holding=True)
        tgt = _first_mention([o for o in objs if o not in agent], mentions, offset)
        if passive and not agent:  # "killed in an air strike by government forces": the "by" sits lower
            agent = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "by" and _own_by(t.head, tok)][:1]
            tgt = None
        if passive and agent:
            src, tgt = _first_mention(agent, mentions, offset), src
            if src is not None and _where(src, tokens) and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "by":
                out[i] = None  # "were received by Federal Councillor Hans Muster in Bern": a doer the dictionary lacks,
                continue  # not the place his phrase names (with no actor at all, the word order decides)
        elif subj and src is None and (agent or not (passive or any(s.dep_ == "nsubjpass" for s in subj))):
            # (but a passive's subject with no "by" is what undergoes the act: "the document would be agreed upon
            # and signed" says nothing of who acts, so the nearby actors may)
            src = _antecedent(subj[0], doc, mentions, offset)
            if src is None:  # the subject is known and is no actor ("the report alleged", "he" of nobody)
                out[i] = None
                continue
        elif not subj and tok.dep_ == "acl":  # "the need to defend Ukraine": the noun is the doer
            src = _first_mention([tok.head], mentions, offset) if tok.head.i < tok.i else None
            if src is None:
                if tok.head.lower_ != "need":  # (but "stressed the need to expand": who stresses it, by word order)
                    out[i] = None
                continue
        if src is not None and tgt is not None and distinct(src, tgt):
            out[i] = (src, tgt)
    return out


def _where(m: Mention, tokens: list[Token]) -> bool:
    return m.start > 0 and tokens[m.start - 1].lower in ("in", "at") and is_place(m, tokens)


def _own_by(by, verb) -> bool:
    """A "by" below the verb that no other verb owns: not "deployed to Kursk, the region controlled by Ukrainian troops"."""
    h = by.head  # spaCy makes a new Token object on each access: compare indices, not identity
    while h.i != verb.i and h.head.i != h.i:
        if h.pos_ in ("VERB", "AUX"):
            return False
        h = h.head
    return h.i == verb.i


_PRONOUNS = {"he", "she", "it", "they", "we", "who", "which", "that"}


def _antecedent(subj, doc, mentions: list[Mention], offset: int) -> Mention | None:
    """A pronoun subject stands for the last actor before it that was itself a subject
    ("Israel announced it would free..."); any other subject without an actor stands for none."""
    if subj.lower_ not in _PRONOUNS:
        return None
    if subj.lower_ == "that" and subj.head.dep_ == "relcl" and subj.head.head.lower_ in VOICES:
        # "Jordan's stance that rejects and condemns the Israeli war": the stance's owner speaks
        owners = [c for c in subj.head.head.children if c.dep_ == "poss"]
        return _first_mention(owners, mentions, offset)
    at = subj.idx + offset
    subjects = {t.idx + offset for t in doc if t.dep_ in ("nsubj", "nsubjpass")}
    earlier = [m for m in mentions if m.char_end <= at and any(m.char_start <= c < m.char_end for c in subjects)]
    if earlier:
        return earlier[-1]
    # "The UN's most powerful body said it deplored...": an institution's "it" stands for the phrase whose owner
    # is the actor ("she" or "he" stand for a person the dictionary does not know)
    if subj.lower_ not in ("it", "they"):
        return None
    phrases = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.idx + offset < at and t.lower_ not in _PRONOUNS]
    return _first_mention(phrases[-1:], mentions, offset)


def _subjects(tok) -> list:
    """The verb's subjects, or those of the verb it is controlled by or conjoined with.

    "Bush was scheduled to give a speech and meet dissidents": "meet" has no subject of its
    own; it shares Bush with "give" (conj) and "scheduled" (xcomp).
    """
    if (held := _with_holder(tok)) is not None:
        return [held]
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj or tok.head is tok:
            return subj
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "praised Turkey after meeting Armenia"
            tok = tok.head.head
        elif tok.dep_ in ("xcomp", "conj") or _nonfinite_clause(tok):
            tok = tok.head
        else:
            return subj
    return []


def _with_holder(tok):
    """"The exchange took place on Wednesday with Azerbaijan releasing 32 Armenians": in "with X doing", X does it
    (the parse hangs the -ing verb from the main one, whose subject is no actor)."""
    if tok.dep_ != "advcl" or not tok.lower_.endswith("ing") or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    return before if before.dep_ == "pobj" and before.head.lower_ == "with" else None


def _nonfinite_clause(tok) -> bool:
    """"...confronting Russia while supporting the Armenians": an -ing or "to" clause shares
    the subject of the verb it hangs from."""
    return tok.dep_ == "advcl" and (tok.lower_.endswith("ing") or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def distribute(pair: tuple[Mention, Mention], mentions: list[Mention], tokens, i: int) -> list[tuple[Mention, Mention]]:
    """Spread a parsed (source, target) over the actors conjoined with each."""
    src, tgt = pair
    # "..., the region controlled by Ukrainian troops, NATO chief Mark Rutte said": the speaker is no co-agent
    sources = [m for m in conjoined(mentions, mentions.index(src), tokens, +1)
               if m is src or m.start < i or not speaker(m, tokens)]
    # "...on Ukraine, Ukraine's air force said": the speaker after a comma is no list member
    targets = [m for m in conjoined(mentions, mentions.index(tgt), tokens, +1) if m is tgt or not speaker(m, tokens)]
    return [(a, b) for a in sources for b in targets if distinct(a, b)]


def _relative_clauses(h, offset: int) -> list[tuple[int, int]]:
    """Character spans of the comma-set relative clauses under ``h``: "restrictions on the work of NGOs, which
    Qatar called disturbing" restricts nothing of Qatar's (but "the delegation that Turkey sent" is Turkey's)."""
    doc = h.doc
    return [(d.left_edge.idx + offset, d.right_edge.idx + len(d.right_edge.text) + offset)
            for d in h.subtree if d.dep_ == "relcl" and d.i != h.i
            and d.left_edge.i > 0 and doc[d.left_edge.i - 1].text == ","]


def _first_mention(heads, mentions: list[Mention], offset: int, holding: bool = False) -> Mention | None:
    for h in heads:
        lo = min(t.idx for t in h.subtree) + offset
        hi = max(t.idx + len(t.text) for t in h.subtree) + offset
        clauses = _relative_clauses(h, offset)
        inside = owned_first([m for m in mentions if lo <= m.char_start and m.char_end <= hi
                              and not any(a <= m.char_start < b for a, b in clauses)])
        if inside:
            return inside[0]
    if not holding:
        return None
    # "in Ashgabat the President of Turkmenistan Gurbanguly Berdimuhamedov hosted": the parse may tear a
    # title from its name; the actor whose mention holds the subject's head word is still the one meant
    return next((m for h in heads for m in mentions if m.char_start <= h.idx + offset < m.char_end), None)
