"""Where a quotation ends when the text lost a paragraph break: a straight mark before a word, after
a space, opens a new quotation, so what follows the last closing mark is nobody's words. Real spaCy
pipeline; sentences written for this rule."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text

TEXT = ('Jim Dale told his party that Labour would "do anything to cling on". "So far this year they have '
        'called me a mongrel. "I know someone out there is rattled." Environment Secretary Ann Kerr '
        "rejected Mr Dale's comment, telling the BBC that Labour was not \"rattled\".")


def test_a_sentence_after_the_last_closing_mark_is_not_quoted():
    found = [r for r in extract_text(TEXT).relations if r.type == "DENIED"]
    assert found and all(r.attributed_to is None for r in found)


def test_the_quotation_before_keeps_its_speaker():
    text = 'Jim Dale said: "So far this year Labour has criticised the Green Party."'
    found = [r for r in extract_text(text).relations if r.type == "CONDEMNED"]
    assert found and all(r.attributed_to == "person:jim-dale" for r in found)
