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
    found = entities("Dorrington will host the spring rally. The councillors met in Dorrington on Monday "
                     "and Jane Pilbeam said they had agreed.")
    assert "person:dorrington" not in found


def test_letters_with_a_digit_or_all_capitals_are_no_person():
    found = entities("Leaders of the Q9 met on Tuesday and Q9 agreed to cut tariffs, said Mark Ellery.")
    assert "person:q9" not in found


def test_a_name_used_only_to_modify_a_noun_is_no_actor():
    found = entities("After serving as a junior clerk in the Harwick government, he became a judge. "
                     "Paul Denning said so.")
    assert "person:harwick" not in found


def test_a_sentence_first_gerund_is_no_part_of_the_name():
    found = entities("Thanking Mary Colebrook for her work, the committee closed its session.")
    assert "person:thanking-mary-colebrook" not in found
    assert found.get("person:mary-colebrook") == "Person"


def test_post_nominal_letters_mark_a_person():
    found = entities("The inquiry heard from Edwin Fairbairn QC, who said the rules were unclear.")
    assert found.get("person:edwin-fairbairn") == "Person"
    assert not any(k.startswith("organization:edwin") for k in found)


def test_a_surname_after_a_title_stays_a_person():
    found = entities("Mr Dorrington said in Leeds that he would resign.")
    assert "person:dorrington" in found
