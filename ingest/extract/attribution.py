"""Attribution: who says so. In order:
- "according to X" in the sentence (the maker of a poll: "according to a poll of voters by Gallup"),
  but not for what the phrase itself says of X ("according to X, who met Y, ...");
- the subject of the speech verb the trigger is reported under ("X said that ...", "X denied that ...",
  "a Gallup poll found that ..."), or of the verb whose object is a claim noun with the trigger's clause
  ("X rejected the idea that ..."), or who asks whether it is so ("X asked Y whether ..."), or asks for
  it ("X urged Y to ...", "X called for talks", "X demanded an inquiry"); a subject that is no actor
  gives way to the name beside it and to the survey the verb is said in ("In a Gallup poll, voters
  said ...");
- for an event noun, who judges it ("X slammed Y's attack") or whom it angered ("Y's comments angered X");
- a speech verb the sentence hangs on its side ('..., X said.', 'It was, X said, too late', 'As X
  put it, ...');
- a quotation, also one running over several sentences, and the speech verb just outside it
  ('"... . ...," X said.', 'X said: "... . ..."').
The speaker is the actor mention the subject stands for ("he" is resolved later, to the actor it
refers to, or dropped); never the listener ("told Nikkei Asia"), nor a group of no country or
organisation ("voters said": the search goes on to who reports them).
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from newsgraph.ingest.doctext import doc_text
from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import language
from newsgraph.ingest.extract.actors import actors_of, owner_of, subject_of
from newsgraph.ingest.extract.grammar import governors, has_negation, infinitival, paragraph_between, sentence_of
from newsgraph.ingest.extract.triggers import lookup
from newsgraph.ingest.doctree import children_of, in_subtree

SPEECH_VERBS = language()["speech_verbs"]
CLAIM_NOUNS = language()["claim_nouns"]
QUESTION_VERBS = language()["question_verbs"]
SURVEY_NOUNS = set(language()["survey_nouns"])
JUDGING_VERBS = set(language()["judging_verbs"])
EMOTION_VERBS = set(language()["emotion_verbs"])
DIRECTIVE_VERBS = set(language()["directive_verbs"])
# Directive verbs that ask only with one of these particles: "called on X to", "pushed for talks".
PARTICLE_DIRECTIVES = {verb: set(words) for verb, words in language()["directive_particles"].items()}
# Dependencies by which a clause hangs under the verb that reports it. Not "conj" ("X denied it, and
# he still meets Y" asserts the meeting) nor "advcl" ("Speaking to Y, X said ...": X's own act).
REPORTED_DEPS = {"ccomp", "parataxis", "xcomp", "pcomp", "prep"}
# Dependencies by which what is asked for hangs under the verb that asks: "urged X to ...", "demanded
# an inquiry", "called for talks", "insisted that X withdraw".
DIRECTED_DEPS = {"xcomp", "dobj", "ccomp", "prep"}
# The argument and adjunct dependencies of a speech verb: what hangs by these is not what is said.
NOT_REPORTED_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "conj", "advcl", "acl", "npadvmod"}
QUOTE_MARKS = re.compile(r"[“”‘’\"]|``|''")
PARAGRAPH = re.compile(r"\n\s*\n")
OPENING_QUOTES = {"“", "``", "‘"}
CLOSING_QUOTES = {"”", "''", "’"}


def speaker_of(token: Token, mentions: DocumentMentions, quotes: dict[int, int] | None = None) -> int | None:
    """The mention index of who says the trigger's clause, or None (the reporter). `quotes` maps the
    tokens inside quotations to their speaker (quote_speakers)."""
    sentence = sentence_of(token)
    according = _according_to(sentence, mentions)
    if according is not None and not any(head.lower_ == "according" for _, head in governors(token)):
        return according  # not what the phrase says of its source: "according to X, who met Y, ..."
    for child, head in governors(token):
        reported = child.dep_ in REPORTED_DEPS or child.dep_ == "advcl" and infinitival(child)  # "clarified that to mean"
        asked = child.dep_ == "ccomp" and lookup(QUESTION_VERBS, head) and _is_open_question(child)
        directed = child.dep_ in DIRECTED_DEPS and _is_directive(head, child)
        if reported and _is_speech(head) or asked or directed:  # "X asked Y whether ...": the question is X's
            found = _speakers(head, mentions)
            if found:
                # ""We urge the Senate to reject it," Hale said": what the quotation's "we" asks, its speaker says
                return mentions.quoted_group.get(found[0], found[0])
        if child.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and lookup(CLAIM_NOUNS, head):
            found = _speakers(_verb_of(head), mentions)
            if found:
                return found[0]  # "X rejected the idea that ...", "X took aim at comments that ..."
        judged = _judged_by(token, child, head, mentions)
        if judged is not None:
            return judged
    side = _side_speech_verb(token, sentence)
    if side is not None:
        found = _speakers(side, mentions)
        if found:
            return found[0]
    if quotes and token.i in quotes:
        return quotes[token.i]
    return None


def _judged_by(token: Token, child: Token, head: Token, mentions: DocumentMentions) -> int | None:
    """Who names the event noun `token` (or the noun it is coordinated with, `child`) in judging it:
    "X slammed Y's attack" (X, the judging verb's subject), "Y's comments angered X" (X, whom the words
    angered)."""
    if token.pos_ != "NOUN" or head.pos_ not in ("VERB", "AUX") or not (child is token or token in child.conjuncts):
        return None
    if child.dep_ == "dobj" and lookup(JUDGING_VERBS, head) and not has_negation(head):  # "for not condemning Y's attack"
        found = _speakers(head, mentions)
    elif child.dep_ == "nsubj" and lookup(EMOTION_VERBS, head) and lookup(CLAIM_NOUNS, token):
        # words only: "the cooperation alarmed Japan" is the reporter's
        found = [i for c in children_of(head) if c.dep_ == "dobj" for i in _named_actors(c, mentions)]
    else:
        return None
    return found[0] if found else None


def demand_speaker(verb: Token, source: int, mentions: DocumentMentions) -> int:
    """Who voices the demand "X said Y must ...": X, but when X names nobody ("most voters said Kenya
    should ...") whoever reports them ("a Gallup poll found that most voters said ...")."""
    if _names_someone(source, mentions):
        return source
    found = _speakers(verb, mentions)
    reporter = found[0] if found else speaker_of(verb, mentions)
    return source if reporter is None else reporter


def _according_to(sentence, mentions: DocumentMentions) -> int | None:
    """The actor of the first "according to X" of the sentence that names one, or None: the same for
    every trigger of the sentence, so found once a sentence (kept in the document's user_data)."""
    doc = sentence.doc
    memo = doc.user_data.get("newsgraph_according_to")
    if memo is None or memo[0] is not mentions:
        # with the indices of the document's "according"s (one array operation), not a walk over each sentence
        according = (doc.to_array(LOWER) == doc.vocab.strings["according"]).nonzero()[0].tolist()
        memo = doc.user_data["newsgraph_according_to"] = (mentions, {}, according)
    if sentence.start not in memo[1]:
        memo[1][sentence.start] = None
        for t in (doc[i] for i in memo[2] if sentence.start <= i < sentence.end):
            if t.lower_ == "according" and t.i + 1 < sentence.end and t.nbor(1).lower_ == "to":
                obj = next((g for g in t.nbor(1).children if g.dep_ == "pobj"), None)
                survey = obj is not None and lookup(SURVEY_NOUNS, obj)
                found = _survey_owners(obj, mentions) if survey else _named_actors(obj, mentions)
                if found:
                    memo[1][sentence.start] = found[0]
                    break
    return memo[1][sentence.start]


def _speakers(verb: Token | None, mentions: DocumentMentions) -> list[int]:
    """The actors a speech verb's subject stands for, but not an agent of no country or organisation:
    "voters said" names nobody, so the search goes on to who reports them ("a poll found that voters
    said ..."). A subject that is no actor gives way to the name set beside it ("one pastor backing X,
    John Doe of ..., said") and to the survey the verb is said in ("In a Gallup poll, voters said")."""
    if verb is None:
        return []
    subject = subject_of(verb)
    if subject is not None and subject.pos_ == "NOUN":
        second = _second_subject(subject, verb, mentions)
        if second is not None:
            return [second]
        if lookup(SURVEY_NOUNS, subject):
            return _survey_owners(subject, mentions)  # "a poll of voters by Gallup found that ..."
    found = _named_actors(subject, mentions)
    if found or subject is None or subject.pos_ != "NOUN":
        return found
    named = [t for t in subject.subtree if t.dep_ == "appos" and t.i in mentions.by_token]
    if named and mentions.mentions[mentions.by_token[named[0].i]].label == "Person":
        return [mentions.by_token[named[0].i]]
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in"):
        survey = next((g for g in children_of(prep) if g.dep_ == "pobj" and lookup(SURVEY_NOUNS, g)), None)
        owners = _survey_owners(survey, mentions) if survey is not None else []
        if owners:
            return owners
    return []


def _named_actors(token: Token | None, mentions: DocumentMentions) -> list[int]:
    """The actors a phrase stands for, but not a group of no country or organisation ("voters")."""
    return [i for i in actors_of(token, mentions) if _names_someone(i, mentions)]


def _names_someone(index: int, mentions: DocumentMentions) -> bool:
    return index not in mentions.agents or mentions.agents[index].anchor is not None


def _second_subject(subject: Token, verb: Token, mentions: DocumentMentions) -> int | None:
    """"A former Kenyan candidate -- John Doe, who ... -- said": the parser may hang the name set off
    beside the subject as a second subject of the verb; the person named is the speaker, not the
    owner of the first ("Kenyan")."""
    for child in children_of(verb):
        if child.dep_ == "nsubj" and subject.i < child.i < verb.i and child.i in mentions.by_token:
            index = mentions.by_token[child.i]
            return index if mentions.mentions[index].label == "Person" else None
    return None


def _survey_owners(survey: Token, mentions: DocumentMentions) -> list[int]:
    """Who made a poll: "a Gallup poll", "a poll by Gallup", "a poll of voters released by Gallup";
    not whom it asked ("of voters")."""
    owner = owner_of(survey, mentions, led=False)
    if owner is not None and _names_someone(owner, mentions):
        return [owner]
    asked = [g for c in children_of(survey) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
    for acl in (c for noun in [survey, *asked] for c in children_of(noun) if c.dep_ == "acl"):  # or hung on "voters"
        for agent in (g for g in children_of(acl) if g.dep_ == "agent"):
            found = _named_actors(next((g for g in children_of(agent) if g.dep_ == "pobj"), None), mentions)
            if found:
                return found
    return []


def _is_directive(verb: Token, child: Token) -> bool:
    """"urged X to ...", "demanded an inquiry", "called on X to ...", "called for talks": what is asked
    for is the asker's. "call" asks only with its "on"/"for"; a preposition carries only that."""
    entry = lookup(DIRECTIVE_VERBS, verb) if verb.pos_ in ("VERB", "AUX") else None
    if entry is None:
        return False
    particles = [c.lower_ for c in children_of(verb) if c.dep_ in ("prep", "prt")]
    if entry in PARTICLE_DIRECTIVES and not set(particles) & PARTICLE_DIRECTIVES[entry]:
        return False
    return child.dep_ != "prep" or child.lower_ in PARTICLE_DIRECTIVES.get(entry, ())


def _is_open_question(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if") for c in children_of(clause))


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ("took aim at comments")."""
    head = noun
    while head.dep_ in ("dobj", "pobj", "prep") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _is_speech(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # "As Ms. Lee put it, ...": "put it" says
    return bool(lookup(SPEECH_VERBS, verb)) or verb.lemma_ == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(verb))


def _side_speech_verb(token: Token, sentence) -> Token | None:
    """The speech verb of '"...," Kim said.' (the root: the parse hangs the quote under it) or of a
    parenthetical 'It was impossible, Kim said, so ...' (a parataxis), when the trigger is not one of
    its own arguments."""
    for verb in _side_candidates(sentence):
        if not _is_speech(verb) or verb.i == token.i or paragraph_between(token, verb):
            continue
        arguments = [c for c in children_of(verb) if c.dep_ in NOT_REPORTED_DEPS]
        if any(in_subtree(token, a) for a in arguments):
            continue
        if verb.dep_ != "ROOT" and in_subtree(token, verb):
            continue
        return verb
    return None


def _side_candidates(sentence) -> list[Token]:
    """The sentence's root, its parentheticals and its "as X said" clauses: the same for every trigger
    of the sentence, so found once a sentence (their indices kept in the document's user_data)."""
    doc = sentence.doc
    memo = doc.user_data.setdefault("newsgraph_side_candidates", {})
    indices = memo.get(sentence.start)
    if indices is None:
        candidates = [sentence.root] + [t for t in sentence if t.dep_ == "parataxis" or t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in children_of(t)) and not _says_something_else(t)]  # "As X said, ...", "as X put it"
        indices = memo[sentence.start] = [t.i for t in candidates]
    return [doc[i] for i in indices]


def _says_something_else(verb: Token) -> bool:
    """"As X announced the date, Y urged ...": an as-clause whose speech verb has its own object or
    clause tells when, not who says the rest ("as X put it" has only "it")."""
    return any(c.dep_ in ("dobj", "ccomp") and c.pos_ != "PRON" for c in children_of(verb))


def quote_speakers(doc: Doc, mentions: DocumentMentions) -> dict[int, int]:
    """Token index -> speaker mention for every token inside a quotation whose speech verb stands just
    outside it, in the sentence where the quotation ends or the one where it begins. A quotation runs
    to its closing mark, or to the end of its paragraph."""
    speakers: dict[int, int] = {}
    if not QUOTE_MARKS.search(doc_text(doc)):
        return speakers  # most sentences of most articles: nothing to walk
    previous: tuple[int, int] | None = None  # (end token, speaker) of the last quotation with a speaker
    for start, end in _quotations(doc):
        speaker = _quotation_speaker(doc, start, end, mentions)
        if speaker is None and previous is not None and not paragraph_between(doc[previous[0]], doc[start]):
            speaker = previous[1]  # '"...," said Kim. "..."': the next quotation of the paragraph is Kim's too
        if speaker is not None:
            previous = (end - 1, speaker)
            for i in range(start, end):
                speakers[i] = speaker
    return speakers


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """(first, end) token spans between quotation marks; a straight '"' opens and closes in turn."""
    spans, opened = [], None
    text = doc_text(doc)
    marks = {m.start() for m in QUOTE_MARKS.finditer(text)} | {m.start() for m in PARAGRAPH.finditer(text)}
    for token in (t for t in doc if t.idx in marks or t.idx + len(t.text) in marks):
        text = token.text
        if opened is not None and text == '"' and _opens(token):
            # '"... called me a mongrel. "I don't know ..."': a mark before a word, after a space, opens
            # a new quotation; the one before ended unclosed (a paragraph break the text lost)
            spans.append((opened, token.i))
            opened = token.i + 1
        elif opened is not None and (text in CLOSING_QUOTES or text == '"'):
            spans.append((opened, token.i))
            opened = None
        elif text in OPENING_QUOTES or text == '"':
            opened = token.i + 1
        elif opened is not None and ("\n\n" in token.whitespace_ or token.is_space and "\n" in token.text):
            spans.append((opened, token.i + 1))  # an unclosed quotation ends with its paragraph
            opened = None
    return spans


def _opens(mark: Token) -> bool:
    """A straight quotation mark shaped as an opening one: a space before it, none after it."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    return mark.whitespace_ == "" and mark.i + 1 < len(mark.doc) and (before is None or before.whitespace_ != "")


def _quotation_speaker(doc: Doc, start: int, end: int, mentions: DocumentMentions) -> int | None:
    """The actor of the speech verb after the quotation in its last sentence, else before it in its
    first; else, for a quotation that opens a sentence, the speech verb the previous sentence of the
    paragraph is built on ('X tweeted a warning. "..."', 'X said: "..."')."""
    first = doc[start].sent
    candidates = [*range(end, doc[end - 1].sent.end), *reversed(range(first.start, start))]
    if all(not t.is_alpha for t in doc[first.start:start]) and first.start > 0:
        candidates.append(doc[first.start - 1].sent.root.i)
    for i in candidates:
        verb = doc[i]
        if _is_speech(verb) and not paragraph_between(doc[start], verb):
            found = actors_of(subject_of(verb), mentions)
            if found:
                return found[0]
    return None
