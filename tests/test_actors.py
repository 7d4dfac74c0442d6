"""Actors: one node per real actor, namesakes apart, roles, dates and clean text (issue #4).
Every test sentence here is written for the rule it tests; real spaCy, no mocks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsgraph.ingest import nlp
from newsgraph.ingest.clean import strip_boilerplate
from newsgraph.ingest.dates import resolve_date
from newsgraph.ingest.load import make_article
from newsgraph.ingest.pipeline import extract_article, ingest

sys.path.insert(0, str(Path(__file__).parent))
import eval_actors  # noqa: E402

# Committed floors for the gold set (tests/gold/actors.toml). Measured when committed: B-cubed
# precision 0.996, recall 0.997, id accuracy 0.997, 3 wrong merges (role phrases with no named
# holder joined to their country); roles precision 1.000, recall 1.000.
MIN_PRECISION, MIN_RECALL, MIN_ID_ACCURACY, MAX_WRONG_MERGES = 0.97, 0.95, 0.95, 4
MIN_ROLE_PRECISION, MIN_ROLE_RECALL = 0.9, 0.85


def extract(text: str, published: str | None = "2024-11-28"):
    article = make_article(text, "test.txt", {"published": published} if published else {})
    return extract_article(article, nlp.load_pipeline()(article.text))


def ids(text: str, published: str | None = "2024-11-28") -> set[str]:
    return {e.id for e in extract(text, published).entities}


def roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.target, r.theme) for r in extract(text).relations if r.type == "HOLDS_ROLE"}


def test_gold_clustering_scores_hold():
    scores = eval_actors.score()
    assert scores.passages >= 40
    assert scores.precision >= MIN_PRECISION, scores.errors
    assert scores.recall >= MIN_RECALL, scores.errors
    assert scores.id_accuracy >= MIN_ID_ACCURACY, scores.errors
    assert scores.wrong_merges <= MAX_WRONG_MERGES
    assert scores.role_precision >= MIN_ROLE_PRECISION, scores.errors
    assert scores.role_recall >= MIN_ROLE_RECALL, scores.errors


def test_namesakes_stay_apart():
    found = ids("Kim Jong Un fired a missile. Defense Minister Kim Yong-hyun said Kim Jong Un wanted attention. "
                "Kim Yong-hyun said the army was ready.")
    assert {"person:kim-jong-un", "person:kim-yong-hyun"} <= found
    assert not any(i.startswith("person:kim") and i not in ("person:kim-jong-un", "person:kim-yong-hyun") for i in found)


def test_short_name_goes_to_the_nearest_full_name_before_it():
    doc = extract("Lee Jae-myung met Lee Sang-min. Lee Sang-min later said the talks went well.")
    people = {e.id for e in doc.entities if e.type == "Person"}
    assert people == {"person:lee-jae-myung", "person:lee-sang-min"}


def test_capital_as_a_place_is_not_the_government():
    found = ids("President Yoon Suk Yeol is in Washington for talks.")
    assert "place:washington" in found and "country:united-states" not in found
    assert "country:united-states" in ids("Washington warned Pyongyang against more tests.")


def test_seats_of_government_act_for_their_government():
    assert {"country:russia", "country:united-states"} <= ids("The Kremlin rejected a White House proposal.")
    assert "organization:u-s-department-of-defense" in ids("The Pentagon sent missiles to Ukraine.")


def test_capital_receiving_a_transfer_is_the_government():
    assert "country:russia" in ids("Iran is sending missiles to Moscow.")
    found = ids("President Yoon Suk Yeol flew to Washington on Monday.")
    assert "place:washington" in found and "country:united-states" not in found


def test_visited_city_is_a_place():
    assert "place:tokyo" in ids("Indian Prime Minister Narendra Modi visited Tokyo.")


def test_person_and_party_with_one_name_stay_two_nodes(store, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Senator Jane Likud criticized the plan. The Likud party said the coalition had failed, "
                       "and Likud lawmakers walked out.\n")
    ingest([str(article)], store)
    rows = store.read("MATCH (e:Entity) WHERE e.name CONTAINS 'Likud' AND NOT e:Agent RETURN e.id ORDER BY e.id").rows
    assert rows == [["organization:likud"], ["person:jane-likud"]]
    # "Likud lawmakers" act for the party, not for the senator
    assert store.read("MATCH (:Agent)-[:ACTS_FOR]->(o) RETURN o.id").rows == [["organization:likud"]]


def test_one_node_for_one_actor_written_three_ways(store, tmp_path):
    (tmp_path / "one.txt").write_text("---\npublished: 2024-03-01\n---\nYoon Suk Yeol met Japanese officials. "
                                      "President Yoon said ties were improving.\n")
    (tmp_path / "two.txt").write_text("---\npublished: 2024-03-02\n---\nYoon Suk-yeol warned North Korea.\n")
    ingest([str(tmp_path)], store)
    rows = store.read("MATCH (e:Person) WHERE e.name CONTAINS 'Yoon' "
                      "RETURN e.id, size([(d:Document)-[:MENTIONS]->(e) | d])").rows
    assert rows == [["person:yoon-suk-yeol", 2]]


def test_demonyms_metonyms_and_short_forms_are_the_country():
    found = ids("South Korean officials said Seoul would respond. The U.S. and the Republic of Korea agreed. "
                "North Korea fired a missile and the North said it was a warning.")
    assert {"country:south-korea", "country:united-states", "country:north-korea"} <= found
    assert not any(i.startswith(("place:", "group:")) for i in found)


def test_contextual_alias_needs_the_plain_name():
    assert "country:north-korea" not in ids("Officials in the North of England said the floods had receded.")


def test_shared_demonym_goes_to_the_largest_country():
    assert "country:china" in ids("Chinese warships sailed near Taiwan.")
    found = ids("American, French and Indian diplomats met Philippine and Saudi officials.")
    assert {"country:united-states", "country:france", "country:india", "country:philippines",
            "country:saudi-arabia"} <= found
    assert not found & {"country:northern-mariana-islands", "country:saint-pierre-and-miquelon",
                        "country:british-indian-ocean-territory"}


def test_agencies_platforms_and_weapons_are_typed_by_the_gazetteer():
    doc = extract("TASS said the video was posted on Telegram. Yonhap reported that the Cheongung and "
                  "Hwasong-19 systems were discussed.")
    types = {e.name: e.type for e in doc.entities}
    assert types["TASS"] == types["Telegram"] == types["Yonhap"] == "Organization"
    assert types["Cheongung-II"] == "Weapon" and types["Hwasong-19"] == "Weapon"


def test_facility_is_a_place_and_adjective_is_no_group():
    found = ids("A missile hit the Mechnikov Regional Hospital on Monday. The Korean peninsula remained tense.")
    assert "place:mechnikov-regional-hospital" in found
    assert not any(i.startswith("group:") for i in found)


def test_north_and_south_share_their_head():
    found = ids("It could become a proxy war between North and South Korea.")
    assert {"country:north-korea", "country:south-korea"} <= found and not any(i.startswith("place:") for i in found)


def test_generic_ministries_are_told_apart_by_country():
    found = ids("South Korea's Defense Ministry said one thing. The Ukrainian Defense Ministry said another.")
    assert {"organization:defense-ministry-south-korea", "organization:defense-ministry-ukraine"} <= found


def test_role_phrase_resolves_to_the_titled_person():
    doc = extract("Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya. "
                  "The Japanese foreign minister said the talks were useful.")
    reasons = {m["rule"] for e in doc.entities if e.id == "person:takeshi-iwaya" for m in e.mentions}
    assert any("role phrase" in r for r in reasons)


def test_role_phrase_never_takes_a_different_rank_or_a_later_name():
    doc = extract("Deputy Foreign Minister Ivan Petrov spoke first. The foreign minister did not attend.")
    petrov = next(e for e in doc.entities if e.id == "person:ivan-petrov")
    assert not any(m["text"] == "foreign minister" for m in petrov.mentions)
    doc = extract("The envoy arrived on Monday. Later, Ambassador Maria Lopez met the press.")
    lopez = next(e for e in doc.entities if e.id == "person:maria-lopez")
    assert not any(m["text"] == "envoy" for m in lopez.mentions)


def test_object_pronoun_is_not_its_clause_subject():
    doc = extract("Antony Blinken met Cho Tae-yul. Cho thanked him for the visit.")
    blinken = next(e for e in doc.entities if e.id == "person:antony-blinken")
    assert any(m["text"] == "him" for m in blinken.mentions)


def test_holds_role_from_titles_and_appositions():
    assert ("person:andrey-rudenko", "country:russia", "deputy foreign minister") in roles(
        "Russian Deputy Foreign Minister Andrey Rudenko said Moscow would respond.")
    assert ("person:mark-rutte", "organization:nato", "secretary-general") in roles(
        "Mark Rutte, NATO's secretary-general, said the alliance was ready.")
    found = roles("Minister of National Defense Jo Min-ho spoke on Monday. The South Korean defense minister "
                  "said Seoul was ready.")
    assert ("person:jo-min-ho", "country:south-korea", "minister of national defense") in found


def test_no_role_when_former_or_without_a_country():
    assert roles("Former US President Barack Obama spoke in Chicago.") == set()
    assert roles("Ambassador Maria Lopez met the press.") == set()


def test_holds_role_is_dated_by_the_document():
    relation = next(r for r in extract("Russian Deputy Foreign Minister Andrey Rudenko spoke.").relations
                    if r.type == "HOLDS_ROLE")
    assert (relation.date, relation.polarity, relation.modality, relation.plover) == ("2024-11-28", "positive", "asserted", None)


@pytest.mark.parametrize("words, expected", [
    ("Wednesday", "2024-11-27"), ("Thursday", "2024-11-28"), ("last month", "2024-10"), ("this year", "2024"),
    ("Nov. 24", "2024-11-24"), ("Dec. 3", "2023-12-03"), ("in February 2022", "2022-02"), ("recently", None),
    ("next Monday", "2024-12-02"), ("next month", "2024-12"), ("next year", "2025"), ("Sept. 9", "2024-09-09"),
    ("late Wednesday", "2024-11-27"), ("earlier this month", "2024-11"), ("the past decade", None), ("last week", None),
])
def test_dates_against_the_published_date(words, expected):
    assert resolve_date(words, "2024-11-28") == expected


def test_no_date_without_an_anchor():
    assert resolve_date("Wednesday", None) is None and resolve_date("last month", None) is None


def test_boilerplate_is_stripped():
    text = ("SEOUL — The minister spoke.\nPhoto credit: Someone\nSource: SomeAgency\n"
            "He said “[South] Korea's position is clear.”\nMOST POPULAR\nOther story\n")
    assert strip_boilerplate(text) == "The minister spoke.\nHe said “South Korea's position is clear.”\n"


def test_why_two_mentions_were_merged_is_shown():
    doc = extract("Rustem Umerov arrived. Umerov said he was hopeful.")
    umerov = next(e for e in doc.entities if e.id == "person:rustem-umerov")
    rules = {m["text"]: m["rule"] for m in umerov.mentions}
    assert "short name" in rules["Umerov"] and "pronoun" in rules["he"]


def test_seed_actors_one_node_each_with_roles(seeds_store):
    def one(label: str, name: str) -> int:
        return seeds_store.read(f"MATCH (e:{label} {{name: $name}}) RETURN count(e)", {"name": name}).rows[0][0]

    for name in ("Yoon Suk Yeol", "Kim Yong-hyun", "Kim Jong Un", "Rustem Umerov", "Dmytro Ponomarenko"):
        assert one("Person", name) == 1, name
    assert one("Weapon", "Cheongung-II") == 1
    assert one("Organization", "Yonhap") == one("Organization", "TASS") == 1
    rows = seeds_store.read("MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Country) RETURN p.name, o.name, r.theme, r.date").rows
    assert ["Kim Yong-hyun", "South Korea", "minister of national defense", "2024-11-28"] in rows
    assert ["Andrey Rudenko", "Russia", "deputy foreign minister", "2024-11-28"] in rows
    people = {row[0] for row in seeds_store.read("MATCH (p:Person) RETURN p.id").rows}
    assert people == {f"person:{name}" for name in (
        "andrey-rudenko", "dmytro-ponomarenko", "donald-trump", "jens-stoltenberg", "kang-dae-sik", "kim-jong-un",
        "kim-yong-hyun", "lee-un-ju", "rustem-umerov", "shin-won-sik", "vladimir-putin", "yoon-suk-yeol")}
    junk = seeds_store.read("MATCH (e:Entity) WHERE e.id IN ['organization:defense', 'place:north-and', "
                            "'group:korean', 'organization:ohmatdyt-childrens-hospital'] RETURN e.id").rows
    assert junk == []


def test_name_particles_and_partial_names():
    doc = extract("Ursula von der Leyen visited Kyiv. Von der Leyen said the EU would help.")
    people = {e.id for e in doc.entities if e.type == "Person"}
    assert people == {"person:ursula-von-der-leyen"}


def test_acronym_joins_its_full_name():
    found = ids("The International Criminal Court (ICC) issued a warrant. The ICC said the case was open.")
    assert "organization:international-criminal-court" in found and "organization:icc" not in found


def test_surname_mislabelled_as_a_place_or_group_is_the_person():
    doc = extract("Lloyd Austin met Prime Minister Han Duck-soo. Austin said Han agreed.")
    assert {e.id for e in doc.entities} == {"person:lloyd-austin", "person:han-duck-soo"}


def test_lone_surname_shared_with_known_people_stays_in_its_article():
    found = ids("Kim said the talks would continue.")
    assert "person:kim" not in found and any(i.startswith("person:kim-in-document-") for i in found)
    assert "person:peskov" in ids("Peskov said Poland would respond.")


def test_counterpart_role_is_not_written_so_no_holds_role():
    found = roles("Defense Minister Shin Won-sik and his U.S. counterpart Lloyd Austin met in Seoul.")
    assert not any(source == "person:lloyd-austin" for source, _, _ in found)


def test_title_of_the_next_name_in_a_list_is_not_the_previous_persons():
    found = roles("He met South Korean President Yoon Suk Yeol, National Security Adviser Shin Won-sik and others.")
    assert ("person:yoon-suk-yeol", "country:south-korea", "president") in found
    assert not any(source == "person:yoon-suk-yeol" and "adviser" in theme for source, _, theme in found)


def test_actors_command_shows_why_mentions_were_merged(tmp_path):
    import json

    from click.testing import CliRunner

    from newsgraph.cli import cli

    (tmp_path / "a.txt").write_text("Rustem Umerov arrived in Seoul. Umerov said he was hopeful.\n")
    result = CliRunner().invoke(cli, ["actors", str(tmp_path), "--entity", "umerov", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {(r["mention"], r["actor"]) for r in rows} >= {("Umerov", "person:rustem-umerov"), ("he", "person:rustem-umerov")}
    assert all(r["rule"] for r in rows)


def test_short_name_of_several_people_is_merged_with_none():
    doc = extract("Hillary Clinton met Bill Clinton's advisers. Clinton said the plan would work.")
    for person in ("person:hillary-clinton", "person:bill-clinton"):
        entity = next(e for e in doc.entities if e.id == person)
        assert [m["text"] for m in entity.mentions] == [entity.name]


def test_short_name_with_a_title_picks_the_person_with_that_title():
    doc = extract("Kim Jong Un fired a missile on Monday. Defense Minister Kim Yong-hyun called it a provocation. "
                  "Officials met later. Lawmakers asked questions. Defense Minister Kim said the army was ready.")
    minister = next(e for e in doc.entities if e.id == "person:kim-yong-hyun")
    assert any(m["text"] == "Kim" and "title" in m["rule"] for m in minister.mentions)


def test_another_given_name_before_a_known_surname_is_another_person():
    found = ids("Ivanka Trump visited Seoul.")
    assert "person:ivanka-trump" in found and "person:donald-trump" not in found


def test_one_role_per_person_and_office():
    found = roles("Turkey's foreign minister Hakan Fidan met reporters. The Turkish minister said talks would resume.")
    assert found == {("person:hakan-fidan", "country:turkey", "foreign minister")}


def test_name_with_a_role_beside_it_is_a_person():
    doc = extract("Choe Son Hui, North Korea's foreign minister, arrived in Moscow. Choe met officials.")
    choe = next(e for e in doc.entities if e.id == "person:choe-son-hui")
    # the role phrase as written with whose role it is
    assert {m["text"] for m in choe.mentions} >= {"Choe Son Hui", "Choe", "North Korea's foreign minister"}
    assert ("person:choe-son-hui", "country:north-korea", "foreign minister") in {
        (r.source, r.target, r.theme) for r in doc.relations if r.type == "HOLDS_ROLE"}


def test_generic_body_without_a_country_is_not_merged_across_articles():
    found = ids("The Foreign Ministry said the talks were useful.")
    assert not {"organization:foreign-ministry"} & found
    assert any(i.startswith("organization:foreign-ministry-in-document-") for i in found)


def test_apposition_read_off_the_words_when_the_parse_misses_it():
    found = roles("Rep. Kang Min-guk, deputy chair of the Korean Senate Foreign Committee, spoke. "
                  "Jens Stoltenberg, NATO's secretary-general, also spoke.")
    assert ("person:jens-stoltenberg", "organization:nato", "secretary-general") in found
    assert any(source == "person:kang-min-guk" and theme.startswith("deputy chair") for source, _, theme in found)


def test_bodies_in_lower_case_and_pointed_back_to():
    doc = extract("The Ukrainian defense ministry said it shot down 30 drones. Russia's Defense Ministry disagreed. "
                  "The ministry said the drones came from Ukraine.")
    names = {e.id: (e.name, [m["text"] for m in e.mentions]) for e in doc.entities}
    assert names["organization:defense-ministry-ukraine"][0] == "Defense Ministry (Ukraine)"
    assert names["organization:defense-ministry-russia"][1] == ["Russia's Defense Ministry", "ministry"]  # as written, with its country
    assert "organization:ministry" not in names and not any(i.startswith("organization:ministry") for i in ids("The ministry said nothing."))



def test_a_line_break_ends_a_sentence():
    first = "The group documented 300 strikes on schools in Yemen, causing “40 deaths among pupils and teachers.”"
    second = "Nigerian President Bola Tinubu’s government has condemned Iran’s raid."
    assert [s.text.strip() for s in nlp.load_pipeline()(first + "\n" + second).sents] == [first, second]
    condemned = [r for r in extract(first + "\n" + second).relations if r.type == "CONDEMNED"]
    assert condemned and all(r.sentence == second for r in condemned)


def test_date_of_the_occasion_an_act_took_place_at():
    found = extract("The delegation from Peru did not request that Chile provide vaccines during talks held Wednesday in Lima.")
    assert {r.date for r in found.relations if r.type == "REQUESTED"} == {"2024-11-27"}
    later = extract("Peru asked Chile to deliver vaccines by Friday.")
    assert {r.date for r in later.relations if r.type == "REQUESTED"} == {None}  # the deadline is not when Peru asked


def test_contextual_name_with_its_members_named_is_no_actor():
    assert "organization:nato" in ids("NATO leaders met in Vilnius. The alliance condemned Russia.")
    found = extract("NATO leaders met in Vilnius. The alliance between Chile and Peru grew.")
    assert not any(m["text"] == "The alliance" for e in found.entities for m in e.mentions)
    assert {(r.source, r.target) for r in found.relations if r.type == "ALLIED"} == {("country:chile", "country:peru")}


def test_the_south_gives_way_to_the_longer_name_it_starts():
    assert "country:south-korea" in ids("The South Korean government condemned the test.")
    doc = nlp.load_pipeline()("Officials said the South Korean defense minister would resign.")
    assert [e.text for e in doc.ents if e.ent_id_] == ["South Korean"]
