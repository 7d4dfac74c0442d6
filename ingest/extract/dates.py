"""When: the date expression on the trigger or the clauses above it, else one inside a "during"/"at"
phrase on the trigger or its embedded clause ("during meetings held Wednesday"). ingest/dates.py turns
the text into a date."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.schema import language
from newsgraph.ingest.extract.grammar import governors
from newsgraph.ingest.doctree import children_of

CONTEMPORANEOUS_PREPS = language()["contemporaneous_preps"]


def date_near(token: Token) -> str | None:
    """The date expression that modifies the trigger or the clause that reports it; else one inside
    an adjunct saying when the act took place ("did not request ... during meetings held Wednesday")."""
    for head in [token, *(h for _, h in governors(token))]:
        for child in children_of(head):
            candidates = [child] + [g for g in children_of(child) if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            for candidate in candidates:
                if candidate.ent_type_ == "DATE" and candidate.dep_ in ("npadvmod", "pobj", "tmod", "nmod", "advmod", "compound"):
                    return _date_text(candidate)
        if head.dep_ == "ROOT":
            break
    return _date_in_adjunct(token)


def _date_in_adjunct(token: Token) -> str | None:
    """A date inside a "during"/"at" phrase on the trigger or on the clause it embeds."""
    clauses = [token, *(c for c in children_of(token) if c.dep_ in ("ccomp", "xcomp"))]
    for prep in (c for clause in clauses for c in children_of(clause) if c.dep_ == "prep"):
        if prep.lower_ in CONTEMPORANEOUS_PREPS:
            date = next((t for t in prep.subtree if t.ent_type_ == "DATE"), None)
            if date is not None:
                return _date_text(date)
    return None


def _date_text(token: Token) -> str:
    """The text of the entity the token is in (else the token's): its span read off the entity tags
    around the token, as doc.ents reads them, without building every entity of the document."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type_:
        return token.text
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text
