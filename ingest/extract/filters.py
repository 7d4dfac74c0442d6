"""Whether a trigger whose roles were found states an event, and with which sides.

`FILTERS` is the registry: each rule is a small function with one job, which takes the candidate and
its roles and gives back the roles to keep (the same, or with fewer targets), or None when the words
state no event ("sought to disturb" is no request, "returned home" no handing back). They run in
order; the first None drops the candidate. To add a rule: write it here, add it to `FILTERS`, and
test it on a sentence you wrote. Word lists are in schema/language.toml.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from spacy.tokens import Doc, Token

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import language
from newsgraph.ingest.extract.actors import actors_of, condition_subject
from newsgraph.ingest.extract.participants import Roles, act_carrier, force_nouns
from newsgraph.ingest.extract.triggers import Trigger, lemma_forms, lookup, trigger_index
from newsgraph.ingest.doctree import children_of

WITHDRAWN_PEOPLE = set(language()["withdrawn_people"])
COMPLETE_ACTS = set(language()["complete_acts"])
ABILITY_MODALS = set(language()["ability_modals"])
ATTEMPT_VERBS = set(language()["attempt_verbs"])
DIRECTIVE_WITH_INFINITIVE = language()["directive_with_infinitive"]
FIGURATIVE_THEMES = language()["figurative_themes"]  # type -> {word: ...}: the objects that make it figurative
FIGURATIVE_OBJECTS = language()["figurative_objects"]  # object -> the verb it makes figurative
HAPPENINGS = language()["happenings"]
MATERIAL_TYPES = language()["material_types"]
MEDIA_WORDS = language()["media_words"]
NEEDS_OTHER_SIDE = language()["needs_other_side"]  # word -> the type it gives only with a target
NOT_MATERIAL = language()["not_material"]
NOT_MET_SECTORS = set(language()["not_met_sectors"])
FORCE_MOVEMENTS = set(language()["force_movements"])
SHOWING_VERBS = set(language()["showing_verbs"])
MARCHING_FORCES = set(language()["marching_forces"])
VERBS_NEED_OTHER_SIDE = language()["verbs_need_other_side"]
PHRASAL_NOT_TRIGGERS = set(language()["phrasal_not_triggers"])
PLACE_VISITS = language()["place_visits"]
PLACE_NOUNS = set(language()["place_nouns"])
QUESTION_WORDS = language()["question_words"]
TALKING_VERBS = language()["talking_verbs"]
TOPIC_VERBS = set(language()["topic_verbs"])
ADDRESSED_BODIES = set(language()["addressed_bodies"])
INTRANSITIVE_PHRASALS = set(language()["intransitive_phrasals"])
FACT_WARNING_VERBS = set(language()["fact_warning_verbs"])
WARNING_RISK_NOUNS = set(language()["warning_risk_nouns"])
MODALS = {m for words in language()["modal_auxiliaries"].values() for m in words}


@dataclass(frozen=True)
class Candidate:
    """A trigger word with the relation type it was given, before its roles are judged."""

    token: Token
    trigger: Trigger
    type: str
    mentions: DocumentMentions

    def children(self, *deps: str) -> list[Token]:
        return [c for c in children_of(self.token) if c.dep_ in deps]


Filter = Callable[[Candidate, Roles], "Roles | None"]


def kept_roles(candidate: Candidate, roles: Roles) -> Roles | None:
    """The roles every rule in FILTERS lets through, or None when one of them drops the candidate."""
    for rule in FILTERS:
        roles = rule(candidate, roles)
        if roles is None:
            return None
    return roles


def an_attempt(c: Candidate, roles: Roles) -> Roles | None:
    """"sought to disturb the increase": an attempt, no request."""
    if c.type == "REQUESTED" and lookup(ATTEMPT_VERBS, c.token) and c.children("xcomp"):
        return None
    return roles


def told_to_or_told_that(c: Candidate, roles: Roles) -> Roles | None:
    """"told X to resign" asks it; "told X that ..." says it: the infinitive decides which type fits."""
    if c.trigger.phrase in DIRECTIVE_WITH_INFINITIVE and (c.type == "REQUESTED") != bool(c.children("xcomp")):
        return None
    return roles


def addressees_of_telling(c: Candidate, roles: Roles) -> Roles | None:
    """"..., he told BBC 1": whom one tells is the object itself (_addressees_only); told nobody, no event."""
    if c.trigger.phrase not in DIRECTIVE_WITH_INFINITIVE:
        return roles
    roles = _addressees_only(roles, c.token, c.mentions)
    return roles if roles.targets else None


def a_question_asked(c: Candidate, roles: Roles) -> Roles | None:
    """"asked why the government ...", "asked whether": a question, no request."""
    if c.type == "REQUESTED" and asks_a_question(c.token):
        return None
    return roles


def not_what_happened(c: Candidate, roles: Roles) -> Roles | None:
    """"an inquiry into the death of X", "investigating X's murder": what is investigated is what
    happened to X, not X: X is no target (schema/language.toml happenings)."""
    doc = c.token.doc
    kept = []
    for target in roles.targets:
        head = doc[c.mentions.mentions[target].end - 1]
        owner = head.head if head.dep_ == "poss" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if owner is None or not lookup(HAPPENINGS, owner) or owner == c.token:  # "his expulsion from X": X's act on him
            kept.append(target)
    return roles if len(kept) == len(roles.targets) else replace(roles, targets=kept)


def nothing_material_given(c: Candidate, roles: Roles) -> Roles | None:
    """"sent a condolence message to X", "gave the team a cheer": no supply (not_material). The
    parser may take the second object of "give X a Y" for an adverbial noun."""
    if c.type not in MATERIAL_TYPES:
        return roles
    given = [roles.theme, *(t for t in children_of(c.token) if t.dep_ in ("dobj", "dative", "oprd", "attr")
                            or t.dep_ == "npadvmod" and t.pos_ in ("NOUN", "PROPN"))]
    # "give the UK public a voice": the parser may hang the second object on the first, taken for a verb
    given += [g for t in given[1:] if t.dep_ == "dative" for g in children_of(t) if g.dep_ == "dobj"]
    return None if any(t is not None and lookup(NOT_MATERIAL, t) for t in given) else roles


def a_condition(c: Candidate, roles: Roles) -> Roles | None:
    """"providing the MPs would support him": a condition, nothing given; so when the parser made
    the condition's subject its object (condition_subject)."""
    if c.type in MATERIAL_TYPES and not c.trigger.noun and c.children("ccomp") and not c.children("dobj", "dative"):
        return None
    doc = c.token.doc
    if c.type in MATERIAL_TYPES and any(  # the clause's first word, its verb or auxiliary
            o.right_edge.i + 1 < len(doc) and condition_subject(doc[o.right_edge.i + 1]) == o
            for o in c.children("dobj")):
        return None
    return roles


