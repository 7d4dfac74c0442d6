"""Stage 3: find the actors mentioned in a parsed article and the relations between them.

Relations come from the dependency parse: a trigger word from the vocabulary (a verb such as
"warn" or a noun such as "request"), its agent and its target found through the grammar (subject,
passive agent, object, prepositional object, control verbs), then the polarity, modality,
speaker, theme and date read off the words around it. Nothing here knows any particular article.

The rules, in the order a reader meets them below:
- Triggers: verbs and nouns of schema/relations.toml. A light verb whose object is an event noun
  ("made a request", "launched an attack") is not an act itself; the noun is, done by the verb's subject.
- Doer: the subject; the passive agent; for an infinitive or gerund, its controller ("urged X to",
  "was asked to", "accused X of", "Finland's bid to join"); "it"/"they" in "denied that it ..." is
  the reporting subject; "which"/"who" is the noun it relates to. An event noun is never a doer.
- Target: the object (per the type's object_role), a target preposition, the subject of a requested
  clause ("demanded that France withdraw"), or the one reacting to an event noun ("Hungary rejected
  Ukraine's request"). A role noun stands for its owner: "Kyiv's ambassador", "his counterpart Rustem
  Umerov", "the delegation led by the Ukrainian minister".
- Polarity: negation on the trigger, its subject ("neither"), its governing verbs ("did not request
  that", "refused to", "ruled out"), "without"/"instead of", cancelled nominal events, and indefinite
  event nouns under a negated verb ("made no mention of"), never presupposed ones ("the EU's offer").
- Modality: modal auxiliaries, "whether"/"if", and the verb or noun that embeds the act ("plans to",
  "is mulling whether to", "the option of", "will not rule out"); adjunct phrases do not embed.
- Attribution: the subject of the speech verb above the trigger, or "according to X"; never the
  listener ("told Nikkei Asia").
- Date: a date on the trigger or the clauses above it, else one inside a "during"/"at" phrase on
  the trigger or its embedded clause ("during meetings held Wednesday").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.ingest.mentions import PRONOUNS, DocumentMentions
from newsgraph.schema import RelationType, vocabulary

SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
SPEECH_VERBS = {
    "say", "tell", "add", "report", "announce", "state", "claim", "note", "stress", "insist",
    "write", "believe", "argue", "allege", "explain", "confirm", "reveal", "declare", "assert",
    "quote", "cite", "disclose", "indicate", "suggest", "think", "describe", "emphasize", "emphasise",
    "document", "identify", "conclude", "warn", "accuse", "deny", "acknowledge", "admit", "mention",
    "blame", "condemn", "criticize", "criticise",
}
# Verbs and nouns whose embedded act has not happened: the act is their content, so its modality changes.
EMBEDDING_MODALITY = {
    **dict.fromkeys(["plan", "intend", "aim", "pledge", "promise", "vow", "agree", "decide", "decision",
                     "prepare", "expect", "commit", "schedule", "set", "offer", "go", "approve", "authorize",
                     "authorise", "clear"], "future"),
    **dict.fromkeys(["consider", "mull", "weigh", "contemplate", "explore", "discuss", "reconsider", "study",
                     "review", "seek", "try", "attempt", "may", "able", "likely", "unlikely", "ready", "option",
                     "possibility", "prospect", "proposal", "idea"], "possible"),
    **dict.fromkeys(["want", "wish", "hope", "ask", "urge", "request", "implore", "call", "persuade", "demand",
                     "press", "appeal", "need", "push", "encourage", "invite", "beg", "plead", "warn", "threaten",
                     "propose", "suggest", "bid", "effort", "pressure", "doubt"], "hypothetical"),
}
# "urged South Korea to provide": the object of these verbs does what the infinitive says.
OBJECT_CONTROL = {
    "urge", "ask", "persuade", "call", "press", "implore", "force", "push", "encourage", "invite", "help",
    "allow", "order", "tell", "warn", "advise", "request", "require", "pressure", "beg", "convince",
    "compel", "authorize", "permit", "enable", "appeal", "lobby", "exhort", "entreat", "expect",
}
# "denied that ...", "refused to ...", "ruled out sending": the embedded act is negated.
NEGATING_VERBS = {"deny", "refuse", "decline", "fail", "reject", "avoid", "stop", "cease", "halt", "forgo",
                  "prevent", "ban", "bar", "block", "forbid", "prohibit", "deter", "dissuade"}
# Requests that name their success: failing at them still means asking.
SUCCESS_VERBS = {"persuade", "convince"}
# "accused Russia of shelling", "warned Japan against deploying": the object does the -ing act.
OBJECT_PCOMP = {"accuse", "blame", "suspect", "charge", "thank", "praise", "criticize", "criticise", "condemn",
                "warn", "prevent", "ban", "bar", "block", "stop", "deter", "dissuade", "forbid", "prohibit"}
# "The summit was cancelled": the nominal event did not take place.
CANCELLING_VERBS = {"cancel", "postpone", "scrap", "abandon", "shelve", "delay", "call off", "put off", "suspend"}
# "thousands of Greenpeace activists" are Greenpeace's.
CROWD_WORDS = {"thousands", "hundreds", "dozens", "millions", "tens", "scores"}
EXISTENCE_VERBS = {"exist", "happen", "occur", "materialize", "materialise"}
# "Ukraine made a request", "Russia launched an attack": the verb's subject did the nominal event.
LIGHT_VERBS = {
    "make", "launch", "carry", "conduct", "issue", "file", "submit", "sign", "hold", "form", "impose",
    "express", "voice", "stage", "mount", "renew", "reiterate", "repeat", "deliver", "give", "offer",
    "send", "begin", "start", "step", "intensify", "escalate", "seal", "strike", "reach", "conclude",
    "establish", "forge", "lodge", "level", "continue", "pledge", "announce", "have", "agree", "provide",
    "approve", "authorize", "authorise", "clear", "plan", "request", "seek", "propose", "threaten",
    "put", "place", "slap", "enter", "build", "deepen", "expand", "strengthen", "resume", "complete",
}
# "Hungary rejected Ukraine's request": the subject of these verbs is what the nominal event was aimed at.
REACTION_VERBS = {
    "dismiss", "reject", "ignore", "heed", "welcome", "receive", "accept", "deny", "rebuff", "brush", "defy",
    "refuse", "turn", "answer", "face", "decline", "resist", "shrug", "spurn", "snub",
}
# "Seoul and Tokyo vowed to ...": each promised; a promise by two is no agreement between them.
ONE_SIDED_VERBS = {"promise", "pledge", "vow", "commit", "offer"}
# "received a proposal from": what is received from someone is not always material.
NOT_MATERIAL = {"proposal", "request", "letter", "message", "invitation", "call", "report", "information",
                "assurance", "assurances", "briefing", "complaint", "note", "question", "questions", "response",
                "permission", "approval", "consent", "guarantee", "guarantees", "signal", "news", "word"}
# "a package of aid", "a new round of sanctions": the event noun is measured by these.
QUANTITY_NOUNS = {"package", "tranche", "batch", "round", "wave", "series", "shipment", "set", "raft", "string"}
# "introduced a resolution urging X to ...": a text says what its authors say.
DOCUMENT_NOUNS = {"resolution", "statement", "letter", "bill", "motion", "declaration", "communique", "petition",
                  "memo", "memorandum", "op-ed", "editorial", "post", "tweet"}
# "China denied that it had ...": these subjects of a complement clause are the reporting verb's subject.
ANAPHORIC_SUBJECTS = {"it", "they"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
MODAL_AUX = {"will": "future", "shall": "future", "'ll": "future", "would": "hypothetical",
             "could": "possible", "might": "possible", "may": "possible", "can": "possible",
             "should": "hypothetical", "must": "hypothetical", "wo": "future", "'d": "hypothetical"}
POSSIBILITY_WORDS = {"possibly", "potentially", "perhaps", "maybe", "option", "possibility", "idea",
                     "prospect", "proposal", "plan", "whether", "likely", "reportedly"}
HYPOTHETICAL_MARKS = {"if", "unless"}
POSSIBLE_MARKS = {"whether"}
INDEFINITE_DETS = {"a", "an", "any", "no", "some"}
# "the option of providing", "call for sanctions": prepositions that introduce a noun's or verb's content.
COMPLEMENT_PREPS = {"of", "for", "to", "on", "about", "into", "against", "toward", "towards"}


@dataclass(frozen=True)
class RawRelation:
    """A relation between two mentions, before mentions are resolved to actors."""

    source: "MentionRef"
    target: "MentionRef"
    type: str
    polarity: str
    modality: str
    attributed_to: "MentionRef | None"
    theme: str | None
    sentence: str
    sentence_index: int
    date_text: str | None
    confidence: float
    trigger: str | None = None  # the vocabulary entry that matched: "call on", "invasion"


@dataclass(frozen=True)
class MentionRef:
    """A mention by its token span; `index` points into DocumentMentions.mentions."""

    index: int


@dataclass(frozen=True)
class Trigger:
    relation: RelationType
    phrase: str  # as in the vocabulary: "call on"
    particle: str | None  # "on" in "call on": must be a child of the verb
    converse: bool = False  # "Ukraine received jets from Denmark": source and target swap


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
            nouns.setdefault(lemma, []).append(Trigger(relation, phrase, particle or None))
    # Phrasal entries first, so "rule out" wins over a plain "rule" where both could match.
    for table in (verbs, nouns):
        for triggers in table.values():
            triggers.sort(key=lambda trigger: trigger.particle is None)
    return verbs, nouns


# --- relations -------------------------------------------------------------------------------


def find_relations(doc: Doc, mentions: DocumentMentions) -> list[RawRelation]:
    relations: list[RawRelation] = []
    for sent_index, sent in enumerate(doc.sents):
        if _is_question(sent):
            continue  # "Did China send weapons to Russia?" asserts nothing
        for token in sent:
            candidates, reader = _triggers_at(token, mentions)
            for trigger in candidates:
                if trigger.particle and not _has_particle(token, trigger.particle):
                    continue
                found = _relations_at(token, trigger, reader, mentions, sent, sent_index)
                relations.extend(found)
                if found:
                    break  # an ambiguous word ("call", "strike") is the first type whose roles fit
    return relations


def _is_question(sent) -> bool:
    words = [t for t in sent if not t.is_space and not t.is_quote]
    return bool(words) and words[-1].text == "?"


def _triggers_at(token: Token, mentions: DocumentMentions) -> tuple[list[Trigger], Callable | None]:
    """The triggers a word can be, and how to read its roles (None: a verb, read by trigger)."""
    verbs, nouns = trigger_index()
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
        if _light_use(token, mentions):
            return [], None
        return _lookup(verbs, token) or [], None
    if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
        # A word inside a name is no event: "the Patriot", "Telegram", "the Warsaw Pact Summit".
        return _lookup(nouns, token) or [], _noun_roles
    return [], None


def _lemma_forms(token: Token) -> list[str]:
    """The tagger's lemma, then the word with a regular ending stripped (the lemma can be wrong: "hopes" -> "hop")."""
    word = token.lower_
    forms = [token.lemma_.lower(), word]
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + replacement)
    return forms


