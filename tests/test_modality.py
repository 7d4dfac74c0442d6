"""Modality rules (ingest/extract/modality.py) on sentences written for them."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def modalities(text: str) -> set[tuple]:
    document = extract_text(text)
    return {(r.source, r.type, r.target, r.modality) for r in document.relations if r.plover}


@pytest.mark.parametrize("text, expected", [
    ("Germany to sell tanks to Poland\n\nThe deal was signed in Berlin.", ("country:germany", "SUPPLIED", "country:poland", "future")),
    ("Kenya to deploy troops in Somalia", ("country:kenya", "DEPLOYED", "country:somalia", "future")),
    ("Japan to send troops to Iraq, officials say", ("country:japan", "DEPLOYED", "country:iraq", "future")),
    ("It is time for Germany to sell tanks to Poland.", ("country:germany", "SUPPLIED", "country:poland", "hypothetical")),
])
def test_an_infinitive_with_its_own_subject(text, expected):
    assert expected in modalities(text), modalities(text)


def test_an_infinitive_under_a_verb_keeps_the_verbs_modality():
    found = modalities("Poland urged Germany to send tanks to Ukraine.")
    assert ("country:germany", "SUPPLIED", "country:ukraine", "hypothetical") in found


def codes(text: str) -> set[tuple]:
    document = extract_text(text)
    return {(r.type, r.modality, r.plover, r.cameo) for r in document.relations if r.plover}


def test_a_vowed_attack_is_a_threat_and_a_possible_one_is_not():
    assert ("ATTACKED", "future", "THREATEN", "13") in codes("Chile vowed to attack Peru.")
    assert ("ATTACKED", "possible", "ASSAULT", "19") in codes("Chile could attack Peru.")
    assert ("SUPPLIED", "future", "AGREE", "03") in codes("Chile promised to send aid to Peru.")


@pytest.mark.parametrize("text, modality", [
    ("The Velmoran government will announce a ceasefire with the rebels on Monday.", "future"),
    ("The Velmoran president hopes to announce a deal with Ukraine on Friday.", "hypothetical"),
    ("The Velmoran government announced a ceasefire with the rebels on Monday.", "asserted"),
])
def test_the_object_of_a_speech_verb_takes_the_verbs_modality(text, modality):
    assert {m for *_, m in modalities(text)} == {modality}, modalities(text)


@pytest.mark.parametrize("text", [
    # the parser hangs the infinitive on the headline's subject (an adverbial clause of the name)
    "ThyssenKrupp to sell Steel Americas to Nippon Steel for $1.5 billion",
])
def test_a_headline_infinitive_hung_on_its_subject_is_future(text):
    assert {m for *_, m in modalities(text)} == {"future"}, modalities(text)


@pytest.mark.parametrize("text, modality", [
    ("The planned sale of turbines to Iran by Siemens angered Israel.", "future"),
    ("Siemens announced a proposed sale of turbines to Iran.", "future"),
    ("The sale of turbines to Iran by Siemens angered Israel.", "asserted"),
])
def test_an_event_noun_planned_or_proposed_is_to_come(text, modality):
    assert ("organization:siemens", "SUPPLIED", "country:iran", modality) in modalities(text), modalities(text)


def test_would_in_what_is_forecast_is_the_expected_future():
    found = modalities("Analysts had forecast that Siemens would sell turbines to Iran.")
    assert ("organization:siemens", "SUPPLIED", "country:iran", "future") in found, found


@pytest.mark.parametrize("text", ["Thales signed a contract with Warsaw to supply radars to Poland.",
                                  "Thales won a contract to supply radars to Poland."])
def test_what_a_contract_binds_one_to_do_is_to_come(text):
    found = modalities(text)
    assert ("organization:thales", "SUPPLIED", "country:poland", "future") in found, found


def test_who_rejects_a_deal_is_not_bound_by_it():
    assert not any(t == "SUPPLIED" for _, t, *_ in modalities("Thales rejected a deal to supply radars to Poland."))