def an_object_of_no_phrasal(c: Candidate, roles: Roles) -> Roles | None:
    """"could give millions of pounds in aid": with an object, "in" is a preposition, not the
    particle of "give in" (intransitive_phrasals); the plain verb is tried next."""
    if c.trigger.phrase in INTRANSITIVE_PHRASALS and c.children("dobj", "dative"):
        return None
    return roles


def a_warning_of_fact(c: Candidate, roles: Roles) -> Roles | None:
    """"warned the figures were worse than claimed": the clause states a fact, no threat of action;
    "warned X not to", "warned of retaliation", "warned that it would strike" stay warnings."""
    if c.type != "WARNED" or c.trigger.noun or not lookup(FACT_WARNING_VERBS, c.token):
        return roles
    if c.children("xcomp") or any(p.lower_ in ("against", "of", "about", "over") for p in c.children("prep")):
        return roles
    clauses = c.children("ccomp")
    return None if clauses and all(_a_stated_fact(clause) for clause in clauses) else roles


def _a_stated_fact(verb: Token) -> bool:
    """A finite clause in plain past or present, with no modal, no "going to" and no risk named."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "JJ", "NN", "NNS"):
        return False
    auxiliaries = [a for a in children_of(verb) if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS for a in auxiliaries) or any(w.lower_ in WARNING_RISK_NOUNS for w in verb.subtree):
        return False
    going_to = verb.lower_ == "going" and any(x.dep_ == "xcomp" for x in children_of(verb))
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries)
    return finite and not going_to


def a_figure_of_speech(c: Candidate, roles: Roles) -> Roles | None:
    """"fight terror", "shoot the fox": no act against anyone (figurative_themes); "defied the
    pundits": no act of that verb (figurative_objects, by the verb's lemma)."""
    figurative = FIGURATIVE_THEMES.get(c.type)
    objects = objects_of(c, roles)
    if figurative and any(lookup(figurative, t) for t in objects):
        return None
    verbs = [verb for t in objects if (verb := lookup(FIGURATIVE_OBJECTS, t)) is not None]  # mostly none
    if verbs and c.token.lemma_.lower() in verbs:
        return None
    return roles


