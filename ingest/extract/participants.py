"""Source, target and theme of one trigger: the roles the grammar gives a verb or an event noun.

- Verbs: the doer (actors.py); the object per the type's object_role; a target preposition; the subject
  or object of a requested clause ("demanded that France withdraw", "threatened to strike Israel").
- Converse verbs: "Ukraine received jets from Denmark" is Denmark's act.
- Nouns: the possessor or modifier ("Russia's warnings"), "from"/"by", "between A and B"; the subject of
  a light verb ("the EU imposed sanctions on Iran"); the one reacting ("Hungary rejected Ukraine's request").
- One-sided events: with no actor on the other side, an event is kept when its doer is named by the
  subject itself (not "China's economy") and it says what it was about: a theme, a patient that is
  no actor ("shelled the city"), or a nominal event its doer carried out ("the militia announced a truce").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from newsgraph.ingest.mentions import PRONOUNS, DocumentMentions
from newsgraph.schema import RelationType, language, vocabulary
from newsgraph.ingest.extract.actors import actors_of, owner_of, possessive_owner, spoken_for, subject_of, topic_in_a_headline
from newsgraph.ingest.extract.grammar import (OBJECT_DEPS, SUBJECT_DEPS, conjuncts, infinitival, is_complement,
                                              is_passive, prepositions)
from newsgraph.ingest.extract.triggers import lemma_forms, lookup, trigger_index, triggers_at, verb_phrases
from newsgraph.ingest.doctree import ancestors_of, children_of, head_of

ANAPHORIC_SUBJECTS = language()["anaphoric_subjects"]
LIGHT_VERBS = language()["light_verbs"]
BODY_NOUNS = set(language()["body_nouns"])
HAPPENINGS = set(language()["happenings"])  # "his arrest": what happened to the possessor
NOT_MATERIAL = language()["not_material"]
ONE_SIDED_VERBS = language()["one_sided_verbs"]
OWNED_STATEMENTS = set(language()["owned_statements"])
OWNED_COMMENT_NOUNS = set(language()["owned_comment_nouns"])
ONE_SIDED_NEED_THEME = language()["one_sided_need_theme"]
ONE_SIDED_BY_CLAUSE = language()["one_sided_by_clause"]
COMPLETE_ACTS = set(language()["complete_acts"])
ACTS_BY_INFINITIVE = set(language()["acts_by_infinitive"])
POSSESSIVE_PRONOUNS = language()["possessive_pronouns"]
QUANTITY_NOUNS = language()["quantity_nouns"]
GROWTH_NOUNS = set(language()["growth_nouns"])
TRADE_TRENDS = set(language()["trade_trends"])
EFFORT_NOUNS = set(language()["effort_nouns"])
PHRASE_CARRIERS = set(language()["phrase_carriers"])
GO_BETWEEN_NOUNS = set(language()["go_between_nouns"])
SHARED_EDGE_NOUNS = set(language()["shared_edge_nouns"])
OWNED_RESTRICTIONS = language()["owned_restrictions"]  # word -> the relation type that lifts it
REACTION_VERBS = language()["reaction_verbs"]
HAVING_VERBS = set(language()["having_verbs"])
REACTION_NOT_ADDRESSED = set(language()["reaction_not_addressed"])
CLAUSE_TARGET_PREPS = language()["clause_target_preps"]
FORCES_ABROAD = set(language()["forces_abroad"])
AID_PURPOSES = set(language()["aid_purposes"])
QUESTION_VERBS = language()["question_verbs"]
STATEMENTS_ABOUT = set(language()["statements_about"])
ACT_AIM_PREPS = set(language()["act_aim_preps"])
OFFICES_LEFT = set(language()["offices_left"])
PEOPLE_IN_PHRASES = set(language()["people_in_phrases"])
RESPONSIBLE_WORDS = set(language()["responsible_words"])


# Entity types that say when or how much, never who an act was done to ("struck on Monday").
NOT_PATIENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
TIME_NOUNS = set(language()["time_nouns"])


@dataclass
class Roles:
    sources: list[int]
    targets: list[int]  # empty: a one-sided event
    theme: Token | None
    direct: bool  # both ends found by the grammar, not guessed from context
    patient: Token | None = None  # the other side when it is no actor: "the city" in "shelled the city"


def _patient(token: Token, mentions: DocumentMentions) -> Token | None:
    """A noun the act was done to that names no actor ("the city", "a convoy"), or None; of a part,
    the whole it is taken from ("four of the provinces")."""
    token = _partitive(token)
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in NOT_PATIENTS or token.lower_ in PRONOUNS:
        return None
    if lookup(TIME_NOUNS, token):
        return None  # "attacked at dawn": when, not what
    return token if token.i not in mentions.by_token else None


def _named_doer(doer: Token | None, mentions: DocumentMentions) -> bool:
    """Whether the doer's own words name an actor (a one-sided event needs one): "the militia",
    "Iran and Syria", not "China's economy" (owned) nor an event noun."""
    if doer is not None and doer.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.i in mentions.by_token
            and mentions.mentions[mentions.by_token[c.i]].label == "Person" for c in children_of(doer)):
        return True  # "Peter Hale QC": a name with a title after it
    if doer is not None and lookup(BODY_NOUNS, doer) and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.i in mentions.by_token for o in children_of(p))
            for p in children_of(doer)):
        return True  # "a committee of MPs", "a group of activists": a body made of those named
    if doer is not None and _partitive(doer) is not doer:
        doer = _partitive(doer)  # "hundreds of Kenyan nurses": the nurses are named
    if doer is not None and spoken_for(doer) is not None:
        doer = spoken_for(doer)  # "a spokesman for the party": the party is named
    return doer is not None and any(t.i in mentions.by_token for t in [doer, *conjuncts(doer)])


def _one_sided(relation: RelationType, sources: list[int], doer: Token | None, mentions,
               theme: Token | None, patient: Token | None, carried_out: bool = False, addressed: bool = False) -> bool:
    if relation.name in ONE_SIDED_NEED_THEME and not (_content_word(theme) or carried_out or addressed):
        return False  # "he asked on the radio": neither what is asked for nor of whom is said
    return (relation.is_event and bool(sources) and _named_doer(doer, mentions)
            and _accepts(relation.source, mentions, sources)
            and (_content_word(theme) or patient is not None or carried_out))


def _content_word(theme: Token | None) -> bool:
    """A theme that says something: "early elections", not "what" in "that is what X seeks"."""
    return theme is not None and theme.pos_ in ("NOUN", "PROPN") and theme.tag_ not in ("WP", "WDT")


def verb_roles(verb: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    if lookup(QUESTION_VERBS, verb) and _asks_if(verb):
        return None  # "asked X if he was ...": a question, no request
    doer = subject_of(verb)
    sources = actors_of(doer, mentions, agent=True)
    if (not sources and doer is not None and relation.name == "ATTACKED" and _an_act_of(doer, relation)
            and not any(c.dep_ == "prep" for c in children_of(doer))):
        # "Russian air strikes hit Aleppo": the strikes' owner did it; "the invasion of X killed ..."
        # is its own event, told by its noun
        sources = actors_of(doer, mentions)
    targets: list[int] = []
    theme: Token | None = None
    patient: Token | None = None
    objects = ([c for c in children_of(verb) if c.dep_ in OBJECT_DEPS and c.pos_ != "ADP"] or _shared_objects(verb)
               or _gerund_subject_object(verb))
    if is_passive(verb):
        passive_subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "acl" and passive_subject is None:
            passive_subject = verb.head  # "the system manufactured by LIG Nex1"
        if passive_subject is not None:
            objects.insert(0, passive_subject)
            if not sources and relation.object_role == "theme" and lookup(force_nouns(), passive_subject):
                # "Swedish troops were deployed to Mali": forces named as a side's are deployed by it,
                # as "Swedish troops deployed to Mali" (not "troops were deployed": nobody is named)
                sources = actors_of(passive_subject, mentions)
            if not sources and lookup(OWNED_RESTRICTIONS, passive_subject) == relation.name:
                # "EU sanctions against Belarus were lifted": whose restrictions they are lifted them
                sources = next((found for c in children_of(passive_subject) if c.dep_ in ("poss", "compound", "amod")
                                and (found := actors_of(c, mentions))), [])
    preps = prepositions(verb)
    addressed = False  # the patient is the object of the trigger's own particle ("call on")
    # "is skeptical of the plan": the adjective's preposition is the copula's
    preps += [g for c in children_of(verb) if c.dep_ == "acomp" for g in children_of(c) if g.dep_ == "prep"]
    object_agent = None  # a direct object that is only an agent ("the prisoners"): a recipient outranks it
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "the claims, which he has denied": the relative pronoun stands for the noun it relates to
        objects = [verb.head if o.tag_ in ("WDT", "WP") else o for o in objects]
    for obj in objects:
        found = [a for a in _object_actors(obj, relation, mentions) if a not in sources]
        if not found and patient is None and relation.object_role == "target" and (
                not _an_act_of(obj, relation) or lookup(PEOPLE_IN_PHRASES, obj)):  # "expelled the inspectors"
            patient = _patient(obj, mentions)  # not the act itself: "lifted the state of emergency in ..."
        if found and not targets and _accepts(relation.target, mentions, found):
            targets = found
            if all(i in mentions.agents for i in found):
                object_agent = obj
        elif theme is None and obj.pos_ in ("NOUN", "PROPN", "NUM"):
            theme = obj
            preps += [c for c in children_of(obj) if c.dep_ == "prep"]  # "eased restrictions on Lebanon"
            # "lifted the ban imposed on Cuba": the participle's preposition says whom the theme is about
            preps += [g for c in children_of(obj) if c.dep_ == "acl" and c.tag_ == "VBN" for g in children_of(c) if g.dep_ == "prep"]
    for prep in preps:
        for obj in (g for g in children_of(prep) if g.dep_ in ("pobj", "pcomp")):
            found = _mission_place(obj, relation, mentions) or actors_of(obj, mentions)
            # "skeptical of the plan", "worried about Iran": whom an adjective of the copula is about
            to_target = prep.lower_ == particle or prep.lower_ in relation.target_preps or prep.head.dep_ == "acomp"
            # "closed its borders with Togo": the other side of a border the act is done to
            # (the parser may hang the "with" on the verb)
            to_target = to_target or (prep.lower_ == "with" and theme is not None and prep.head in (theme, verb)
                                      and bool(lookup(SHARED_EDGE_NOUNS, theme)))
            # "imposed a curfew in parts of Lima": where a nominal act of this type is aimed
            # ("A and B signed a treaty in Washington": a joint act's sides are its doers, not the place)
            to_target = to_target or (prep.lower_ in relation.place_preps and theme is not None and _an_act_of(theme, relation)
                                      and not (relation.symmetric and len(sources) > 1))
            if not found and to_target and theme is None and (relation.symmetric or relation.place_preps) and _an_act_of(obj, relation):
                # "agreed to a deal with Peru": the act agreed to is the theme, its own preposition the other side
                theme = obj
                preps += [c for c in children_of(obj) if c.dep_ == "prep"]
                continue
            handed_to = prep.lower_ == "to" and _hands_over(verb, relation)  # "returned the bible to its owners"
            # "declared a state of siege in the town": an event noun of this type is the act, not its patient
            if not found and to_target and (patient is None or handed_to) and not _a_noun_of(obj, relation):
                patient = _patient(obj, mentions) or patient  # "imposed a curfew on the city"
                addressed = patient is not None and prep.lower_ == particle  # "called on cyclists to"
            if found and to_target and (not targets or (object_agent is not None and prep.lower_ == "to")):
                # "returned the prisoners to Uruguay": the recipient is the target, the prisoners the theme
                if targets:
                    theme, object_agent = theme or object_agent, None
                targets = found
            elif prep.lower_ in relation.theme_preps and theme is None and not found and obj.ent_type_ not in NOT_PATIENTS:
                theme = obj
    if not targets and (patient is None or lookup(trigger_index()[1], patient)) and relation.name in STATEMENTS_ABOUT:
        # "claimed responsibility for the attack on the base": an act spoken of yields to whom it was aimed at
        targets, aimed_at = _sides_of_act_spoken_of(preps, relation, mentions)
        patient = aimed_at if targets or aimed_at is not None else patient
    if not targets and patient is None and relation.name in OFFICES_LEFT:
        # "resigned as president of Indonesia": one yields the office to whose it is
        offices = [g for p in preps if p.lower_ == "as" for g in children_of(p) if g.dep_ == "pobj"]
        targets = next((found for g in offices if (found := _office_owners(g, mentions))
                        and _accepts(relation.target, mentions, found)), [])
    recipient = _misattached_recipient(verb, relation, preps)
    if recipient is not None and not targets:
        found = actors_of(recipient, mentions)
        if found and _accepts(relation.target, mentions, found):
            targets = found
        elif not found and _patient(recipient, mentions) is not None:
            patient = recipient  # "returned the skulls, missing since 1943, to the museum": to whom, not what
    clause = next((c for c in children_of(verb) if (c.dep_ == "ccomp" or is_complement(c)) and not _cut_off(c, verb)), None)
    if clause is None and relation.clause_target == "subject":
        clause = _object_clause(objects)  # "expressed surprise that the Post published it"
    if clause is not None and relation.clause_target and not _open_question(clause):
        targets = targets or _clause_target(clause, relation, mentions)
        theme = theme or _clause_theme(clause, mentions)
        if not targets and patient is None and relation.clause_target == "object":
            obj = next((c for c in children_of(clause) if c.dep_ == "dobj"), None)
            patient = _patient(obj, mentions) if obj is not None else None  # "threatened to shell the town"
        if not targets and patient is None:
            patient = _clause_patient(clause, relation, mentions)
    if relation.symmetric and len(sources) > 1 and not targets and not lookup(ONE_SIDED_VERBS, verb) and not any(
            c.dep_ == "dobj" for c in children_of(verb)):
        sources, targets = sources[:1], sources[1:]  # "Yoon and Biden met"; not "X and Y are calling voters"
    # "X warned (that) the plan would fail": what is warned of is said in the clause
    # "X vowed (that) the men would stay in jail": a promise whose content is its clause
    said = (relation.name in ONE_SIDED_BY_CLAUSE or relation.name == "AGREED" and lookup(ONE_SIDED_VERBS, verb)) \
        and clause is not None and clause.dep_ == "ccomp"
    # "resigned as home secretary", "apologised": the act needs no object to be done
    complete = bool(lookup(COMPLETE_ACTS, verb)) if particle is None else any(
        f"{form} {particle}" in COMPLETE_ACTS for form in lemma_forms(verb))
    # "nurses went on strike": a phrase whose own words are the whole act
    complete = complete or any(t.relation is relation and t.phrase in COMPLETE_ACTS for t in verb_phrases(verb))
    # "pledged to write off the debt", "refused to discuss it": the promise or refusal is the act
    # when what it is about is no event of its own (an event of its own is coded for itself)
    promised = _promised_act(verb, mentions) if lookup(ACTS_BY_INFINITIVE, verb) else None
    if promised is not None:
        theme = theme or next((c for c in children_of(promised) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    carried_out = said or complete or promised is not None
    if not targets and _one_sided(relation, sources, doer, mentions, theme, patient, carried_out=carried_out, addressed=addressed):
        return Roles(sources, [], theme, True, patient)
    if not sources or not targets or not _accepts(relation.source, mentions, sources):
        return None
    return Roles(sources, targets, theme, True)


def _office_owners(office: Token, mentions: DocumentMentions) -> list[int]:
    """Whose an office left is ("as UKIP's chairman", "as a Labour MP"): not the office itself, which
    names the one leaving it ("as branch chairman", "as an MEP")."""
    return [i for i in actors_of(office, mentions)
            if not mentions.mentions[i].start <= office.i < mentions.mentions[i].end]


def _misattached_recipient(verb: Token, relation: RelationType, preps: list[Token]) -> Token | None:
    """"returned 12 skulls that date back to 700 AD to Peru", "returned a painting stolen in 1989 to its
    owner": after a long object the parser hangs the recipient's "to" on a word inside it (a relative
    clause, a participle); for a verb that hands its object over (object_verbs, object_role "recipient")
    the last "to" after the object is still the verb's. Only the object's own words are read."""
    if not _hands_over(verb, relation) or any(p.lower_ == "to" for p in preps):
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    inside = [c for c in children_of(verb) if c.dep_ in ("advcl", "acl") and c.i > obj.i]  # "..., missing since 1943, to X"
    words = [t for head in (obj, *inside) for t in head.subtree]
    to = next((t for t in reversed(words) if t.dep_ == "prep" and t.lower_ == "to" and t.i > obj.i), None)
    return next((g for g in children_of(to) if g.dep_ == "pobj"), None) if to is not None else None


def _sides_of_act_spoken_of(preps: list[Token], relation: RelationType, mentions) -> tuple[list[int], Token | None]:
    """"claimed responsibility for the attack on the army base", "voiced concern over strikes on Gaza":
    a statement about an act (an event noun) is about whom or what that act was aimed at."""
    for act in (g for p in preps for g in children_of(p) if g.dep_ == "pobj" and lookup(trigger_index()[1], g)):
        for prep in (c for c in children_of(act) if c.dep_ == "prep" and c.lower_ in ACT_AIM_PREPS):
            for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                found = actors_of(obj, mentions)
                if found and _accepts(relation.target, mentions, found):
                    return found, None
                if not found and _patient(obj, mentions) is not None:
                    return [], obj
    return [], None


def _hands_over(verb: Token, relation: RelationType) -> bool:
    """A verb whose object is what it hands over and whose "to" says to whom: "returned", "sent"."""
    return "to" in relation.target_preps and (
        relation.object_role == "recipient" or bool(lookup(set(relation.object_verbs), verb)))


def _an_act_of(noun: Token, relation: RelationType) -> bool:
    """Whether a verb's object is itself an act of this type: a noun trigger ("imposed a curfew") or a
    word of one of its verb phrases ("declared a state of siege", "lifted the state of emergency")."""
    if noun.lemma_ in PHRASE_CARRIERS and any(c.dep_ == "compound" and _an_act_of(c, relation) for c in children_of(noun)):
        return True  # "suspended aid deliveries in Borno": the deliveries carry the aid suspended
    return any(t.relation is relation for t in lookup(trigger_index()[1], noun) or []) or any(
        form in _phrase_words(relation.name) for form in lemma_forms(noun))


def _a_noun_of(noun: Token, relation: RelationType) -> bool:
    """Whether a word is a noun trigger of this type ("siege" of "state of siege"), not only a word of
    one of its verb phrases ("deal" of "block deal" is what is blocked)."""
    return any(t.relation is relation for t in lookup(trigger_index()[1], noun) or [])


@cache
def _phrase_words(name: str) -> frozenset[str]:
    return frozenset(w for phrase in vocabulary().relation(name).verb_phrases for w in phrase.split()[1:])


def _cut_off(clause: Token, verb: Token) -> bool:
    """"The UK and France want a cap - the Commission has urged an increase": a clause before the verb
    with a dash or semicolon between is a statement of its own, not what the verb asks or says."""
    if clause.i > verb.i:
        return False
    return any(t.text in ("-", "--", "–", "—", ";") for t in verb.doc[clause.right_edge.i + 1:verb.i])


def _promised_act(verb: Token, mentions) -> Token | None:
    """The infinitive a promise or refusal takes, when it is no trigger itself: "pledged to study the research"."""
    act = next((c for c in children_of(verb) if c.dep_ == "xcomp" and infinitival(c)), None)
    if act is None or triggers_at(act, mentions):
        return None
    return act


def converse_roles(verb: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    """"Ukraine received F-16s from Denmark", "India bought oil from Russia": the giver is the
    object of "from", the receiver the subject."""
    theme = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if theme is None or lookup(NOT_MATERIAL, theme) or lookup(trigger_index()[1], theme):
        return None
    preps = [p for p in prepositions(verb) + [c for c in children_of(theme) if c.dep_ == "prep"] if p.lower_ == "from"]
    sources = [i for p in preps for g in children_of(p) if g.dep_ == "pobj" for i in actors_of(g, mentions)]
    sources = sources or _maker(theme, mentions)
    targets = actors_of(subject_of(verb), mentions, agent=True)
    if not sources or not targets:
        return None
    if not _accepts(relation.source, mentions, sources) or not _accepts(relation.target, mentions, targets):
        return None
    return Roles(sources, targets, theme, True)


def converse_noun_roles(noun: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    """"Aeroflot's purchase of 22 Boeing jets", "the airlines agreed the purchase of Airbus planes",
    "a purchase of gas from Qatar by Japan": the seller ("from", or the maker of what is bought) did it to
    the buyer (the possessor, "by", or the subject of the verb the purchase is the object of)."""
    theme = next((g for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                  for g in children_of(p) if g.dep_ == "pobj"), None)
    if theme is None or lookup(NOT_MATERIAL, theme):
        return None
    preps = [p for p in (*children_of(noun), *children_of(theme)) if p.dep_ == "prep"]  # "of 36 jets from France"
    def named(prep_word: str) -> list[int]:
        return [i for p in preps if p.lower_ == prep_word for g in children_of(p) if g.dep_ == "pobj"
                for i in actors_of(g, mentions)]
    sources = named("from") or _maker(theme, mentions)
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    targets = next((found for c in owners if (found := actors_of(c, mentions))), []) or named("by")
    phrase = _measured(noun)
    if not targets and phrase.dep_ == "dobj" and phrase.head.pos_ in ("VERB", "AUX"):
        targets = actors_of(subject_of(phrase.head), mentions, agent=True)
    if not sources or not targets:
        return None
    if not _accepts(relation.source, mentions, sources) or not _accepts(relation.target, mentions, targets):
        return None
    return Roles(sources, targets, theme, True)


def _maker(theme: Token, mentions) -> list[int]:
    """"bought ten Embraer jets", "will buy 20 of Airbus's planes", "a dozen Airbus A320 jets": the
    company named on what is bought sold it (a company only: "bought Russian oil" names no seller)."""
    things = [theme, *(g for p in children_of(theme) if p.dep_ == "prep" and p.lower_ == "of"
                       for g in children_of(p) if g.dep_ == "pobj")]
    for thing in things:
        if lookup(force_nouns(), thing):
            continue  # "bought GM's Saturn unit": a company's unit is no force it deploys
        names = [c for c in children_of(thing) if c.dep_ in ("compound", "poss", "nmod")]
        names += [g for c in names if c.ent_type_ != "ORG" for g in children_of(c) if g.dep_ in ("compound", "nmod")]
        for child in names:
            if child.ent_type_ != "ORG":
                continue
            found = [_company(i, mentions) for i in actors_of(child, mentions)]
            found = [i for i in found if i is not None]
            if found:
                return found
    return []


def _company(index: int, mentions) -> int | None:
    """The company a mention is: "Embraer jets" stand for the maker's weapons (an agent of it)."""
    if mentions.mentions[index].label == "Organization":
        return index
    agent = mentions.agents.get(index)
    anchor = agent.anchor if agent is not None else None
    return anchor if anchor is not None and mentions.mentions[anchor].label == "Organization" else None


