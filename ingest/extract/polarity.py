"""Polarity: whether the act is said to have not taken place.

Negation on the trigger, its subject ("neither"), its governing verbs ("did not request that",
"refused to", "ruled out"), "without"/"instead of", cancelled nominal events, and indefinite event nouns
under a negated verb ("made no mention of"), never presupposed ones ("the EU's offer").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.schema import language
from newsgraph.ingest.extract.grammar import SUBJECT_DEPS, governors, has_negation, infinitival, is_phrasal, is_rule_out
from newsgraph.ingest.extract.triggers import lookup
from newsgraph.ingest.doctree import children_of

CANCELLING_VERBS = language()["cancelling_verbs"]
DISMISSING_VERBS = set(language()["dismissing_verbs"])
REPORT_NOUNS = set(language()["report_nouns"])
EVENT_MODIFIERS = language()["event_modifiers"]
EXISTENCE_VERBS = language()["existence_verbs"]
INDEFINITE_DETS = language()["indefinite_dets"]
LIGHT_VERBS = language()["light_verbs"]
NEGATING_ADVERBS = language()["negating_adverbs"]
NEGATING_VERBS = language()["negating_verbs"]
NEGATION_SHARING_CCS = language()["negation_sharing_ccs"]
POSSIBLE_MARKS = language()["possible_marks"]
SPEECH_VERBS = language()["speech_verbs"]
SUCCESS_VERBS = language()["success_verbs"]
YET_VERBS = language()["yet_verbs"]


def negated(token: Token) -> bool:
    said = _said_not_done(token)
    return said if said is not None else _negated(token)


def _whether_or_not(token: Token) -> bool:
    """"whether or not he had offered to quit": the "not" of the open question negates nothing."""
    doc = token.doc
    return any(c.dep_ == "neg" and c.i >= 2 and doc[c.i - 1].lower_ == "or" and doc[c.i - 2].lower_ in POSSIBLE_MARKS
               for c in children_of(token))


def _after_nor(token: Token) -> bool:
    """"did not criticise X, nor did he attack Y": the act "nor" joins is not done either; the parser
    hangs "nor" on the act itself or on the first act, just before the one it joins."""
    if any(c.lower_ == "nor" and c.i < token.i for c in children_of(token) if c.dep_ in ("cc", "advmod", "preconj")):
        return True
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    before = [c for c in children_of(token.head) if c.dep_ == "cc" and c.i < token.i]
    return bool(before) and before[-1].lower_ == "nor"


def _said_not_done(token: Token) -> bool | None:
    """What the words around the act say of it being done, or None: "no longer supplies", "has yet to
    deliver", "sold no tanks", "did not sell or deliver", "the cancelled sale", "abandoned plans to sell"."""
    if _stopped(token) or _not_yet(token) or _none_given(token) or _shares_negation(token):
        return True
    if _called_off(token.head if token.dep_ in ("acl", "relcl") else token):
        return True  # "confirmed the cancelled sale", "the abandoned deal to buy": nothing is bought
    cancelling = _cancelling_verb(token.head) if token.dep_ in ("acl", "relcl") and infinitival(token) else None
    if cancelling is not None:
        return not has_negation(cancelling)  # "abandoned plans to sell"; "did not abandon plans to sell"
    return None


def _negated(token: Token) -> bool:
    if (has_negation(token) and not _whether_or_not(token)) or _after_nor(token):
        return True
    if _no_subject(token):
        return True  # "Neither China nor India condemned", "No country has sanctioned"; not "China, not Russia, ..."
    if token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX"):
        if lookup(CANCELLING_VERBS, token.head) or is_phrasal(token.head, CANCELLING_VERBS):
            return True  # "the summit was cancelled"
        if lookup(EXISTENCE_VERBS, token.head) and has_negation(token.head):
            return True  # "the alliance does not exist"
        if presupposed(token):
            return False  # "did not reject the EU's offer" still says there was an offer
        if not lookup(LIGHT_VERBS, token.head):
            # "would not support an attack" says nothing about the attack; "denied an attack" does.
            return bool(lookup({"deny"}, token.head)) and not has_negation(token.head)
        if has_negation(token.head):
            return True  # "did not impose sanctions", "has no agreement with"
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and any(c.dep_ == "poss" for c in children_of(token)):
        return False  # "would not apologise for his comment": the comment was made
    for child, head in governors(token):
        dep = child.dep_
        if dep in ("acl", "relcl", "ccomp") and _dismissed_report(head):
            return True  # "dismissed reports (that) he had told Brown": not told, says the one dismissing
        if dep not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "acl", "acomp"):
            break  # "acomp": "will not be able to strike" is negated through "able"
        if any(c.lower_ in POSSIBLE_MARKS for c in children_of(child) if c.dep_ in ("mark", "advmod")):
            return False  # "has not decided whether to attack": an open question, not a denial
        if dep == "pcomp" and _negating_prep(head):
            return True  # "without consulting", "instead of sending", "stopped short of condemning"
        if dep == "pcomp" and _judged_in_doing(head):
            return False  # "has not been straightforward in attacking the party": the attack was made
        if is_rule_out(head):
            return not has_negation(head)  # "ruled out sending" vs "will not rule out sending"
        if lookup({"fail"}, head) and lookup(SUCCESS_VERBS, token):
            return False  # "failed to persuade Hungary": the asking happened, the persuading did not
        if lookup(NEGATING_VERBS, head) and dep in ("xcomp", "ccomp", "pcomp", "prep", "dobj"):
            return not has_negation(head)  # "denied that ...", "refused to ..."
        if head.pos_ in ("VERB", "AUX") and lookup(SPEECH_VERBS, head):
            break
        if has_negation(head) and not _whether_or_not(head) or dep == "xcomp" and _no_subject(head):
            # "did not request that X provide": the request is negated, and so is what it asked for;
            # "neither X nor Y wished to comment": nobody comments
            return True
    return False


