"""Precision on real news: objects that make a trigger figurative, things given that are no material,
one-sided requests that say nothing asked for, and gerunds coordinated under "accused X of". On the
real spaCy pipeline; sentences written for these rules."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    """(source, type, target, theme) per event relation."""
    document = extract_text(text)
    return [(r.source, r.type, r.target, r.theme) for r in document.relations if r.plover]


@pytest.mark.parametrize("text", [
    "The finance minister will meet the budget rules this year.",
    "Poland will hit its defence spending goal this year.",
    "The Greens hit the headlines last week.",
    "Peter Hale admitted committing the offence.",
    "Angela Hale will host a press conference on Friday.",
])
def test_a_figurative_object_gives_no_event(text):
    assert events(text) == []


def test_a_word_figurative_for_one_type_still_counts_for_another():
    # "target" makes "hit" and "meet" figurative; a real object still gives the event.
    assert [e[1] for e in events("Russian artillery hit the town of Kupiansk.")] == ["ATTACKED"]
    assert [e[:3] for e in events("Canada met Mexico in Ottawa.")] == [("country:canada", "MET", "country:mexico")]


@pytest.mark.parametrize("text", [
    "Peter Hale gave his brother a hug.",
    "Peter Hale said he looked forward to giving his son a hug.",
    "The Treasury provided the BBC with the latest figures.",
])
def test_what_is_given_that_is_no_material_is_no_supply(text):
    assert [e for e in events(text) if e[1] == "SUPPLIED"] == []


def test_material_given_is_still_a_supply():
    found = events("Germany gave Ukraine 20 tanks.")
    assert [e[:3] for e in found] == [("country:germany", "SUPPLIED", "country:ukraine")]


def test_a_question_asked_on_the_radio_is_no_request():
    assert events('"Who pays for this?" Mr Hollis asked on the Morning Show.') == []


def test_a_one_sided_request_names_what_is_asked_for():
    found = events("Nigeria called for early elections.")
    assert [e[:2] for e in found] == [("country:nigeria", "REQUESTED")] and found[0][3] == "early elections"


def test_a_gerund_the_parser_hangs_on_accused_is_still_done_by_the_accused():
    """"X accused Y of A-ing and then B-ing": when the parser hangs B-ing on "accused" (it does on
    some sentences), B-ing's doer is still Y. A parse given as such, on a real spaCy Doc."""
    from spacy.tokens import Doc

    from newsgraph.ingest.extract.actors import subject_of
    from newsgraph.ingest.nlp import load_pipeline

    vocab = load_pipeline().vocab

    words = ["Hale", "accused", "Brandt", "of", "hiding", "figures", "and", "then", "attacking", "auditors", "."]
    heads = [1, 1, 1, 1, 3, 4, 1, 8, 1, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj", "cc", "advmod", "conj", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", "NNS", "CC", "RB", "VBG", "NNS", "."]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN", "CCONJ", "ADV", "VERB", "NOUN", "PUNCT"]
    lemmas = ["Hale", "accuse", "Brandt", "of", "hide", "figure", "and", "then", "attack", "auditor", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert subject_of(doc[8]).text == "Brandt"
    assert subject_of(doc[4]).text == "Brandt"
    # A coordinated verb of its own ("accused Y and then left") keeps the main subject.
    words2 = ["Hale", "accused", "Brandt", "and", "then", "left", "."]
    doc2 = Doc(vocab, words=words2, lemmas=["Hale", "accuse", "Brandt", "and", "then", "leave", "."], heads=[1, 1, 1, 1, 5, 1, 1],
               deps=["nsubj", "ROOT", "dobj", "cc", "advmod", "conj", "punct"],
               tags=["NNP", "VBD", "NNP", "CC", "RB", "VBD", "."], pos=["PROPN", "VERB", "PROPN", "CCONJ", "ADV", "VERB", "PUNCT"])
    assert subject_of(doc2[5]).text == "Hale"


def test_what_a_warning_is_about_gives_no_target_from_inside_its_clause():
    found = events("Senator Ruth Ames warned that she had noticed apathy shown by Labour voters.")
    assert all(e[2] is None for e in found if e[1] == "WARNED")


def test_a_delegation_led_by_a_minister_stands_for_the_minister():
    found = events("A delegation led by Polish Defence Minister Jan Nowak met Lithuanian officials in Vilnius.")
    assert any(e[0] == "person:jan-nowak" and e[1] == "MET" for e in found)


def test_a_military_target_struck_is_an_attack():
    # "hit its target" in a plan is figurative for MET, not for an assault on a target.
    found = events("Russian drones struck a target near Odesa.")
    assert [e[1] for e in found] == ["ATTACKED"]


def test_he_in_a_clause_a_person_reports_is_that_person():
    # The last person named before "he" is Kovac; the one who says it is Hale.
    found = events("Peter Hale, a friend of Anna Kovac, said he would support the bill.")
    assert [e[:2] for e in found] == [("person:peter-hale", "SUPPORTED")]


def test_the_object_of_a_warned_that_clause_is_the_target_only_of_an_act():
    found = events("Ruth Ames warned that giving Tom Kerr a cabinet post would anger unions.")
    assert all(e[2] is None for e in found if e[1] == "WARNED")
    found = events("Iran warned that it would strike Israel.")
    assert any(e[0] == "country:iran" and e[2] == "country:israel" for e in found)


def test_a_pamphlet_urging_a_boycott_is_its_authors_not_its_readers():
    found = events("Police read a Green Party pamphlet urging a boycott of the new road.")
    assert all(e[0] != "agent:police" for e in found if e[1] == "REQUESTED")
    found = events("Lawmakers introduced a resolution urging Japan to apologise.")
    assert any(e[0] == "agent:legislators" and e[1] == "REQUESTED" for e in found)


def test_giving_way_is_no_supply():
    assert [e for e in events("Germany has given way over the budget rules.") if e[1] == "SUPPLIED"] == []


def test_a_one_word_name_listed_with_places_is_a_place():
    document = extract_text("This week Ms Ward visits Leeds, Ripon, Harrogate and Whitby.")
    types = {e.name: e.type for e in document.entities}
    assert types.get("Harrogate") == "Place" and types.get("Leeds") == "Place"
    assert all(r.target is None for r in document.relations if r.type == "MET")
    people = extract_text("Mr Ward met Anna Kovac, Peter Hale and Tom Brandt.")
    assert {e.type for e in people.entities} == {"Person"}


def test_who_writes_to_someone_demanding_is_the_one_who_demands():
    found = events("Labour leader Anna Kovac has written to Peter Hale demanding a full inquiry into the contract.")
    assert [e[0] for e in found if e[1] == "REQUESTED"] == ["person:anna-kovac"]


def test_a_name_after_a_title_listed_with_a_place_stays_a_person():
    document = extract_text("Chad will pull its soldiers out of Abeche and Mongo, President Moreau said.")
    assert {e.name: e.type for e in document.entities}.get("Moreau") == "Person"


def test_a_request_to_a_group_named_by_its_particle_is_kept():
    found = events("The Ramblers Association called on hill walkers to stay on the paths.")
    assert [e[1] for e in found] == ["REQUESTED"]


@pytest.mark.parametrize("text", [
    "Anna Kovac will contest the mayoral election.",
    "Germany has promised to meet the concerns of farmers.",
    "Peter Hale shot dozens of deer on the estate.",
])
def test_more_figurative_objects(text):
    assert events(text) == []


def test_a_plan_or_approach_is_no_doer():
    found = events("Britain's new visa policy is hitting Polish workers.")
    assert [e for e in found if e[1] == "ATTACKED"] == []


def test_asking_someone_if_is_a_question():
    assert [e for e in events("Peter Hale asked Anna Kovac if she would resign.") if e[1] == "REQUESTED"] == []
    assert [e[1] for e in events("Kenya asked Ethiopia to send troops.")][:1] == ["REQUESTED"]


def test_an_attack_on_the_cost_of_a_policy_is_verbal():
    found = events("Peter Hale launched an attack on the cost of the Olympic bid.")
    assert [e[1] for e in found] == ["CONDEMNED"]


def test_mr_with_a_name_two_people_share_is_the_one_whose_surname_it_is():
    text = ("Conservative leader Peter Hale spoke on Monday. Hale Brandt, a party donor, was at the dinner. "
            "Mr Hale criticised the budget.")
    document = extract_text(text)
    assert [r.source for r in document.relations if r.type == "CONDEMNED"] == ["person:peter-hale"]


def all_events(text: str) -> list[tuple]:
    """(source, type, target) of every relation with a trigger, statements too."""
    document = extract_text(text)
    return [(r.source, r.type, r.target) for r in document.relations if r.trigger]


def test_he_reported_by_an_unnamed_person_is_nobody_not_the_last_name():
    found = events("Ruth Ames was freed last week. A party donor said he would refuse to give more money to Labour.")
    assert all(e[0] != "person:ruth-ames" for e in found)


def test_he_is_not_a_woman_the_article_calls_mrs():
    found = events("Mrs Ruth Ames spoke first. He criticised the Greens for their plans.")
    assert all(e[0] != "person:ruth-ames" for e in found)


def test_a_subject_he_after_another_person_named_as_an_object_is_unclear():
    found = events("Peter Hale praised Tom Kerr's courage. He also criticised the Greens over their plans.")
    assert all(e[0] != "person:tom-kerr" for e in found)
    found = events("Peter Hale met the press on Monday. He criticised the Greens over their plans.")
    assert ("person:peter-hale", "CONDEMNED") in [e[:2] for e in found]


@pytest.mark.parametrize("text", [
    "Ruth Ames said voters would have to decide at the next election.",
    "Ruth Ames said Tom Kerr should be judged by his results.",
    "Ruth Ames said students should pay higher fees.",
    "Ruth Ames said carers should be able to claim costs.",
])
def test_an_obligation_that_asks_nobody_to_act_is_no_demand(text):
    assert [e for e in events(text) if e[1] == "REQUESTED"] == []


def test_a_demand_of_a_named_actor_stays():
    assert ("person:ruth-ames", "REQUESTED", "person:tom-kerr") in [e[:3] for e in events("Ruth Ames said Tom Kerr should resign.")]


def test_an_act_someone_is_to_do_or_is_due_to_do_is_future():
    document = extract_text("Tom Kerr is due to visit Ruth Ames on Tuesday.")
    assert [r.modality for r in document.relations if r.type == "MET"] == ["future"]
    document = extract_text("Tom Kerr says he will monitor the talks and assist Ruth Ames.")
    assert all(r.modality == "future" for r in document.relations if r.type == "COOPERATED")


def test_what_someone_is_accused_of_is_no_act_of_theirs():
    found = events("The Greens accused Tom Kerr of making uncosted promises and then attacking Ruth Ames.")
    assert [e[:3] for e in found] == [("group:greens", "CONDEMNED", "person:tom-kerr")]


def test_challenged_to_deny_is_no_denial():
    assert [e for e in events("Tom Kerr challenged Ruth Ames to deny the claims.") if e[1] == "DENIED"] == []


def test_a_question_asked_is_no_request():
    assert [e for e in events("Tom Kerr asked why the government had waited so long.") if e[1] == "REQUESTED"] == []


def test_an_inquiry_into_a_death_is_not_aimed_at_the_dead():
    found = events("Lord Ames's inquiry into the death of Tom Kerr began.")
    assert all(e[2] != "person:tom-kerr" for e in found)


def test_told_x_is_a_statement_to_x_told_x_to_a_request_and_a_medium_is_told_nothing():
    assert ("person:tom-kerr", "REQUESTED", "person:ruth-ames") in all_events("Tom Kerr told Ruth Ames to resign.")
    assert ("person:tom-kerr", "COMMENTED", "person:ruth-ames") in all_events("Tom Kerr told Ruth Ames that he was happy.")
    # a news medium is the channel, not the addressee
    assert all_events("Tom Kerr told the BBC that he was happy.") == []
    assert all_events("Tom Kerr told reporters that he was happy.") == []
    assert all_events('Tom Kerr told BBC Radio Wales: "We will win."') == []
    # the subject of what is told is not whom it is told to
    assert all(e[2] != "group:greens" for e in all_events("Tom Kerr told party members the Greens had no plan."))


def test_gave_his_support_is_support_not_supply():
    found = events("Tom Kerr gave his support to Ruth Ames.")
    assert [e[:3] for e in found] == [("person:tom-kerr", "SUPPORTED", "person:ruth-ames")]


def test_a_one_sided_host_or_hit_is_no_event():
    assert events("Tom Kerr hosted a dinner in November.") == []
    assert events("The government will hit its growth target this year.") == []


def test_what_someone_wants_another_to_do_is_hypothetical():
    document = extract_text("The unions want the government to withdraw the rules.")
    assert {r.modality for r in document.relations if r.type == "RETREATED"} <= {"hypothetical"}


def test_a_tour_of_places_meets_no_one_there():
    found = events("Tom Kerr visits Leeds, York, Bath and Dorset this week.")
    assert all(e[2] is None for e in found if e[1] == "MET")
    assert ("person:tom-kerr", "MET", "country:china") in [e[:3] for e in events("Tom Kerr will visit China in May.")]


def test_he_after_a_sentence_about_someone_is_its_subject():
    found = events("Peter Hale met Ann Kerr on Monday. He said he backed the plan.")
    assert [e[:2] for e in found if e[1] == "SUPPORTED"] == [("person:peter-hale", "SUPPORTED")]


def test_demonstrating_strength_is_no_protest():
    assert [e for e in events("Peter Hale said Labour was demonstrating the strength of its values.") if e[1] == "PROTESTED"] == []


@pytest.mark.parametrize("text", [
    "The plans would allow police forces to give them the power to detain suspects.",
    "Peter Hale believed he could stay providing the Liberal MPs would support him.",
    "Tom Kerr and Peter Hale are said to have declared all out war on each other.",
    "Peter Hale fired both barrels at the Greens' plans.",
])
def test_figures_of_giving_and_fighting_are_no_events(text):
    assert [e for e in events(text) if e[1] in ("SUPPLIED", "ATTACKED")] == []


@pytest.mark.parametrize("text", [
    "Speaking to the BBC's Westminster Hour on Sunday, Tom Kerr said the election would be close.",
    "The Greens are still telephoning millions of people.",
    "Tom Kerr shot basketball hoops with students.",
    "Some 48,000 people had returned their ballot papers by Wednesday.",
])
def test_talking_to_people_or_a_programme_and_other_figures_are_no_events(text):
    assert [e for e in all_events(text) if e[1] in ("MET", "ATTACKED", "CONCEDED")] == []
