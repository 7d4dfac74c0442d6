"""Trade and money: a purchase is the seller's supply (SUPPLIED converse_verbs,
participants.converse_roles); a bail-out is aid."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text


def supplies(text: str) -> set[tuple]:
    document = extract_text(text)
    return {(r.source, r.target, r.modality) for r in document.relations if r.type == "SUPPLIED"}


def test_the_company_named_on_what_is_bought_sold_it():
    assert ("organization:airbus", "organization:lufthansa", "future") in supplies(
        "Lufthansa will purchase 20 of Airbus's new planes.")
    assert ("organization:airbus", "organization:lufthansa", "asserted") in supplies(
        "Lufthansa has bought twelve new long-haul Airbus aircraft.")


def test_the_maker_named_on_a_model_or_on_its_weapons_sold_them():
    assert ("organization:boeing", "organization:lufthansa", "future") in supplies(
        "Lufthansa will buy five new Boeing 737 aircraft.")
    assert ("organization:airbus", "organization:lufthansa", "future") in supplies(
        "Lufthansa to purchase eight Airbus A350 aircraft")
    assert ("organization:embraer", "organization:lufthansa", "future") in supplies(
        "Lufthansa will buy ten Embraer jets.")


def test_no_seller_is_read_off_a_country_or_a_companys_unit():
    assert not supplies("India bought Russian oil.")
    assert not supplies("Renault was chosen to buy Volvo's truck unit.")


def test_a_bail_out_is_financial_aid():
    document = extract_text("Germany bailed out Greece in 2010.")
    assert {(r.source, r.type, r.target, r.cameo) for r in document.relations} >= {
        ("country:germany", "SUPPLIED", "country:greece", "071")}


def test_aircraft_bought_are_no_military_of_their_maker():
    document = extract_text("Lufthansa will buy twenty Airbus jets.")
    assert not [e for e in document.entities if e.type == "Agent"], document.entities
    assert "agent:russia:military" in {e.id for e in extract_text("Russian jets bombed the town.").entities}


def test_a_purchase_named_by_its_noun_is_the_sellers_supply_to_the_buyer():
    # the buyer owns the purchase, or is the subject of the verb that takes it
    assert ("organization:airbus", "organization:lufthansa", "asserted") in supplies(
        "Lufthansa's purchase of eight Airbus A350 jets was approved on Monday.")
    assert any(s == "organization:boeing" and t == "organization:lufthansa" for s, t, _ in supplies(
        "Lufthansa has finalised the purchase of fourteen Boeing 787 aircraft."))
    # a purchase with no seller named is no supply
    assert supplies("The purchase of the office building took months.") == set()
