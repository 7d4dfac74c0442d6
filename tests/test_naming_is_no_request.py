"""What one calls something is no request: "called Labour a party for the rich" names Labour; a
preposition after what the object is called is not the particle of "call for". Real spaCy pipeline;
sentences written for this rule."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def types(text: str) -> list[str]:
    return [r.type for r in extract_text(text).relations if r.trigger]


@pytest.mark.parametrize("text", [
    'Ann Kerr called Labour "a brilliant machine for talking" but said it did not deliver.',
    "Ann Kerr called the Green Party a party for the rich.",
])
def test_calling_an_object_something_is_no_request(text):
    assert "REQUESTED" not in types(text)


@pytest.mark.parametrize("text", ["Ann Kerr called for talks with Labour.", "Ann Kerr called on Labour to resign."])
def test_calling_for_and_on_stay_requests(text):
    assert "REQUESTED" in types(text)
