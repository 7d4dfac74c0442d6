"""Modality: asserted, future, possible or hypothetical (schema/relations.toml [modalities]).

Modal auxiliaries, "whether"/"if", and the verb or noun that embeds the act ("plans to", "is mulling
whether to", "the option of", "will not rule out"); adjunct phrases do not embed. A headline's
infinitive with its own subject ("Germany to sell tanks") is future; "for Germany to sell" hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.schema import language
from newsgraph.ingest.extract.actors import joined_to_the_reporter
from newsgraph.ingest.extract.grammar import governors, has_negation, infinitival, is_rule_out
from newsgraph.ingest.extract.polarity import presupposed
from newsgraph.ingest.extract.triggers import lemma_forms, lookup
from newsgraph.ingest.doctree import children_of

COMPLEMENT_PREPS = language()["complement_preps"]
DECISION_VERBS = set(language()["decision_verbs"])
STANCE_ACTS = set(language()["stance_acts"])
COMMITMENT_NOUNS = language()["commitment_nouns"]
EMBEDDING_MODALITY = language()["embedding_modality"]
EVENT_MODIFIERS = language()["event_modifiers"]
EXPECTATION_VERBS = language()["expectation_verbs"]
HYPOTHETICAL_MARKS = language()["hypothetical_marks"]
LIGHT_VERBS = language()["light_verbs"]
MODAL_AUX = language()["modal_auxiliaries"]
POSSIBILITY_WORDS = language()["possibility_words"]
POSSIBLE_MARKS = language()["possible_marks"]
PURPOSE_HOSTS = set(language()["purpose_hosts"])
SPEECH_VERBS = language()["speech_verbs"]
JUDGING_ADJECTIVES = set(language()["judging_adjectives"])
INVERTED_CONDITIONS = set(language()["inverted_condition_auxiliaries"])
DECLINED_STATEMENTS = set(language()["declined_statements"])
REPORT_NOUNS = set(language()["report_nouns"])
CLAIMING_VERBS = set(language()["claiming_verbs"])
WRITINGS = set(language()["writings"])
NEGATING_VERBS = set(language()["negating_verbs"]) | set(language()["dismissing_verbs"])


def modality_of(token: Token) -> str:
    if _told_by_a_writing(token):
        return "possible"  # "X promised Y he would ..., a new book claims": neither is known
    own = _clause_modality(token)
    if own:
        return own
    if joined_to_the_reporter(token):
        return modality_of(token.head.head)  # "said Labour would set out plans and attacked ...": done
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)):
        return modality_of(token.head)  # "will monitor hunts and assist police": both are to come
    modified = _modified_event(token)
    if modified:
        return modified  # "the planned sale", "won a contract to supply"
    if presupposed(token) and not lookup(LIGHT_VERBS, token.head):
        return "asserted"  # "Iran could reject the EU's offer": the offer was made
    for child, head in governors(token):
        dep = child.dep_
        if dep == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(child)):
            dep = "acl"  # "a guarantee that the government consults": the noun's content, no relative clause
        if dep not in ("ccomp", "xcomp", "pcomp", "pobj", "dobj", "prep", "acl", "advcl", "nsubjpass", "nsubj"):
            break
        if dep == "prep" and child.lower_ not in COMPLEMENT_PREPS:
            break  # "during his visit": an adjunct, not what the governing verb asks or plans
        if is_rule_out(head):
            # "will not rule out providing" is a possibility; "ruled out providing" a refusal (negated)
            return "possible" if has_negation(head) else "asserted"
        if dep == "advcl" and any(c.dep_ == "mark" for c in children_of(child)):
            break  # "while North Korea is dispatching troops": its own clause
        if dep in ("acl", "ccomp") and _unverified_report(head):
            return _clause_modality(token) or "possible"  # "claims that X blamed Y": not known done
        # what a speech verb reports keeps its own modality, but its object is its act: "hopes to
        # announce a deal", "will announce a truce" are not yet done
        speech = head.pos_ in ("VERB", "AUX") and lookup(SPEECH_VERBS, head) and dep != "dobj"
        if dep == "xcomp" and _past_decision_of_stance(head, token):
            return "asserted"
        if dep in ("xcomp", "advcl") and _judged_deed(child, head):
            return _clause_modality(head) or "asserted"  # "was right to ask the clerk": the asking was done
        embedding = _embedding(head)
        if embedding is None and dep == "ccomp" and lookup(LIGHT_VERBS, head):
            # "made a request on Monday that France reopen ...": the parser hangs the noun's content on
            # the light verb; the noun embeds it as in "a request that France reopen"
            noun = next((c for c in children_of(head) if c.dep_ == "dobj" and c.i < child.i), None)
            embedding = _embedding(noun) if noun is not None else None
        complement = dep in ("xcomp", "pcomp", "acl", "pobj", "prep", "dobj") or dep == "advcl" and infinitival(child)
        if embedding and (complement or dep == "ccomp" and not speech):
            return embedding
        purpose = _purpose(child, head, dep)  # "should change the law to give more": as wished
        if (dep in ("xcomp", "ccomp", "dobj", "nsubjpass", "pcomp") or purpose) and not speech:
            inherited = _clause_modality(head)
            if inherited:
                return inherited  # "may impose sanctions", "would reconsider the option of providing"
            if purpose:
                # "toured the country to persuade voters": intended, not reported done; "is willing to
                # soften the rules to ease ...": as uncertain as what it is done for
                outer = modality_of(head)
                return outer if outer != "asserted" else "hypothetical"
        if speech or dep in ("ROOT", "relcl"):
            break
    return "asserted"


def _purpose(act: Token, head: Token, dep: str) -> bool:
    """An infinitive that says what its head is done for: an adverbial one, one hung on a verb of
    going or campaigning ("toured the country to persuade", purpose_hosts), "in order to"."""
    if not infinitival(act):
        return False
    if dep == "advcl" or dep == "xcomp" and lookup(PURPOSE_HOSTS, head):
        return True
    return dep == "acl" and head.lower_ == "order" and head.head.lower_ == "in"


def _judged_deed(act: Token, head: Token) -> bool:
    """"She was right / very clever to ask ...": an infinitive that a judging adjective of the copula
    hangs on is a deed judged, not one to come (judging_adjectives); "is ready to help" is not one."""
    if not infinitival(act):
        return False
    if head.pos_ == "ADJ":
        return bool(lookup(JUDGING_ADJECTIVES, head))
    return head.lemma_ == "be" and any(c.dep_ == "acomp" and lookup(JUDGING_ADJECTIVES, c) for c in children_of(head))


def _past_decision_of_stance(decision: Token, act: Token) -> bool:
    """"He decided / had decided to back the plan": the stance is taken (past tense or past perfect,
    no modal); "has decided to back" and "will decide to" stay to come (decision_verbs, stance_acts)."""
    if not (lookup(DECISION_VERBS, decision) and lookup(STANCE_ACTS, act)):
        return False
    auxiliaries = [c for c in children_of(decision) if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODAL_AUX for a in auxiliaries):
        return False
    if decision.tag_ == "VBD":
        return not auxiliaries
    return decision.tag_ == "VBN" and any(a.lower_ in ("had", "'d") for a in auxiliaries)


def _embedding(head: Token) -> str | None:
    """The modality a word embedding the act gives, also as a phrase with its particle or adverb
    ("looks forward to working with X": to come)."""
    for child in children_of(head):
        if child.dep_ in ("prt", "advmod") and child.i == head.i + 1:
            for form in lemma_forms(head):
                if f"{form} {child.lower_}" in EMBEDDING_MODALITY:
                    return EMBEDDING_MODALITY[f"{form} {child.lower_}"]
    return lookup(EMBEDDING_MODALITY, head)


def _clause_modality(token: Token) -> str | None:
    own = _own_modality(token)
    if own == "hypothetical" and _reported_would(token):
        return "future"  # "Germany said it would deliver": the future of reported speech
    return own


def _own_modality(token: Token) -> str | None:
    if _declined_statement(token):
        return None  # "would not comment": the refusal happened
    for child in children_of(token):
        dep = child.dep_  # each read of a word's dep_ or lower_ looks its string up again
        if dep not in ("aux", "auxpass", "advmod", "mark"):
            continue
        word = child.lower_
        if dep in ("aux", "auxpass") and word in MODAL_AUX:
            return MODAL_AUX[word]
        if dep == "advmod" and word in POSSIBILITY_WORDS:
            return "possible"
        if dep == "mark" and word in HYPOTHETICAL_MARKS:
            return "hypothetical"
        if dep in ("mark", "advmod") and word in POSSIBLE_MARKS:
            return "possible"
    if _inverted_condition(token) or _imperative(token):
        return "hypothetical"
    return _infinitive_with_subject(token)


def _told_by_a_writing(token: Token) -> bool:
    """The sentence closes on what a writing says of it, after a comma: "..., a new book claims."
    (the parser hangs such a tail anywhere)."""
    sentence = token.sent
    end = sentence.end - 1
    while end > sentence.start and (sentence.doc[end].is_punct or sentence.doc[end].is_space):
        end -= 1
    verb = sentence.doc[end]
    if verb.i <= token.i or not lookup(SPEECH_VERBS, verb) or verb.tag_ not in ("VBZ", "VBD", "NNS"):
        return False
    comma = next((t.i for t in reversed(sentence.doc[token.i:verb.i]) if t.text == ","), None)
    return comma is not None and any(lookup(WRITINGS, t) for t in sentence.doc[comma + 1:verb.i] if t.pos_ == "NOUN")


def _unverified_report(head: Token) -> bool:
    """ "claims that ...", "a report claiming ...", "..., a new book claims", "the book says ...": a
    report, or what a writing that is no actor says, whose content is not known true; not a report
    denied or dismissed ("denied reports that ..."), which polarity.py negates."""
    if head.pos_ in ("VERB", "AUX") and lookup(SPEECH_VERBS, head):
        if head.dep_ == "acl" and head.head.pos_ == "NOUN" and lookup(REPORT_NOUNS, head.head):
            return True  # "a report claiming he ...", denied or not: what it claims is not known done
        else:
            subject = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
            return subject is not None and subject.pos_ == "NOUN" and bool(lookup(WRITINGS, subject))
    if head.pos_ != "NOUN" or not lookup(REPORT_NOUNS, head):
        return False
    governor = head.head
    return not (head.dep_ in ("dobj", "pobj", "nsubjpass") and governor.pos_ in ("VERB", "AUX")
                and lookup(NEGATING_VERBS, governor))


def _declined_statement(verb: Token) -> bool:
    """"X would not comment", "neither A nor B would confirm": a speaker declining to speak, with no
    condition ("if asked") attached."""
    if not lookup(DECLINED_STATEMENTS, verb):
        return False
    children = list(children_of(verb))
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children):
        return False
    if any(c.dep_ == "mark" or c.dep_ == "advcl" for c in children):
        return False
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    neither = any(g.dep_ == "preconj" and g.lower_ == "neither" for s in subjects for g in s.subtree)
    return neither or any(c.dep_ == "neg" for c in children)


def _imperative(verb: Token) -> bool:
    """"Don't tell lies", ""Vote Labour," he urged": a bare verb with no subject that opens its sentence
    or a quotation (the parser may hang it anywhere) is asked for, not reported done."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") or c.dep_ == "aux"
                                and c.lower_ not in ("do", "don't") for c in children_of(verb)):
        return False
    first = verb.left_edge
    if first.i < verb.i and not (first.lower_ == "do" and first.i + 2 >= verb.i):
        return False  # "Do n't tell": only the "do" of its negation before it
    return first.i == verb.sent.start or verb.doc[first.i - 1].text in ('"', "“", ":")