def noun_roles(noun: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    """Nominal events: "Russia's warnings", "a request from Kyiv for air defence",
    "the alliance between Russia and North Korea", "South Korea's deal to export ..."."""
    sources: list[int] = []
    targets: list[int] = []
    theme: Token | None = None
    patient: Token | None = None
    named_by: Token | None = None  # the word that names the doer: "Russia" in "Russia's attack on the city"
    undergone_by: Token | None = None  # "his suspension from the party": the possessor it was done to
    carrier = act_carrier(noun)  # "a mediation effort between A and B": the effort's phrase is the act's
    for child in children_of(carrier):
        if child.i == noun.i:
            continue
        if child.dep_ == "poss" and lookup(HAPPENINGS, noun) and not any(
                p.dep_ == "prep" and p.lower_ == "of" for p in children_of(noun)):
            undergone_by = child
            continue  # "his arrest in Zambia": who was arrested; not "Russia's arrest of X"
        if child.dep_ in ("poss", "compound", "amod", "nmod") and not sources and not topic_in_a_headline(child, noun, mentions):
            sources = actors_of(child, mentions)
            named_by = child if sources else None
            if relation.symmetric and sources:
                targets = _hyphen_partner(child, mentions)  # "Moscow-Pyongyang cooperation", "US-China talks"
    preps = [c for c in children_of(carrier) if c.dep_ == "prep"]
    # "a coalition being formed between A and B": the prepositions may hang on a participle.
    for acl in (c for c in children_of(carrier) if c.dep_ == "acl"):
        preps += [c for c in children_of(acl) if c.dep_ == "prep"]
    phrase = _measured(carrier)
    verb = phrase.head if phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and lookup(LIGHT_VERBS, verb):
        preps += [c for c in prepositions(verb) if c.dep_ in ("prep", "dative")]  # "imposed sanctions on Iran"
    # "A and B signed a treaty in Washington": where a joint act was agreed is none of its sides
    places = () if relation.symmetric else relation.place_preps
    for prep in preps:
        for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
            found = actors_of(obj, mentions)
            if prep.lower_ == "between" and found and lookup(GO_BETWEEN_NOUNS, noun):
                targets = found  # "Qatar's mediation between A and B": A and B are the sides it goes between
            elif prep.lower_ == "between" and found:
                # "between A and B" names both sides of a joint act.
                sources, targets = found[:1], found[1:] or targets
            elif prep.lower_ == "of" and lookup(force_nouns(), obj) and found and not sources and not (
                    all(f in mentions.agents and mentions.agents[f].anchor is None for f in found)
                    and verb is not None and lookup(LIGHT_VERBS, verb)):
                # "the deployment of North Korean troops": their country deploys; "Peru announced the
                # deployment of 300 troops": troops of nobody named are the announcer's (below)
                sources = found
            elif prep.lower_ in relation.agent_preps and found and not sources:
                sources, named_by = found, obj
            elif (prep.lower_ == particle or prep.lower_ in (*relation.target_preps, *places)) and found and not targets:
                targets = found
            elif prep.lower_ in relation.theme_preps and theme is None and not found and obj.ent_type_ not in NOT_PATIENTS:
                theme = obj
            if not found and patient is None and (prep.lower_ == particle or prep.lower_ in (*relation.target_preps, *places)):
                patient = _patient(obj, mentions)  # "an attack on the convoy", "a curfew in the old town"
    if sources and not targets and undergone_by is not None and named_by is not None and named_by.dep_ == "pobj":
        targets = actors_of(undergone_by, mentions)  # "his expulsion from the party": the party expelled him
    clause = next((c for c in children_of(noun) if c.dep_ in ("ccomp", "acl") and not infinitival(c)), None)
    if clause is None and verb is not None and phrase.dep_ == "dobj" and lookup(LIGHT_VERBS, verb):
        clause = _light_verb_clause(verb, phrase)  # "voiced hope on Monday that Chile would ..."
    if not targets and clause is not None and relation.clause_target == "subject" and not _open_question(clause):
        targets = _clause_target(clause, relation, mentions)  # "voiced hope that Chile would ...": about Chile
        patient = patient or (None if targets else _clause_patient(clause, relation, mentions))
    direct = bool(sources)
    doer = None
    if verb is not None and lookup(HAVING_VERBS, verb) and phrase.dep_ == "dobj":
        # "the bill has broad support from charities": the subject has it, someone else gave it
        if not sources:
            return None
        targets = targets or actors_of(subject_of(verb), mentions, agent=True)
    if not sources and _held_responsible(phrase):
        # "the militia was responsible for mass killings of villagers": whoever is responsible did it
        doer = subject_of(phrase.head.head.head)
        sources = actors_of(doer, mentions, agent=True)
    if verb is not None and not sources and lookup(LIGHT_VERBS, verb):
        # "Ukraine made a request", "the EU imposed sanctions": the verb's subject did it.
        doer = subject_of(verb)
        sources = actors_of(doer, mentions, agent=True)
    if (verb is not None and not targets and phrase.dep_ == "dobj" and lookup(REACTION_VERBS, verb)
            and relation.name not in REACTION_NOT_ADDRESSED):
        # "Hungary rejected Ukraine's request": the request was made to Hungary; "Russia received a
        # warning from NATO": from NATO.
        sources = sources or [i for p in prepositions(verb) if p.lower_ in relation.agent_preps
                              for g in children_of(p) if g.dep_ == "pobj" for i in actors_of(g, mentions)]
        targets = actors_of(subject_of(verb), mentions, agent=True) if sources else []
    if relation.symmetric and len(sources) > 1 and not targets and not lookup(ONE_SIDED_VERBS, noun):
        sources, targets = sources[:1], sources[1:]  # not "Labour and Tory promises": each its own
    if not targets and doer is not None and _one_sided(relation, sources, doer, mentions, theme, patient, True):
        return Roles(sources, [], theme or noun, False, patient)  # "the militia announced a truce"
    if not targets and named_by is not None and patient is not None and (
            not _reported_by_another(relation, phrase, named_by, sources, mentions)) and _one_sided(
            relation, sources, named_by, mentions, None, patient):
        return Roles(sources, [], theme or noun, True, patient)  # "the Taliban's attack on a convoy"
    # a named owner only: "his comments" would hang on a pronoun's guess; "rejected Mr Dale's comment"
    # tells the rejection (a reaction verb's object is told for the reaction)
    reacted_to = verb is not None and phrase.dep_ == "dobj" and bool(lookup(REACTION_VERBS, verb))
    # only as what its clause is about ("Mr Bell's remarks angered"): as an object ("sought to clarify
    # Mr Obama's comment") it is the subject's report of it, whose speaker the attribution rules do not know
    if not targets and named_by is not None and named_by.dep_ == "poss" and named_by.pos_ != "PRON" and not reacted_to \
            and _clause_subject(phrase) \
            and _owned_statement(relation, noun) and _one_sided(
            relation, sources, named_by, mentions, theme, None, carried_out=relation.name not in ONE_SIDED_NEED_THEME):
        return Roles(sources, [], theme or noun, True, None)  # "Mr Bell's comments", "the Tories' offer to extend"
    if not sources or not targets:
        return None
    if not _accepts(relation.source, mentions, sources) or not _accepts(relation.target, mentions, targets):
        return None
    return Roles(sources, targets, theme, direct)


def _light_verb_clause(verb: Token, obj: Token) -> Token | None:
    """"expressed optimism on Monday that Chile would ...": with a date or a place between, the parser
    hangs the noun's "that" clause on the light verb; a finite clause marked "that" after the noun
    is still the noun's content (the verb itself says nothing of its own)."""
    return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > obj.i and _finite(c)
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)


