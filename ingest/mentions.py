"""Stage 3a: find the stretches of text that name actors (before deciding which actor each is)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.ingest.records import Mention

# spaCy's entity labels and the project's entity types. Gazetteer matches already carry a project type.
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group", "LOC": "Place", "FAC": "Place"}
PRONOUNS = {"he", "she", "him", "her", "his"}


@dataclass
class DocumentMentions:
    """Every actor mention in one doc, and which token belongs to which mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, int] = field(default_factory=dict)



def find_mentions(doc: Doc) -> DocumentMentions:
    """Named entities (gazetteer first, then spaCy's NER) and personal pronouns."""
    found = DocumentMentions()
    for ent in doc.ents:
        entity_type = ent.label_ if ent.ent_id_ else NER_TYPES.get(ent.label_)
        if entity_type is None:
            continue
        text = _trim(ent)
        if not text:
            continue
        found.mentions.append(Mention(text, ent.start, ent.end, entity_type, ent.ent_id_ or None))
        for i in range(ent.start, ent.end):
            found.by_token[i] = len(found.mentions) - 1
    for token in doc:
        if token.lower_ in PRONOUNS and token.i not in found.by_token:
            found.mentions.append(Mention(token.text, token.i, token.i + 1, "Pronoun"))
            found.by_token[token.i] = len(found.mentions) - 1
    return found


def _trim(ent: Span) -> str:
    """Drop a leading "the" and a trailing possessive: "the United States's" -> "United States"."""
    tokens = list(ent)
    while tokens and tokens[-1].tag_ == "POS":
        tokens.pop()
    if tokens and tokens[0].lower_ == "the" and not ent.ent_id_:
        tokens.pop(0)
    return " ".join(t.text for t in tokens) if len(tokens) != len(ent) else ent.text