def _lookup(table, token: Token):
    """The entry of the first of the token's lemma forms that `table` knows (a dict or a set), or None."""
    for form in _lemma_forms(token):
        if form in table:
            return table[form] if isinstance(table, dict) else form
    return None


def _light_use(verb: Token, mentions: DocumentMentions) -> bool:
    """"gave a warning", "made a request": a verb whose object is an event noun without a doer of its
    own only carries that event ("rejected Ukraine's request" is a rejection and a request)."""
    if not _lookup(LIGHT_VERBS, verb):
        return False  # "suspended aid", "lifted sanctions": the verb is the act
    verbs, nouns = trigger_index()
    own_types = {t.relation.name for t in _lookup(verbs, verb) or []}
    for child in verb.children:
        if child.dep_ == "dobj" and not _own_agent(child, mentions):
            if {t.relation.name for t in _lookup(nouns, child) or []} - own_types:
                return True  # "provided aid" stays a supply by the verb; "gave a warning" is a warning
    return False


def _own_agent(noun: Token, mentions: DocumentMentions) -> bool:
    """Whether a nominal event names its doer: "Ukraine's request", "accusations by the US"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and _actors(child, mentions):
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            if any(_actors(g, mentions) for g in child.children if g.dep_ == "pobj"):
                return True
    return False


def _has_particle(token: Token, particle: str) -> bool:
    return any(c.dep_ in ("prt", "prep", "advmod", "dative", "agent") and c.lower_ == particle for c in token.children)


@dataclass
class Roles:
    sources: list[int]
    targets: list[int]
    theme: Token | None
    direct: bool  # both ends found by the grammar, not guessed from context


def _relations_at(token, trigger, reader, mentions, sent, sent_index) -> list[RawRelation]:
    reader = reader or (_converse_roles if trigger.converse else _verb_roles)
    roles = reader(token, trigger.relation, trigger.particle, mentions)
    if roles is None:
        return []
    relation_type = _retyped(trigger.relation, roles.theme)
    polarity = "negative" if _negated(token) else "positive"
    modality = _modality(token)
    speaker = _speaker(token, mentions)
    date_text = _date_near(token)
    confidence = 0.8 if roles.direct else 0.6
    theme = _phrase(roles.theme) if roles.theme is not None else None
    out = []
    for source in roles.sources:
        for target in roles.targets:
            if source == target or _same_text(mentions, source, target):
                continue
            out.append(
                RawRelation(
                    MentionRef(source), MentionRef(target), relation_type, polarity, modality,
                    MentionRef(speaker) if speaker is not None and speaker != source else None,
                    theme, sent.text.strip(), sent_index, date_text, confidence, trigger.phrase,
                )
            )
    return out


def _retyped(relation: RelationType, theme: Token | None) -> str:
    """"sent 12,000 troops to Russia" is a deployment, not a supply: the theme decides (theme_nouns)."""
    if theme is not None:
        for other in vocabulary().relations.values():
            if relation.name in other.takes_over and _lookup(set(other.theme_nouns), theme):
                return other.name
    return relation.name


def _same_text(mentions: DocumentMentions, a: int, b: int) -> bool:
    ma, mb = mentions.mentions[a], mentions.mentions[b]
    return (ma.key and ma.key == mb.key) or ma.text == mb.text


# --- who did it, to whom, about what ---------------------------------------------------------------


def _actors(token: Token | None, mentions: DocumentMentions, agent: bool = False) -> list[int]:
    """The mentions a noun phrase stands for, following coordination ("Yoon and Kishida").

    A phrase that is not itself a name stands for the actor it belongs to: "Kyiv's ambassador",
    "the Ukrainian delegation", "the delegation from Ukraine", "South Korea's Defense Ministry".
    As the doer (`agent`), an event noun stands for nobody: "Russia's warnings" do not send weapons.
    """
    if token is None:
        return []
    found = []
    for head in [token, *_conjuncts(token)]:
        index = mentions.by_token.get(head.i)
        if index is None and not (agent and _lookup(trigger_index()[1], head)):
            index = _owner(head, mentions)
        if index is not None and index not in found:
            found.append(index)
    return found


def _conjuncts(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i]


def _owner(token: Token, mentions: DocumentMentions) -> int | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    appositive = next((c for c in token.children if c.dep_ == "appos" and c.i in mentions.by_token), None)
    if appositive is not None:
        return mentions.by_token[appositive.i]  # "his counterpart Rustem Umerov" is Umerov
    order = ["poss", "compound", "amod", "nmod", "nummod", "prep"]  # "F-16 jets" may parse as a number
    for child in sorted((c for c in token.children if c.dep_ in order), key=lambda c: order.index(c.dep_)):
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            found = _possessive_owner(child, mentions)
            if found is not None:
                return found
        elif child.dep_ != "prep" and child.i in mentions.by_token:
            return mentions.by_token[child.i]
        elif child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.i in mentions.by_token:
                    return mentions.by_token[grandchild.i]
                if grandchild.dep_ == "pobj" and child.lower_ == "of" and (token.like_num or token.lower_ in CROWD_WORDS):
                    return _owner(grandchild, mentions)  # "thousands of Greenpeace activists"
    return _leader(token, mentions)


def _leader(token: Token, mentions: DocumentMentions) -> int | None:
    """"the delegation led by the Ukrainian defense minister" stands for the minister's side; "a
    ceasefire brokered by Qatar" is no actor at all."""
    if _lookup(trigger_index()[1], token):
        return None
    for child in token.children:
        agent = next((g for g in child.children if g.dep_ == "agent"), None) if child.dep_ == "acl" else None
        if agent is not None:
            found = _actors(next((g for g in agent.children if g.dep_ == "pobj"), None), mentions)
            if found:
                return found[0]
    return None


