"""Faults the external runs found (issue #14, item 3), each on a sentence written for it."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.ingest import mentions, nlp, resolve
from newsgraph.ingest.clean import strip_boilerplate
from newsgraph.ingest.load import make_article


def test_an_organisation_mention_of_only_white_space_is_no_actor_and_no_error():
    text = "Officials met in Lisbon.\n\nThe talks ended without a deal.\n"
    doc = nlp.load_pipeline()(text)
    blank = next(t for t in doc if t.is_space)
    doc.ents = [Span(doc, blank.i, blank.i + 1, label="ORG")]
    found = mentions.find_mentions(doc)
    article = make_article(text, "blank.txt", {})
    extracted = resolve.resolve(article, doc, found, [])
    assert all(e.id.split(":", 1)[1] for e in extracted.entities)
    assert not resolve._is_generic("") and not resolve._is_generic("  \n")


def test_a_sentence_ending_with_an_agency_credit_is_text_not_a_caption():
    text = "The ministry said it had recalled its ambassador on Friday (AFP)\n"
    assert strip_boilerplate(text) == text


def test_a_caption_still_goes():
    text = "The envoy speaks at a meeting in Lisbon on Thursday. (Lusa)\nThe talks went on.\n"
    assert strip_boilerplate(text) == "The talks went on.\n"
