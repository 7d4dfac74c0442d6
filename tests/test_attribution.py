"""Attribution (ingest/extract/attribution.py) on the real spaCy pipeline: who says so, resolved to
an actor id. Sentences written for these rules."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def said(text: str) -> dict[tuple, str | None]:
    """(source, type, target) -> attributed_to, for the event relations of a text."""
    document = extract_text(text)
    return {(r.source, r.type, r.target): r.attributed_to for r in document.relations if r.plover}


KENYA_SENDS = ("country:kenya", "DEPLOYED", "country:somalia")


@pytest.mark.parametrize("text", [
    '"Talks are over. Kenya will send troops to Somalia," William Ruto said.',  # a quotation of two sentences
    '"Talks are over," said William Ruto. "Kenya will send troops to Somalia."',  # the next quotation of the paragraph
    'William Ruto said: "Talks are over. Kenya will send troops to Somalia."',  # the speech verb before it
    "Kenya will send troops to Somalia, William Ruto tweeted on Monday.",  # speech verbs beyond "say"
    "The talks were over, William Ruto said, so Kenya will send troops to Somalia.",  # a parenthetical speech verb
    "As William Ruto put it, Kenya will send troops to Somalia.",  # "as X put it"
])
def test_the_speaker_of_a_quotation_or_report(text):
    assert said(text).get(KENYA_SENDS) == "person:william-ruto", said(text)


def test_a_claim_about_oneself_is_attributed_to_its_speaker():
    assert said("Germany said it would deliver tanks to Poland.")[("country:germany", "SUPPLIED", "country:poland")] == "country:germany"


def test_the_speaker_is_an_actor_never_a_pronoun():
    found = said("William Ruto arrived in Nairobi. He said Kenya would send troops to Somalia.")
    assert found[KENYA_SENDS] == "person:william-ruto"


@pytest.mark.parametrize("text, relation", [
    ("Speaking to Uganda, William Ruto said the talks were over.", ("person:william-ruto", "MET", "country:uganda")),
    ("William Ruto denied the claim, and he met Yoweri Museveni on Monday.",
     ("person:william-ruto", "MET", "person:yoweri-museveni")),
])
def test_the_speakers_own_acts_are_in_the_reporters_voice(text, relation):
    assert relation in said(text) and said(text)[relation] is None, said(text)


def test_a_quotation_without_a_speech_verb_has_no_speaker():
    assert said('Kenya sent troops to Somalia. "It is a mistake."').get(KENYA_SENDS, "missing") is None


def test_the_one_who_rejects_an_idea_voices_it():
    found = said("William Ruto rejected the idea that Kenya would send troops to Somalia.")
    assert found[KENYA_SENDS] == "person:william-ruto"


def test_an_open_question_is_the_askers():
    found = said("William Ruto asked Uganda whether Kenya would send troops to Somalia.")
    assert found[KENYA_SENDS] == "person:william-ruto"


def test_reports_denied_are_no_ones_words():
    found = said("Kenya denied reports that Uganda had sent troops to Somalia.")
    assert found[("country:uganda", "DEPLOYED", "country:somalia")] is None


@pytest.mark.parametrize("text, relation, speaker", [
    ("Amina Yusuf urged Kenya to send troops to Somalia.", KENYA_SENDS, "person:amina-yusuf"),
    ("Amina Yusuf called on Kenya to send troops to Somalia.", KENYA_SENDS, "person:amina-yusuf"),
    ("Amina Yusuf demanded that Kenya send troops to Somalia.", KENYA_SENDS, "person:amina-yusuf"),
])
def test_what_is_asked_for_is_the_askers(text, relation, speaker):
    assert said(text).get(relation) == speaker, said(text)


def test_calling_someone_names_no_request():
    found = said("Amina Yusuf called William Ruto on Monday, and Kenya sent troops to Somalia.")
    assert found.get(KENYA_SENDS, "missing") is None, found


def test_a_group_of_no_country_is_no_speaker_so_its_reporter_is():
    found = said("A survey by Gallup found that voters said Kenya should send troops to Somalia.")
    assert found.get(KENYA_SENDS) == "organization:gallup", found


@pytest.mark.parametrize("text, speaker", [
    ("In a Gallup poll, voters said Kenya should send troops to Somalia.", "organization:gallup"),  # the survey's owner
    ("One aide backing Mr. Ruto, Amina Yusuf of the Kenya Red Cross, said Kenya would send troops to Somalia.",
     "person:amina-yusuf"),  # the name the parse hangs beside the wrong noun
])
def test_a_subject_that_is_no_actor_gives_way_to_its_survey_or_name(text, speaker):
    assert said(text).get(KENYA_SENDS) == speaker, said(text)


KENYA_ASKED = ("agent:civilians", "REQUESTED", "country:kenya")


@pytest.mark.parametrize("text, relation", [
    ("A Gallup poll released in May found that most voters said Kenya should send troops to Somalia.", KENYA_ASKED),
    ("In a Gallup poll last week, most voters said Kenya should send troops to Somalia.", KENYA_ASKED),
    ("A new Gallup poll shows that Kenya sent troops to Somalia.", KENYA_SENDS),
    ("A poll of 500 voters conducted by Gallup found that Kenya had sent troops to Somalia.", KENYA_SENDS),
    ("Kenya will send troops to Somalia, according to a poll of 500 voters released on Monday by Gallup.", KENYA_SENDS),
])
def test_what_a_poll_finds_is_its_makers_not_the_voters_it_asked(text, relation):
    """A demand by a group of no country ("voters said Kenya should") is voiced by who reports it."""
    assert said(text).get(relation) == "organization:gallup", said(text)


@pytest.mark.parametrize("text, relation, speaker", [
    ("Amina Yusuf, in particular, has slammed Kenya's attack on Somalia and vowed to resist it.",
     ("country:kenya", "ATTACKED", "country:somalia"), "person:amina-yusuf"),
    ("Amina Yusuf on Monday downplayed Kenya's attack on Somalia.", ("country:kenya", "ATTACKED", "country:somalia"),
     "person:amina-yusuf"),
    ("Already, William Ruto's accusations against Somalia had angered conservative Muslims.",
     ("person:william-ruto", "CONDEMNED", "country:somalia"), "group:muslims"),  # words, as those they angered took them
    ("Kenya's attack on Somalia angered Amina Yusuf.", ("country:kenya", "ATTACKED", "country:somalia"), None),  # an act
    ("Amina Yusuf dismissed accusations by Kenya as groundless.", ("country:kenya", "CONDEMNED", "person:amina-yusuf"),
     None),  # Kenya's words, not Yusuf's
    ("Amina Yusuf was criticized for not condemning Kenya's attacks on Somalia.",
     ("country:kenya", "ATTACKED", "country:somalia"), None),  # not judged at all
])
def test_an_event_named_in_judging_it_is_the_judges(text, relation, speaker):
    assert relation in said(text) and said(text)[relation] == speaker, said(text)


def test_a_name_set_off_by_dashes_beside_the_subject_is_the_speaker():
    text = ('A former Kenyan presidential candidate -- Raila Odinga, who lost the 2017 election to Kenyatta -- '
            'said Kenya "will send troops to Somalia."')  # parsed as a second subject of "said"
    assert said(text).get(KENYA_SENDS) == "person:raila-odinga", said(text)


def test_what_an_according_to_phrase_says_of_its_source_is_the_reporters():
    found = said("According to Amina Yusuf, who met William Ruto on Monday, Kenya will send troops to Somalia.")
    assert found[KENYA_SENDS] == "person:amina-yusuf"
    assert found[("person:amina-yusuf", "MET", "person:william-ruto")] is None, found
