"""The trigger lexicon (schema/relations.toml): one sentence or more per CAMEO root, with the finer
CAMEO code where the trigger decides it; phrases whose words decide the act ("imposed a curfew",
"went on strike"); and words no list names, found through WordNet with a lower confidence."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def coded(text: str) -> set[tuple]:
    """(source, type, target, cameo) of the positive relations of `text`, on entity names."""
    extracted = extract_text(text)
    names = _names(extracted)
    return {(names[r.source], r.type, names.get(r.target), r.cameo)
            for r in extracted.relations if r.polarity == "positive" and (r.plover or r.cameo)}


def _names(extracted) -> dict[str, str]:
    """Entity id -> name; an agent by the name of the country it acts for ("Croatian civilians": Croatia),
    since these tests are about the act's code, not about who exactly."""
    names = {e.id: e.name for e in extracted.entities}
    return names | {e.id: names[e.anchor] for e in extracted.entities if e.anchor in names}


@pytest.mark.parametrize("text, fact", [
    # 01 public statements
    ("Japan expressed its condolences to Nepal after the earthquake.", ("Japan", "COMMENTED", "Nepal", "018")),
    ("Chile voiced concern about Argentina's new mining law.", ("Chile", "COMMENTED", "Argentina", "012")),
    ("Vietnam commented on China's survey of the reef.", ("Vietnam", "COMMENTED", "China", "010")),
    # 02 appeals (PLOVER REQUEST, but not a demand)
    ("Bolivia called on Peru to reopen the port.", ("Bolivia", "REQUESTED", "Peru", "02")),
    # 03 intent to cooperate
    ("Ghana accepted an invitation from Togo to join the talks.", ("Ghana", "AGREED", "Togo", "03")),
    # 04 consult
    ("Kenya phoned Tanzania about the outbreak.", ("Kenya", "MET", "Tanzania", "041")),
    ("Iran paid a visit to Iraq.", ("Iran", "MET", "Iraq", "042")),
    ("Chile had lunch with Peru's president in Lima.", ("Chile", "MET", "Peru", "04")),
    # 05 diplomatic cooperation
    ("Serbia apologised to Croatia for the incident.", ("Serbia", "SUPPORTED", "Croatia", "055")),
    ("Germany sent its congratulations to Austria.", ("Germany", "SUPPORTED", "Austria", "05")),
    ("Spain recognised Croatia's independence.", ("Spain", "SUPPORTED", "Croatia", "054")),
    # 06 material cooperation
    ("Spain extradited the suspect to Portugal.", ("Spain", "COOPERATED", "Portugal", "063")),
    # 07 aid
    ("Kenya granted asylum to Uganda's former minister.", ("Kenya", "SUPPLIED", "Uganda", "075")),
    # 08 yield
    ("Norway declared a ceasefire with Denmark.", ("Norway", "CONCEDED", "Denmark", "0871")),
    ("Argentina returned the prisoners to Uruguay.", ("Argentina", "CONCEDED", "Uruguay", "0841")),
    ("Peru accepted the demands of Bolivia.", ("Peru", "CONCEDED", "Bolivia", "08")),
    # 09 investigate
    ("Egypt is investigating Sudan over the border incident.", ("Egypt", "INVESTIGATED", "Sudan", "09")),
    ("The European Union opened an inquiry into Hungary's use of public funds.",
     ("European Union", "INVESTIGATED", "Hungary", "09")),
    # 10 demand
    ("Cuba demanded that Mexico hand over the documents.", ("Cuba", "REQUESTED", "Mexico", "10")),
    # 11 disapprove
    ("France hit out at Italy over migrants.", ("France", "CONDEMNED", "Italy", "11")),
    ("Spain summoned Morocco's ambassador.", ("Spain", "CONDEMNED", "Morocco", "114")),
    # 12 reject
    ("Greece defied Turkey's demand.", ("Greece", "DENIED", "Turkey", "128")),
    # 13 threaten
    ("Ethiopia issued an ultimatum to Eritrea.", ("Ethiopia", "WARNED", "Eritrea", "139")),
    # 14 protest
    ("Cuba staged a general strike against Spain.", ("Cuba", "PROTESTED", "Spain", "143")),
    # 15 force posture
    ("Armenia placed its army on high alert near Azerbaijan.", ("Armenia", "DEPLOYED", "Azerbaijan", "152")),
    # 16 reduce relations
    ("Sweden broke off relations with Iran.", ("Sweden", "SANCTIONED", "Iran", "161")),
    ("Brazil cut aid to Paraguay.", ("Brazil", "SANCTIONED", "Paraguay", "162")),
    # 17 coerce
    ("Ghana imposed a curfew on Togo.", ("Ghana", "COERCED", "Togo", "1723")),
    ("Poland set fire to a Belarusian border post.", ("Poland", "COERCED", "Belarus", "1712")),
    # 18 assault
    ("Somalia kidnapped two Kenyan engineers.", ("Somalia", "ATTACKED", "Kenya", "181")),
    # 19 fight
    ("Colombia opened fire on Venezuela's border guards.", ("Colombia", "ATTACKED", "Venezuela", "193")),
    ("Pakistan clashed with India.", ("Pakistan", "ATTACKED", "India", "193")),
    # 20 mass violence
    ("Serbia massacred Croatian civilians.", ("Serbia", "ATTACKED", "Croatia", "202")),
])
def test_each_cameo_root_has_triggers_with_their_code(text, fact):
    assert fact in coded(text)


