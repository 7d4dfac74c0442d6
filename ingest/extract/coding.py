"""The event code the structure around a trigger decides (schema/coding.toml):

- refusals: "refused to lift the ban on X", "will not release the prisoners", "failed to reach an
  agreement" reject (CAMEO 12) what they do not do; the negated act stays as reported;
- demands: "X said Y must withdraw" is X's demand of Y (CAMEO 10);
- considering: "is considering sending aid" weighs an option (CAMEO 014);
- accord: "agreed with X that ..." shares an opinion (CAMEO 019), it makes no deal.
"""

from __future__ import annotations

import tomllib
from functools import cache

from spacy.tokens import Token

from newsgraph.schema import HERE as SCHEMA, language
from newsgraph.ingest.extract.grammar import SUBJECT_DEPS, governors, has_negation
from newsgraph.ingest.extract.triggers import lookup
from newsgraph.ingest.doctree import children_of

SPEECH_VERBS = language()["speech_verbs"]


@cache
def rules() -> dict:
    return tomllib.loads((SCHEMA / "coding.toml").read_text())


@cache
def words(*keys: str) -> frozenset[str]:
    """A word list of coding.toml as a set, built once (rules asked per word of every document)."""
    table = rules()
    for key in keys:
        table = table[key]
    return frozenset(table)


def refusal_cameo(relation_type: str, trigger: Token) -> str | None:
    """The CAMEO code of the rejection a negated act of cooperation is, or None when it is only
    not reported as done ("did not meet") or is no cooperation."""
    code = rules()["refusal_cameo"].get(relation_type)
    return code if code and refused(trigger) else None


def declined_comment(relation_type: str, trigger: Token) -> bool:
    """"refused to say whether", "declined to discuss the reports": a refusal whose act is speaking
    declines comment (CAMEO 011), a statement not made, no rejection of anyone (declined_statements)."""
    if relation_type != "DENIED" or not lookup(words("refusing_verbs"), trigger) or has_negation(trigger):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in children_of(trigger)):
        return False  # "refused his pleas to talk": the pleas are refused
    return any(c.dep_ == "xcomp" and lookup(words("declined_statements"), c) for c in children_of(trigger))


def refused(trigger: Token) -> bool:
    """Whether the act is refused: under "refuse/decline/fail to", or announced as not to be done
    ("will not", "won't"), on the trigger or on the verb that carries it ("will not sign a deal")."""
    refusing = words("refusing_verbs")
    adjectives = words("refusing_adjectives")
    chain = [(trigger, trigger), *governors(trigger)]
    for n, (child, head) in enumerate(chain):
        if n and child.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "acomp"):
            break
        if n and lookup(words("inability_adjectives"), head):
            return False  # "will not be able to agree": unable, not unwilling
        if n and (lookup(refusing, head) or lookup(adjectives, head)) and not has_negation(head):
            return True
        if has_negation(head) and _announced(head):
            return True
        if n and head.pos_ in ("VERB", "AUX") and lookup(SPEECH_VERBS, head):
            break
    return False


def _announced(verb: Token) -> bool:
    """"will not release", "won't lift", and "said it would not ..." (reported future)."""
    auxiliaries = words("announcing_auxiliaries")
    for child in children_of(verb):
        if child.dep_ == "aux" and child.lower_ in auxiliaries:
            return True
        if child.dep_ == "aux" and child.lower_ in ("would", "'d") and verb.dep_ == "ccomp" and lookup(SPEECH_VERBS, verb.head):
            return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(verb))
    return False


def demanded(verb: Token) -> tuple[Token, Token, Token] | None:
    """"Russia said Israel must end ...", "X insists that Y should ...": (the stating verb, the clause's
    subject, the word of obligation) for a stating verb whose clause obliges its subject, else None."""
    if verb.pos_ not in ("VERB", "AUX") or not lookup(words("demanding_verbs"), verb):
        return None
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
        mark = _obligation(clause)
        subject = next((c for c in children_of(clause) if c.dep_ in (*SUBJECT_DEPS, "nsubjpass")), None)
        if mark is None or subject is None or subject.lower_ in ("i", "we", "you", "one", "it", "they", "what"):
            continue
        if mark.i < subject.i and mark.i != clause.i:
            continue  # "Should Rubio win Florida, ...": a condition, no obligation
        if mark.i == clause.i and (has_negation(clause) or any(c.lower_ == "yet" for c in children_of(clause))):
            continue  # "X does not have to pick Y", "X has yet to reply": no obligation at all
        if mark.i == clause.i and any(c.dep_ == "aux" and c.lower_ in words("predicting_auxiliaries") for c in children_of(clause)):
            continue  # "voters will have to wait", "X would have to work hard": a forecast, nobody is asked
        if not _act_asked(clause, mark):
            continue  # "X should be judged by results", "Y should be able to ...": no act asked of Y
        if mark.i != clause.i and any(c.dep_ == "aux" and c.lower_ == "have" and c.i > mark.i for c in children_of(clause)):
            continue  # "the government should have acted sooner": a reproach about the past, nothing asked
        return verb, subject, mark
    return None


