"""Which words are triggers: the trigger index of schema/relations.toml, a word's lemma forms, phrases
whose words decide the act ("imposed a curfew", "went on strike", "a hunger strike"), and light verbs
that only carry the event noun they take ("made a request", "launched an attack")."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import HERE as SCHEMA, RelationType, language, vocabulary
from newsgraph.ingest.doctree import children_of, head_of, token_at
from newsgraph.ingest.doctext import doc_text

LIGHT_VERBS = language()["light_verbs"]
EFFORT_NOUNS = set(language()["effort_nouns"])
PHRASE_CARRIERS = set(language()["phrase_carriers"])
MEDIA_WORDS = set(language()["media_words"])
# A word only WordNet ties to a trigger (schema/wordnet_triggers.toml) is less sure than the lexicon.
WORDNET_WEIGHT = 0.7


@dataclass(frozen=True)
class Trigger:
    relation: RelationType
    phrase: str  # as in the vocabulary: "call on"
    particle: str | None  # "on" in "call on": must be a child of the verb
    converse: bool = False  # "Ukraine received jets from Denmark": source and target swap
    noun: bool = False  # a nominal event ("request", "invasion"): its roles are read off the noun phrase
    words: tuple[str, ...] = ()  # the other words of a phrase ("curfew" of "impose curfew"), near the head
    weight: float = 1.0  # how much a relation it triggers is trusted: lower for WordNet's words


# Clauses of their own under a verb: a phrase's words are never looked for inside them.
OWN_CLAUSES = {"nsubj", "nsubjpass", "csubj", "ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "acl"}


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
        for lemma in relation.converse_nouns:
            nouns.setdefault(lemma, []).append(Trigger(relation, lemma, None, converse=True, noun=True))
        for phrase in relation.nouns:
            lemma, _, particle = phrase.partition(" ")
            nouns.setdefault(lemma, []).append(Trigger(relation, phrase, particle or None, noun=True))
        for phrase in relation.verb_phrases:
            head, *words = phrase.split()
            verbs.setdefault(head, []).append(Trigger(relation, phrase, None, words=tuple(words)))
        for phrase in relation.noun_phrases:
            *words, head = phrase.split()
            nouns.setdefault(head, []).append(Trigger(relation, phrase, None, noun=True, words=tuple(words)))
    # Words WordNet ties to a trigger, where the lexicon has none: read as that trigger.
    beyond = tomllib.loads((SCHEMA / "wordnet_triggers.toml").read_text())
    for table, found in ((verbs, beyond.get("verbs", {})), (nouns, beyond.get("nouns", {}))):
        for word, (name, seed) in found.items():
            if word not in table:
                table[word] = [Trigger(vocabulary().relation(name), seed, None, noun=table is nouns, weight=WORDNET_WEIGHT)]
    # Longest phrases first, then phrasal entries, so "rule out" wins over a plain "rule" where both match.
    for table in (verbs, nouns):
        for triggers in table.values():
            triggers.sort(key=lambda trigger: (-len(trigger.words), trigger.particle is None))
    return verbs, nouns


def triggers_at(token: Token, mentions: DocumentMentions) -> list[Trigger]:
    """The triggers a word can be, in the order to try them. A phrase whose words are all there wins
    over the word alone ("declared a ceasefire" is a truce, not the agreement "ceasefire" is); of two
    phrases, the one whose words are nearer ("opened fire on the border guards" is no open border)."""
    verbs, nouns = trigger_index()
    if is_verb(token):
        candidates = lookup(verbs, token) or []
        if not candidates:
            return []  # most verbs: no trigger, whatever they take
        if any(t.words for t in candidates):
            phrased = verb_phrases(token)
            if phrased:
                return phrased
        if light_use(token, mentions):
            return []
        return [t for t in candidates if not t.words]
    if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
        # A word inside a name is no event: "the Patriot", "Telegram", "the Warsaw Pact Summit".
        candidates = lookup(nouns, token) or []
        if not candidates:
            return []
        if _in_verb_phrase(token) and not _names_its_doer(token, mentions):
            return []  # "went on strike": the verb's phrase is the event, not "strike" on its own
        phrased = _phrases_found(token, candidates, _noun_neighbours(token)) if any(t.words for t in candidates) else []
        return phrased or [t for t in candidates if not t.words]
    return []


def possible_triggers(doc: Doc) -> set[int]:
    """The indices of the tokens that may be triggers: those with a lemma form in the trigger index
    (triggers_at gives nothing for any other). Each distinct (word, lemma) pair of the document is
    asked once; a word right after a hyphen is always kept (its forms depend on the word before it)."""
    words = doc.to_array([LOWER, LEMMA, ORTH])
    if not len(words):
        return set()
    pairs = list(zip(words[:, 0].tolist(), words[:, 1].tolist()))
    for pair in set(pairs).difference(_PAIR_HITS):
        _PAIR_HITS[pair] = _pair_hit(doc.vocab.strings, *pair)
    possible = {i for i, pair in enumerate(pairs) if _PAIR_HITS[pair]}
    hyphen = doc.vocab.strings["-"]
    return possible | {int(i) + 2 for i in (words[1:-1, 2] == hyphen).nonzero()[0]}


# (word, lemma) hashes -> whether a form of theirs is in the trigger index: the same few thousand
# pairs recur in every document, so each is asked once a process (the index never changes).
_PAIR_HITS: dict[tuple[int, int], bool] = {}


def _pair_hit(strings, lower: int, lemma: int) -> bool:
    verbs, nouns = trigger_index()
    return any(form in verbs or form in nouns for form in _forms(strings[lower], strings[lemma]))


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB"))


# Modifiers inside an object ("the border guards") are not words of the verb's phrase.
MODIFIERS = {"compound", "amod", "poss", "nmod", "det", "nummod", "appos"}


def _verb_neighbours(verb: Token, depth: int = 1) -> list[tuple[Token, int]]:
    """The words of a verb's own phrase with their distance: its objects, particles and prepositions
    and their words, not its subject or the clauses under it ("imposed a curfew on the city")."""
    found = []
    for child in children_of(verb):
        if child.dep_ not in OWN_CLAUSES and child.dep_ not in MODIFIERS:
            found.append((child, depth))
            if depth < 3:
                found += _verb_neighbours(child, depth + 1)
            if child.lemma_ in EFFORT_NOUNS or child.lemma_ in PHRASE_CARRIERS:
                # "ended mediation efforts", "suspended aid deliveries": the act is the compound's
                found += [(c, depth) for c in children_of(child) if c.dep_ == "compound"]
    return found


def _noun_neighbours(noun: Token) -> list[tuple[Token, int]]:
    """The modifiers of a noun and the noun phrase it sits in: "hunger strike", "state of emergency"."""
    near = [(c, 1) for c in children_of(noun)] + [(g, 2) for c in children_of(noun) for g in children_of(c)]
    head = noun
    for depth in (1, 2):
        if head.head.i == head.i or head.dep_ in OWN_CLAUSES:
            break
        head = head.head
        near.append((head, depth))
    return near


def _phrases_found(head: Token, candidates: list[Trigger], neighbours: list[tuple[Token, int]]) -> list[Trigger]:
    """The phrase triggers among `candidates` whose words are all near `head`, nearest first."""
    distance: dict[str, int] = {}
    for token, depth in neighbours:
        for form in lemma_forms(token):
            distance[form] = min(depth, distance.get(form, depth))
    found = [t for t in candidates if t.words and all(w in distance for w in t.words)]
    return sorted(found, key=lambda t: (-len(t.words), sum(distance[w] for w in t.words)))


def _names_its_doer(noun: Token, mentions: DocumentMentions) -> bool:
    """"rejected accusations by Israel": the accusation is Israel's act as well as a word of the phrase."""
    from newsgraph.ingest.extract.actors import own_agent  # here: actors reads the trigger index

    return own_agent(noun, mentions)