def _owned_statement(relation: RelationType, noun: Token) -> bool:
    """Whether "X's <noun>" says X made it: a statement, criticism, denial, warning or request
    (owned_statements); of promises only the one-sided ones ("Blair's pledge", not "Blair's deal")."""
    if relation.name == "COMMENTED":
        return bool(lookup(OWNED_COMMENT_NOUNS, noun))  # "his remarks", not "Labour's hopes" (a mood)
    if relation.name not in OWNED_STATEMENTS:
        return False
    return relation.name != "AGREED" or bool(lookup(ONE_SIDED_VERBS, noun))


def _held_responsible(noun: Token) -> bool:
    """"X was responsible for the killings": the event noun under "for" of a word of responsibility
    (responsible_words) that is the complement of a copula."""
    prep = noun.head
    word = prep.head
    return (noun.dep_ == "pobj" and prep.lower_ == "for" and word.dep_ == "acomp"
            and bool(lookup(RESPONSIBLE_WORDS, word)) and word.head.pos_ in ("AUX", "VERB"))


def purpose_recipients(trigger: Token, theme: Token | None, mentions: DocumentMentions) -> list[int]:
    """"sent aid to help people in Haiti", "funding to fight Ebola in Guinea": who aid with no named
    recipient goes to, from its purpose clause (language.toml aid_purposes): the actor helped, else
    the place "in" which the purpose lies."""
    heads = [trigger, *([theme] if theme is not None else [])]
    phrase = act_phrase(trigger) if trigger.pos_ == "NOUN" else trigger  # "an increase in funding to fight ..."
    if phrase is not trigger:
        heads.append(phrase)
    if phrase.pos_ in ("NOUN", "NUM") and phrase.dep_ == "dobj":
        heads.append(phrase.head)  # "announced aid to help ...": the purpose hangs on the verb
    for clause in (c for h in heads for c in children_of(h) if c.dep_ in ("advcl", "xcomp", "acl", "relcl")):
        if not lookup(AID_PURPOSES, clause) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            continue
        helped = [a for o in children_of(clause) if o.dep_ == "dobj" for a in _object_actors(o, vocabulary().relations["SUPPLIED"], mentions)]
        # "to help Haiti cope with the floods": the one helped is the subject of the bare infinitive
        helped = helped or [a for c in children_of(clause) if c.dep_ in ("ccomp", "xcomp")
                            for s in children_of(c) if s.dep_ == "nsubj" for a in actors_of(s, mentions)]
        if helped:
            return helped
        for word in clause.subtree:
            if word.dep_ == "prep" and word.lower_ == "in":
                found = next((a for g in children_of(word) if g.dep_ == "pobj" for a in [actors_of(g, mentions)] if a), [])
                if found:
                    return found
    return []