def _act_asked(clause: Token, mark: Token) -> bool:
    """Whether the obliged clause asks its subject to act: not a passive ("X must not be allowed to"),
    not a state ("Y should be able to", "Z must not be out of pocket", "should expect")."""
    verb = clause
    if mark.i == clause.i:  # "has to withdraw": the infinitive is the act
        verb = next((c for c in children_of(clause) if c.dep_ == "xcomp"), clause)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)):
        return False
    return not lookup(words("stative_obligations"), verb)


def _obligation(clause: Token) -> Token | None:
    """"must"/"should" on the clause verb, or "has to"/"needs to" heading it."""
    marks = words("obligation_marks")
    for child in children_of(clause):
        if child.dep_ in ("aux", "auxpass") and child.lower_ in marks:
            return child
    infinitives = [c for c in children_of(clause)
                   if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))]
    if clause.tag_ in ("VBD", "VBN") and clause.lemma_ == "have":
        return None  # "the government had to publish ...": a past necessity, not a demand
    if lookup(words("obligation_verbs"), clause) and infinitives and not any(
            lookup({"do"}, c) and any(g.lower_ == "with" for g in children_of(c)) for c in infinitives):
        return clause  # "Y has to withdraw", not "it has to do with Y"
    return None


def considered_cameo(relation_type: str, trigger: Token) -> str | None:
    """"is considering sending aid": the act is the content of a verb of weighing an option."""
    table = rules()["considering"]
    if relation_type not in table["types"]:
        return None
    verbs = words("considering", "verbs")
    for n, (child, head) in enumerate(governors(trigger)):
        if child.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"):
            return None
        if lookup(verbs, head) and not has_negation(head):
            return table["cameo"]
        if head.pos_ in ("VERB", "AUX") and lookup(SPEECH_VERBS, head) or n > 2:
            return None
    return None


def decided_cameo(relation, phrase: str, trigger: Token) -> str | None:
    """"decided to lift the sanctions": the act's own code (08), not an intention (03)."""
    verbs = words("deciding", "verbs")
    for n, (child, head) in enumerate(governors(trigger)):
        if child.dep_ not in ("xcomp", "dobj", "pobj", "prep") or n > 2:
            return None
        if lookup(verbs, head) and not has_negation(head):
            return relation.cameo_by_trigger.get(phrase, relation.cameo) if relation.intent_plover == "AGREE" else None
    return None


def accord_cameo(trigger: Token, phrase: str, mentions) -> str | None:
    """"agreed with the Senate that ...", "agrees with the assessment": the opinion is shared."""
    table = rules()["accord"]
    if phrase not in table["triggers"] or not any(c.dep_ == "prep" and c.lower_ == table["prep"] for c in children_of(trigger)):
        return None
    if any(c.dep_ in ("xcomp",) for c in children_of(trigger)):
        return None  # "agreed with Russia to hold talks": a deal to act
    with_objects = [g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == table["prep"]
                    for g in children_of(c) if g.dep_ == "pobj"]
    opinion = any(c.dep_ == "ccomp" for c in children_of(trigger)) or any(
        g.pos_ == "NOUN" and g.i not in mentions.by_token for g in with_objects)
    return table["cameo"] if opinion else None


def claimed_own_act(relation_type: str, trigger: Token, sources: list[int], actors_of_subject) -> bool:
    """"the rebels claimed they had shelled the base": the trigger heads the content clause of a claim
    verb whose subject is the act's own doer (claimed_acts); that claim takes responsibility (CAMEO 015).
    `actors_of_subject(verb)` gives the actors the claim verb's subject stands for."""
    table = rules()["claimed_acts"]
    if relation_type not in table["types"] or not sources or trigger.dep_ != "ccomp" or has_negation(trigger):
        return False
    claim = trigger.head
    return bool(lookup(words("claimed_acts", "verbs"), claim)) and bool(set(actors_of_subject(claim)) & set(sources))