def _inverted_condition(verb: Token) -> bool:
    """"had he denied the charge, ...", "were Russia to invade": an auxiliary before the subject of a
    statement is a condition (inverted_condition_auxiliaries); a question asserts nothing anyway. The
    parser may make the condition the root ("would have been longer had he denied it")."""
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITIONS
                and subject is not None and c.i + 1 == subject.left_edge.i), None)
    # "never before had Labour attacked", "nor had it": an adverb first inverts without a condition
    return aux is not None and not any(c.dep_ in ("advmod", "neg", "cc") and c.i < aux.i for c in children_of(verb))


def _infinitive_with_subject(verb: Token) -> str | None:
    """An infinitive with a subject of its own: "Germany to sell tanks to Poland" is a headline's
    future; "(it is time) for Germany to sell" is wished, hypothetical."""
    children = list(children_of(verb))
    if _headline_infinitive(verb):
        return "future"
    if verb.dep_ in ("ccomp", "xcomp") and not lookup(SPEECH_VERBS, verb.head) and not any(
            c.dep_ == "mark" and c.lower_ == "for" for c in children):
        return None  # "want the government to withdraw": the verb above decides
    if not (any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)):
        return None
    return "hypothetical" if any(c.dep_ == "mark" and c.lower_ == "for" for c in children) else "future"