def places_toured(c: Candidate, roles: Roles) -> Roles | None:
    """"visits Manchester, Leeds and Dorset", "will visit Auschwitz", "visited slums in the city":
    places toured, not partners met; with no person or country visited, no meeting at all."""
    if not (lookup(PLACE_VISITS, c.token) and c.type == "MET"):
        return roles
    kept = [t for t in roles.targets if c.mentions.mentions[t].label in ("Person", "Country")]
    if not kept and (roles.targets or any(a_place(t) for t in objects_of(c, roles))):
        return None
    return replace(roles, targets=kept) if len(kept) < len(roles.targets) else roles


def a_place(noun: Token) -> bool:
    """"the seaside town of Brighton", "slums in Nairobi": a place named or a kind of place (place_nouns)."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC", "Place") or lookup(PLACE_NOUNS, noun):
        return True
    # "a mixture of rural seats", "a number of towns": a measure of places
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and lookup(PLACE_NOUNS, o) for o in children_of(p))
               for p in children_of(noun) if p.dep_ == "prep")


def a_general_power(c: Candidate, roles: Roles) -> Roles | None:
    """"Judges can jail offenders", "ministers can sack officials": what a kind of actor is able to do
    (an ability modal with a bare plural subject: no article, owner or number) is no event."""
    if not any(a.dep_ == "aux" and a.lower_ in ABILITY_MODALS for a in children_of(c.token)):
        return roles
    subject = next((s for s in children_of(c.token) if s.dep_ == "nsubj"), None)
    bare = subject is not None and subject.tag_ == "NNS" and not any(
        d.dep_ in ("det", "poss", "nummod", "compound") for d in children_of(subject))
    return None if bare else roles


def no_side_met_by_talking(c: Candidate, roles: Roles) -> Roles | None:
    """"telephoning people", "speaking to the BBC's Westminster Hour", "speaking to Parliament": no side
    met (a medium, or a body addressed as an audience: addressed_bodies)."""
    if not (c.type == "MET" and lookup(TALKING_VERBS, c.token) and roles.targets):
        return roles
    mentions, doc = c.mentions, c.token.doc
    kept = [t for t in roles.targets if not (t in mentions.agents and mentions.agents[t].sector in NOT_MET_SECTORS)
            and not any(w.lower_ in MEDIA_WORDS or w.lower_ in ADDRESSED_BODIES
                        for w in doc[mentions.mentions[t].start:mentions.mentions[t].end])
            and not _named_on_a_medium(doc, mentions.mentions[t])]
    return replace(roles, targets=kept) if len(kept) < len(roles.targets) else roles


def no_side_in_the_topic(c: Candidate, roles: Roles) -> Roles | None:
    """"met Li to discuss Hong Kong", "discussed relations between the two countries": what is
    discussed is the topic, not a side talked with (topic_verbs); "relations with China" still names one."""
    if not (c.type == "MET" and not c.trigger.noun and lookup(TOPIC_VERBS, c.token) and roles.targets):
        return roles
    topic = {t.i for o in c.children("dobj") for t in o.subtree}
    partners = {t.i for o in c.children("dobj") for p in o.subtree if p.dep_ == "prep" and p.lower_ == "with"
                for t in p.subtree}
    kept = [t for t in roles.targets if c.mentions.mentions[t].start not in topic - partners]
    return replace(roles, targets=kept) if len(kept) < len(roles.targets) else roles


def needs_the_other_side(c: Candidate, roles: Roles) -> Roles | None:
    """"Speaking on Radio 4, X said ...", "would not discuss reports": no meeting without a partner."""
    if not roles.targets and (lookup(NEEDS_OTHER_SIDE, c.token) == c.type or (
            c.token.pos_ in ("VERB", "AUX") and lookup(VERBS_NEED_OTHER_SIDE, c.token) == c.type)):
        return None
    return roles


def a_journey(c: Candidate, roles: Roles) -> Roles | None:
    """"returned home", "returned to Lima": a journey, not a handing back (the verb needs its object)."""
    if c.trigger.phrase in c.trigger.relation.object_verbs and not c.children("dobj", "nsubjpass"):
        return None
    return roles


def a_movement_of_no_force(c: Candidate, roles: Roles) -> Roles | None:
    """"troops arrived in Mali" is a deployment, "troops left Iraq" a withdrawal; "the minister arrived in
    Rome" a journey (force_movements)."""
    if c.trigger.phrase not in FORCE_MOVEMENTS:
        return roles
    agents = c.mentions.agents
    forces = all(s in agents and agents[s].sector in MARCHING_FORCES for s in roles.sources)
    return roles if forces and roles.sources else None


