"""Stage 3: the relations a parsed article states, from the dependency parse.

Nothing here knows any particular article. Each question has its own module, with its rules in the
order a reader meets them; their word lists are in schema/language.toml, the trigger words in
schema/relations.toml:
- triggers.py      which words are events: verbs and nouns of the vocabulary; light verbs ("made a
                   request") that only carry the event noun they take.
- actors.py        who a noun phrase stands for ("Kyiv's ambassador", "his counterpart X") and who does a
                   verb (subject, passive agent, controller of an infinitive: "urged X to", "accused X of").
- participants.py  the source, target and theme of one trigger: object, target prepositions, the subject
                   of a requested clause, the one reacting to an event noun ("Hungary rejected Ukraine's request").
- polarity.py      negation on the trigger or above it ("did not request that", "refused to", "ruled out").
- modality.py      modal auxiliaries, "whether"/"if", and the words that embed the act ("plans to").
- attribution.py   who says so: the speech verb above the trigger, or "according to X".
- dates.py         the date expression the act is dated by.
- grammar.py       walking the parse: clause heads above a word, prepositions, passives, infinitives.
This module runs them over each sentence and builds the raw relations.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy
from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from newsgraph.ingest.doctext import doc_text
from newsgraph.ingest.doctree import children_of

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import RelationType, language, vocabulary
from newsgraph.ingest.extract.actors import actors_of, coordinated_gerund, subject_of
from newsgraph.ingest.extract.attribution import demand_speaker, quote_speakers, speaker_of
from newsgraph.ingest.extract.coding import (accord_cameo, claimed_own_act, considered_cameo, decided_cameo,
                                              declined_comment, demanded, refusal_cameo, rules as coding_rules)
from newsgraph.ingest.extract.dates import date_near
from newsgraph.ingest.extract.filters import Candidate, a_place, a_question, kept_roles, objects_of
from newsgraph.ingest.extract.modality import modality_of
from newsgraph.ingest.extract.participants import accepts, act_phrase, converse_noun_roles, converse_roles, noun_roles, phrase_text, purpose_recipients, verb_roles
from newsgraph.ingest.extract.polarity import negated
from newsgraph.ingest.extract.triggers import has_particle, lookup, possible_triggers, triggers_at


CONTENT_EMBEDDERS = language()["content_embedders"]
VERBAL_OBJECTS = set(language()["verbal_objects"])
VERBAL_ATTACK_WORDS = set(language()["verbal_attack_words"])
VERBAL_ATTACK_ADJUNCTS = set(language()["verbal_attack_adjuncts"])
ARMED_SECTORS = set(language()["armed_sectors"])
MARCHING_FORCES = set(language()["marching_forces"])
FORCE_ARRIVALS = set(language()["force_arrivals"])
FORCE_MOVEMENTS = set(language()["force_movements"])
PROTECTIVE_PURPOSES = set(language()["protective_purposes"])
HELPING_PURPOSES = set(language()["helping_purposes"])
LIGHT_VERBS = language()["light_verbs"]
INQUIRING_PURPOSES = set(language()["inquiring_purposes"])
OFFERS_OF_FORCES = set(language()["offers_of_forces"])
READY_TO_GIVE = set(language()["ready_to_give"])
LABOUR_STRIKES = set(language()["labour_strikes"])
PERSONAL_PRONOUNS = set(language()["pronoun_gender"])  # he, she, his, her, him
PEOPLE_PRONOUNS = PERSONAL_PRONOUNS | set(language()["first_person_pronouns"])  # and i, me, my
CAMEO_BY_OBJECT = language()["cameo_by_object"]
ACCUSATION_CONTENT = language()["accusation_content"]
QUESTION_VERBS = language()["question_verbs"]
POSSIBLE_MARKS = language()["possible_marks"]


@dataclass(frozen=True)
class RawRelation:
    """A relation between two mentions, before mentions are resolved to actors."""

    source: "MentionRef"
    target: "MentionRef | None"  # None: a one-sided event (`patient` may say what it was done to)
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
    trigger_token: int | None = None  # the token index of the trigger word in the doc
    patient: tuple[int, int] | None = None  # token span of the other side when it is no actor ("the city")
    cameo: str | None = None  # a CAMEO code the object decides ("rejected accusations": 016), else by type


@dataclass(frozen=True)
class MentionRef:
    """A mention by its token span; `index` points into DocumentMentions.mentions."""

    index: int


def find_relations(doc: Doc, mentions: DocumentMentions) -> list[RawRelation]:
    relations: list[RawRelation] = []
    quotes = quote_speakers(doc, mentions)
    mentions.add_quoted_self(doc, quotes)
    possible = possible_triggers(doc)  # most words are no trigger word at all
    verbs = set(numpy.isin(doc.to_array(POS), (VERB, AUX)).nonzero()[0].tolist())  # only a verb states a demand
    for sent_index, sent in enumerate(doc.sents):
        if _is_question(sent):
            continue  # "Did China send weapons to Russia?" asserts nothing
        for i in range(sent.start, sent.end):
            if i not in verbs and i not in possible:
                continue
            token = doc[i]
            if i in verbs:
                relations.extend(_demands(token, mentions, sent, sent_index))
            if i not in possible:
                continue
            triggers = triggers_at(token, mentions)  # first: most possible words are no trigger here
            if not triggers or _content_of_an_act(token):
                continue
            for trigger in triggers:
                if trigger.particle and not has_particle(token, trigger.particle):
                    continue
                found = _relations_at(token, trigger, mentions, sent, sent_index, quotes)
                relations.extend(found)
                if found:
                    break  # an ambiguous word ("call", "strike") is the first type whose roles fit
    return relations


def _content_of_an_act(token: Token) -> bool:
    """"threatened to shell the town": what is threatened is the threat's content, not an act of
    its own; the embedding verb decides the type (schema/language.toml content_embedders). So is what
    one is accused of ("accused X of making promises", "of lying and then attacking Y"): the
    accusation is the event, what it says is not reported as done (accusation_content)."""
    if token.dep_ == "xcomp" and lookup(CONTENT_EMBEDDERS, token.head):
        return True
    if _in_a_question_asked(token):
        return True  # "asked why the government was agreeing to ...": asked about, not reported
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.tag_ == "VBG":
        token = token.head  # "of making uncosted promises": the gerund's object
    gerund = token
    if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.tag_ == "VBG":
        gerund = token.head  # "of telling lies and then attacking ...": as the first gerund
    elif coordinated_gerund(token) is not None:
        gerund = coordinated_gerund(token)
    preposition = gerund.head
    return (gerund.dep_ == "pcomp" and preposition.lower_ in ("of", "for")
            and bool(lookup(ACCUSATION_CONTENT, preposition.head)))


def _is_question(sent) -> bool:
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):  # the last word that is no space or quote
        if not doc[i].is_space and not doc[i].is_quote:
            return doc[i].text == "?"
    return False


def _relations_at(token, trigger, mentions, sent, sent_index, quotes) -> list[RawRelation]:
    reader = (converse_noun_roles if trigger.converse else noun_roles) if trigger.noun else (
        converse_roles if trigger.converse else verb_roles)
    roles = reader(token, trigger.relation, trigger.particle, mentions)
    if roles is None:
        return []
    relation_type = _type_of(token, trigger, roles, mentions)
    if relation_type == "SUPPLIED" and not roles.targets and roles.sources:
        helped = purpose_recipients(token, roles.theme, mentions)  # "sent aid to help people in Haiti"
        roles = replace(roles, targets=helped, patient=None) if helped else roles
    roles = kept_roles(Candidate(token, trigger, relation_type, mentions), roles)  # filters.py
    if roles is None:
        return []
    cameo = _cameo_by_object(relation_type, token, roles.theme)
    if relation_type == "AGREED":
        cameo = accord_cameo(token, trigger.phrase, mentions) or cameo
    cameo = considered_cameo(relation_type, token) or cameo
    if relation_type == trigger.relation.name:
        cameo = cameo or decided_cameo(trigger.relation, trigger.phrase, token)
    carrier = act_phrase(token) if trigger.noun else token  # "blocked the EU's aid package": the package's verb
    polarity = "negative" if negated(carrier) else "positive"
    if declined_comment(relation_type, token):
        relation_type, polarity, cameo = "COMMENTED", "negative", coding_rules()["refusal_cameo"]["COMMENTED"]
    refusal = refusal_cameo(relation_type, token) if polarity == "negative" else None
    modality = modality_of(carrier)
    if (relation_type == "SUPPLIED" and modality not in ("future", "possible")
            and "DEPLOYED" in (trigger.relation.name, _retyped(trigger.relation, roles.theme))):
        cameo = "074"  # troops sent to keep the peace or help: military protection (_type_of); an offer is 03
    claimed = polarity == "positive" and claimed_own_act(
        relation_type, token, roles.sources, lambda verb: actors_of(subject_of(verb), mentions, agent=True))
    speaker = speaker_of(token, mentions, quotes)
    date_text = date_near(token)
    confidence = round((0.8 if roles.direct else 0.6) * trigger.weight, 2)
    theme = phrase_text(roles.theme) if roles.theme is not None else None
    patient = _noun_phrase(roles.patient) if roles.patient is not None and not roles.targets else None
    out = []
    sentence = _sentence_text(sent) if roles.sources else ""  # once, not per source and target
    for source in roles.sources:
        for target in roles.targets or [None]:
            if target is not None and (source == target or _same_text(mentions, source, target)):
                continue
            out.append(
                RawRelation(
                    MentionRef(source), MentionRef(target) if target is not None else None, relation_type,
                    polarity, modality, MentionRef(speaker) if speaker is not None else None,
                    theme, sentence, sent_index, date_text, confidence, trigger.phrase, token.i, patient,
                    cameo,
                )
            )
            if refusal:
                # "refused to lift the ban on X": a rejection of what is not done (schema/coding.toml)
                refused_as = coding_rules()["refusal_type"].get(relation_type, "DENIED")
                out.append(replace(out[-1], type=refused_as, polarity="positive", cameo=refusal,
                                   modality="asserted" if modality == "future" else modality))
            if claimed and (target is None or accepts(vocabulary().relations[coding_rules()["claimed_acts"]["type"]].target, mentions, [target])):
                # "claimed they had shelled the base": the claim takes responsibility (schema/coding.toml)
                table = coding_rules()["claimed_acts"]
                out.append(replace(out[-1], type=table["type"], cameo=table["cameo"], modality="asserted"))
    return out


def _in_a_question_asked(token: Token) -> bool:
    """Whether the word is in the clause of "asked why/how ..." (not "whether", which keeps it possible)."""
    clause = token
    for _ in range(4):
        if clause.dep_ == "ccomp" and lookup(QUESTION_VERBS, clause.head):
            # "asked whether NATO would send troops" keeps the act, as a possibility (modality.py)
            return a_question(clause, clause.head) and clause.left_edge.lower_ not in POSSIBLE_MARKS
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _demands(verb: Token, mentions: DocumentMentions, sent, sent_index: int) -> list[RawRelation]:
    """"Russia said Israel must end the strikes": Russia demands it of Israel (schema/coding.toml)."""
    found = demanded(verb)
    if found is None:
        return []
    verb, subject, mark = found
    sources = actors_of(subject_of(verb), mentions, agent=True)
    generic = set(coding_rules()["generic_addressees"])
    targets = [t for t in actors_of(subject, mentions)
               if t not in mentions.agents or mentions.agents[t].sector not in generic]
    if not sources or not targets:
        return []  # "reforms should build on ...": an opinion about a policy, no demand of anyone
    polarity = "negative" if negated(verb) else "positive"
    return [
        RawRelation(MentionRef(source), MentionRef(target) if target is not None else None, "REQUESTED",
                    polarity, "asserted", MentionRef(demand_speaker(verb, source, mentions)), None, _sentence_text(sent),
                    sent_index, date_near(verb), 0.6,
                    "demand", mark.i, None, coding_rules()["demand_cameo"])
        for source in sources for target in targets if source != target and not _same_text(mentions, source, target)
    ]


def _sentence_text(sent) -> str:
    """sent.text.strip(), cut from the document's text (Span.text joins its tokens again each call)."""
    return doc_text(sent.doc)[sent.start_char:sent.end_char].strip()