def _possessive_owner(pronoun: Token, mentions: DocumentMentions) -> int | None:
    """"its forces", "their country": the country or organisation the clause's subject stands for.
    "his/her country" is a mention of its own (mentions.py), resolved to the person's country."""
    for _, head in _governors(pronoun):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.i not in mentions.by_token and pronoun not in subject.subtree:
            owner = _owner(subject, mentions) if subject.pos_ in ("NOUN", "PROPN") else None
            if owner is not None and mentions.mentions[owner].label in ("Country", "Organization"):
                return owner
            return None
    return None


def _subject(verb: Token) -> Token | None:
    """The doer of a verb: its subject, the agent of a passive, or the controller of a clause."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head  # "Iran, which has supplied Russia with drones"
            if child.lower_ in ANAPHORIC_SUBJECTS:
                return _reporter(verb) or child  # "China denied that it had supplied ..."
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if _is_passive(verb):
        return None
    head = verb.head
    if _complement(verb) and head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
        return _controller(head)
    if verb.dep_ == "advcl" and head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children):
        return None  # an infinitive hung on a since-/after-clause is more often a parser slip than its purpose
    if verb.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return _subject(head)
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ == "NOUN" and _lookup(EMBEDDING_MODALITY, head.head):
        return _noun_controller(head.head)  # "reconsider the option of providing"
    governor = head.head.head if head.head.pos_ == "ADV" else head.head  # "stopped short of"
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and governor.pos_ in ("VERB", "AUX"):
        return _pcomp_controller(governor)  # "accused Russia of shelling", "before meeting Xi, Biden ..."
    if verb.dep_ == "acl" and _infinitival(verb) and _lookup(EMBEDDING_MODALITY, head):
        return _noun_controller(head)  # "Finland's bid to join NATO"
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if _lookup(DOCUMENT_NOUNS, head) and head.dep_ == "dobj":
            return _subject(head.head)  # "lawmakers introduced a resolution urging ...": the lawmakers urge
        return head
    return None


def _reporter(verb: Token) -> Token | None:
    """The subject of the clause that reports `verb`: "China denied that ...", "Pyongyang denied
    reports that ..."."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
        return _subject(head)
    if verb.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.dep_ == "dobj":
        return _subject(head.head)
    return None


