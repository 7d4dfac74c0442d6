"""Precision on political news, second sample: warnings that only state a fact, money given as aid,
the side of a conditional clause, and a past decision to take a stance. Real spaCy pipeline;
sentences written for these rules."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    document = extract_text(text)
    return [(r.source, r.type, r.target, r.modality) for r in document.relations if r.trigger]


@pytest.mark.parametrize("text", [
    "Ann Kerr warned that the deficit was larger than the Treasury admitted.",
    "Ann Kerr warned the unemployment numbers were higher than expected.",
    "Ann Kerr warned Jim Dale that the polls had turned against him.",
])
def test_a_warning_that_states_a_fact_is_no_threat(text):
    assert [e for e in events(text) if e[1] == "WARNED"] == []


@pytest.mark.parametrize("text", [
    "Ann Kerr warned Jim Dale not to resign.",
    "Iran warned that it would strike Israel.",
    "Russia warned Ukraine of retaliation.",
    "Iran warned that it was going to strike Israel.",
    "Ann Kerr warned that there was a danger of riots.",
])
def test_a_threat_stays_a_warning(text):
    assert [e[1] for e in events(text) if e[1] == "WARNED"] == ["WARNED"]


@pytest.mark.parametrize("text, target", [
    ("Germany could give hundreds of millions of euros in aid to Greece.", "country:greece"),
    ("The government could give billions of dollars in aid.", None),
])
def test_money_given_in_aid_is_a_supply(text, target):
    found = [e for e in events(text) if e[1] in ("SUPPLIED", "CONCEDED")]
    assert [(e[1], e[2], e[3]) for e in found] == [("SUPPLIED", target, "possible")]


def test_giving_in_stays_a_concession():
    assert [e[1] for e in events("Greece gave in to the demands of Germany.")] == ["CONCEDED"]


@pytest.mark.parametrize("text, source", [
    ("Jim Dale said he had the authority to stay providing the Labour Party would back his government.",
     "organization:labour-party"),
    ("He could remain in power providing the Greens would support his coalition.", "group:greens"),
    ("Jim Dale would stay providing the Labour Party backed him.", "organization:labour-party"),
])
def test_the_subject_of_a_condition_is_its_source(text, source):
    found = events(text)
    assert [e[1] for e in found] == ["SUPPORTED"]  # "providing" gives nothing
    assert found[0][0] == source and found[0][3] == "hypothetical"


def test_providing_with_an_object_is_still_a_supply():
    assert [e[:3] for e in events("Germany is providing Ukraine with tanks.")] == [
        ("country:germany", "SUPPLIED", "country:ukraine")]


@pytest.mark.parametrize("text, modality", [
    ("Jim Dale had decided to back Ann Kerr.", "asserted"),
    ("Jim Dale decided to support the plans of the Labour Party.", "asserted"),
    ("Jim Dale has decided to back Ann Kerr.", "future"),
    ("Jim Dale will decide to back Ann Kerr.", "future"),
])
def test_a_past_decision_to_take_a_stance_asserts_it(text, modality):
    assert [e[3] for e in events(text) if e[1] == "SUPPORTED"] == [modality]


def test_a_past_decision_to_act_stays_to_come():
    assert [e[3] for e in events("Germany had decided to send tanks to Ukraine.")] == ["future"]