def _noun_phrase(head: Token) -> tuple[int, int]:
    """The token span of a noun and the words before it that modify it: "the final rebel-held city"."""
    return head.left_edge.i if head.left_edge.i <= head.i else head.i, head.i + 1


def _type_of(token: Token, trigger, roles, mentions: DocumentMentions) -> str:
    """The relation type the trigger gives here: its own, or the one its theme or object decides."""
    relation_type = _retyped(trigger.relation, roles.theme)
    candidate = Candidate(token, trigger, relation_type, mentions)
    if relation_type == "ATTACKED" and any(lookup(VERBAL_OBJECTS, t) for t in objects_of(candidate, roles)):
        return "CONDEMNED"  # "attack his words": a verbal attack
    if relation_type == "ATTACKED" and _person_against_person(trigger, roles, mentions):
        return "CONDEMNED"  # "Kerr launched an attack on Dale": said against him
    if relation_type == "ATTACKED" and trigger.phrase in VERBAL_ATTACK_WORDS and not trigger.noun and any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and lookup(VERBAL_ATTACK_ADJUNCTS, c) for c in children_of(token)):
        return "CONDEMNED"  # "attacked the US, saying it ...": the attack is what is said
    if trigger.phrase in LABOUR_STRIKES and roles.sources and all(
            s in mentions.agents and mentions.agents[s].sector not in ARMED_SECTORS for s in roles.sources):
        return "PROTESTED"  # "union members voted to strike over cuts": a strike of work, no assault
    if relation_type == "PROTESTED" and roles.sources and all(
            s in mentions.agents and mentions.agents[s].sector in MARCHING_FORCES for s in roles.sources):
        return "DEPLOYED"  # "ordered troops to march into the city": a deployment, no protest
    if relation_type in ("DEPLOYED", "SUPPLIED") and trigger.relation.name in ("DEPLOYED", "SUPPLIED") and not trigger.noun \
            and _sent_to_inquire(token):
        return "INVESTIGATED"  # "sent experts to Haiti to investigate the killings": an inquiry there
    if relation_type == "DEPLOYED" and _offered(token, trigger.relation.name == "SUPPLIED"):
        return "SUPPLIED"  # "offered to send troops": an offer of help, coded as intent (CAMEO 03)
    if relation_type == "DEPLOYED" and (_protective(token) or _protective_doer(token, trigger)):
        return "SUPPLIED"  # "sent troops for a peacekeeping mission": protection or aid (CAMEO 074)
    return relation_type