def _complement(verb: Token) -> bool:
    """An infinitive that says what its head verb asks or plans: "urged X to send" (the parser may
    call it an adverbial clause under "urge", "implore", ...)."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and _infinitival(verb) and bool(_lookup(OBJECT_CONTROL, verb.head))


def _infinitival(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive under `verb` says: "urged Seoul to send" -> Seoul; "was asked to"
    -> the passive subject; "plans to send" -> the subject."""
    if _lookup(OBJECT_CONTROL, verb):
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
                return child
            if child.dep_ in ("prep", "dative") and child.lower_ in ("on", "upon", "to"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj  # "called on Japan to impose"
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None:
        return passive_subject
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        return _subject(verb.head)  # "North Korea is unlikely to send"
    return _subject(verb) if verb.pos_ in ("VERB", "AUX") else None


def _pcomp_controller(verb: Token) -> Token | None:
    if _lookup(OBJECT_PCOMP, verb):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return passive_subject if passive_subject is not None else _subject(verb)


def _noun_controller(noun: Token) -> Token | None:
    """Whose plan, bid or option it is: the possessor, the "by" agent, or the subject of the verb
    that has it ("Seoul would reconsider the option of ...")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return _subject(noun.head)
    return None


def _is_passive(verb: Token) -> bool:
    # "the system manufactured by LIG Nex1" is a reduced passive; "reports that it had sent" is not.
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _prepositions(token: Token) -> list[Token]:
    """Prepositions on a word, counting "to Ukraine" that the parser calls a dative and the "of" of
    "pulled out of"."""
    preps = [c for c in token.children if c.dep_ in ("prep", "prt", "advmod") or (c.dep_ == "dative" and c.pos_ == "ADP")]
    bare = [p for p in preps if p.lower_ != "according" and not any(g.dep_ == "pobj" for g in p.children)]
    return preps + [g for p in bare for g in p.children if g.dep_ == "prep"]


def _object_actors(obj: Token, relation: RelationType, mentions: DocumentMentions) -> list[int]:
    if relation.object_role == "theme":
        return []
    if relation.object_role == "recipient":
        # A named actor, or "his country" standing for the clause subject's country.
        named = [mentions.by_token[t.i] for t in [obj, *_conjuncts(obj)] if t.i in mentions.by_token]
        named += [mentions.by_token[a.i] for a in obj.children if a.dep_ == "appos" and a.i in mentions.by_token]
        pronoun = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        owner = _possessive_owner(pronoun, mentions) if pronoun is not None and not named else None
        return named or ([owner] if owner is not None else [])
    return _actors(obj, mentions)


def _verb_roles(verb: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    sources = _actors(_subject(verb), mentions, agent=True)
    targets: list[int] = []
    theme: Token | None = None
    objects = ([c for c in verb.children if c.dep_ in OBJECT_DEPS and c.pos_ != "ADP"] or _shared_objects(verb)
               or _gerund_subject_object(verb))
    if _is_passive(verb):
        passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "acl" and passive_subject is None:
            passive_subject = verb.head  # "the system manufactured by LIG Nex1"
        if passive_subject is not None:
            objects.insert(0, passive_subject)
    preps = _prepositions(verb)
    for obj in objects:
        found = _object_actors(obj, relation, mentions)
        if found and not targets and _accepts(relation.target, mentions, found):
            targets = found
        elif theme is None and obj.pos_ in ("NOUN", "PROPN", "NUM"):
            theme = obj
            preps += [c for c in obj.children if c.dep_ == "prep"]  # "eased restrictions on Lebanon"
    for prep in preps:
        for obj in (g for g in prep.children if g.dep_ in ("pobj", "pcomp")):
            found = _actors(obj, mentions)
            if found and not targets and (prep.lower_ == particle or prep.lower_ in relation.target_preps):
                targets = found
            elif prep.lower_ in relation.theme_preps and theme is None and not found:
                theme = obj
    clause = next((c for c in verb.children if c.dep_ == "ccomp" or _complement(c)), None)
    if clause is not None and relation.clause_target:
        targets = targets or _clause_target(clause, relation, mentions)
        theme = theme or _clause_theme(clause, mentions)
    if relation.symmetric and len(sources) > 1 and not targets and not _lookup(ONE_SIDED_VERBS, verb):
        sources, targets = sources[:1], sources[1:]  # "Yoon and Biden met"
    if not sources or not targets or not _accepts(relation.source, mentions, sources):
        return None
    return Roles(sources, targets, theme, True)


def _converse_roles(verb: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    """"Ukraine received F-16s from Denmark", "India bought oil from Russia": the giver is the
    object of "from", the receiver the subject."""
    theme = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if theme is None or _lookup(NOT_MATERIAL, theme) or _lookup(trigger_index()[1], theme):
        return None
    preps = [p for p in _prepositions(verb) + [c for c in theme.children if c.dep_ == "prep"] if p.lower_ == "from"]
    sources = [i for p in preps for g in p.children if g.dep_ == "pobj" for i in _actors(g, mentions)]
    targets = _actors(_subject(verb), mentions, agent=True)
    if not sources or not targets:
        return None
    if not _accepts(relation.source, mentions, sources) or not _accepts(relation.target, mentions, targets):
        return None
    return Roles(sources, targets, theme, True)


def _shared_objects(verb: Token) -> list[Token]:
    """"France condemned and sanctioned Iran": the object of the last of coordinated verbs."""
    for other in verb.conjuncts:
        if other.i > verb.i and other.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in other.children):
            return [c for c in other.children if c.dep_ == "dobj"]
    return []


def _gerund_subject_object(verb: Token) -> list[Token]:
    """"dismissed Russia's warnings against his country sending weapons": the parser may make the
    object noun the subject of a gerund clause; a transitive verb's object it is."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"), None)
    if clause is None or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]


