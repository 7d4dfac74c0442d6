"""Actors named together ("A and B"), role phrases with whose role they are, political parties:
identity rules checked on sentences written for these tests, with the real spaCy pipeline."""

from __future__ import annotations

from newsgraph.ingest import nlp
from newsgraph.ingest.load import make_article
from newsgraph.ingest.pipeline import extract_article


def entities(text: str, doc_id: str = "t") -> dict:
    article = make_article(text, f"{doc_id}.txt", {"published": "2025-05-06"})
    document = extract_article(article, nlp.load_pipeline()(article.text))
    return {e.id: e for e in document.entities}


def test_organisations_named_together_are_one_coalition_whose_id_is_its_members():
    one = entities("Velmora Motors and Ostrava Steel asked the government for emergency loans on Monday.")
    two = entities("The ministry said Velmora Motors (VM) and Ostrava Steel would get the loans.", "u")
    assert "coalition:ostrava-steel-and-velmora-motors" in one
    assert "coalition:ostrava-steel-and-velmora-motors" in two
    coalition = one["coalition:ostrava-steel-and-velmora-motors"]
    assert coalition.type == "Coalition"
    assert [m["text"] for m in coalition.mentions] == ["Velmora Motors and Ostrava Steel"]
    assert [m["text"] for m in two["coalition:ostrava-steel-and-velmora-motors"].mentions] == [
        "Velmora Motors (VM) and Ostrava Steel"]
    assert {"organization:velmora-motors", "organization:ostrava-steel"} <= one.keys()  # members keep their nodes


def test_a_list_without_and_or_across_sentences_is_no_coalition():
    found = entities("Velmora Motors, the carmaker, cut jobs. Ostrava Steel and the union met later.")
    assert not [key for key in found if key.startswith("coalition:")]


def test_a_role_phrase_in_apposition_is_written_whole_on_the_person():
    found = entities("Tomas Kral, chairman and chief operating officer of Ostrava Air, said the deal was good. "
                     "Ivan Horak, head of the State Assets Agency (SAA), agreed.")
    kral = [m["text"] for m in found["person:tomas-kral"].mentions]
    assert "chairman and chief operating officer of Ostrava Air" in kral
    assert "head of the State Assets Agency (SAA)" in [m["text"] for m in found["person:ivan-horak"].mentions]
    assert "organization:ostrava-air" in found  # the owner stays its own actor


def test_an_apposition_that_is_a_clause_or_names_someone_else_is_not_a_role_phrase():
    found = entities("Tomas Kral, who was chairman of Ostrava Air until May, said the deal was good.")
    assert not [m for m in found["person:tomas-kral"].mentions if "Ostrava" in m["text"]]


def test_a_political_party_is_one_organisation_whatever_short_form_it_is_written_by():
    one = entities("Labour said the plan was fair, but the Tories called it a tax raid and the Lib Dems abstained.")
    two = entities("The Conservatives won the seat. A Lib Dem spokesman said Labour had lost its way.", "u")
    for found in (one, two):
        assert {"organization:labour-party", "organization:conservative-party", "organization:liberal-democrats"} <= found.keys()
        assert not [key for key in found if key.startswith(("person:", "group:")) and
                    any(w in key for w in ("labour", "tor", "conservative", "lib"))]


def test_titles_and_post_nominal_letters_are_no_part_of_a_name():
    found = entities("Rabbi Mira Stolz met Dana Hollis MP and Chief Constable Owen Brask in Leeds on Monday.")
    assert {"person:mira-stolz", "person:dana-hollis", "person:owen-brask"} <= found.keys()


def test_a_list_ends_at_its_and():
    found = entities("Velmora Motors and Ostrava Steel cut prices on Monday, Ostrava by more.")
    assert "coalition:ostrava-steel-and-velmora-motors" in found


