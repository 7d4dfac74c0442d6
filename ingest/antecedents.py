"""Which earlier person a "he"/"she" points back to, beyond the most recent one (resolve.py rule 6).

- The subject of a clause ("he said", "his aide said") continues the subject of the sentences before
  ("Mr Brown's insistence ... . In his speech, he"): the person the previous sentence is about,
  not one it names in passing, unless a person is the subject of a clause before it in its own
  sentence ("When Ann Lee arrived, she"), where the most recent person still decides; not inside a
  quotation.
- The sentences of a quotation between ("X failed, he claimed. "The result is chaos." He added")
  go on with its speaker: the subject is looked for before them.
- Inside a quotation, "he" is never the one quoted: a speaker calls themselves "I".
- The "he" who says something is nobody named in what he says ("Mr Blair will lose, he said"): one
  does not name oneself.
- After an unnamed subject ("A party spokesman said ...") "he" is that one: nobody named, or the one
  a spokesman speaks for.
- A person described, not named, between ("... a settlement with the former spy, which he ..."):
  "he" is the one described, not a name before it (extract/actors.py described_between, which
  pronoun_actor asks too).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.ingest.extract.actors import spoken_for
from newsgraph.ingest.extract.triggers import lookup
from newsgraph.ingest.doctree import children_of, sentence_start
from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.ingest.records import Mention
from newsgraph.schema import language

SPEECH_VERBS = set(language()["speech_verbs"])
SPEAKING_FOR = set(language()["speaking_for"])
NOBODY = -1  # previous_subject: the pronoun continues someone the article does not name
SUBJECTS = ("nsubj", "nsubjpass")
QUOTE_MARKS = {'"', "“", "”"}
QUOTATION_SENTENCES = 6  # quoted sentences a pronoun looks past to the sentence that says who spoke them


def previous_subject(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None],
                     excluded: set[str], window: int) -> int | None:
    """The mention of the person who is the subject of the nearest sentence before (within `window`)
    that has a person as its subject, for a pronoun that is (or owns) its clause's subject; NOBODY
    where that subject is someone unnamed ("a spokesman"); None where recency should decide: a
    person is the subject of a clause before the pronoun in its sentence, or a sentence in between
    is about something else or names a person without being about them."""
    token = doc[pronoun.start]
    if not _is_subject(token) or _quoted(token):
        return None  # a quotation is about what its speaker speaks of, not the sentences around it
    people = [i for i, m in enumerate(mentions.mentions)
              if m.label in ("Person", "Pronoun") and (ids[i] or "").startswith("person:") and ids[i] not in excluded]
    sentence = token.sent
    if any(sentence.start <= mentions.mentions[i].start < pronoun.start and _names_a_subject(doc, mentions.mentions[i])
           for i in people):
        return None  # "When Ann Lee arrived, she": the most recent person
    previous = sentence
    looked, quotations = 0, 0
    while looked < window:
        if previous.start == 0:
            return None
        previous = doc[previous.start - 1].sent
        if _a_quotation(previous) and quotations < QUOTATION_SENTENCES:
            quotations += 1
            continue  # a quotation's own sentences go on with its speaker: look before them
        looked += 1
        subject = root_subject_person(doc, previous, mentions, people)
        if subject is not None:
            return subject
        subjects = [c for c in children_of(previous.root) if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
        unnamed = next((c for c in subjects if _someone_unnamed(c, mentions)), None)
        if unnamed is not None:
            # "A party spokesman criticised Mr Lee's record. He said": the spokesman, nobody named;
            # "A spokesman for Mr Lee said ... . He added": Lee, for whom the spokesman speaks
            principal = spoken_for(unnamed)
            return next((i for i in people if principal is not None and
                         mentions.mentions[i].start <= principal.i < mentions.mentions[i].end), NOBODY)
        if subjects or any(previous.start <= mentions.mentions[i].start < previous.end for i in people):
            return None  # "The report was written by Lord Hale. He said": the person named
    return None


def quoted_speakers(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None]) -> set[str]:
    """The people who say the quotation a pronoun is in ("Ann Lee argued: "He has apologised""), whom
    the pronoun cannot be; empty where it is not inside quotation marks of its sentence."""
    token = doc[pronoun.start]
    if not _quoted(token):
        return set()
    found: set[str] = set()
    for verb in token.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or not lookup(SPEECH_VERBS, verb) or _quoted(verb):
            continue  # "Doug believes he can": a verb inside the quotation is no one quoting
        clause = verb
        while clause.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in children_of(clause)):
            clause = clause.head  # "said he agreed but argued: ...": the subject both share
        for subject in (c for c in children_of(clause) if c.dep_ in SUBJECTS):
            found |= {ids[i] for i, m in enumerate(mentions.mentions)
                      if ids[i] and m.start <= subject.i < m.end}
    return found


def reported_names(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None]) -> set[str]:
    """The people named (not by pronoun) in what a reporting "..., he said" after it reports: "Mr Blair
    will lose, he said"."""
    token = doc[pronoun.start]
    verb = token.head
    parenthetical = token.i > 0 and doc[token.i - 1].text in (",", *QUOTE_MARKS) and verb.i == token.i + 1
    if token.dep_ != "nsubj" or not parenthetical or verb.pos_ not in ("VERB", "AUX") or not lookup(SPEECH_VERBS, verb):
        return set()
    content = {t.i for c in children_of(verb) if c.dep_ == "ccomp" and c.i < token.i for t in c.subtree}
    return {ids[i] for i, m in enumerate(mentions.mentions)
            if m.label == "Person" and ids[i] and m.start in content}


def _someone_unnamed(noun: Token, mentions: DocumentMentions) -> bool:
    """One person the article does not name: "a spokesman", "a senior official" (a singular agent)."""
    if noun.tag_ != "NN":
        return False
    index = mentions.by_token.get(noun.i)
    return bool(lookup(SPEAKING_FOR, noun)) or index is not None and index in mentions.agents


def _a_quotation(sentence) -> bool:
    """A sentence of quoted words alone (""The result is chaos."" but not ""We won," he said."): it opens
    with a quotation mark and its main verb is inside the quotation."""
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and first.text in QUOTE_MARKS and _quoted(sentence.root)


def _quoted(token: Token) -> bool:
    """Inside quotation marks opened in its sentence."""
    return sum(1 for t in token.doc[sentence_start(token.doc, token.i):token.i] if t.text in QUOTE_MARKS) % 2 == 1


def _is_subject(token: Token) -> bool:
    """"he said", "she was asked", and the owner of a subject: "his aide said"."""
    return token.dep_ in SUBJECTS or token.dep_ == "poss" and token.head.dep_ in SUBJECTS


def _names_a_subject(doc: Doc, mention: Mention) -> bool:
    """The mention is a subject, or the name of one: "Judge Ann Lee QC" (compounds of "QC"), "the
    killer, Ann Lee," (in apposition)."""
    for token in doc[mention.start:mention.end]:
        while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
            token = token.head
        if _is_subject(token):
            return True
    return False


def root_subject_person(doc: Doc, sentence, mentions: DocumentMentions, people: list[int]) -> int | None:
    """The person mention that is the subject of the sentence's main verb, or owns it ("Mr Lee's
    insistence was ..."), if one is."""
    subjects = [c for c in children_of(sentence.root) if c.dep_ in SUBJECTS]
    heads = [t for s in subjects for t in (s, *(c for c in children_of(s) if c.dep_ == "poss"))]
    for head in heads:
        for i in people:
            m = mentions.mentions[i]
            if m.start <= head.i < m.end:
                return i
    return None
