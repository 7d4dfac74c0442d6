"""A headline's parse, read again as a sentence of its own.

A headline is written in its own grammar: no articles, no closing stop, present tense for the past,
often every word capitalised ("Blair Defends Iraq Stance"). Parsed in place, at the head of the
article, the small model reads its nouns as verbs and its verb as a name ("Blair defends terror law
changes": "changes" a verb; "Tories Attack Tax Plans": one long name). Read alone, as a sentence
with a closing stop and, when every word is capitalised, in sentence case, it tags and parses as
prose. Its tags, lemmas and tree replace those of the headline's words in the article; the
article's text, tokens and entities stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# What ends a sentence: a first line that ends so is a sentence of the article, no headline.
CLOSING_STOPS = (".", "!", "?", ":", ";", "...")
# Longer first lines are prose that happens to stand alone, not a headline.
MAX_HEADLINE_WORDS = 20
# Words of a title-case line that say nothing about case ("Lohan Checks Into Rehab").
SMALL_WORDS = {"a", "an", "the", "of", "for", "to", "in", "on", "at", "and", "or", "with", "by", "from", "into", "as", "is"}
# The pipes that do not tag or parse: the reading alone needs none of them.
NOT_PARSING = {"entity_ruler", "ner", "longer_names_win", "paragraph_breaks"}
PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]


def headline_span(doc: Doc) -> tuple[int, int] | None:
    """The token span of the article's headline: its first line when the article's text follows it,
    it has no closing stop and at most MAX_HEADLINE_WORDS words. None when the text opens with prose.
    Found once a document (kept in its user_data): the parse and the mentions both ask."""
    if "newsgraph_headline" not in doc.user_data:
        doc.user_data["newsgraph_headline"] = _first_line_headline(doc)
    return doc.user_data["newsgraph_headline"]


def in_headline(token) -> bool:
    span = headline_span(token.doc)
    return span is not None and span[0] <= token.i < span[1]


def _first_line_headline(doc: Doc) -> tuple[int, int] | None:
    text = doc.text  # not doctext's: that reads the tree (doctree), which the parse here then changes
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None  # a headline heads an article: a line alone is a sentence
    line = text[start:end].rstrip()
    words = line.split()
    if not words or len(words) > MAX_HEADLINE_WORDS or line.rstrip("'\"’”)").endswith(CLOSING_STOPS):
        return None
    span = doc.char_span(start, start + len(line))
    return (span.start, span.end) if span is not None else None


def title_case(words: list[str]) -> bool:
    """Whether a line capitalises (nearly) every word but the small ones: a title-case headline. The
    mentions ask it of every line of an article, mostly prose: a line is given up on once more than a
    fifth of all its words are content words in lower case (80 % of its content words can no longer be
    capitalised)."""
    content = lower = 0
    for word in words:
        if word[:1].isalpha() and word.lower() not in SMALL_WORDS:
            content += 1
            if not word[0].isupper():
                lower += 1
                if lower * 5 > len(words):
                    return False
    return content >= 3 and content - lower >= 0.8 * content


def sentence_case(doc: Doc, start: int, end: int) -> list[str]:
    """The headline's words as a sentence writes them: its first word and its names capitalised,
    the rest in lower case. A name is a word in capitals (an acronym), a word of a name the gazetteer
    knows, or one the article's text writes capitalised where no sentence starts."""
    names = {t.text for t in doc[end:] if t.is_title and not t.is_sent_start}
    words = []
    for token in doc[start:end]:
        keep = (token.i == start or not token.is_title or token.is_upper or token.text in names
                or (token.ent_id_ and token.ent_type_))
        words.append(token.text if keep else token.text.lower())
    return words


class HeadlineParse:
    """The pipeline component: re-reads each document's headline alone (see the module's doc)."""

    def __init__(self, nlp: Language, name: str):
        self.nlp, self.name = nlp, name

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._reparse(batch)
                batch = []
        yield from self._reparse(batch)

    def _reparse(self, docs: list[Doc]) -> list[Doc]:
        found = [(doc, headline_span(doc)) for doc in docs]
        found = [(doc, span) for doc, span in found if span is not None]
        alone = []
        for doc, (start, end) in found:
            words = [t.text for t in doc[start:end]]
            if title_case(words):
                words = sentence_case(doc, start, end)
            spaces = [bool(t.whitespace_) for t in doc[start:end]]
            spaces[-1] = False
            alone.append(Doc(self.nlp.vocab, words=words + ["."], spaces=spaces + [False]))
        for name, pipe in self.nlp.pipeline:
            if name == self.name:
                break
            if name not in NOT_PARSING:
                alone = list(pipe.pipe(alone)) if hasattr(pipe, "pipe") else [pipe(d) for d in alone]
        for (doc, (start, end)), read in zip(found, alone):
            _take_parse(doc, start, end, read)
        return docs


def _take_parse(doc: Doc, start: int, end: int, read: Doc) -> None:
    """The headline's words take the tags, lemmas and tree of its reading alone, when that reading is
    one sentence whose stop hangs on it (a stop that heads words would leave them with no head here)."""
    stop = read[-1]
    if sum(1 for t in read if t.dep_ == "ROOT") != 1 or stop.n_lefts or stop.n_rights or stop.dep_ == "ROOT":
        return
    for token in read:
        # "Blair criticised by MPs": a headline drops the "is" of its passive, which the parser then
        # reads as active with "Blair" its subject; a by-agent says it is passive.
        if token.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in token.children):
            token.tag_ = "VBN"  # "criticised" is either; with a by-agent, the participle
            for child in token.children:
                if child.dep_ == "nsubj":
                    child.dep_ = "nsubjpass"
    rows = doc.to_array(PARSE_ATTRS)
    alone = read.to_array(PARSE_ATTRS)
    rows[start:end] = alone[:end - start]
    # HEAD is relative: the same in both docs for words of the headline; a space token after the
    # headline hangs on the word before it, as before.
    doc.from_array(PARSE_ATTRS, rows.astype(numpy.uint64))

