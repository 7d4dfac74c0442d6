"""Who: the actors a noun phrase stands for, and the doer of a verb.

- A name is its mention; a phrase that is not a name stands for the actor it belongs to: "Kyiv's
  ambassador", "the Ukrainian delegation", "the delegation from Ukraine", "his counterpart Rustem
  Umerov", "the delegation led by the Ukrainian minister". An event noun is never a doer.
- The doer of a verb: the subject; the passive agent; for an infinitive or gerund, its controller
  ("urged X to", "was asked to", "accused X of", "Finland's bid to join"); "it"/"they" in "denied that
  it ..." is the reporting subject; "which"/"who" is the noun it relates to.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import language, role_words
from newsgraph.ingest.headline import in_headline
from newsgraph.ingest.extract.grammar import SUBJECT_DEPS, conjuncts, governors, infinitival, is_complement, is_passive
from newsgraph.ingest.extract.triggers import lookup, trigger_index
from newsgraph.ingest.doctree import ancestors_of, children_of, in_subtree, sentence_bounds, token_at

ANAPHORIC_SUBJECTS = language()["anaphoric_subjects"]
CROWD_WORDS = language()["crowd_words"]
TRADE_FLOWS = set(language()["trade_flows"])
NOT_DOERS = language()["not_doers"]
DOCUMENT_NOUNS = language()["document_nouns"]
AUTHORING_VERBS = language()["authoring_verbs"]
DIRECTIVE_VERBS = language()["directive_verbs"]
EMBEDDING_MODALITY = language()["embedding_modality"]
BINDING_VERBS = language()["binding_verbs"]
COMMITMENT_NOUNS = language()["commitment_nouns"]
OBJECT_CONTROL = language()["object_control"]
OBJECT_PCOMP = language()["object_pcomp"]
POSSESSIVE_PRONOUNS = language()["possessive_pronouns"]
PRONOUN_GENDER = language()["pronoun_gender"]  # "he" -> "m"
SPEAKER_PRONOUNS = set(language()["speaker_pronouns"])  # "I", "you": people, never an "it"
TITLE_GENDER = language()["title_gender"]  # "mrs" -> "f"
CONDITIONAL_WORDS = set(language()["conditional_words"])
SPEECH_VERBS = language()["speech_verbs"]
SPEAKER_ACTS = language()["speaker_acts"]
SPEAKING_FOR = language()["speaking_for"]
SPEAKING_OFFICES = set(language()["speaking_offices"])
LETTING_VERBS = set(language()["letting_verbs"])
PERSON_NOUNS = set(language()["person_nouns"])
DESCRIBING_DETERMINERS = {"the", "this", "that"}
PRONOUN_LOOKBACK = 3  # sentences a pronoun's antecedent may be in (resolve.py looks as far)


def actors_of(token: Token | None, mentions: DocumentMentions, agent: bool = False) -> list[int]:
    """The mentions a noun phrase stands for, following coordination ("Yoon and Kishida").

    A phrase that is not itself a name stands for the actor it belongs to: "Kyiv's ambassador",
    "the Ukrainian delegation", "the delegation from Ukraine", "South Korea's Defense Ministry".
    As the doer (`agent`), an event noun stands for nobody: "Russia's warnings" do not send weapons.
    """
    if token is None:
        return []
    found = []
    heads = [token, *conjuncts(token)]
    titled = _titled_after_its_remit(heads, mentions)
    if titled is not None:
        heads = [h for h in heads if h.i >= titled]  # "Culture, Media and Sport Secretary Ann Lee": Lee
    for head in heads:
        principal = spoken_for(head)
        if principal is not None:
            # "a spokesman for Mr X warned", "Mr X's spokesman rejected": the one spoken for acts
            found.extend(i for i in actors_of(principal, mentions, agent) if i not in found)
            continue
        index = mentions.by_token.get(head.i)
        if index is None and not (agent and (lookup(trigger_index()[1], head) or lookup(NOT_DOERS, head))):
            index = owner_of(head, mentions)  # as the doer, "Spain's tax plan" is no actor (not_doers)
        holder = _named_holder(head, mentions)
        if holder is not None:
            index = holder  # "the head of the Food Agency, Ann Kerr,": Kerr, not the agency
        if index is not None and mentions.mentions[index].label == "Pronoun":
            index = pronoun_actor(head, index, mentions)
        if index is not None and index not in found:
            found.append(index)
    return found


def _titled_after_its_remit(heads: list[Token], mentions: DocumentMentions) -> int | None:
    """Where a coordination ends in a person after a title whose remit it lists ("Culture, Media and
    Sport Secretary Ann Lee"), the first token of that person's title: the words before are the
    remit, no actors of their own (unless a gazetteer's: "Russia and Foreign Minister X")."""
    if len(heads) < 2:
        return None
    index = mentions.by_token.get(heads[-1].i)
    if index is None or mentions.mentions[index].label != "Person":
        return None
    doc = heads[-1].doc
    start = mentions.mentions[index].start
    words = role_words()
    if start < 2 or not (doc[start - 1].is_title and words.canonical(doc[start - 1].lower_) in words.heads
                         and doc[start - 2].is_title):
        return None
    remit = heads[:-1]
    if any(mentions.by_token.get(h.i) is not None and mentions.mentions[mentions.by_token[h.i]].key
           or not h.is_title or any(c.dep_ == "det" for c in children_of(h)) for h in remit):
        return None
    return start - 2


def spoken_for(noun: Token) -> Token | None:
    """Whom a spokesperson speaks for: "a spokesman for X", "X's spokeswoman" (speaking_for), or None;
    "X's office" (speaking_offices) by its possessor only."""
    if lookup(SPEAKING_OFFICES, noun) and noun.pos_ == "NOUN":
        return next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if not lookup(SPEAKING_FOR, noun):
        return None
    for child in children_of(noun):
        if child.dep_ == "poss":
            return child  # "his spokesman": whoever "his" is
        if child.dep_ == "prep" and child.lower_ == "for":
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
    return None


def _named_holder(token: Token, mentions: DocumentMentions) -> int | None:
    """"the chairman of the Bar Council, Peter Hale": the parser hangs the name on the organisation;
    it is the apposition of the title, the person who holds it."""
    if token.pos_ != "NOUN":
        return None
    for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in children_of(prep) if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            for name in (a for a in children_of(obj) if a.dep_ == "appos" and a.i > obj.i):
                index = mentions.by_token.get(name.i)
                if index is not None and mentions.mentions[index].label == "Person":
                    return index
    return None


def described_between(doc, start: int, end: int, mentions: DocumentMentions,
                      ids: list[str | None] | None = None) -> bool:
    """A singular noun for one person written with "the" between `start` and `end` ("the former
    spy", "the MP") that is no mention (or, given `ids`, one resolved to nobody): the nearer
    candidate for a "he"/"she" at `end` than any name before it."""
    words = role_words()
    for token in doc[start:end]:
        if token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
            continue
        lemma = words.canonical(token.lemma_.lower())
        if not (lemma in PERSON_NOUNS or lemma in words.heads or lemma in words.occupations):
            continue
        if not any(c.dep_ == "det" and c.lower_ in DESCRIBING_DETERMINERS for c in children_of(token)):
            continue
        index = mentions.by_token.get(token.i)
        if index is None or ids is not None and not ids[index]:
            return True
    return False


def pronoun_actor(pronoun: Token, index: int, mentions: DocumentMentions) -> int | None:
    """The mention to take for "he"/"she", or None where who is meant is not clear: better no actor
    than the wrong one.

    - "the minister said he would ...": the subject of the reported clause is the one person reporting it,
      named or not (the reporter's own mention, or nobody when the reporter is no actor: "a donor said
      he ..."); not a group ("the Tories say he ...");
    - otherwise the last person named before it (as resolution takes it) must agree with it in gender
      (by the titles the article gives that name: "Mrs", "Lord") and, for a subject pronoun, have been
      a subject itself or be the only person named since the sentence before; else it is the main
      subject of the sentence before or of its own ("X met Y. He said ..." is X), or nobody."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    if gender is None:
        return index
    # "Kerr called for him to resign": the subject of a for-to clause is never the one asking
    for_to = pronoun.dep_ == "nsubj" and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(pronoun.head))
    subject = pronoun.dep_ in ("nsubj", "nsubjpass", "poss") and not for_to  # "on his first visit": as doer, as unclear
    if pronoun.dep_ in ("nsubj", "nsubjpass") and not for_to:
        reporter = _reporting_subject(pronoun)
        if reporter is not None and reporter.lower_ in PRONOUN_GENDER:
            said = mentions.by_token.get(reporter.i)  # "he said he would": whoever the "he" before it is
            found = pronoun_actor(reporter, said, mentions) if said is not None else None
            return index if found == said else found
        if reporter is not None and reporter.tag_ not in ("NNS", "NNPS"):  # "the Tories say he ...": someone else
            named = _named_holder(reporter, mentions) or mentions.by_token.get(reporter.i)
            if named is None or mentions.mentions[named].label == "Person" or reporter.ent_type_ == "PERSON":
                return named  # "a donor said he would ...": the donor, who is no actor
    doc = pronoun.doc
    starts = sentence_bounds(doc)[0]
    starts = starts[:bisect_right(starts, pronoun.i)]  # those of its sentence and the ones before
    first = starts[-1]
    window = starts[max(0, len(starts) - 1 - PRONOUN_LOOKBACK)]
    previous = starts[-2] if len(starts) > 1 else first
    people = [m for m in mentions.mentions
              if m.label == "Person" and window <= m.start and m.end <= pronoun.i]
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "poss") or for_to:
        own = {t.i for t in _clause_subject_tokens(pronoun)}
        people = [m for m in people if not own & set(range(m.start, m.end))]
    if not people:
        return None if for_to else index
    last = max(people, key=lambda m: m.start)
    if _gender_of(doc, last, mentions) not in (None, gender):
        return None
    if described_between(doc, last.end, pronoun.i, mentions):
        return None  # "Ann Lee met officials. They settled with the former spy, which he ...": the spy
    if for_to:
        return mentions.by_token[last.start]  # the last one named but the asker, not as resolution takes it
    if not subject:
        if doc[last.end - 1].dep_ == "poss" and last.start < first:
            # "Fox said it was at odds with Blair's prediction. But Clarke accused him": the one the
            # sentence before is about, not a person named only as whose something is
            topics = [m for m in people if m.start >= previous and m.start < first and _is_main_subject(doc, m)
                      and _gender_of(doc, m, mentions) in (None, gender)]
            if topics:
                return mentions.by_token[topics[-1].start]
        return index
    if any(t.lower_ in PRONOUN_GENDER and PRONOUN_GENDER[t.lower_] == gender and t.dep_ in ("nsubj", "nsubjpass")
           and t.i < last.start for t in doc[first:pronoun.i]):
        return None  # "he praised Mr Brown ... although he would not ...": the first "he", or Brown?
    recent = {_surname(m) for m in people if m.start >= previous}
    if len(recent) <= 1 or _is_subject(doc, last):
        return index
    # "X met Y on Monday. He said ...": the one the sentence before is about, its main subject
    topics = [m for m in people if m.start >= previous and _is_main_subject(doc, m)
              and _gender_of(doc, m, mentions) in (None, gender)]
    return mentions.by_token[topics[-1].start] if topics else None


def _reporting_subject(pronoun: Token) -> Token | None:
    """"X said (that) he would ...": X, the subject of the verb the pronoun's clause is reported by;
    "the chancellor's announcement that he ...": the one whose statement it is."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)):
        return next((c for c in children_of(clause.head) if c.dep_ == "poss"), None)
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in children_of(clause.head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _clause_subject_tokens(pronoun: Token):
    verb = pronoun.head.head if pronoun.dep_ in ("pobj", "nsubj") else pronoun.head
    return [t for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]


def _surname(mention) -> str:
    return mention.text.split()[-1].lower().removesuffix("'s")


def _gender_of(doc, mention, mentions: DocumentMentions) -> str | None:
    """"m"/"f" by the title the article gives this name ("Mrs Howard", "Lord Falconer"), in the name or
    just before it; None where it gives none, or both (two namesakes)."""
    surname, said = _surname(mention), set()
    for other in mentions.mentions:
        if other.label != "Person" or _surname(other) != surname:
            continue
        words = other.text.lower().replace(".", "").split()
        before = doc[other.start - 1].lower_.rstrip(".") if other.start else ""
        for title in (words[0] if len(words) > 1 else "", before):
            if title in TITLE_GENDER:
                said.add(TITLE_GENDER[title])
    return said.pop() if len(said) == 1 else None


def _is_main_subject(doc, mention) -> bool:
    """The subject of its sentence's main verb, or its owner: "Peter Hale" in "Peter Hale met Ann Kerr"
    and in "Peter Hale's refusal was a rebuttal of Ann Kerr"."""
    heads = (doc[i].head if doc[i].dep_ == "poss" else doc[i] for i in range(mention.start, mention.end))
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in heads)


def _is_subject(doc, mention) -> bool:
    return any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(mention.start, mention.end))


def owner_of(token: Token, mentions: DocumentMentions, led: bool = True) -> int | None:
    """`led`: also "the delegation led by X" (_leader)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    appositive = next((c for c in children_of(token) if c.dep_ == "appos" and c.i in mentions.by_token), None)
    if appositive is not None:
        return mentions.by_token[appositive.i]  # "his counterpart Rustem Umerov" is Umerov
    order = ["poss", "compound", "amod", "nmod", "nummod", "prep"]  # "F-16 jets" may parse as a number
    for child in sorted((c for c in children_of(token) if c.dep_ in order), key=lambda c: order.index(c.dep_)):
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            found = possessive_owner(child, mentions)
            if found is not None:
                return found
        elif child.dep_ != "prep" and child.i in mentions.by_token and not topic_in_a_headline(child, token, mentions):
            return mentions.by_token[child.i]
        elif child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            for grandchild in children_of(child):
                if grandchild.dep_ == "pobj" and grandchild.i in mentions.by_token:
                    return mentions.by_token[grandchild.i]
                if grandchild.dep_ == "pobj" and child.lower_ == "of" and (
                        token.like_num or token.lower_ in CROWD_WORDS or token.lower_ in TRADE_FLOWS):
                    return owner_of(grandchild, mentions)  # "thousands of Greenpeace activists", "imports of Kenyan beef"
    return _leader(token, mentions) if led else None


def topic_in_a_headline(name: Token, head: Token, mentions: DocumentMentions) -> bool:
    """ "Iraq advice calls", "Iraq exit plans": a headline stacks nouns where prose writes "calls for
    advice on Iraq"; a name with a common noun between it and the head modifies that noun (what the
    thing is about), so it is not whose the thing is. Prose writes "the Iraq war cost" rarely."""
    return (name.dep_ == "compound" and in_headline(head) and any(
        t.dep_ == "compound" and t.pos_ == "NOUN" and t.i not in mentions.by_token
        for t in head.doc[name.i + 1:head.i]))


def _leader(token: Token, mentions: DocumentMentions) -> int | None:
    """"the delegation led by the Ukrainian defense minister" stands for the minister's side; "a
    ceasefire brokered by Qatar" is no actor at all."""
    if lookup(trigger_index()[1], token):
        return None
    for child in children_of(token):
        agent = next((g for g in children_of(child) if g.dep_ == "agent"), None) if child.dep_ == "acl" else None
        if agent is not None:
            found = actors_of(next((g for g in children_of(agent) if g.dep_ == "pobj"), None), mentions)
            if found:
                return found[0]
    return None


