"""Walking the dependency parse: the clause heads above a word, prepositions, passives, infinitives,
negation. Shared by every question the extraction asks."""

from __future__ import annotations

from bisect import bisect_right

from spacy.symbols import conj as CONJ
from spacy.tokens import Span, Token

from newsgraph.ingest.doctext import doc_text
from newsgraph.ingest.doctree import children_of, head_of, sentence_bounds, token_at
from newsgraph.schema import language
from newsgraph.ingest.extract.triggers import lookup

OBJECT_CONTROL = language()["object_control"]


SUBJECT_DEPS = {"nsubj", "csubj"}


OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}


def governors(token: Token):
    """The chain of clause heads above a token, stopping at the sentence root or a paragraph break
    (the parser sometimes runs two paragraphs into one sentence). The chain of each token is walked
    once a document (its heads' indices kept in user_data): polarity, modality, attribution and the
    date all climb it again."""
    doc = token.doc
    memo = doc.user_data.get("newsgraph_governors")
    if memo is None:
        memo = doc.user_data["newsgraph_governors"] = {}
    chain = memo.get(token.i)
    if chain is None:
        heads, current = [], token
        while (above := head_of(current)) is not current and not paragraph_between(current, above):
            current = above
            heads.append(current.i)
        chain = memo[token.i] = tuple(heads)
    child = token
    for i in chain:
        head = token_at(doc, i)
        yield child, head
        child = head


def paragraph_between(a: Token, b: Token) -> bool:
    """Whether a line break falls in a word or the space after it, from the earlier of a and b up
    to (not including) the later."""
    start, end = sorted((a.i, b.i))
    if start == end:
        return False
    # The words from start up to end, with their spaces, are the text between their offsets.
    doc = a.doc
    return doc_text(doc).find("\n", token_at(doc, start).idx, token_at(doc, end).idx) != -1


def sentence_of(token: Token):
    """token.sent, from the document's sentence bounds found once (doctree) instead of
    walking to the sentence's first and last word on every call."""
    doc = token.doc
    starts, ends = sentence_bounds(doc)
    n = bisect_right(starts, token.i) - 1
    return Span(doc, starts[n], ends[n])  # doc[a:b] without its slice checks (Python, per call)


def conjuncts(token: Token) -> list[Token]:
    """The words coordinated with the token after it: token.conjuncts (spaCy's walk, on doctree's
    heads and children) from the token on."""
    start = token
    while start.dep == CONJ and (above := head_of(start)) is not start:
        start = above
    found, queue = [start], [start]
    for word in queue:
        for child in children_of(word):
            if child.i > word.i and child.dep == CONJ:
                found.append(child)
                queue.append(child)
    return [t for t in found if t.i > token.i]


def infinitival(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def is_complement(verb: Token) -> bool:
    """An infinitive that says what its head verb asks or plans: "urged X to send" (the parser may
    call it an adverbial clause under "urge", "implore", ...)."""
    if verb.dep_ == "xcomp":
        return True
    if verb.dep_ == "advcl" and infinitival(verb) and any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(verb)):
        return True  # "called for him to resign": a for-to clause is what is asked
    return verb.dep_ == "advcl" and infinitival(verb) and bool(lookup(OBJECT_CONTROL, verb.head))


def is_passive(verb: Token) -> bool:
    # "the system manufactured by LIG Nex1" is a reduced passive; "reports that it had sent" is not.
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb))
    )


def prepositions(token: Token) -> list[Token]:
    """Prepositions on a word, counting "to Ukraine" that the parser calls a dative and the "of" of
    "pulled out of"."""
    preps = [c for c in children_of(token) if c.dep_ in ("prep", "prt", "advmod") or (c.dep_ == "dative" and c.pos_ == "ADP")]
    bare = [p for p in preps if p.lower_ != "according" and not any(g.dep_ == "pobj" for g in children_of(p))]
    return preps + [g for p in bare for g in children_of(p) if g.dep_ == "prep"]


def has_negation(token: Token) -> bool:
    for child in children_of(token):
        dep = child.dep_  # read once: each read looks the string up again
        if dep == "neg" or dep in ("det", "advmod", "preconj") and child.lower_ in ("never", "no", "neither"):
            return True
    return False


def is_phrasal(verb: Token, phrases: set[str]) -> bool:
    return any(f"{verb.lemma_.lower()} {c.lower_}" in phrases for c in children_of(verb) if c.dep_ == "prt")


def is_rule_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in children_of(verb))
