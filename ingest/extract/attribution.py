"""Attribution: who says so. The subject of the speech verb above the trigger, or "according to X";
never the listener ("told Nikkei Asia")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import language
from newsgraph.ingest.extract.actors import actors_of, subject_of
from newsgraph.ingest.extract.grammar import governors, paragraph_between
from newsgraph.ingest.extract.triggers import lookup

SPEECH_VERBS = language()["speech_verbs"]


def speaker_of(token: Token, mentions: DocumentMentions) -> int | None:
    """Who says so: the subject of a speech verb the trigger is reported under, or "according to X".
    "told Nikkei Asia" names the listener, never the speaker."""
    sentence = token.sent
    for t in sentence:
        if t.lower_ == "according" and t.i + 1 < sentence.end and t.nbor(1).lower_ == "to":
            obj = next((g for g in t.nbor(1).children if g.dep_ == "pobj"), None)
            found = actors_of(obj, mentions)
            if found:
                return found[0]
    for child, head in governors(token):
        dep = child.dep_
        if lookup(SPEECH_VERBS, head) and dep in ("ccomp", "parataxis", "xcomp", "advcl", "conj", "pcomp", "prep"):
            found = actors_of(subject_of(head), mentions)
            if found:
                return found[0]
    # A quotation with the speech verb after it: '"...," Kim said.' parses the quote under the verb.
    root = sentence.root
    arguments = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent")]
    if (lookup(SPEECH_VERBS, root) and token.i != root.i and not any(token in a.subtree for a in arguments)
            and not paragraph_between(token, root)):
        found = actors_of(subject_of(root), mentions)
        if found:
            return found[0]
    return None