def _in_verb_phrase(noun: Token) -> bool:
    """Whether the noun is a word of a phrase its verb makes: "strike" in "went on strike"."""
    verb = noun
    for _ in range(3):
        if verb.dep_ in OWN_CLAUSES or verb.head.i == verb.i:
            return False
        verb = verb.head
        if is_verb(verb):
            break
    if not is_verb(verb):
        return False
    forms = set(lemma_forms(noun))
    return any(forms & set(t.words) for t in verb_phrases(verb))


def verb_phrases(verb: Token) -> list[Trigger]:
    """The phrase triggers of a verb whose words are all near it, nearest first: found once a verb
    (kept in the document's user_data), as the verb itself and each noun of its phrase ask."""
    memo = verb.doc.user_data.setdefault("newsgraph_verb_phrases", {})
    phrases = memo.get(verb.i)
    if phrases is None:
        verbs, _ = trigger_index()
        phrases = memo[verb.i] = tuple(_phrases_found(verb, lookup(verbs, verb) or [], _verb_neighbours(verb)))
    return list(phrases)



def lemma_forms(token: Token) -> tuple[str, ...]:
    """The tagger's lemma, then the word with a regular ending stripped (the lemma can be wrong: "hopes" -> "hop").
    Found once a token: every lookup of every table asks again (kept in the document's user_data)."""
    memo = token.doc.user_data.get("newsgraph_lemma_forms")
    if memo is None:
        memo = token.doc.user_data["newsgraph_lemma_forms"] = {}
    forms = memo.get(token.i)
    if forms is None:
        forms = _FORMS_BY_IDS.get((token.lower, token.lemma))  # the ids: reading the strings costs more
        if forms is None:
            if len(_FORMS_BY_IDS) >= 1 << 17:
                _FORMS_BY_IDS.clear()  # bounded, as _forms' own cache is
            forms = _FORMS_BY_IDS[token.lower, token.lemma] = _forms(token.lower_, token.lemma_)
        forms = memo[token.i] = forms + _hyphenated(token, forms)
    return forms