def _mission_place(obj: Token, relation: RelationType, mentions: DocumentMentions) -> list[int]:
    """"sent troops to the UN mission in Mali": what is sent or given to a mission or force goes to
    the place it serves in, not to the body named in it (language.toml forces_abroad)."""
    if relation.object_role not in ("theme", "recipient") or not lookup(FORCES_ABROAD, obj):
        return []
    places = (g for p in children_of(obj) if p.dep_ == "prep" and p.lower_ in ("in", "to") for g in children_of(p) if g.dep_ == "pobj")
    return next((found for g in places if (found := actors_of(g, mentions))), [])


def _object_actors(obj: Token, relation: RelationType, mentions: DocumentMentions) -> list[int]:
    if relation.object_role == "theme":
        return []
    if relation.object_role == "recipient":
        obj = _partitive(obj)  # "admitted thousands of Congolese refugees": the refugees
        # A named actor, or "his country" standing for the clause subject's country.
        named = [mentions.by_token[t.i] for t in [obj, *conjuncts(obj)] if t.i in mentions.by_token]
        named += [mentions.by_token[a.i] for a in children_of(obj) if a.dep_ == "appos" and a.i in mentions.by_token]
        pronoun = next((c for c in children_of(obj) if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        owner = possessive_owner(pronoun, mentions) if pronoun is not None and not named else None
        return named or ([owner] if owner is not None else [])
    return actors_of(obj, mentions) or actors_of(_partitive(obj), mentions)  # "expelled some of the monitors"


PARTITIVES = {"some", "many", "several", "most", "all", "part", "half", "dozens", "hundreds", "thousands",
              "millions", "tens", "scores", "each"}


def _partitive(noun: Token) -> Token:
    """"thousands of refugees", "some of the prisoners": the group a quantity is taken from."""
    if noun.like_num or noun.lower_ in PARTITIVES:
        for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"):
            return next((g for g in children_of(prep) if g.dep_ == "pobj"), noun)
    return noun


def _shared_objects(verb: Token) -> list[Token]:
    """"France condemned and sanctioned Iran": the object of the last of coordinated verbs."""
    for other in verb.conjuncts:
        # not a phrasal verb's object: "delivers results and sees off the Tories" sees them off
        if other.i > verb.i and other.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "prt" for c in children_of(other)):
            return [c for c in children_of(other) if c.dep_ == "dobj"]
    return []


def _gerund_subject_object(verb: Token) -> list[Token]:
    """"dismissed Russia's warnings against his country sending weapons": the parser may make the
    object noun the subject of a gerund clause; a transitive verb's object it is."""
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.tag_ == "VBG"), None)
    if clause is None or any(c.dep_ == "dobj" for c in children_of(verb)):
        return []
    return [c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]