def _reported_would(token: Token) -> bool:
    """"would" in a clause reported by a speech verb, with no condition attached."""
    reporting = token.head
    reported = token.dep_ == "ccomp" and (lookup(SPEECH_VERBS, reporting) or lookup(EXPECTATION_VERBS, reporting)
                                          or lookup(EMBEDDING_MODALITY, reporting) == "future")
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in HYPOTHETICAL_MARKS for m in children_of(c)) for c in children_of(token))
    return bool(reported) and not conditional and any(c.lower_ == "would" for c in children_of(token) if c.dep_ == "aux")


def _headline_infinitive(verb: Token) -> bool:
    """A headline "Siemens to sell ..." the parser hangs on its subject (a relative or adverbial clause
    of a name with no verb above it): the subject's future, as when it parses it as one."""
    head = verb.head
    return (verb.dep_ in ("acl", "relcl", "advcl") and head.dep_ == "ROOT" and head.i < verb.i
            and (head.pos_ == "PROPN" or bool(head.ent_type_)) and not lookup(EMBEDDING_MODALITY, head)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)))


def _modified_event(token: Token) -> str | None:
    """"the planned sale", "a possible merger": an event noun whose modifier says it is to come or may
    be; so is the act that noun's infinitive names ("the proposed deal to supply jets"), and what a
    contract binds one to do."""
    if infinitival(token) and token.dep_ in ("acl", "relcl", "advcl") and any(
            lookup(COMMITMENT_NOUNS, n) for n in [token.head, *(c for c in children_of(token.head) if c.dep_ == "dobj")]):
        return "future"  # "won a contract to supply", "signed a contract with X to supply"
    noun = token.head if token.dep_ in ("acl", "relcl") and infinitival(token) else token
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in children_of(noun):
        if child.dep_ in ("amod", "compound") and lookup(EVENT_MODIFIERS, child) in ("future", "possible"):
            return lookup(EVENT_MODIFIERS, child)
    return None