def possessive_owner(pronoun: Token, mentions: DocumentMentions) -> int | None:
    """"its forces", "their country": the country or organisation the clause's subject stands for.
    "his/her country" is a mention of its own (mentions.py), resolved to the person's country."""
    for _, head in governors(pronoun):
        subject = next((c for c in children_of(head) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.i not in mentions.by_token and not in_subtree(pronoun, subject):
            owner = owner_of(subject, mentions) if subject.pos_ in ("NOUN", "PROPN") else None
            if owner is not None and mentions.mentions[owner].label in ("Country", "Organization"):
                return owner
            return None
    return None


def subject_of(verb: Token) -> Token | None:
    """The doer of a verb: its subject, the agent of a passive, or the controller of a clause."""
    conditioned = condition_subject(verb)
    if conditioned is not None:
        return conditioned
    for child in _subjects(verb):
        if child.dep_ in SUBJECT_DEPS:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head  # "Iran, which has supplied Russia with drones"
            if child.lower_ in ANAPHORIC_SUBJECTS:
                reporter = _reporter(verb)
                if child.lower_ == "it" and reporter is not None and (
                        reporter.lower_ in PRONOUN_GENDER or reporter.lower_ in SPEAKER_PRONOUNS
                        or reporter.ent_type_ == "PERSON"):
                    return child  # "he suggested it would demand a response", "I think it is": a person is no "it"
                return reporter or child  # "China denied that it had supplied ..."
            return child
    for child in children_of(verb):
        if child.dep_ == "agent":
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
    if is_passive(verb):
        return None
    if verb.dep_ in ("csubj", "csubjpass") and verb.tag_ == "VBG":
        return None  # "detaining suspects without trial breaks the law": detaining in general, nobody's
    head = verb.head
    if is_complement(verb) and head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
        return _controller(head)
    if verb.dep_ == "advcl" and head.dep_ == "advcl" and any(c.dep_ == "mark" for c in children_of(head)):
        return None  # an infinitive hung on a since-/after-clause is more often a parser slip than its purpose
    gerund = coordinated_gerund(verb)
    if gerund is not None:
        return subject_of(gerund)  # "accused X of lying and then attacking Y": X attacks
    if joined_to_the_reporter(verb):
        return subject_of(head.head)  # "X said Labour would set out plans and attacked Y": X attacked
    if verb.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        found = subject_of(head)
        if found is None and verb.dep_ == "conj" and is_passive(head) and (
                verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in children_of(verb))):  # "arrested and freed": both undergone
            # "the Lib Dems were not drawn into it but called for ...": who underwent the first acts in the second
            return next((c for c in children_of(head) if c.dep_ == "nsubjpass"), None)
        return found
    if verb.dep_ == "ccomp" and verb.tag_ == "VB" and lookup(LETTING_VERBS, head):
        return subject_of(head)  # "Chile let free the activists": the parser's clause is the letting's act
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ == "NOUN" and lookup(EMBEDDING_MODALITY, head.head):
        return _noun_controller(head.head)  # "reconsider the option of providing"
    governor = head.head.head if head.head.pos_ == "ADV" else head.head  # "stopped short of"
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and governor.pos_ in ("VERB", "AUX"):
        return _pcomp_controller(governor)  # "accused Russia of shelling", "before meeting Xi, Biden ..."
    if verb.dep_ == "acl" and infinitival(verb) and lookup(EMBEDDING_MODALITY, head):
        return _noun_controller(head)  # "Finland's bid to join NATO"
    if verb.dep_ == "acl" and infinitival(verb) and lookup(COMMITMENT_NOUNS, head) and head.dep_ == "dobj" \
            and lookup(BINDING_VERBS, head.head):
        return subject_of(head.head)  # "Thales won a contract to supply radars": Thales is bound to supply
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if lookup(DOCUMENT_NOUNS, head) and head.dep_ == "dobj":
            if lookup(AUTHORING_VERBS, head.head):
                return subject_of(head.head)  # "lawmakers introduced a resolution urging ...": the lawmakers urge
            return head  # "auditors read a pamphlet urging ...": the pamphlet's authors, not the auditors
        addressed = head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else None
        if addressed is not None and addressed.head.pos_ == "VERB" and lookup(DIRECTIVE_VERBS, verb):
            return subject_of(addressed.head)  # "X wrote to Y demanding an answer": X demands
        return head
    return None


def condition_subject(verb: Token) -> Token | None:
    """"stay providing the MPs would support his government": the parser may make "the MPs" the
    object of "providing" and hang the clause elsewhere; they are the clause's subject, not the
    noun the parser gave it (conditional_words)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    first = min([verb.i, *(c.i for c in children_of(verb) if c.dep_ in ("aux", "neg") and c.i < verb.i)])
    if first == 0:
        return None
    before = token_at(verb.doc, first - 1)
    obj = next((t for t in [before, *ancestors_of(before)] if t.dep_ == "dobj" and t.right_edge.i == first - 1), None)
    if obj is None or obj.head.lower_ not in CONDITIONAL_WORDS or obj.head.i > obj.i:
        return None
    return obj


def _subjects(verb: Token) -> list[Token]:
    """The verb's children, a name first where the parser made two subjects of a role noun and the
    name after it: "The chairman of the Law Society, Peter Hale warned" is Hale warning (a missed
    apposition), not the society."""
    children = list(children_of(verb))
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" and any(
            t.text == "," for t in verb.doc[subjects[0].i:subjects[1].left_edge.i]):
        return [subjects[1], *(c for c in children if c not in subjects)]
    return children


def past_beside_modal(verb: Token) -> bool:
    """"said Labour would set out plans and attacked the Tory plans": a past tense cannot be joined to
    the bare verb after "would"; the parser hung it there, but it goes with the verb that reports."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head))
            and not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)) and head.head.tag_ == "VBD")


