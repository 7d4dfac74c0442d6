"""Whom "he"/"she" is: the subject of the sentence before, not a person it names in passing; never
the speaker of the quotation it is in; "Mr X" is a surname. Real spaCy pipeline; sentences written
for these rules."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    return [(r.source, r.type, r.target) for r in extract_text(text).relations if r.trigger]


def test_a_subject_pronoun_continues_the_owner_of_the_subject_before():
    found = events("Peter Hale's refusal to comment was a rebuttal of a warning from the trade commissioner "
                   "Tom Brask. In his speech, he criticised the Green Party.")
    assert ("person:peter-hale", "CONDEMNED", "organization:green-party") in found


def test_a_person_named_in_a_preposed_phrase_is_not_the_subject_pronoun():
    found = events("Within four years, Gordon Hale had gained his first post. He became deputy leader under "
                   "Tom Brask's leadership in 1990. After the death of leader Tom Brask in 1994 he stood aside, "
                   "agreeing to back Ann Kerr.")
    assert [e for e in found if e[1] == "SUPPORTED"] == [("person:gordon-hale", "SUPPORTED", "person:ann-kerr")]


def test_a_person_who_is_the_subject_of_an_earlier_clause_keeps_the_pronoun():
    found = events("Peter Hale met Ann Kerr in Leeds. When Tom Brask arrived, he criticised the Green Party.")
    assert ("person:tom-brask", "CONDEMNED", "organization:green-party") in found


def test_the_subject_of_the_pronoun_sentence_before_is_the_antecedent_chain():
    found = events("Ann Kerr met Tom Brask on Monday. She later flew to Paris. "
                   "It was a short trip. She then criticised the Green Party.")
    assert ("person:ann-kerr", "CONDEMNED", "organization:green-party") in found


def test_a_pronoun_in_a_quotation_is_not_its_speaker():
    found = events('Jim Dale said the matter was closed but argued: "He has apologised to Ann Kerr and we should accept it."')
    assert [e for e in found if e[0] == "person:jim-dale" and e[2] == "person:ann-kerr"] == []


def test_mr_and_a_name_is_a_surname_not_a_first_name():
    found = events("Sacked MP Howard Flight has lost his seat. Mr Howard has suspended the Slough Conservative Association.")
    sources = {e[0] for e in found if e[1] == "SANCTIONED"}
    assert sources and "person:howard-flight" not in sources


def test_a_quoted_pronoun_after_its_speaker_is_nobody_rather_than_the_person_before():
    found = events('Tom Brask said the prince should apologise. Jim Dale said the matter was closed but argued: '
                   '"He has apologised to Ann Kerr and we should accept it."')
    assert [e for e in found if e[2] == "person:ann-kerr"] == []


def test_the_one_who_says_it_is_nobody_named_in_what_is_said():
    found = events("Tom Brask attacked the plans on Monday. Jim Dale will have to defend that record in the "
                   "coming months, he said, urging voters to hold Jim Dale to account.")
    assert [e[0] for e in found if e[1] == "REQUESTED"] == ["person:tom-brask"]


def test_he_after_an_unnamed_spokesman_is_nobody_named():
    found = events("Jim Dale set out his plans on Monday. A Labour Party spokesman criticised Jim Dale's record. "
                   "He then criticised the Green Party.")
    assert [e for e in found if e[2] == "organization:green-party"] == []


def test_he_after_a_spokesman_for_someone_is_the_one_spoken_for():
    found = events("Jim Dale set out his plans on Monday. A spokesman for Mr Dale said the plans were sound. "
                   "He criticised the Green Party.")
    assert ("person:jim-dale", "CONDEMNED", "organization:green-party") in found


def test_the_sentences_of_a_quotation_go_on_with_its_speaker():
    found = events('Jim Dale spoke in Leeds on Monday. Tom Hale has failed the country, he claimed. "The result is chaos. '
                   'Worst of all, nobody listens to the towns." He then urged the voters to back the Green Party.')
    assert [e[0] for e in found if e[1] == "REQUESTED"] == ["person:jim-dale"]


def test_a_quotation_with_its_speaker_named_in_it_still_names_the_speaker():
    found = events('Jim Dale met Tom Hale in Leeds. "We will win," Tom Hale said. He then urged the voters to back the Green Party.')
    assert [e[0] for e in found if e[1] == "REQUESTED"] == ["person:tom-hale"]