def test_opponents_listed_side_by_side_are_no_coalition():
    for text in ("Labour and the Conservatives clashed over the budget on Monday.",
                 "The race between Velmora Motors and Ostrava Steel for the tender tightened.",
                 "Velmora Motors and Ostrava Steel met on Monday.",
                 "Velmora Motors and Ostrava Steel engines were tested on Monday."):  # a kind of engine
        assert not [key for key in entities(text) if key.startswith("coalition:")], text


def test_a_coalition_has_its_members_and_the_words_describing_it():
    article = make_article("European carmakers Velmora Motors and Ostrava Steel asked for loans on Monday.",
                           "t.txt", {"published": "2025-05-06"})
    document = extract_article(article, nlp.load_pipeline()(article.text))
    key = "coalition:ostrava-steel-and-velmora-motors"
    members = {r.source for r in document.relations if r.type == "MEMBER_OF" and r.target == key}
    assert members == {"organization:ostrava-steel", "organization:velmora-motors"}
    coalition = next(e for e in document.entities if e.id == key)
    assert "European carmakers Velmora Motors and Ostrava Steel" in [m["text"] for m in coalition.mentions]


def test_the_end_of_one_name_after_and_is_no_coalition():
    found = entities("The Velmora Commission for Elections and Referenda said the vote was fair.")
    assert not [key for key in found if key.startswith("coalition:")]


def test_a_coalition_follows_its_members_across_documents():
    from newsgraph.ingest.identity import unify
    from newsgraph.ingest.records import Entity, ExtractedDocument

    def doc(doc_id, *names):
        made = make_article("x", f"{doc_id}.txt", {"published": "2025-05-06"})
        return ExtractedDocument(made, [Entity(key, name, key.split(":")[0].capitalize()) for key, name in names], [])

    documents = [doc("a", ("organization:velmora-motors", "Velmora Motors")),
                 doc("b", ("organization:vm", "VM"), ("organization:ostrava-steel", "Ostrava Steel"),
                     ("coalition:ostrava-steel-and-vm", "Ostrava Steel and VM")),
                 doc("c", ("organization:velmora-motors", "Velmora Motors"), ("organization:ostrava-steel", "Ostrava Steel"),
                     ("coalition:ostrava-steel-and-velmora-motors", "Ostrava Steel and Velmora Motors"))]
    coalitions = [{e.id for e in d.entities if e.type == "Coalition"} for d in unify(documents)]
    assert coalitions[1] == coalitions[2] == {"coalition:ostrava-steel-and-velmora-motors"}


def test_officials_of_a_sector_body_speak_for_that_sector_not_for_a_government():
    found = entities("Ostrava Air Force officials said the tender was fair. Army officials agreed, but government officials did not.")
    military = [key for key, e in found.items() if e.type == "Agent" and e.sector == "military"]
    assert military and any("Air Force officials" in m["text"] for key in military for m in found[key].mentions)
    assert any("Army officials" == m["text"] for key in military for m in found[key].mentions)
    assert "agent:government" in found


def test_a_region_named_with_america_is_a_place_not_the_united_states():
    found = entities("Exports to Latin America and North America grew, the ministry said.")
    assert {"place:latin-america", "place:north-america"} <= found.keys()
    assert "country:united-states" not in found


def test_a_lower_case_noun_after_an_organisation_name_is_no_part_of_it():
    found = entities("Members of the Velmora Auto Workers union voted on Monday. The Velmora Auto Workers said the deal was fair.")
    assert [key for key in found if key.startswith("organization:")] == ["organization:velmora-auto-workers"]


def test_an_untagged_given_name_with_an_apostrophe_is_part_of_the_name():
    found = entities("Tamsin Orr is said to have phoned De'Shawn Lee Hart of Ash Vale.")
    assert "person:de-shawn-lee-hart" in found and "person:lee-hart" not in found