def test_a_phrase_wins_over_its_words():
    # "declared a ceasefire" is a truce (08), not the agreement (03) the noun alone would be.
    assert {f[1] for f in coded("Norway declared a ceasefire with Denmark.")} == {"CONCEDED"}
    # "staged a strike": the strike is a protest, not an attack.
    assert {f[1] for f in coded("Chile staged a strike against Bolivia.")} == {"PROTESTED"}
    # "opened fire on the border guards" is no open border.
    assert {f[1] for f in coded("Colombia opened fire on Venezuela's border guards.")} == {"ATTACKED"}


def test_a_phrase_needs_its_words_in_the_verbs_own_phrase():
    # "cut" alone is no act; "aid" in another clause does not make "cut ties".
    assert {f[0] for f in coded("Brazil cut the ribbon while Paraguay praised the aid.")} == {"Paraguay"}


def test_sent_congratulations_is_support_not_supply():
    assert {f[1] for f in coded("Germany sent its congratulations to Austria.")} == {"SUPPORTED"}


# --- beyond the lexicon: WordNet ------------------------------------------------------------------

def confidences(text: str) -> dict[tuple, float]:
    extracted = extract_text(text)
    names = _names(extracted)
    return {(names[r.source], r.type, names.get(r.target)): r.confidence for r in extracted.relations if r.plover or r.cameo}


def test_a_word_only_wordnet_knows_is_found_with_a_lower_confidence():
    beyond = confidences("Serbia reviled Croatia over the trial.")  # "revile": a kind of "vilify"
    listed = confidences("Serbia vilified Croatia over the trial.")
    assert beyond[("Serbia", "CONDEMNED", "Croatia")] < listed[("Serbia", "CONDEMNED", "Croatia")]
    assert ("Chile", "DEPLOYED", "Peru") in confidences("Chile garrisoned troops in Peru.")


def test_wordnet_never_overrides_the_lexicon():
    # "strike" is listed; WordNet's words for it stay out, and a listed word keeps its listed type.
    from newsgraph.ingest.extract.triggers import WORDNET_WEIGHT, trigger_index

    verbs, nouns = trigger_index()
    assert all(t.weight == 1.0 for t in verbs["strike"]) and all(t.weight == 1.0 for t in nouns["protest"])
    assert {t.weight for t in verbs["revile"]} == {WORDNET_WEIGHT}


def test_the_wordnet_file_is_what_the_builder_gives():
    from pathlib import Path

    from newsgraph.ingest.extract import wordnet
    from newsgraph.schema import HERE

    folder = Path("/usr/share/wordnet")
    if not (folder / "data.verb").exists():
        pytest.skip("WordNet database files not installed (Debian package wordnet-base)")
    assert wordnet.build(folder) == (HERE / "wordnet_triggers.toml").read_text()


def test_attacking_a_plan_or_for_a_failure_is_criticism_not_force():
    assert {f[1] for f in coded("Paul Boateng attacked the Tory plans.")} == {"CONDEMNED"}
    assert ("Charles Kennedy", "CONDEMNED", "Gordon Brown", "11") in coded(
        "Charles Kennedy attacked Gordon Brown for failing to mention the environment.")
    assert ("Russia", "ATTACKED", "Ukraine", "19") in coded("Russia attacked Ukraine's power grid.")


def test_a_speech_or_evidence_given_is_a_statement_not_a_supply():
    assert {f[1] for f in coded("Gordon Brown delivered a speech to the Labour conference.")} == {"COMMENTED"}
    assert "SUPPLIED" not in {f[1] for f in coded("Theresa May gave evidence to the committee.")}