_FORMS_BY_IDS: dict[tuple[int, int], tuple[str, ...]] = {}  # a process's vocabulary: a few ten thousand words


@lru_cache(maxsize=1 << 17)
def _forms(word: str, lemma: str) -> tuple[str, ...]:  # the same few thousand words, asked about again and again
    forms = [lemma.lower(), word]
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + replacement)
    return tuple(forms)


def _hyphenated(token: Token, forms: tuple[str, ...]) -> tuple[str, ...]:
    """"cease-fire" is "ceasefire", "sit-in" one word: the parser splits them at the hyphen."""
    doc = token.doc
    if token.i < 2 or doc_text(doc)[token.idx - 1] != "-":
        return ()  # most words: one character of the text read, not the word before's text
    if (dash := token_at(doc, token.i - 1)).text == "-" and not dash.whitespace_:
        first = token_at(doc, token.i - 2)
        if not first.whitespace_ and head_of(first).i == token.i:
            return tuple(first.lower_ + join + form for form in forms[:2] for join in ("", "-"))
    return ()


def lookup(table, token: Token):
    """The entry of the first of the token's lemma forms that `table` knows (a dict or a set), or None."""
    memo = token.doc.user_data.get("newsgraph_lemma_forms")  # lemma_forms' memo, read here: asked very often
    forms = memo.get(token.i) if memo is not None else None
    if forms is None:
        forms = lemma_forms(token)
    if isinstance(table, dict):
        for form in forms:
            if form in table:
                return table[form]
        return None
    for form in forms:
        if form in table:
            return form
    return None


def light_use(verb: Token, mentions: DocumentMentions) -> bool:
    """"gave a warning", "made a request": a verb whose object is an event noun without a doer of its
    own only carries that event ("rejected Ukraine's request" is a rejection and a request)."""
    from newsgraph.ingest.extract.actors import own_agent  # here: actors reads the trigger index

    if not lookup(LIGHT_VERBS, verb):
        return False  # "suspended aid", "lifted sanctions": the verb is the act
    verbs, nouns = trigger_index()
    own_types = {t.relation.name for t in lookup(verbs, verb) or [] if not t.words}
    for child in children_of(verb):
        if child.dep_ == "dobj" and not own_agent(child, mentions, pronouns=False):
            # only a noun that is an event alone: "training" is one only in "joint training"
            if {t.relation.name for t in lookup(nouns, child) or [] if not t.words} - own_types:
                return True  # "provided aid" stays a supply by the verb; "gave a warning" is a warning
    return False


def has_particle(token: Token, particle: str) -> bool:
    """"called on Japan": the particle follows the verb; "On Monday, X called Y" has none, nor "called
    Labour a machine for talking", where it follows what the object is called (oprd)."""
    predicate = min((c.i for c in children_of(token) if c.dep_ == "oprd"), default=len(token.doc))
    return any(c.dep_ in ("prt", "prep", "advmod", "dative", "agent") and c.lower_ == particle and token.i < c.i < predicate
               and not any(g.ent_type_ in ("DATE", "TIME") for g in children_of(c))
               and not any(w.lower_ in MEDIA_WORDS for w in c.subtree)  # "insisted on BBC Radio 4": where said
               or _marked_clause(c, particle, token)
               for c in children_of(token))


def _marked_clause(clause: Token, particle: str, verb: Token) -> bool:
    """"called for him to resign": the parser may make the particle the mark of the clause after it;
    a date between is no other word of the verb's ("called on Friday for him to resign")."""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and any(
        m.dep_ == "mark" and m.lower_ == particle and (m.i == verb.i + 1 or _only_a_date(verb, m))
        for m in children_of(clause))


def _only_a_date(verb: Token, mark: Token) -> bool:
    """Whether the words between a verb and a later word only say when: "on Friday", "again on Monday"."""
    between = verb.doc[verb.i + 1:mark.i]
    return any(t.ent_type_ in ("DATE", "TIME") for t in between) and all(
        t.ent_type_ in ("DATE", "TIME") or t.is_punct or (t.dep_ in ("prep", "advmod") and t.head.i == verb.i)
        for t in between)