def _sent_to_inquire(verb: Token) -> bool:
    """"dispatched a team to Denver to investigate": the sending verb's own purpose infinitive is an
    inquiry (inquiring_purposes)."""
    return any(c.dep_ in ("advcl", "xcomp") and lookup(INQUIRING_PURPOSES, c)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(verb))


def _offered(trigger: Token, giving: bool) -> bool:
    """"offered to send troops", "pledged to deploy a battalion": the infinitive of an offer verb;
    "ready to contribute troops" when the verb is one of giving."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.dep_ == "xcomp" else trigger
    return verb.dep_ == "xcomp" and bool(lookup(OFFERS_OF_FORCES, verb.head) or giving and lookup(READY_TO_GIVE, verb.head))


def _protective(trigger: Token) -> bool:
    """Whether a deployment's own clause says it keeps the peace, protects or helps: a purpose word
    (protective_purposes) in its objects and prepositions, or a purpose clause "to help ..."
    (helping_purposes). Subjects and other clauses ("said", "and then ...") are not its purpose."""
    stack = [c for c in children_of(trigger) if c.dep_ not in ("nsubj", "nsubjpass", "conj", "ccomp", "parataxis")]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and lookup(LIGHT_VERBS, trigger.head):
        # "announced the deployment of troops to Haiti on a peacekeeping mission": the verb's prepositions
        stack += [c for c in children_of(trigger.head) if c.dep_ == "prep"]
    while stack:
        word = stack.pop()
        if word.dep_ in ("relcl", "ccomp", "conj", "parataxis") and word.pos_ in ("VERB", "AUX"):
            continue  # another clause's words
        if lookup(PROTECTIVE_PURPOSES, word):
            return True
        if word.dep_ in ("advcl", "xcomp") and lookup(HELPING_PURPOSES, word) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(word)):
            return True
        stack.extend(children_of(word))
    return False


def _protective_doer(trigger: Token, found) -> bool:
    """"peacekeepers arrived in Juba", "peacekeeping troops arrive": forces that move themselves say
    their purpose in their own words (schema/language.toml force_arrivals); so do forces that join or
    take part in a mission ("peacekeepers arrived to take part in the UN mission")."""
    if found.phrase not in FORCE_ARRIVALS and not (found.phrase in FORCE_MOVEMENTS and found.relation.name == "DEPLOYED"):
        return False
    doer = subject_of(trigger)
    # "contingents of peacekeeping troops": the subject's own phrase, never a clause inside it
    stack = [doer] if doer is not None else []
    while stack:
        word = stack.pop()
        if lookup(PROTECTIVE_PURPOSES, word):
            return True
        stack.extend(c for c in children_of(word) if c.dep_ not in ("relcl", "acl", "appos"))
    return False


def _person_against_person(trigger, roles, mentions: DocumentMentions) -> bool:
    """A named person attacking or clashing with a person or an organisation that is no armed agent,
    in words that also mean criticism (verbal_attack_words)."""
    def unarmed(index: int) -> bool:
        agent = mentions.agents.get(index)
        if agent is not None:
            return agent.sector not in ARMED_SECTORS  # "clashed with ministers", not "with police"
        return mentions.mentions[index].label in ("Person", "Organization")
    if trigger.phrase not in VERBAL_ATTACK_WORDS or not roles.sources:
        return False
    # "his attack on Labour", and "I attack Howard" in a quotation, are a person's too
    people = all(mentions.mentions[s].label == "Person"
                 or mentions.mentions[s].text.lower() in PEOPLE_PRONOUNS for s in roles.sources)
    if not people:
        # "the latest Tory attack on Clarke": a party or body attacking a named person says things
        return bool(roles.targets) and all(mentions.mentions[s].label == "Organization" for s in roles.sources) and all(
            mentions.mentions[t].label == "Person" for t in roles.targets)
    if not roles.targets:  # "attacked government red tape", not "attacked the village"
        things = [t for t in (roles.theme, roles.patient) if t is not None]
        return bool(things) and not any(a_place(t) for t in things)
    return all(unarmed(t) for t in roles.targets)


def _retyped(relation: RelationType, theme: Token | None) -> str:
    """"sent 12,000 troops to Russia" is a deployment, not a supply: the theme decides (theme_nouns)."""
    if theme is not None:
        for other in vocabulary().relations.values():
            if relation.name in other.takes_over and lookup(set(other.theme_nouns), theme):
                return other.name
    return relation.name


def _cameo_by_object(relation_type: str, trigger: Token, theme: Token | None) -> str | None:
    """The CAMEO code the trigger's object or theme gives (schema/language.toml cameo_by_object)."""
    table = CAMEO_BY_OBJECT.get(relation_type)
    objects = ([theme] if theme is not None else []) + [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objects if table else []:
        code = lookup(table, obj)
        if code:
            return code
    return None


def _same_text(mentions: DocumentMentions, a: int, b: int) -> bool:
    ma, mb = mentions.mentions[a], mentions.mentions[b]
    return (ma.key and ma.key == mb.key) or ma.text == mb.text