def test_charging_someone_with_a_crime_is_coercion_charging_a_fee_is_not():
    assert ("Spain", "COERCED", "Morocco", "173") in coded("Spain charged the Moroccan fishermen with smuggling.")
    assert "COERCED" not in {f[1] for f in coded("Norway charged Swedish trucks for the use of its roads.")}


def test_a_statement_with_no_actor_on_the_other_side_is_one_sided():
    assert ("Hamas", "COMMENTED", None, "015") in coded("Hamas claimed responsibility for the bombing.")


def test_a_hyphenated_word_is_one_word():
    assert ("Afghanistan", "CONCEDED", "Pakistan", "0871") in coded("Afghanistan announced a cease-fire with Pakistan.")


def test_recognising_a_state_is_support_recognising_a_concern_is_not():
    assert "SUPPORTED" not in {f[1] for f in coded("Norway's prime minister recognised people's concerns about the tax.")}


@pytest.mark.parametrize("text, fact", [
    # any verb of removing or reducing a restriction eases it, and the restriction says whom (CAMEO 081, 085)
    ("Canada scrapped the tariffs on Mexican steel.", ("Canada", "CONCEDED", "Mexico", "085")),
    ("Kenya rolled back the restrictions against Somali traders.", ("Kenya", "CONCEDED", "Somalia", "081")),
    ("Peru removed the ban imposed on Chilean fishing boats.", ("Peru", "CONCEDED", "Chile", "081")),
    # handing back people or property (CAMEO 084)
    ("Italy returned the stolen statues to Greece.", ("Italy", "CONCEDED", "Greece", "084")),
    ("Ghana set free the Togolese fishermen.", ("Ghana", "CONCEDED", "Togo", "0841")),
    # reducing or ending aid and mediation are sanctions (CAMEO 162, 164)
    ("Norway slashed its development aid to Malawi.", ("Norway", "SANCTIONED", "Malawi", "162")),
    ("The Swiss government suspended humanitarian assistance to Eritrea.", ("Switzerland", "SANCTIONED", "Eritrea", "162")),
    # refugees admitted under any word (CAMEO 075), aid distributed
    ("Uganda admitted thousands of Congolese refugees.", ("Uganda", "SUPPLIED", "Democratic Republic of the Congo", "075")),
    ("Qatar distributed food to Sudanese villagers.", ("Qatar", "SUPPLIED", "Sudan", "07")),
    # joint exercises and shared evidence (CAMEO 062, 064)
    ("Chile held a joint naval exercise with Peru.", ("Chile", "COOPERATED", "Peru", "062")),
    ("Spain shared evidence with Morocco about the smuggling ring.", ("Spain", "COOPERATED", "Morocco", "064")),
    # condolences offered (CAMEO 018)
    ("Jordan offered its condolences to Egypt.", ("Jordan", "COMMENTED", "Egypt", "018")),
    # borders closed, newspapers suspended, a state of siege (CAMEO 172, 1721, 1724)
    ("Niger closed its border with Benin.", ("Niger", None, None, None)),
    ("Chad declared a state of siege.", ("Chad", "COERCED", None, "1724")),
    # forces strengthened, alert kept (CAMEO 15, 152)
    ("India strengthened its forces along the Pakistani border.", ("India", "DEPLOYED", "Pakistan", "15")),
    # labour action in other words (CAMEO 143)
    ("Nigerian dock workers stopped work over unpaid wages.", ("Nigeria", "PROTESTED", None, "143")),
])
def test_the_wider_lexicon_codes_each_family(text, fact):
    found = coded(text)
    if fact[1] is None:
        assert any(f[0] == fact[0] and f[1] == "COERCED" for f in found), found
    else:
        assert fact in found, found


def test_returning_needs_something_returned():
    assert not any(f[1] == "CONCEDED" for f in coded("Italy's president returned to Greece on Monday."))


def test_a_word_that_is_an_event_only_in_a_phrase_leaves_the_light_verb_alone():
    # "training" is an event only in "joint training": "provided training to" stays a supply
    assert ("Japan", "SUPPLIED", "Vietnam", "07") in coded("Japan provided naval training to Vietnam.")


def test_lifting_sanctions_refused_is_a_rejection():
    assert ("Norway", "DENIED", "Belarus", "124") in coded("Norway refused to lift the sanctions on Belarus.")


