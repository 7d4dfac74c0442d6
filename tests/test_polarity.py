"""Polarity rules (ingest/extract/polarity.py) on sentences written for them."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def polarities(text: str) -> set[tuple]:
    document = extract_text(text)
    return {(r.source, r.type, r.target, r.polarity) for r in document.relations if r.plover}


@pytest.mark.parametrize("text, polarity", [
    ("Siemens no longer supplies turbines to Iran.", "negative"),
    ("Siemens supplies turbines to Iran.", "positive"),
])
def test_no_longer_says_the_act_has_stopped(text, polarity):
    assert ("organization:siemens", "SUPPLIED", "country:iran", polarity) in polarities(text), polarities(text)


@pytest.mark.parametrize("text, polarity", [
    ("The cancelled sale of turbines to Iran by Siemens angered Israel.", "negative"),
    ("The sale of turbines to Iran by Siemens angered Israel.", "positive"),
])
def test_a_cancelled_event_noun_did_not_take_place(text, polarity):
    assert ("organization:siemens", "SUPPLIED", "country:iran", polarity) in polarities(text), polarities(text)


def test_the_act_of_an_abandoned_deal_did_not_take_place():
    found = polarities("The now-abandoned deal by Siemens to supply turbines to Iran angered Israel.")
    assert found and all(p == "negative" for *_, p in found), found


@pytest.mark.parametrize("text", ["Siemens has yet to deliver the turbines to Iran.",
                                  "Siemens is yet to deliver the turbines to Iran."])
def test_what_is_yet_to_be_done_has_not_been_done(text):
    found = polarities(text)
    assert ("organization:siemens", "SUPPLIED", "country:iran", "negative") in found, found


@pytest.mark.parametrize("text", ["Siemens refuted allegations that it had supplied turbines to Iran.",
                                  "Siemens is unable to sell turbines to Iran."])
def test_what_is_refuted_or_cannot_be_done_is_negated(text):
    found = polarities(text)
    assert ("organization:siemens", "SUPPLIED", "country:iran", "negative") in found, found


@pytest.mark.parametrize("text, polarity", [
    ("Siemens did not sell or deliver turbines to Iran.", "negative"),
    ("Siemens neither sold nor delivered turbines to Iran.", "negative"),
    ("Siemens did not sell turbines but delivered spare parts to Iran.", "positive"),
])
def test_a_verb_joined_by_or_to_a_negated_one_shares_its_negation(text, polarity):
    found = polarities(text)
    assert ("organization:siemens", "SUPPLIED", "country:iran", polarity) in found, found


@pytest.mark.parametrize("text", ["Siemens sold no turbines to Iran.", "No turbines were sold to Iran by Siemens."])
def test_an_act_of_which_nothing_is_given_is_negated(text):
    found = polarities(text)
    assert ("organization:siemens", "SUPPLIED", "country:iran", "negative") in found, found


@pytest.mark.parametrize("text, polarity", [
    ("Siemens abandoned plans to sell turbines to Iran.", "negative"),
    ("The plan to sell turbines to Iran was shelved by Siemens.", "negative"),
    ("Siemens did not abandon plans to sell turbines to Iran.", "positive"),
])
def test_the_act_of_a_cancelled_plan_is_negated(text, polarity):
    found = polarities(text)
    assert ("organization:siemens", "SUPPLIED", "country:iran", polarity) in found, found
