"""Precision on political news, third round (judged by the rubric in bench/judge_sample.py): "neither
X nor Y would comment" is a declined comment whatever the parser makes of "neither". On the real spaCy
pipeline; sentences written for these rules."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    """(source, type, target, polarity, modality) per relation with a trigger."""
    document = extract_text(text)
    return [(r.source, r.type, r.target, r.polarity, r.modality) for r in document.relations if r.trigger]


def test_neither_before_a_name_declines_comment():
    found = events("Neither Downing Street nor the Labour Party would comment directly on the leaked memo.")
    commented = [e for e in found if e[1] == "COMMENTED"]
    assert ("organization:labour-party", "COMMENTED", None, "negative", "asserted") in commented
    assert all(e[4] == "asserted" for e in commented)


def test_neither_with_a_condition_stays_hypothetical():
    found = events("Neither the Treasury nor the Tories would comment if the bill failed.")
    assert [e[4] for e in found if e[1] == "COMMENTED"] == ["hypothetical"]
