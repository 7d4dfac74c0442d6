"""Precision on political news, third round (judged by the rubric in bench/judge_sample.py): "neither
X nor Y would comment" is a declined comment whatever the parser makes of "neither". On the real spaCy
pipeline; sentences written for these rules."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text


def events(text: str) -> list[tuple]:
    """(source, type, target, polarity, modality) per relation with a trigger."""
    document = extract_text(text)
    return [(r.source, r.type, r.target, r.polarity, r.modality) for r in document.relations if r.trigger]


def test_neither_before_a_name_declines_comment():
    found = events("Neither Downing Street nor the Labour Party would comment directly on the leaked memo.")
    commented = [e for e in found if e[1] == "COMMENTED"]
    assert ("organization:labour-party", "COMMENTED", None, "negative", "asserted") in commented
    assert all(e[4] == "asserted" for e in commented)


def test_neither_with_a_condition_stays_hypothetical():
    found = events("Neither the Treasury nor the Tories would comment if the bill failed.")
    assert [e[4] for e in found if e[1] == "COMMENTED"] == ["hypothetical"]


def test_what_is_discussed_is_no_side_met():
    found = events("Ann Kerr will meet her Chinese counterpart Li Wen to discuss relations between "
                   "their countries, Taiwan and North Korea.")
    met = [e for e in found if e[1] == "MET"]
    assert ("person:ann-kerr", "MET", "person:li-wen", "positive", "future") in met
    assert not [e for e in met if e[2] in ("country:taiwan", "country:north-korea")]


def test_a_country_discussed_is_no_side_met():
    found = events("Jim Dale discussed Iraq on Monday.")
    assert not [e for e in found if e[1] == "MET" and e[2] == "country:iraq"]


def test_a_partner_of_the_discussion_is_still_met():
    found = events("Jim Dale discussed the budget with Jacques Chirac in Paris.")
    assert ("person:jim-dale", "MET", "person:jacques-chirac", "positive", "asserted") in found


def test_not_able_to_agree_is_no_refusal():
    found = events("Ann Kerr said the European Union would never be able to reach agreement on its budget.")
    assert [e for e in found if e[1] == "AGREED" and e[3] == "negative"]
    assert not [e for e in found if e[1] == "DENIED"]


def test_will_not_agree_is_still_a_refusal():
    found = events("Sweden will not sign the treaty with Norway.")
    assert [e for e in found if e[1] == "DENIED" and e[3] == "positive"]


def test_what_an_owned_record_is_on_is_no_target():
    found = events("The Tories published a report. Jim Dale criticised its record on Russia.")
    assert not [e for e in found if e[1] == "CONDEMNED" and e[2] == "country:russia"]


def test_the_owner_of_the_record_is_the_target():
    found = events("Jim Dale praised Labour's policy on Russia.")
    assert [e[2] for e in found if e[1] == "SUPPORTED"] == ["organization:labour-party"]


def test_an_attack_made_by_saying_is_verbal():
    found = events("Jim Dale attacked Germany, calling it a danger to Europe.")
    assert [e[1] for e in found if e[0] == "person:jim-dale"] == ["CONDEMNED"]


def test_an_attack_with_killing_stays_an_attack():
    found = events("Russian troops attacked Kyiv, killing ten people.")
    assert [e for e in found if e[1] == "ATTACKED" and e[2] == "country:ukraine"]


def test_i_attack_in_a_quotation_is_verbal():
    found = events('Tony Blair spoke in Leeds. He said: "I attack Michael Howard politically, never personally."')
    assert ("person:tony-blair", "CONDEMNED", "person:michael-howard", "positive", "asserted") in found
    assert not [e for e in found if e[1] == "ATTACKED"]


def test_without_doing_takes_the_modality_of_what_it_goes_with():
    found = events("The Tories can cut crime without asking voters to pay more taxes.")
    assert [e[3:] for e in found if e[1] == "REQUESTED"] == [("negative", "possible")]


def test_without_doing_after_a_past_act_is_asserted():
    found = events("Ann Kerr cut the budget without asking Jim Dale for advice.")
    assert [e[3:] for e in found if e[1] == "REQUESTED"] == [("negative", "asserted")]


def test_plans_criticised_in_a_headline_were_criticised():
    found = events("Transport plans criticised by MPs")
    assert [e[4] for e in found if e[1] == "CONDEMNED"] == ["asserted"]


def speakers(text: str) -> list[tuple]:
    return [(r.type, r.attributed_to) for r in extract_text(text).relations if r.trigger]


def test_a_speaker_after_an_opening_participle_is_the_speaker():
    found = speakers('Welcoming the ruling, Ann Kerr, chief executive of the Refugee Council, said: '
                     '"The government refused entry to the refugees."')
    assert ("DENIED", "person:ann-kerr") in found


def test_he_or_she_with_a_slash_is_no_one_person():
    found = events("Tony Blair spoke in Leeds. A true believer never lies, nor does she/he kill innocent children.")
    assert not [e for e in found if e[0] == "person:tony-blair"]


def test_he_without_a_slash_still_resolves():
    found = events("Tony Blair spoke in Leeds. He praised the nurses of the city.")
    assert [e[0] for e in found if e[1] == "SUPPORTED"] == ["person:tony-blair"]


def test_giving_the_public_a_voice_is_no_supply():
    found = events("UKIP should give the UK public a serious political voice against Europe.")
    assert not [e for e in found if e[1] == "SUPPLIED"]


def test_giving_an_army_rifles_is_a_supply():
    found = events("Britain gave the Kenyan army new rifles.")
    assert [e for e in found if e[1] == "SUPPLIED" and e[0] == "country:united-kingdom"]


def test_a_consultation_with_nobody_named_is_no_meeting():
    found = events("Jim Dale announced a party consultation on new shortlists.")
    assert not [e for e in found if e[1] == "MET"]


def test_consultations_with_a_country_are_a_meeting():
    found = events("Britain held consultations with France on Monday.")
    assert ("country:united-kingdom", "MET", "country:france", "positive", "asserted") in found


def test_an_ambassador_received_is_hosted_not_supplied():
    found = events("The Danish prime minister received the Kenyan ambassador to discuss trade.")
    assert [e[1] for e in found] == ["MET"]


def test_weapons_received_are_still_supplied():
    found = events("Ukraine received F-16s from Denmark.")
    assert ("country:denmark", "SUPPLIED", "country:ukraine", "positive", "asserted") in found


def test_consulting_on_plans_with_nobody_named_is_no_meeting():
    found = events("Ann Kerr said ministers would consult on the new proposals.")
    assert not [e for e in found if e[1] == "MET"]


def test_consulting_the_police_is_a_meeting():
    found = events("Jim Dale will consult the police on Monday.")
    assert [e for e in found if e[1] == "MET" and e[2] == "agent:police"]


def test_speaking_to_parliament_meets_nobody():
    found = events("Speaking to Parliament on Monday, Ann Kerr said the scheme would work.")
    assert not [e for e in found if e[1] == "MET"]


def test_talking_to_a_body_that_acts_is_a_meeting():
    found = events("Jim Dale talked to the European Commission about the budget.")
    assert [e for e in found if e[1] == "MET" and e[2] == "organization:european-commission"]


def test_not_alone_in_criticising_still_criticised():
    found = events("Jim Dale was not alone in criticising the plan.")
    assert [e[3] for e in found if e[1] == "CONDEMNED"] == ["positive"]


def test_not_succeeding_in_criticising_is_negated():
    found = events("Jim Dale did not succeed in attacking the plan.")
    assert [e[3] for e in found if e[1] == "CONDEMNED"] == ["negative"]


def test_a_word_joined_to_a_group_word_is_no_surname():
    found = events('Louise Christian criticised the ruling. Jim Dale said: "Muslim and Christian can work together."')
    assert not [e for e in found if e[1] == "COOPERATED" and e[2] == "person:louise-christian"]


def test_a_surname_after_a_title_still_resolves():
    found = events("Louise Christian criticised the ruling. Ms Christian also praised the judges of Scotland.")
    assert [e[0] for e in found if e[1] == "SUPPORTED"] == ["person:louise-christian"]


def test_what_one_points_out_is_attributed():
    found = speakers("Jim Dale pointed out that the Netherlands have announced their withdrawal from Iraq.")
    assert ("RETREATED", "person:jim-dale") in found


def test_pointing_to_people_reports_nothing():
    found = speakers("Jim Dale pointed to the protesters who attacked the police.")
    assert ("ATTACKED", None) in found


def test_who_is_punished_for_refusing_is_the_one_refusing():
    found = events("Tony Blair attacked Michael Howard for refusing to back the plan.")
    assert ("person:michael-howard", "SUPPORTED", None, "negative", "asserted") in found
    assert not [e for e in found if e[0] == "person:tony-blair" and e[1] in ("SUPPORTED", "DENIED")]


def test_a_means_by_doing_is_the_doers_own():
    found = events("Jim Dale suspended the grant to Oxfam by accusing Oxfam of waste.")
    assert [e[0] for e in found if e[1] == "CONDEMNED"] == ["person:jim-dale"]
