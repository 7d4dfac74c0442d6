"""Event patterns that news states often and the extractor used to miss: a doer's claim of its own
attack, ... Real spaCy pipeline; sentences written for these rules."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    """(source, type, target, cameo, target_mention text, polarity) per event relation."""
    document = extract_text(text)
    return [(r.source, r.type, r.target, r.cameo, (r.target_mention or {}).get("text"), r.polarity)
            for r in document.relations if r.plover or r.cameo]


# --- a doer claiming its own attack claims responsibility (CAMEO 015) ----------------------------

def test_a_doer_claiming_its_own_attack_claims_responsibility_beside_the_attack():
    found = events("Hamas admitted that it had fired rockets at Israel.")
    assert ("organization:hamas", "ATTACKED", "country:israel") in [e[:3] for e in found]
    assert ("organization:hamas", "COMMENTED", "country:israel", "015") in [e[:4] for e in found]


def test_the_claim_of_an_attack_on_no_actor_keeps_what_was_attacked():
    found = events("The militia claimed that it had stormed an army base near the border.")
    claims = [e for e in found if e[1] == "COMMENTED"]
    assert [(e[3], e[4]) for e in claims] == [("015", "an army base")]


def test_a_claim_about_anothers_attack_or_a_denied_attack_is_no_claim_of_responsibility():
    assert [e for e in events("The army claimed the rebels had shelled Aleppo.") if e[1] == "COMMENTED"] == []
    assert [e for e in events("The rebels claimed they had not attacked the convoy.") if e[1] == "COMMENTED"] == []


# --- forces leaving a place withdraw; a surrender needs no object ----------------------------------

def test_forces_leaving_a_country_withdraw_from_it():
    found = events("Polish troops have begun leaving Iraq.")
    assert [e[1:4] for e in found] == [("RETREATED", "country:iraq", "0874")]


def test_anyone_else_leaving_a_place_makes_no_withdrawal():
    assert events("The minister left Rome on Monday.") == []
    assert events("Mr Hale left the Green Party in 2010.") == []


def test_a_surrender_is_an_act_without_an_object():
    assert [e[:3] for e in events("The rebels surrendered on Sunday.")] == [("agent:rebels", "CONCEDED", None)]
    assert [e for e in events("She surrendered her passport.") if e[1] == "CONCEDED"] == []


# --- an event noun compounded into a noun that carries it: "a mediation effort", "an aid package" ---

def test_an_aid_package_has_the_sides_of_its_phrase():
    found = events("Britain announced an aid package for Sudan.")
    assert [e[:3] for e in found] == [("country:united-kingdom", "SUPPLIED", "country:sudan")]


def test_a_mediator_goes_between_the_two_sides_it_mediates():
    found = events("Qatar launched a mediation effort between Sudan and Chad.")
    assert sorted(e[:4] for e in found) == [("country:qatar", "MET", "country:chad", "045"),
                                            ("country:qatar", "MET", "country:sudan", "045")]


def test_talks_between_two_sides_stay_their_own():
    assert [e[:3] for e in events("Talks between Israel and Hamas failed.")] == [
        ("country:israel", "MET", "organization:hamas")]


def test_a_word_that_only_says_what_kind_a_noun_is_stays_no_act():
    assert events("Aid workers in Gaza said the convoy was stopped.") == []


# --- people sent somewhere to investigate are an investigation there (CAMEO 09) --------------------

def test_experts_sent_to_a_country_to_investigate_investigate_there():
    found = events("Canada has sent experts to Haiti to investigate the killings.")
    assert ("country:canada", "INVESTIGATED", "country:haiti", "09") in [e[:4] for e in found]
    assert "SUPPLIED" not in [e[1] for e in found]


def test_a_team_dispatched_to_a_city_to_investigate_names_the_city():
    found = events("The FAA is dispatching a team to Denver to investigate the crash.")
    assert ("INVESTIGATED", "Denver") in [(e[1], e[4]) for e in found]
    assert "DEPLOYED" not in [e[1] for e in found]


def test_people_sent_to_help_stay_aid():
    found = events("Canada has sent experts to Haiti to help the victims.")
    assert [e[:3] for e in found] == [("country:canada", "SUPPLIED", "country:haiti")]


# --- a border closed "with" a country is closed to that country ------------------------------------

def test_a_border_closed_with_neighbours_targets_each_neighbour():
    found = events("Ghana closed its borders with Togo and Benin.")
    assert sorted(e[:4] for e in found) == [("country:ghana", "COERCED", "country:benin", "172"),
                                            ("country:ghana", "COERCED", "country:togo", "172")]


def test_a_border_closed_without_a_neighbour_stays_one_sided():
    assert [e[:3] for e in events("Chile closed its borders on Monday.")] == [("country:chile", "COERCED", None)]


# --- aid sent "to help X cope": X is whom it goes to ------------------------------------------------

def test_aid_sent_to_help_a_country_do_something_goes_to_that_country():
    found = events("Norway sent aid to help Haiti cope with the floods.")
    assert [e[:3] for e in found] == [("country:norway", "SUPPLIED", "country:haiti")]


def test_aid_considered_to_help_a_country_cope_weighs_an_option_for_it():
    found = events("Norway is considering sending aid to help Haiti cope with the floods.")
    assert [e[:4] for e in found] == [("country:norway", "SUPPLIED", "country:haiti", "014")]


# --- restrictions lifted in the passive: whose they are lifted them ---------------------------------

def test_owned_sanctions_lifted_in_the_passive_are_lifted_by_their_owner():
    found = events("EU sanctions against Belarus were lifted in 2016.")
    assert ("organization:european-union", "CONCEDED", "country:belarus") in [e[:3] for e in found]


def test_sanctions_of_nobody_named_lifted_in_the_passive_have_no_doer():
    assert [e for e in events("Sanctions against Belarus were lifted.") if e[1] == "CONCEDED"] == []


# --- a deployment announced: troops of nobody named are the announcer's; its purpose may be peace ---

def test_an_announced_deployment_of_troops_is_the_announcers():
    found = events("Peru announced the deployment of 300 troops to Haiti.")
    assert [e[:4] for e in found] == [("country:peru", "DEPLOYED", "country:haiti", "15")]


def test_an_announced_deployment_on_a_peacekeeping_mission_is_military_aid():
    found = events("Peru announced the deployment of 300 troops to Haiti on a peacekeeping mission.")
    assert [e[:4] for e in found] == [("country:peru", "SUPPLIED", "country:haiti", "074")]


# --- condolences or concern "for" someone are addressed to them -----------------------------------

def test_condolences_for_a_people_are_a_statement_to_them():
    found = events("Macron expressed his deep condolences for the Turkish people.")
    assert [(e[0], e[1], e[3], e[4]) for e in found] == [
        ("person:emmanuel-macron", "COMMENTED", "018", "Turkish people")]


def test_hope_for_something_that_is_no_actor_keeps_what_it_is_about():
    found = events("Obama expressed hope for peace.")
    assert [(e[1], e[2], e[4]) for e in found] == [("COMMENTED", None, "peace")]


def test_responsibility_claimed_for_an_attack_is_about_what_the_attack_hit():
    found = events("The rebels claimed responsibility for the attack on the army base.")
    assert [(e[1], e[3], e[4]) for e in found] == [("COMMENTED", "015", "the army base")]


def test_a_blocked_aid_package_was_not_given():
    found = events("Poland blocked the Danish aid package for Moldova.")
    assert [(e[1], e[2], e[5]) for e in found] == [("SUPPLIED", "country:moldova", "negative")]


# --- hoping that another actor will act is a statement about it (CAMEO 013) -----------------------

def test_hoping_another_will_act_is_optimism_about_it():
    found = events("Kenya said it hoped that Peru would agree.")
    assert [e[:4] for e in found] == [("country:kenya", "COMMENTED", "country:peru", "013")]


def test_hoping_to_do_something_oneself_or_about_no_actor_is_no_statement():
    assert events("Labour hopes to win the seat.") == []
    assert events("The minister said she hoped the talks would succeed.") == []


def test_a_text_released_by_officials_is_published_not_yielded():
    assert events("An advance text was released by officials on Monday.") == []
    assert events("The ministry released the figures on Monday.") == []