def _clause_target(
clause: Token, relation: RelationType, mentions) -> list[int]:
    """"demanded that France withdraw" -> France; "threatened to strike Israel" -> Israel."""
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if") for c in clause.children):
        return []  # "asked whether NATO would send troops" is a question, not a request to NATO
    deps = SUBJECT_DEPS if relation.clause_target == "subject" else {"dobj"}
    word = next((c for c in clause.children if c.dep_ in deps), None)
    if word is None or word.lower_ in PRONOUNS or word.lower_ in ANAPHORIC_SUBJECTS:
        return []
    return _actors(word, mentions)


def _clause_theme(clause: Token, mentions) -> Token | None:
    """What an embedded act is about: "provide his country with air defense systems" -> the systems."""
    for child in clause.children:
        if child.dep_ == "dobj" and child.i not in mentions.by_token and not _owner(child, mentions):
            return child
    for prep in _prepositions(clause):
        if prep.lower_ in ("with", "for"):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _noun_roles(noun: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    """Nominal events: "Russia's warnings", "a request from Kyiv for air defence",
    "the alliance between Russia and North Korea", "South Korea's deal to export ..."."""
    sources: list[int] = []
    targets: list[int] = []
    theme: Token | None = None
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and not sources:
            sources = _actors(child, mentions)
            if relation.symmetric and sources:
                targets = _hyphen_partner(child, mentions)  # "Moscow-Pyongyang cooperation", "US-China talks"
    preps = [c for c in noun.children if c.dep_ == "prep"]
    # "a coalition being formed between A and B": the prepositions may hang on a participle.
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        preps += [c for c in acl.children if c.dep_ == "prep"]
    phrase = _measured(noun)
    verb = phrase.head if phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and _lookup(LIGHT_VERBS, verb):
        preps += [c for c in _prepositions(verb) if c.dep_ in ("prep", "dative")]  # "imposed sanctions on Iran"
    for prep in preps:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = _actors(obj, mentions)
            if prep.lower_ == "between" and found:
                # "between A and B" names both sides of a joint act.
                sources, targets = found[:1], found[1:] or targets
            elif prep.lower_ == "of" and _lookup(_force_nouns(), obj) and found and not sources:
                sources = found  # "the deployment of North Korean troops": their country deploys
            elif prep.lower_ in relation.agent_preps and found and not sources:
                sources = found
            elif (prep.lower_ == particle or prep.lower_ in relation.target_preps) and found and not targets:
                targets = found
            elif prep.lower_ in relation.theme_preps and theme is None and not found:
                theme = obj
    direct = bool(sources)
    if verb is not None and not sources and _lookup(LIGHT_VERBS, verb):
        # "Ukraine made a request", "the EU imposed sanctions": the verb's subject did it.
        sources = _actors(_subject(verb), mentions, agent=True)
    if verb is not None and not targets and phrase.dep_ == "dobj" and _lookup(REACTION_VERBS, verb):
        # "Hungary rejected Ukraine's request": the request was made to Hungary; "Russia received a
        # warning from NATO": from NATO.
        sources = sources or [i for p in _prepositions(verb) if p.lower_ in relation.agent_preps
                              for g in p.children if g.dep_ == "pobj" for i in _actors(g, mentions)]
        targets = _actors(_subject(verb), mentions, agent=True) if sources else []
    if relation.symmetric and len(sources) > 1 and not targets:
        sources, targets = sources[:1], sources[1:]
    if not sources or not targets:
        return None
    if not _accepts(relation.source, mentions, sources) or not _accepts(relation.target, mentions, targets):
        return None
    return Roles(sources, targets, theme, direct)


def _hyphen_partner(modifier: Token, mentions: DocumentMentions) -> list[int]:
    """The other side of a hyphenated pair of names: "Moscow" for "Pyongyang" in "Moscow-Pyongyang"."""
    for child in modifier.children:
        hyphen = child.i + 1 < modifier.i and modifier.doc[modifier.i - 1].tag_ == "HYPH"
        if child.dep_ in ("compound", "amod") and hyphen and child.i in mentions.by_token:
            return [mentions.by_token[child.i]]
    return []


def _measured(noun: Token) -> Token:
    """"a new package of military aid": the quantity phrase stands where the event noun would."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and _lookup(QUANTITY_NOUNS, prep.head):
        return prep.head
    return noun


@cache
def _force_nouns() -> frozenset[str]:
    return frozenset(n for r in vocabulary().relations.values() for n in r.theme_nouns)


def _accepts(allowed: tuple[str, ...], mentions: DocumentMentions, found: list[int]) -> bool:
    """Type check on an end of a relation."""
    if not allowed:
        return True
    def fits(label: str) -> bool:
        # A pronoun is checked once resolved; an unknown place name may be a state acting.
        return label in allowed or label == "Pronoun" or (label == "Place" and "Country" in allowed)
    return any(fits(mentions.mentions[i].label) for i in found)


def _phrase(token: Token) -> str | None:
    """The words of a noun phrase without its determiner: "the air defense systems" -> "air defense systems"."""
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "acl", "prep") or t.i < token.i]
    words = [t for t in words if not (t.dep_ == "det" and t.i < token.i)]
    # Stop at a relative or prepositional tail to keep the theme short.
    kept = [t for t in words if t.i <= token.i or t.head == token and t.dep_ in ("nummod", "compound", "amod")]
    text = " ".join(t.text for t in kept).strip()
    return text or None


# --- polarity, modality, speaker, date -------------------------------------------------------------


def _governors(token: Token):
    """The chain of clause heads above a token, stopping at the sentence root or a paragraph break
    (the parser sometimes runs two paragraphs into one sentence)."""
    current = token
    while current.head.i != current.i and not _paragraph_between(current, current.head):
        yield current, current.head
        current = current.head


def _paragraph_between(a: Token, b: Token) -> bool:
    start, end = sorted((a.i, b.i))
    return any("\n" in t.whitespace_ or "\n" in t.text for t in a.doc[start:end])


def _has_negation(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in ("never", "no", "neither") and c.dep_ in ("det", "advmod", "preconj"))
               for c in token.children)


def _negating_prep(prep: Token) -> bool:
    if prep.lower_ == "without":
        return True
    near = [prep.head, *prep.children]
    return prep.lower_ == "of" and any(t.lower_ in ("instead", "short") for t in near)


def _is_rule_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in verb.children)


def _negated(token: Token) -> bool:
    if _has_negation(token):
        return True
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and any(c.lower_ in ("neither", "no") for c in subject.children if c.dep_ in ("det", "preconj")):
        return True  # "Neither China nor India condemned", "No country has sanctioned"; not "China, not Russia, ..."
    if token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX"):
        if _lookup(CANCELLING_VERBS, token.head) or _is_phrasal(token.head, CANCELLING_VERBS):
            return True  # "the summit was cancelled"
        if _lookup(EXISTENCE_VERBS, token.head) and _has_negation(token.head):
            return True  # "the alliance does not exist"
        if _presupposed(token):
            return False  # "did not reject the EU's offer" still says there was an offer
        if not _lookup(LIGHT_VERBS, token.head):
            # "would not support an attack" says nothing about the attack; "denied an attack" does.
            return bool(_lookup({"deny"}, token.head)) and not _has_negation(token.head)
        if _has_negation(token.head):
            return True  # "did not impose sanctions", "has no agreement with"
    for child, head in _governors(token):
        dep = child.dep_
        if dep not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "acl"):
            break
        if any(c.lower_ in POSSIBLE_MARKS for c in child.children if c.dep_ in ("mark", "advmod")):
            return False  # "has not decided whether to attack": an open question, not a denial
        if dep == "pcomp" and _negating_prep(head):
            return True  # "without consulting", "instead of sending", "stopped short of condemning"
        if _is_rule_out(head):
            return not _has_negation(head)  # "ruled out sending" vs "will not rule out sending"
        if _lookup({"fail"}, head) and _lookup(SUCCESS_VERBS, token):
            return False  # "failed to persuade Hungary": the asking happened, the persuading did not
        if _lookup(NEGATING_VERBS, head) and dep in ("xcomp", "ccomp", "pcomp", "prep", "dobj"):
            return not _has_negation(head)  # "denied that ...", "refused to ..."
        if head.pos_ in ("VERB", "AUX") and _lookup(SPEECH_VERBS, head):
            break
        if _has_negation(head):
            # "did not request that X provide": the request is negated, and so is what it asked for.
            return True
    return False


def _presupposed(noun: Token) -> bool:
    """An event noun under a verb whose event is taken as given: definite ("the EU's offer") or
    named by its doer without an article ("Western sanctions"); "an Israeli attack" is not."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if any(d in INDEFINITE_DETS for d in dets):
        return False
    return bool(dets) or _own_agent_token(noun)


def _own_agent_token(noun: Token) -> bool:
    """"Western sanctions", "Russia's warnings": a nominal event with its doer named exists, whatever
    is said about joining or heeding it."""
    return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ for c in noun.children)


