"""What an act is done for is intended, not reported done: an infinitive of purpose ("toured the
country to persuade voters", "is meeting officials to press the case", "in order to") is
hypothetical; a complement asked for or reported keeps its own modality. The office one leaves is
no other side. Real spaCy pipeline; sentences written for these rules."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    return [(r.source, r.type, r.target, r.modality) for r in extract_text(text).relations if r.trigger]


@pytest.mark.parametrize("text, type_", [
    ("Jim Dale toured the country to persuade voters to back Labour.", "REQUESTED"),
    ("Jim Dale is meeting British officials this week to press the case for sanctions on Iran.", "REQUESTED"),
    ("Spain has put its forces on standby to evacuate its nationals.", "RETREATED"),
])
def test_an_infinitive_of_purpose_is_intended_not_done(text, type_):
    found = [e for e in events(text) if e[1] == type_]
    assert found and all(e[3] == "hypothetical" for e in found)


def test_what_a_speaker_urged_is_still_the_request_made():
    assert ("person:jim-dale", "REQUESTED", "agent:civilians", "asserted") in events("Jim Dale urged voters to back Labour.")


def test_the_act_a_purpose_serves_stays_asserted():
    found = events("Jim Dale is meeting British officials this week to press the case for sanctions on Iran.")
    assert [e[3] for e in found if e[1] == "MET"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Ann Kerr is to step down as an MEP at the election.",
    "Ann Kerr resigned as the party's branch chairman.",
])
def test_the_office_left_is_no_other_side(text):
    found = [e for e in events(text) if e[1] == "CONCEDED"]
    assert found and all(e[2] is None for e in found)


def test_whose_office_it_was_is_the_other_side():
    assert [e[2] for e in events("Jim Dale resigned as president of Indonesia.")] == ["country:indonesia"]