def _dismissed_report(noun: Token) -> bool:
    """"dismissed reports", "rubbished claims": a report (report_nouns) that the verb whose object it
    is dismisses as untrue (dismissing_verbs), not "failed to dismiss"."""
    verb = noun.head
    return (noun.dep_ == "dobj" and bool(lookup(REPORT_NOUNS, noun)) and bool(lookup(DISMISSING_VERBS, verb))
            and not _negated(verb))


def _no_subject(verb: Token) -> bool:
    subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and any(
        c.lower_ in ("neither", "no") for c in children_of(subject) if c.dep_ in ("det", "preconj"))


def presupposed(noun: Token) -> bool:
    """An event noun under a verb whose event is taken as given: definite ("the EU's offer") or
    named by its doer without an article ("Western sanctions"); "an Israeli attack" is not."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    dets = [c.lower_ for c in children_of(noun) if c.dep_ in ("det", "poss")]
    if any(d in INDEFINITE_DETS for d in dets):
        return False
    return bool(dets) or _own_agent_token(noun)


def _own_agent_token(noun: Token) -> bool:
    """"Western sanctions", "Russia's warnings": a nominal event with its doer named exists, whatever
    is said about joining or heeding it."""
    return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ for c in children_of(noun))


def _judged_in_doing(prep: Token) -> bool:
    """"not honest in attacking", "was not alone in criticising": "in" on an adjective of the copula,
    whose negation denies the quality of the act, not the act ("did not succeed in" is no adjective)."""
    if prep.lower_ != "in":
        return False
    head = prep.head
    return head.pos_ == "ADJ" or head.lemma_ == "be" and any(c.dep_ == "acomp" for c in children_of(head))


def _negating_prep(prep: Token) -> bool:
    if prep.lower_ == "without":
        return True
    near = [prep.head, *children_of(prep)]
    return prep.lower_ == "of" and any(t.lower_ in ("instead", "short") for t in near)


def _stopped(verb: Token) -> bool:
    """"no longer supplies": an adverb that, with its negation, says the act is over."""
    return any(f"{n.lower_} {c.lower_}" in NEGATING_ADVERBS
               for c in children_of(verb) if c.dep_ == "advmod" for n in children_of(c) if n.dep_ == "neg")


def _called_off(noun: Token) -> bool:
    """"the cancelled visit", "the abandoned deal": an event noun whose modifier says it did not take place."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound") and lookup(EVENT_MODIFIERS, c) == "negated" for c in children_of(noun))


def _not_yet(verb: Token) -> bool:
    """"has yet to deliver", "is yet to sign": the act has not happened."""
    head = verb.head
    return verb.dep_ == "xcomp" and head is not verb and bool(lookup(YET_VERBS, head)) and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(head))


def _none_given(verb: Token) -> bool:
    """"sold no tanks to X", "no tanks were sold": the act's object is none."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))
        for c in children_of(verb))


def _shares_negation(verb: Token) -> bool:
    """"did not sell or deliver tanks": a verb with no subject or auxiliary of its own, joined by "or"
    or "nor" to a negated verb, is negated with it."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or not has_negation(head):
        return False
    if any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "aux", "auxpass") for c in children_of(verb)):
        return False
    return any(c.dep_ == "cc" and c.lower_ in NEGATION_SHARING_CCS and head.i < c.i < verb.i for c in children_of(head))


def _cancelling_verb(noun: Token) -> Token | None:
    """"abandoned plans to sell tanks", "the plan to sell was shelved": the verb that cancels the noun
    whose infinitive names the act."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and (
            lookup(CANCELLING_VERBS, verb) or is_phrasal(verb, CANCELLING_VERBS)):
        return verb
    return None