@pytest.mark.parametrize("text, fact", [
    ("Alan Garcia called Michelle Bachelet to discuss the border.", ("Alan Garcia", "MET", "Michelle Bachelet", "041")),
    ("The Chilean government said it is skeptical of the Bolivian proposal.", ("Chile", "COMMENTED", "Bolivia", "012")),
    ("Uruguay is optimistic about the talks with Argentina.", ("Uruguay", "COMMENTED", None, "013")),
])
def test_phone_calls_and_stated_moods(text, fact):
    found = coded(text)
    assert fact in found or (fact[2] is None and any(f[:2] == fact[:2] and f[3] == fact[3] for f in found)), found


@pytest.mark.parametrize("text", [
    "Alan Garcia called Michelle Bachelet a liar.",  # naming, no call
    "Lima called early elections.",  # no one on the other side
])
def test_calling_someone_something_is_no_phone_call(text):
    assert not any(f[1] == "MET" for f in coded(text))


def test_the_concerns_of_a_people_are_theirs():
    # "of" names whom an adjective is about ("skeptical of"), never the owner of a noun's concern
    assert not any(f[1] == "COMMENTED" and f[2] == "Peru" for f in coded("Bolivia voiced the concerns of Peruvian farmers."))


@pytest.mark.parametrize("text, fact", [
    # what a hope or a concern is about: the subject of its clause
    ("Chile expressed hope that Bolivia would return to the talks.", ("Chile", "COMMENTED", "Bolivia", "013")),
    # where a curfew is imposed, whom a denied charge came from
    ("Peru denied the charges by Chile.", ("Peru", "DENIED", "Chile", "016")),
])
def test_the_other_side_of_statements_and_denials(text, fact):
    assert fact in coded(text), coded(text)


def test_a_curfew_imposed_in_a_place_is_aimed_at_it():
    extracted = extract_text("Police imposed a curfew in parts of Lima.")
    curfew = next(r for r in extracted.relations if r.type == "COERCED")
    assert curfew.target_mention is not None and "Lima" in curfew.target_mention["text"]


@pytest.mark.parametrize("text, fact", [
    # ending or calling off one's own strike, protest or boycott yields (CAMEO 08)
    ("The Chilean dock workers called off their strike against the port authority.", ("Chile", "CONCEDED", None, "08")),
    ("Peruvian miners lifted their boycott of the smelter.", ("Peru", "CONCEDED", None, "08")),
    # a visit or meeting cancelled is a meeting rejected (CAMEO 125), and the visit says with whom
    ("Ecuador's president cancelled a planned visit to Colombia.", ("Ecuador", "DENIED", "Colombia", "125")),
    # civilians held or used as human shields are assaulted (CAMEO 184)
    ("Sudanese militiamen used the Chadian villagers as human shields.", ("Sudan", "ATTACKED", "Chad", "184")),
    # mediation ended between two sides is halted talks with each (CAMEO 164)
    ("Norway ended its mediation between Armenia and Azerbaijan.", ("Norway", "SANCTIONED", "Armenia", "164")),
    # discussions held are consultations
    ("Ghana held discussions with Togo about the border.", ("Ghana", "MET", "Togo", "04")),
])
def test_yielding_rejecting_and_meeting_in_other_words(text, fact):
    found = coded(text)
    assert fact in found or (fact[2] is None and any(f[:2] == fact[:2] and f[3] == fact[3] for f in found)), found


def test_a_strike_that_will_not_end_is_a_refusal_to_yield():
    found = coded("Bolivian teachers will not end their strike, their union said.")
    assert any(f[:2] == ("Bolivia", "DENIED") and f[3] == "124" for f in found), found


def test_calling_off_a_strike_is_no_call_for_one():
    assert not any(f[1] == "PROTESTED" for f in coded("The Kenyan nurses' union called off its strike."))


def test_an_effort_named_by_its_act_is_that_act():
    # "mediation efforts" ended are mediation ended (CAMEO 164); the efforts carry the act
    found = coded("The Swiss envoy ended mediation efforts between Armenia and Azerbaijan.")
    assert ("Switzerland", "SANCTIONED", "Armenia", "164") in found, found


def test_agreeing_to_do_what_is_no_event_of_its_own_is_an_agreement():
    found = coded("The Italian government agreed to open two more shelters for migrants.")
    assert any(f[:3] == ("Italy", "AGREED", None) and f[3] == "03" for f in found), found


