"""Headlines (issue #10): the first line of an article, read alone as prose, gives the relation it
states; its elliptical grammar (no article, no "is", nouns stacked, every word capitalised) is read
by rule. Every sentence here was written for these tests; real spaCy, no mocks."""

from __future__ import annotations

from newsgraph.ingest import nlp
from newsgraph.ingest.headline import headline_span
from newsgraph.ingest.load import make_article
from newsgraph.ingest.pipeline import extract_article


def extract(text: str):
    article = make_article(text, "test.txt", {"published": "2025-03-14"})
    return extract_article(article, nlp.load_pipeline()(article.text))


def headline_relations(text: str) -> list[tuple]:
    """(source, type, target) of the events whose trigger is in the first line."""
    first_line = len(text.split("\n")[0])
    document = extract(text)
    return [(r.source, r.type, r.target) for r in document.relations
            if r.trigger is not None and r.trigger["start"] < first_line]


BODY = "\n\n{}\n\nThe debate in parliament goes on next week, officials said."


def test_a_headline_is_tagged_as_a_sentence_of_its_own():
    # In place, above the article, the tagger reads the last noun of the stack as a verb.
    doc = nlp.load_pipeline()("Marsh defends rail fare changes" + BODY.format(
        "Transport secretary Ellen Marsh defended the changes to rail fares on Tuesday."))
    assert [(t.text, t.tag_) for t in doc[:5]][-1] == ("changes", "NNS")
    assert doc[1].dep_ == "ROOT" and doc[4].head.i == 1


def test_a_title_case_headline_is_read_in_sentence_case():
    text = "Harlow Condemns Ferry Plans" + BODY.format(
        "Opposition leader Dana Harlow condemned the government's ferry plans on Monday.")
    assert ("person:dana-harlow", "CONDEMNED", None) in headline_relations(text)


def test_a_headline_participle_with_a_by_agent_is_passive():
    text = "Quell and Hart criticised by MPs" + BODY.format(
        "Ministers Anna Quell and Robert Hart were criticised by MPs over the delays.")
    found = headline_relations(text)
    assert ("agent:legislators", "CONDEMNED", "person:anna-quell") in found
    assert ("agent:legislators", "CONDEMNED", "person:robert-hart") in found


def test_a_headline_role_phrase_is_the_first_holder_the_article_names():
    text = "Tory leader unveils housing plan" + BODY.format(
        "Tory leader Tom Avery unveiled a plan for new homes on Friday.")
    assert ("person:tom-avery", "COMMENTED", None) in headline_relations(text)


def test_a_headline_word_written_as_a_surname_is_that_person():
    # "Baker" opens the line and reads as a common noun to the tagger
    text = "Baker praises school reforms" + BODY.format(
        "Education secretary Lucy Baker praised the reforms in a speech to teachers.")
    assert ("person:lucy-baker", "SUPPORTED", None) in headline_relations(text)


def test_a_name_stacked_before_another_noun_is_the_topic_not_whose_it_is():
    # "Chile trade calls" are calls about trade with Chile, not Chile's calls
    text = "Avery rejects Chile trade calls" + BODY.format(
        "Tom Avery rejected calls from farmers for a new trade deal with Chile.")
    found = headline_relations(text)
    assert ("person:tom-avery", "DENIED", None) in found
    assert not any("chile" in str(source) + str(target) for source, _, target in found)


def test_only_a_first_line_that_heads_an_article_is_a_headline():
    pipeline = nlp.load_pipeline()
    assert headline_span(pipeline("Avery quits\n\nTom Avery left the cabinet on Friday.")) == (0, 2)
    assert headline_span(pipeline("Tom Avery left the cabinet on Friday.\n\nHe said so.")) is None
    assert headline_span(pipeline("Tom Avery left the cabinet on Friday\n")) is None  # a line alone


# --- beyond the headline: a speaker's own "I" ---------------------------------------------------


def test_i_in_a_quotation_is_its_speaker():
    text = ('Lucy Baker spoke to farmers in Leeds on Monday.\n\n'
            '"I congratulate Tom Avery on his new post," Ms Baker said.')
    found = [(r.source, r.type, r.target) for r in extract(text).relations]
    assert ("person:lucy-baker", "SUPPORTED", "person:tom-avery") in found


def test_i_with_no_known_speaker_is_nobody():
    text = 'Farmers gathered in Leeds on Monday.\n\n"I congratulate Tom Avery on his new post."'
    assert not [r for r in extract(text).relations if r.type == "SUPPORTED"]


def test_a_reported_it_is_never_the_speaker_i():
    text = ('Lucy Baker spoke in Leeds on Monday.\n\n'
            'She said: "I think it is giving the city a bad name."')
    assert not [r for r in extract(text).relations if r.type == "SUPPLIED"]


def test_we_in_a_quotation_is_the_body_its_speaker_speaks_for():
    text = ('Tory leader Tom Avery spoke in Leeds on Monday.\n\n'
            '"We will support the ferry workers," Mr Avery said.')
    found = [(r.source, r.type) for r in extract(text).relations]
    assert ("organization:conservative-party", "SUPPORTED") in found


def test_we_of_a_person_with_no_body_is_nobody():
    text = ('Tom Avery spoke in Leeds on Monday.\n\n'
            '"We will support the ferry workers," Mr Avery said.')
    assert not [r for r in extract(text).relations if r.type == "SUPPORTED"]


def test_i_quoted_from_a_body_is_nobody():
    text = ('The Velmora Group opened a plant in Leeds on Monday.\n\n'
            '"I congratulate Tom Avery on his new post," the Velmora Group said in a statement.')
    assert not [r for r in extract(text).relations if r.type == "SUPPORTED" and "velmora" in r.source]