def test_a_role_phrase_with_nobody_named_is_a_person_of_its_own_not_its_owner():
    found = entities("Velmora's chief executive said the plant would close. The chief executive added that "
                     "Botswana's foreign minister had been told.")
    people = [e for key, e in found.items() if key.startswith("person:")]
    assert any(m["text"] == "Velmora's chief executive" for e in people for m in e.mentions)
    # a state's minister with nobody named stays the state it acts for
    assert any(m["text"] == "Botswana's foreign minister" for m in found["country:botswana"].mentions)
    assert not any("executive" in m["text"] for m in found["organization:velmora"].mentions)
    executive = next(e for e in people if any(m["text"] == "Velmora's chief executive" for m in e.mentions))
    assert any(m["text"] == "chief executive" for m in executive.mentions)  # the later "the chief executive"
    assert "(in document" in executive.name  # which chief executive is known in this article only


def test_a_country_written_after_a_name_of_its_own_is_part_of_an_organisation_name():
    found = entities("Air Botswana and Tembo Botswana ordered ten jets. Botswana's government approved the order.")
    assert {"organization:air-botswana", "organization:tembo-botswana"} <= found.keys()
    assert not any("Air" in m["text"] or "Tembo" in m["text"] for m in found["country:botswana"].mentions)


def test_a_title_or_a_demonym_before_a_country_is_no_organisation_name():
    found = entities("President Kessler of Botswana met Prime Minister Ilves. Nazi Germany was mentioned.")
    assert "country:germany" in found and not any(key.startswith("organization:") for key in found)


def test_two_names_run_together_over_and_are_two_when_each_is_written_alone():
    found = entities("Velkor and Ostramit signed a supply deal on Monday. Velkor said the deal was fair, "
                     "and Ostramit agreed. The Office of Trade and Industry welcomed it.")
    assert not [key for key in found if "velkor-and" in key or "and-ostramit" in key]
    assert any("velkor" in key for key in found) and any("ostramit" in key for key in found)
    assert "organization:office-of-trade-and-industry" in found


def test_a_generic_body_is_also_written_with_its_country():
    found = entities("The Botswana Defence Ministry said so on Monday.")
    assert any(m["text"] == "Botswana Defence Ministry" for m in found["organization:defence-ministry-botswana"].mentions)


def test_a_headline_role_phrase_needs_no_article():
    found = entities("Chief executive of Velmora quits after a loss\nVelmora said on Monday that it lost money.")
    assert any(m["text"] == "Chief executive of Velmora" for key, e in found.items() if key.startswith("person:")
               for m in e.mentions)


def test_untagged_names_after_a_country_that_heads_them_are_an_organisation():
    found = entities("The jets go to three airlines: Air Botswana, Botswana Eastern Airlines and Kessel Airlines.")
    assert "organization:botswana-eastern-airlines" in found and "country:botswana" not in found


def test_one_member_of_a_group_is_not_the_group():
    found = entities("One of the protesters said the deal was unfair. Velmora, the second of the big Botswana "
                     "carmakers, agreed.")
    assert not [e for e in found.values() if e.type == "Agent"]


def test_a_title_case_headline_makes_no_organisation_of_a_country_and_a_noun():
    found = entities("Botswana Slams Velmora Tariffs As Trade Row Grows\nBotswana criticised the tariffs.")
    assert "country:botswana" in found and not [key for key in found if key.startswith("organization:botswana")]


def test_a_dash_or_colon_may_open_a_described_list():
    found = entities("The jets go to three airlines - Air Botswana, Velmora Air and Kessel Airlines.")
    coalition = next(e for key, e in found.items() if key.startswith("coalition:"))
    assert "three airlines - Air Botswana, Velmora Air and Kessel Airlines" in [m["text"] for m in coalition.mentions]


def test_a_name_describing_the_next_one_is_no_member_of_the_list():
    found = entities("Velmora Motors and Ostrava parent Kessel Group won the tender on Monday.")
    assert "coalition:kessel-group-and-velmora-motors" in found
    assert not [key for key in found if key.startswith("coalition:") and "ostrava" in key]