def _clause_target(
clause: Token, relation: RelationType, mentions) -> list[int]:
    """"demanded that France withdraw" -> France; "threatened to strike Israel" -> Israel."""
    deps = SUBJECT_DEPS if relation.clause_target == "subject" else {"dobj"}
    word = next((c for c in children_of(clause) if c.dep_ in deps), None)
    for_to = any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(clause))  # actors.py resolves its "him"
    if word is not None and (word.lower_ in PRONOUNS or word.lower_ in ANAPHORIC_SUBJECTS) and not for_to:
        return []
    found = actors_of(word, mentions) if word is not None else []
    if found and relation.clause_target == "object" and _finite(clause) and (
            not lookup(trigger_index()[0], clause)
            or word.i not in mentions.by_token and owner_of(word, mentions, led=False) is None):
        # "warned that she had noticed apathy shown by young voters", "warned that giving X a post would
        # anger ...": what the warning says, not whom it is to; "warned that it would strike X" is to X
        found = []
    if not found and relation.clause_target == "object":
        # "threatened to deliver weapons to Taiwan", "vowed to retaliate against Israel": whom the act is for
        found = [i for prep in prepositions(clause) if prep.lower_ in CLAUSE_TARGET_PREPS
                 for g in children_of(prep) if g.dep_ == "pobj" for i in actors_of(g, mentions)][:1]
    return found