def naming_not_calling(c: Candidate, roles: Roles) -> Roles | None:
    """"called Peru's president a liar": naming, no phone call."""
    if c.trigger.phrase in c.trigger.relation.object_verbs and c.children("oprd"):
        return None
    return roles


def another_phrasal_verb(c: Candidate, roles: Roles) -> Roles | None:
    """"gave up the fight": another verb than "give" (phrasal_not_triggers)."""
    if not c.trigger.particle and _phrasal(c.token):
        return None
    return roles


def a_headline_passive(c: Candidate, roles: Roles) -> Roles | None:
    """"Straw attacked on China arms", "Minister criticised over leak": a headline (a line with no
    closing stop) drops "is"; a past participle with no object there says what was done to its subject."""
    verb = c.token
    if c.trigger.noun or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT" or lookup(COMPLETE_ACTS, verb):
        return roles
    if any(ch.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "nsubjpass") for ch in children_of(verb)):
        return roles  # "Blair criticised by MPs" read as the passive it is: its roles are right
    last = [t for t in verb.sent if not t.is_space][-1]
    return None if last.is_alpha or last.like_num else roles


def a_withdrawal_of_no_force(c: Candidate, roles: Roles) -> Roles | None:
    """"withdrew its troops", "evacuated its nationals" are a retreat; "withdraw artificial feeding",
    "withdraw these remarks" take back what is no force (the theme nouns of the vocabulary: troops,
    forces, ...) nor people (withdrawn_people)."""
    theme = roles.theme
    if c.type != "RETREATED" or c.trigger.noun or theme is None or theme.i in c.mentions.by_token:
        return roles
    return roles if lookup(force_nouns(), theme) or lookup(WITHDRAWN_PEOPLE, theme) else None


def not_whose_plan_it_is(c: Candidate, roles: Roles) -> Roles | None:
    """"set out Tory plans", "unveils quango blitz plans": the owner of what a statement phrase
    announces is whose it is, not whom it is said to."""
    if c.type != "COMMENTED" or not c.trigger.words:
        return roles
    inside = {t.i for o in c.children("dobj") for t in o.subtree}
    # "claimed responsibility for the attack on X": whom an act spoken of was aimed at stays
    inside -= {t.i for o in c.children("dobj") for p in children_of(o) if p.dep_ == "prep"
               for a in children_of(p) if lookup(trigger_index()[1], a) for t in a.subtree}
    kept = [t for t in roles.targets if c.mentions.mentions[t].start not in inside]
    return roles if len(kept) == len(roles.targets) else replace(roles, targets=kept)


def a_modifier_of_a_noun(c: Candidate, roles: Roles) -> Roles | None:
    """"sentencing guidelines", "arrest warrants": a word that only says what kind of thing another
    noun is names no act of its own (unless the noun measures or carries it: "an aid package", "a
    mediation effort", participants.act_carrier)."""
    token = c.token
    if token.dep_ != "compound" or token.head.pos_ not in ("NOUN", "PROPN") or act_carrier(token) is not token:
        return roles
    return None


def not_what_it_is_called(c: Candidate, roles: Roles) -> Roles | None:
    """"branded the tax a Labour trick": what the object is called (a predicate, or the second of two
    objects the parser gives) is no side of the act."""
    predicates = c.children("oprd") + c.children("dobj")[1:]
    if not predicates or not roles.targets:
        return roles  # mostly: nothing is called anything, or no side to take away
    called = {t.i for o in predicates for t in o.subtree}
    kept = [t for t in roles.targets if c.mentions.mentions[t].start not in called]
    if len(kept) == len(roles.targets):
        return roles
    return replace(roles, targets=kept) if kept or roles.theme is not None else None


def a_relative_taken_for_a_clause(c: Candidate, roles: Roles) -> Roles | None:
    """"took up the case of six refugees refused entry": with no "and" before it, a past form after a
    noun is a participle the parser made a second clause of; its "subject" is who it was done to."""
    verb = c.token
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or c.trigger.noun:
        return roles
    head = verb.head
    if any(t.dep_ == "cc" or t.text in (",", ";") for t in verb.doc[head.i + 1:verb.i]):
        return roles
    subject = next((s for s in children_of(verb) if s.dep_ == "nsubj"), None)
    return None if subject is not None and subject.i == verb.i - 1 and subject.pos_ == "NOUN" else roles


def people_in_general(c: Candidate, roles: Roles) -> Roles | None:
    """"many people are concerned about ...": what people in general feel or say is no statement of
    anyone's (an unanchored agent of not_met_sectors as the only speaker)."""
    agents = c.mentions.agents
    if c.type == "COMMENTED" and roles.sources and all(
            s in agents and agents[s].sector in NOT_MET_SECTORS and agents[s].anchor is None for s in roles.sources):
        return None
    return roles