def _is_phrasal(verb: Token, phrases: set[str]) -> bool:
    return any(f"{verb.lemma_.lower()} {c.lower_}" in phrases for c in verb.children if c.dep_ == "prt")


def _reported_would(token: Token) -> bool:
    """"would" in a clause reported by a speech verb, with no condition attached."""
    reporting = token.head
    reported = token.dep_ == "ccomp" and (
        _lookup(SPEECH_VERBS, reporting) or _lookup(EMBEDDING_MODALITY, reporting) == "future")
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in HYPOTHETICAL_MARKS for m in c.children) for c in token.children)
    return bool(reported) and not conditional and any(c.lower_ == "would" for c in token.children if c.dep_ == "aux")


def _own_modality(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_AUX:
            return MODAL_AUX[child.lower_]
        if child.dep_ == "advmod" and child.lower_ in POSSIBILITY_WORDS:
            return "possible"
        if child.dep_ == "mark" and child.lower_ in HYPOTHETICAL_MARKS:
            return "hypothetical"
        if child.dep_ in ("mark", "advmod") and child.lower_ in POSSIBLE_MARKS:
            return "possible"
    return None


def _clause_modality(token: Token) -> str | None:
    own = _own_modality(token)
    if own == "hypothetical" and _reported_would(token):
        return "future"  # "Germany said it would deliver": the future of reported speech
    return own


def _modality(token: Token) -> str:
    own = _clause_modality(token)
    if own:
        return own
    if _presupposed(token) and not _lookup(LIGHT_VERBS, token.head):
        return "asserted"  # "Iran could reject the EU's offer": the offer was made
    for child, head in _governors(token):
        dep = child.dep_
        if dep not in ("ccomp", "xcomp", "pcomp", "pobj", "dobj", "prep", "acl", "advcl", "nsubjpass", "nsubj"):
            break
        if dep == "prep" and child.lower_ not in COMPLEMENT_PREPS:
            break  # "during his visit": an adjunct, not what the governing verb asks or plans
        if _is_rule_out(head):
            # "will not rule out providing" is a possibility; "ruled out providing" a refusal (negated)
            return "possible" if _has_negation(head) else "asserted"
        if dep == "advcl" and any(c.dep_ == "mark" for c in child.children):
            break  # "while North Korea is dispatching troops": its own clause
        speech = head.pos_ in ("VERB", "AUX") and _lookup(SPEECH_VERBS, head)
        embedding = _lookup(EMBEDDING_MODALITY, head)
        complement = dep in ("xcomp", "pcomp", "acl", "pobj", "prep", "dobj") or dep == "advcl" and _infinitival(child)
        if embedding and (complement or dep == "ccomp" and not speech):
            return embedding
        if dep in ("xcomp", "ccomp", "dobj", "nsubjpass", "pcomp") and not speech:
            inherited = _clause_modality(head)
            if inherited:
                return inherited  # "may impose sanctions", "would reconsider the option of providing"
        if speech or dep in ("ROOT", "relcl"):
            break
    return "asserted"


def _speaker(token: Token, mentions: DocumentMentions) -> int | None:
    """Who says so: the subject of a speech verb the trigger is reported under, or "according to X".
    "told Nikkei Asia" names the listener, never the speaker."""
    sentence = token.sent
    for t in sentence:
        if t.lower_ == "according" and t.i + 1 < sentence.end and t.nbor(1).lower_ == "to":
            obj = next((g for g in t.nbor(1).children if g.dep_ == "pobj"), None)
            found = _actors(obj, mentions)
            if found:
                return found[0]
    for child, head in _governors(token):
        dep = child.dep_
        if _lookup(SPEECH_VERBS, head) and dep in ("ccomp", "parataxis", "xcomp", "advcl", "conj", "pcomp", "prep"):
            found = _actors(_subject(head), mentions)
            if found:
                return found[0]
    # A quotation with the speech verb after it: '"...," Kim said.' parses the quote under the verb.
    root = sentence.root
    arguments = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent")]
    if (_lookup(SPEECH_VERBS, root) and token.i != root.i and not any(token in a.subtree for a in arguments)
            and not _paragraph_between(token, root)):
        found = _actors(_subject(root), mentions)
        if found:
            return found[0]
    return None


def _date_near(token: Token) -> str | None:
    """The date expression that modifies the trigger or the clause that reports it; else one inside
    an adjunct saying when the act took place ("did not request ... during meetings held Wednesday")."""
    for head in [token, *(h for _, h in _governors(token))]:
        for child in head.children:
            candidates = [child] + [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            for candidate in candidates:
                if candidate.ent_type_ == "DATE" and candidate.dep_ in ("npadvmod", "pobj", "tmod", "nmod", "advmod", "compound"):
                    return _date_text(candidate)
        if head.dep_ == "ROOT":
            break
    return _date_in_adjunct(token)


# "during talks held Wednesday", "at a meeting on Monday": the act happened when the occasion did.
CONTEMPORANEOUS_PREPS = {"during", "at", "amid", "throughout"}


def _date_in_adjunct(token: Token) -> str | None:
    """A date inside a "during"/"at" phrase on the trigger or on the clause it embeds."""
    clauses = [token, *(c for c in token.children if c.dep_ in ("ccomp", "xcomp"))]
    for prep in (c for clause in clauses for c in clause.children if c.dep_ == "prep"):
        if prep.lower_ in CONTEMPORANEOUS_PREPS:
            date = next((t for t in prep.subtree if t.ent_type_ == "DATE"), None)
            if date is not None:
                return _date_text(date)
    return None


def _date_text(token: Token) -> str:
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span.text if span is not None else token.text
