"""Which words are triggers: the trigger index of schema/relations.toml, a word's lemma forms, and
light verbs that only carry the event noun they take ("made a request", "launched an attack")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Token

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import RelationType, language, vocabulary

LIGHT_VERBS = language()["light_verbs"]


@dataclass(frozen=True)
class Trigger:
    relation: RelationType
    phrase: str  # as in the vocabulary: "call on"
    particle: str | None  # "on" in "call on": must be a child of the verb
    converse: bool = False  # "Ukraine received jets from Denmark": source and target swap
    noun: bool = False  # a nominal event ("request", "invasion"): its roles are read off the noun phrase


@cache
def trigger_index() -> tuple[dict[str, list[Trigger]], dict[str, list[Trigger]]]:
    """Verb and noun lemma -> the relation types they can trigger, from schema/relations.toml."""
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for relation in vocabulary().relations.values():
        for phrase in relation.verbs:
            lemma, _, particle = phrase.partition(" ")
            verbs.setdefault(lemma, []).append(Trigger(relation, phrase, particle or None))
        for lemma in relation.converse_verbs:
            verbs.setdefault(lemma, []).append(Trigger(relation, lemma, None, converse=True))
        for phrase in relation.nouns:
            lemma, _, particle = phrase.partition(" ")
            nouns.setdefault(lemma, []).append(Trigger(relation, phrase, particle or None, noun=True))
    # Phrasal entries first, so "rule out" wins over a plain "rule" where both could match.
    for table in (verbs, nouns):
        for triggers in table.values():
            triggers.sort(key=lambda trigger: trigger.particle is None)
    return verbs, nouns


def triggers_at(token: Token, mentions: DocumentMentions) -> list[Trigger]:
    """The triggers a word can be, in the order to try them."""
    verbs, nouns = trigger_index()
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
        if light_use(token, mentions):
            return []
        return lookup(verbs, token) or []
    if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
        # A word inside a name is no event: "the Patriot", "Telegram", "the Warsaw Pact Summit".
        return lookup(nouns, token) or []
    return []


def lemma_forms(token: Token) -> tuple[str, ...]:
    """The tagger's lemma, then the word with a regular ending stripped (the lemma can be wrong: "hopes" -> "hop")."""
    return _forms(token.lower_, token.lemma_)


@lru_cache(maxsize=1 << 17)
def _forms(word: str, lemma: str) -> tuple[str, ...]:  # the same few thousand words, asked about again and again
    forms = [lemma.lower(), word]
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + replacement)
    return tuple(forms)


def lookup(table, token: Token):
    """The entry of the first of the token's lemma forms that `table` knows (a dict or a set), or None."""
    for form in lemma_forms(token):
        if form in table:
            return table[form] if isinstance(table, dict) else form
    return None


def light_use(verb: Token, mentions: DocumentMentions) -> bool:
    """"gave a warning", "made a request": a verb whose object is an event noun without a doer of its
    own only carries that event ("rejected Ukraine's request" is a rejection and a request)."""
    from newsgraph.ingest.extract.actors import own_agent  # here: actors reads the trigger index

    if not lookup(LIGHT_VERBS, verb):
        return False  # "suspended aid", "lifted sanctions": the verb is the act
    verbs, nouns = trigger_index()
    own_types = {t.relation.name for t in lookup(verbs, verb) or []}
    for child in verb.children:
        if child.dep_ == "dobj" and not own_agent(child, mentions):
            if {t.relation.name for t in lookup(nouns, child) or []} - own_types:
                return True  # "provided aid" stays a supply by the verb; "gave a warning" is a warning
    return False


def has_particle(token: Token, particle: str) -> bool:
    """"called on Japan": the particle follows the verb; "On Monday, X called Y" has none."""
    return any(c.dep_ in ("prt", "prep", "advmod", "dative", "agent") and c.lower_ == particle and c.i > token.i
               and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
               for c in token.children)
