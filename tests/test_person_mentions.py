"""Person mentions that are not people: places, acronyms, gerunds, names used as adjectives, and
post-nominal letters (issues #10, #14). Every sentence here is written for the rule it tests."""

from __future__ import annotations

from newsgraph.ingest import nlp
from newsgraph.ingest.load import make_article
from newsgraph.ingest.pipeline import extract_article


def entities(text: str) -> dict[str, str]:
    article = make_article(text, "test.txt", {"published": "2024-11-28"})
    return {e.id: e.type for e in extract_article(article, nlp.load_pipeline()(article.text)).entities}


def test_a_word_written_after_a_place_preposition_is_a_place():
    found = entities("Tom Reed lives in Mold. Mold has a market.")
    assert "person:mold" not in found


def test_the_seat_an_mp_sits_for_is_a_place():
    found = entities("Tom Reed met the MP for Kilburn on Friday.")
    assert "person:kilburn" not in found


def test_letters_with_a_digit_or_all_capitals_are_no_person():
    found = entities("Leaders from the G8 met on Monday. The G8 said it would help Africa.")
    assert "person:g8" not in found


def test_a_name_used_only_to_modify_a_noun_is_no_actor():
    found = entities("He served in the Baldwin cabinet before the war.")
    assert "person:baldwin" not in found


def test_a_sentence_first_gerund_is_no_part_of_the_name():
    found = entities("Praising Rovers, Tom Reed said the team had played well.")
    assert "person:praising-rovers" not in found
    assert found.get("person:tom-reed") == "Person"


def test_post_nominal_letters_mark_a_person():
    found = entities("The inquiry heard from Edwin Fairbairn QC, who said the rules were unclear.")
    assert found.get("person:edwin-fairbairn") == "Person"
    assert not any(k.startswith("organization:edwin") for k in found)


def test_a_surname_after_a_title_stays_a_person():
    found = entities("Mr Dorrington said in Leeds that he would resign.")
    assert "person:dorrington" in found


def test_a_peer_called_by_title_and_surname_is_no_namesake_of_another_article():
    from newsgraph.ingest.identity import unify

    texts = ["Rhys Talbot, the council leader, spoke on Monday. Talbot said the budget was fair.",
             "Baroness Talbot, a former adviser, said the plan would fail."]
    documents = []
    for number, text in enumerate(texts):
        article = make_article(text, f"doc{number}.txt", {"published": "2024-11-28"})
        documents.append(extract_article(article, nlp.load_pipeline()(article.text)))
    second = {e.id for e in unify(documents)[1].entities}
    assert "person:rhys-talbot" not in second
    assert "person:baroness-talbot" in second


def test_a_name_in_apposition_to_a_place_is_a_place():
    found = entities("Ann Lee spoke in Leeds, Kilburn. She was happy.")
    assert "person:kilburn" not in found


def test_a_sentence_first_gerund_is_no_part_of_an_organisation_name_either():
    found = entities("Welcoming Harlow Council, she spoke.")
    assert not any("welcoming" in key for key in found)


def test_a_capitalised_common_noun_after_a_title_word_is_no_person():
    found = entities("Tom Reed has called a General Election. He said the election would be in May.")
    assert "person:election" not in found
    found = entities("Tom Reed met Mr Cable on Monday. Mr Cable said the cable was cut.")
    assert "person:cable" in found


def test_he_skips_a_woman_named_after_mrs_for_the_man_before_her():
    text = ("Mr Tom Reed opened the debate on Monday.\n\nLater Mrs Ann Lee spoke to the council. "
            "He said the budget was too small.")
    article = make_article(text, "test.txt", {"published": "2024-11-28"})
    people = {e.id: [m["text"] for m in e.mentions] for e in extract_article(article, nlp.load_pipeline()(article.text)).entities}
    assert "He" in people["person:tom-reed"]
    assert "He" not in people["person:ann-lee"]