def joined_to_the_reporter(verb: Token) -> bool:
    """A past-tense act the parser joined to the reported clause, which goes with the verb that
    reports: "said Labour would set out plans and attacked ..." (past_beside_modal), or "said the bill
    was flawed and urged ministers to ...": a stated state of a thing is not who urges (speaker_acts)."""
    return past_beside_modal(verb) or _act_beside_reported_state(verb)


def _act_beside_reported_state(verb: Token) -> bool:
    head = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.tag_ == "VBD"
            and lookup(SPEECH_VERBS, head.head) and lookup(SPEAKER_ACTS, verb)):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return False
    stative = head.lemma_ == "be" or any(c.dep_ in ("acomp", "attr", "auxpass") for c in children_of(head))
    subject = next((c for c in children_of(head) if c.dep_ in SUBJECT_DEPS), None)
    return stative and subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == ""


def coordinated_gerund(verb: Token) -> Token | None:
    """"accused X of hiding figures and then blaming Y": the parser may hang the second gerund on
    the main verb; it is coordinated with the gerund under the preposition, whose doer it shares."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ == "VBG" or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in children_of(verb)):
        return None
    for prep in (c for c in children_of(head) if c.dep_ == "prep" and c.i < verb.i):
        gerund = next((g for g in children_of(prep) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if gerund is not None:
            return gerund
    return None


def _reporter(verb: Token) -> Token | None:
    """The subject of the clause that reports `verb`: "China denied that ...", "Pyongyang denied
    reports that ..."."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head)
    if verb.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.dep_ == "dobj":
        return subject_of(head.head)
    return None


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive under `verb` says: "urged Seoul to send" -> Seoul; "was asked to"
    -> the passive subject; "plans to send" -> the subject; "it is important to support" -> nobody."""
    if _expletive(verb.head if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else verb):
        return None
    if lookup(OBJECT_CONTROL, verb):
        for child in children_of(verb):
            if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
                return child
            if child.dep_ in ("prep", "dative") and child.lower_ in ("on", "upon", "to"):
                obj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj  # "called on Japan to impose"
    passive_subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None:
        return passive_subject
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        return subject_of(verb.head)  # "North Korea is unlikely to send"
    return subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None


def _expletive(verb: Token) -> bool:
    """"It is important to ...", "it would be a mistake to ...": the "it" stands for the infinitive.
    Not "it is ready to", "it is likely to": there "it" is an actor (embedding_modality words)."""
    return verb.lemma_ == "be" and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in children_of(verb)) and any(
        c.dep_ in ("acomp", "attr") and not lookup(EMBEDDING_MODALITY, c) for c in children_of(verb))


def _pcomp_controller(verb: Token) -> Token | None:
    if lookup(OBJECT_PCOMP, verb):
        obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    passive_subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return passive_subject if passive_subject is not None else subject_of(verb)


def _noun_controller(noun: Token) -> Token | None:
    """Whose plan, bid or option it is: the possessor, the "by" agent, or the subject of the verb
    that has it ("Seoul would reconsider the option of ...")."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
        agent = next((g for g in children_of(child) if g.dep_ == "agent"), None) if child.dep_ == "acl" else None
        if agent is not None:  # "plans, backed by the UK, to lift the embargo": the backer's plans
            return next((g for g in children_of(agent) if g.dep_ == "pobj"), None)
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)
    return None


def own_agent(noun: Token, mentions: DocumentMentions, pronouns: bool = True) -> bool:
    """Whether a nominal event names its doer: "Ukraine's request", "accusations by the US". Without
    `pronouns`, "his support" does not: in "gave his support" the pronoun is the giver."""
    for child in children_of(noun):
        if not pronouns and child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            continue
        if child.dep_ in ("poss", "compound", "amod", "nmod") and actors_of(child, mentions):
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            if any(actors_of(g, mentions) for g in children_of(child) if g.dep_ == "pobj"):
                return True
    return False
