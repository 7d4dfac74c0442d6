"""Acts the text does not report as done: what a quotation orders ("Don't tell lies"), what is
announced as imminent, and what a dismissed report says. Real spaCy pipeline; sentences written for
these rules."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    return [(r.source, r.type, r.target, r.polarity, r.modality) for r in extract_text(text).relations if r.trigger]


def test_an_order_in_a_quotation_is_asked_for_not_done():
    found = [e for e in events('"Support the Green Party," Ann Kerr told voters.') if e[1] == "SUPPORTED"]
    assert found and all(e[4] == "hypothetical" for e in found)


def test_a_statement_in_a_quotation_stays_asserted():
    found = [e for e in events('Ann Kerr said: "Jim Dale has criticised the Green Party."') if e[1] == "CONDEMNED"]
    assert found and all(e[4] == "asserted" for e in found)


def test_an_imminent_withdrawal_is_to_come():
    found = [e for e in events("The Netherlands and Portugal have announced their imminent withdrawal from Iraq.")
             if e[1] == "RETREATED"]
    assert found and all(e[4] == "future" for e in found)


def test_what_a_dismissed_report_says_is_denied():
    found = events("Jim Dale has dismissed reports he told Ann Kerr he would quit before the election.")
    assert ("person:jim-dale", "COMMENTED", "person:ann-kerr", "negative", "asserted") in found


def test_dismissing_a_person_for_an_act_does_not_deny_it():
    found = [e for e in events("The board dismissed Jim Dale for selling arms to Peru.") if e[1] == "SUPPLIED"]
    assert all(e[3] == "positive" for e in found)


def test_figures_of_speech_are_no_acts():
    assert [e for e in events("Jim Dale refused to give succour to suggestions that Peru was preparing strikes.")
            if e[1] == "SUPPLIED"] == []
    assert [e for e in events("Velmora Motors also offers internet services.") if e[1] == "AGREED"] == []
    assert [e for e in events("Velmora Motors has suspended firearms sales in its stores.") if e[1] == "SANCTIONED"] == []


def test_goods_given_are_still_supplied():
    assert [e[1] for e in events("Jim Dale gave weapons to Peru.")] == ["SUPPLIED"]


def test_agreeing_to_continue_a_service_is_an_agreement():
    found = events("Jim Dale said Ann Kerr has agreed to continue that service to the people of Peru.")
    assert [e[1] for e in found if e[0] == "person:ann-kerr"] == ["AGREED"]