def _object_clause(objects: list[Token]) -> Token | None:
    """"voiced hope that Chile would ...", "expressed surprise that the Post published ...": the clause
    of the object noun a statement phrase takes, with a subject of its own."""
    return next((c for o in objects for c in children_of(o)
                 if c.dep_ in ("acl", "ccomp") and c.i > o.i and _finite(c) and any(
                     m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)


def _clause_patient(clause: Token, relation: RelationType, mentions) -> Token | None:
    """"voiced optimism that the vaccine rollout could speed up", "is skeptical the scheme will work":
    a statement is about the subject of what it says when that is no actor (statements_about)."""
    if relation.name not in STATEMENTS_ABOUT or _open_question(clause):
        return None
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _patient(subject, mentions) if subject is not None else None


def _asks_if(verb: Token) -> bool:
    """"asked X if he was ...", "asked whether ...": the if-clause may hang on the verb above "ask"
    when "ask" has no clause of its own ("was heard asking X if ...")."""
    clauses = [c for c in children_of(verb) if c.dep_ in ("advcl", "ccomp", "xcomp")]
    if any(_open_question(c) for c in clauses):
        return True
    return not clauses and any(_open_question(c) for c in children_of(verb.head) if c.dep_ == "advcl" and c.i > verb.i)


def _finite(clause: Token) -> bool:
    """A clause with a subject of its own ("warned that she had noticed ...", "that the plan be
    dropped"), not an infinitive."""
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in children_of(clause))


def _open_question(clause: Token) -> bool:
    """"asked whether NATO would send troops" is a question, not a request to NATO nor for troops."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if") for c in children_of(clause))


def _clause_theme(clause: Token, mentions) -> Token | None:
    """What an embedded act is about: "provide his country with air defense systems" -> the systems."""
    for child in children_of(clause):
        if child.dep_ == "dobj" and child.i not in mentions.by_token and not owner_of(child, mentions):
            return child
    for prep in prepositions(clause):
        if prep.lower_ in ("with", "for"):
            return next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
    return None


def _hyphen_partner(modifier: Token, mentions: DocumentMentions) -> list[int]:
    """The other side of a hyphenated pair of names: "Moscow" for "Pyongyang" in "Moscow-Pyongyang"."""
    for child in children_of(modifier):
        hyphen = child.i + 1 < modifier.i and modifier.doc[modifier.i - 1].tag_ == "HYPH"
        if child.dep_ in ("compound", "amod") and hyphen and child.i in mentions.by_token:
            return [mentions.by_token[child.i]]
    return []


def _reported_by_another(relation: RelationType, phrase: Token, named_by: Token, sources: list[int], mentions) -> bool:
    """Whether an owner's statement ("Mr Bell's remarks") is told of in another actor's clause rather
    than being what its clause is about: then it is that actor's story, not the owner's statement."""
    said = relation.name == "COMMENTED" or relation.name in OWNED_STATEMENTS
    return said and not _clause_subject(phrase) and _told_by_another(phrase, named_by, sources, mentions)


def _clause_subject(phrase: Token) -> bool:
    """Whether a noun phrase is its clause's subject, or inside one ("many of Washington's objections")."""
    while phrase.dep_ == "pobj" and head_of(phrase).dep_ == "prep" and head_of(head_of(phrase)).pos_ not in ("VERB", "AUX"):
        phrase = head_of(head_of(phrase))
    return phrase.dep_ in ("nsubj", "nsubjpass", "ROOT")


def _told_by_another(phrase: Token, named_by: Token, sources: list[int], mentions) -> bool:
    """Whether the clause a noun phrase is in has another actor for its subject: "Rhodes sought to clarify
    Mr Obama's comment" (Rhodes tells of it), not "Mr Dale would not apologise for his comment" (a
    possessive pronoun is mostly the subject's own)."""
    if named_by.pos_ == "PRON":
        return False
    verb = next((a for a in ancestors_of(phrase) if a.pos_ in ("VERB", "AUX")), None)
    teller = actors_of(subject_of(verb), mentions) if verb is not None else []
    return bool(teller) and not set(teller) & set(sources)


def act_carrier(noun: Token) -> Token:
    """"an aid package for Chad", "a mediation effort between A and B": the noun an event noun is
    compounded into when that noun only measures or carries the act (quantity_nouns, effort_nouns);
    else the event noun itself."""
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and (lookup(QUANTITY_NOUNS, head) or lookup(EFFORT_NOUNS, head)):
        return head
    return noun


def act_phrase(noun: Token) -> Token:
    """The noun phrase that stands for a nominal act in its clause: "the EU's aid package", "a package
    of aid", "$20 million in aid" (its verb gives the act's polarity and modality)."""
    return _measured(act_carrier(noun))


def _measured(noun: Token) -> Token:
    """"a new package of military aid": the quantity phrase stands where the event noun would; so does
    a sum of money "in" the act ("announced $20 million in aid to Peru")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and lookup(QUANTITY_NOUNS, prep.head):
        return prep.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i < prep.i and (
            prep.head.ent_type_ == "MONEY" or lookup(GROWTH_NOUNS, prep.head) and not lookup(TRADE_TRENDS, noun)):
        return prep.head  # "announced an increase in funding to ...": the increase is given
    return noun


@cache
def force_nouns() -> frozenset[str]:
    return frozenset(n for r in vocabulary().relations.values() for n in r.theme_nouns)


def _accepts(allowed: tuple[str, ...], mentions: DocumentMentions, found: list[int]) -> bool:
    """Type check on an end of a relation."""
    if not allowed:
        return True
    def fits(label: str) -> bool:
        # A pronoun is checked once resolved; an unknown place name may be a state acting.
        return label in allowed or label == "Pronoun" or (label == "Place" and "Country" in allowed)
    return any(fits(mentions.mentions[i].label) for i in found)


accepts = _accepts  # the type check, for the relations the extractor adds beside a trigger's own


def phrase_text(token: Token) -> str | None:
    """The words of a noun phrase without its determiner: "the air defense systems" -> "air defense systems"."""
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "acl", "prep") or t.i < token.i]
    words = [t for t in words if not (t.dep_ == "det" and t.i < token.i)]
    # Stop at a relative or prepositional tail to keep the theme short.
    kept = [t for t in words if t.i <= token.i or t.head == token and t.dep_ in ("nummod", "compound", "amod")]
    text = " ".join(t.text for t in kept).strip()
    return text or None