def not_whose_restriction_it_is(c: Candidate, roles: Roles) -> Roles | None:
    """"plans to end the EU's arms embargo on China": whose embargo it is lifts it; it is aimed "on" China."""
    if c.type != "CONCEDED":
        return roles
    owners = {t.i for o in c.children("dobj") for p in children_of(o) if p.dep_ == "poss" for t in p.subtree}
    kept = [t for t in roles.targets if c.mentions.mentions[t].start not in owners]
    return roles if len(kept) == len(roles.targets) else replace(roles, targets=kept)


def a_showing_not_a_protest(c: Candidate, roles: Roles) -> Roles | None:
    """"companies demonstrated their latest products", "rallied supporters": a protest verb with a
    direct object shows or gathers it; one protests without an object ("demonstrated against X").
    Forces marching stay a deployment ("ordered troops to march into Belfast")."""
    if c.type == "PROTESTED" and c.trigger.phrase in SHOWING_VERBS and not c.trigger.noun and c.children("dobj"):
        return None
    return roles


FILTERS: list[Filter] = [
    an_attempt,
    told_to_or_told_that,
    addressees_of_telling,
    a_question_asked,
    not_what_happened,
    nothing_material_given,
    a_condition,
    a_warning_of_fact,
    an_object_of_no_phrasal,
    a_figure_of_speech,
    places_toured,
    a_general_power,
    no_side_met_by_talking,
    no_side_in_the_topic,
    needs_the_other_side,
    a_journey,
    a_movement_of_no_force,
    naming_not_calling,
    another_phrasal_verb,
    a_headline_passive,
    a_withdrawal_of_no_force,
    not_whose_plan_it_is,
    a_modifier_of_a_noun,
    not_what_it_is_called,
    a_relative_taken_for_a_clause,
    people_in_general,
    not_whose_restriction_it_is,
    a_showing_not_a_protest,
]


def objects_of(c: Candidate, roles: Roles) -> list[Token]:
    """What the act is done to or about: the theme, the patient and the verb's direct objects."""
    return [t for t in (roles.theme, roles.patient, *c.children("dobj")) if t is not None]


def asks_a_question(verb: Token) -> bool:
    """"asked why ...", "asked X whether ...": the clause asked is a question (question_words)."""
    return any(a_question(clause, verb) for clause in children_of(verb) if clause.dep_ == "ccomp")


def a_question(clause: Token, verb: Token) -> bool:
    """Whether the clause after the verb opens with a question word (question_words)."""
    first = clause.left_edge
    return first.lower_ in QUESTION_WORDS and first.i > verb.i


def _addressees_only(roles: Roles, verb: Token, mentions: DocumentMentions) -> Roles:
    """"told Labour members the Tories ...", "told BBC Radio Wales": whom one tells is the object
    itself, not the subject of what is told, nor the country a programme is named after; and never a
    news medium, which a statement goes through, not to ("told Reuters", "told reporters")."""
    kept = []
    for obj in (c for c in children_of(verb) if c.dep_ in ("dobj", "dative")):
        if any(t.lower_ in MEDIA_WORDS for t in obj.subtree):
            continue
        for target in actors_of(obj, mentions):
            if target in mentions.agents and mentions.agents[target].sector == "media":
                continue
            mention = mentions.mentions[target]
            named_here = mentions.by_token.get(obj.i) == target and not any(
                c.dep_ == "compound" and not mention.start <= c.i < mention.end for c in children_of(obj))
            if target in roles.targets and (named_here or mention.label not in ("Country", "Place")):
                kept.append(target)
    return replace(roles, targets=kept)


def _named_on_a_medium(doc: Doc, mention) -> bool:
    """"the BBC's Westminster Hour": a name owned by, or compounded with, a news medium, or a
    reporter named beside the medium's title."""
    head = doc[mention.end - 1]
    if head.dep_ == "appos" and any(t.lower_ in MEDIA_WORDS for t in head.head.subtree if t.i < mention.start):
        return True  # "the BBC's defence correspondent Paul Adams": a reporter, no side met
    return any(c.dep_ in ("poss", "compound") and c.lower_ in MEDIA_WORDS for c in children_of(head))


def _phrasal(verb: Token) -> bool:
    particles = [c.lower_ for c in children_of(verb) if c.dep_ == "prt" or c.dep_ in ("advmod", "prep") and c.i == verb.i + 1]
    return any(f"{form} {particle}" in PHRASAL_NOT_TRIGGERS for form in lemma_forms(verb) for particle in particles)