@pytest.mark.parametrize("text, fact", [
    # what is fired or launched "at" someone is aimed at them
    ("Hezbollah fired rockets at Israel.", ("Hezbollah", "ATTACKED", "Israel", "19")),
    # armed movements and an agency the NER model does not know
    ("The ELN attacked a Colombian army patrol.", ("ELN", "ATTACKED", "Colombia", "19")),
    ("ICE returned the stolen manuscript to Italy.", ("U.S. Immigration and Customs Enforcement", "CONCEDED", "Italy", "084")),
])
def test_attacks_aimed_at_and_actors_named_by_acronym(text, fact):
    assert fact in coded(text), coded(text)


def test_some_of_a_group_acted_on_is_that_group():
    found = coded("Ethiopia expelled some of the U.N. observers.")
    assert any(f[:3] == ("Ethiopia", "SANCTIONED", "United Nations") for f in found), found


@pytest.mark.parametrize("text, fact", [
    # the act agreed to is the theme; its own preposition says with whom
    ("Ghana agreed to a deal with Togo.", ("Ghana", "AGREED", "Togo", "03")),
    # where a treaty is signed is no side of it
    ("Azerbaijan and Armenia signed a peace treaty in Washington.", ("Azerbaijan", "AGREED", "Armenia", "03")),
    # where a truce agreed to holds is the side it is aimed at
    ("Ethiopia agreed to a truce in northern Somalia.", ("Ethiopia", "AGREED", "Somalia", "03")),
])
def test_what_is_agreed_to_says_with_whom(text, fact):
    assert fact in coded(text), coded(text)


@pytest.mark.parametrize("text, fact", [
    # after a long object the parser hangs "to X" inside it; a verb that hands its object over keeps it
    ("Norway returned nine bronze masks that were taken from a temple in 1911 to Nepal.",
     ("Norway", "CONCEDED", "Nepal", "084")),
    ("Canada returned a carved totem pole, missing for eighty years, to Ghana.", ("Canada", "CONCEDED", "Ghana", "084")),
])
def test_what_is_handed_over_keeps_its_recipient_after_a_long_object(text, fact):
    assert fact in coded(text), coded(text)


@pytest.mark.parametrize("text, fact", [
    # forces arriving are deployed; peacekeepers arriving are military protection (CAMEO 074)
    ("Uruguayan peacekeepers arrived in Haiti on Sunday.", ("Uruguay", "SUPPLIED", "Haiti", "074")),
    ("Nepalese peacekeeping troops have arrived in Lebanon.", ("Nepal", "SUPPLIED", "Lebanon", "074")),
    ("Ethiopian troops arrived in Somalia overnight.", ("Ethiopia", "DEPLOYED", "Somalia", "15")),
])
def test_forces_that_arrive_somewhere_are_sent_there(text, fact):
    assert fact in coded(text), coded(text)


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister arrived in Madrid on Tuesday.",
    # a clause inside the subject says nothing of the forces' own purpose
    "Indian soldiers who had joined relief efforts arrived in Delhi.",
])
def test_an_arrival_of_no_peacekeeping_force(text):
    found = coded(text)
    assert not any(f[1] == "SUPPLIED" for f in found), found
    assert all(f[1] == "DEPLOYED" for f in found if f[0] == "Peru"), found


def test_whom_a_state_lets_free_it_releases():
    # the parser makes "free" a clause of "let" with no subject of its own: the letting's doer frees
    assert ("Chile", "CONCEDED", "Chile", "0841") not in coded("Chile let free the activists.")
    assert any(f[:2] == ("Chile", "CONCEDED") and f[3] == "0841" for f in coded("Chile let free the activists."))


@pytest.mark.parametrize("text, fact", [
    # an office given up is yielded to whose it is
    ("Evo Morales resigned as president of Bolivia in November.", ("Evo Morales", "CONCEDED", "Bolivia", "0831")),
])
def test_an_office_given_up_is_yielded_to_its_owner(text, fact):
    assert fact in coded(text), coded(text)


def test_a_partly_recognised_state_acts_as_a_country():
    assert ("Kosovo", "CONDEMNED", "Serbia", "111") in coded("Kosovo condemned Serbia over the border closure.")


def test_whoever_is_responsible_for_an_act_did_it():
    found = coded("The Zetas were responsible for the killings of nine police officers.")
    assert any(f[:2] == ("Zetas", "ATTACKED") and f[3] == "18" for f in found), found
    # responsibility for a task is no act
    assert not any(f[1] == "ATTACKED" for f in coded("Chile is responsible for the security of the summit."))
