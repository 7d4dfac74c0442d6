"""Codes the structure decides (schema/coding.toml, ingest/extract/coding.py): refusals are
rejections, "X said Y must ..." is a demand, weighing an option is a statement, agreeing with an
opinion is accord, not a deal."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pipeline import extract_text


def relations(text: str) -> set[tuple]:
    """(source, type, target, cameo, polarity) of the event relations of `text`, by entity name;
    an agent by the name of what it acts for."""
    extracted = extract_text(text)
    names = {e.id: e.name for e in extracted.entities}
    names |= {e.id: names[e.anchor] for e in extracted.entities if e.anchor in names}
    return {(names[r.source], r.type, names.get(r.target), r.cameo, r.polarity)
            for r in extracted.relations if r.plover or r.cameo}


@pytest.mark.parametrize("text, fact", [
    ("Norway refused to lift the sanctions on Belarus.", ("Norway", "DENIED", "Belarus", "124", "positive")),
    ("The rebels will not release the captured Nigerian soldiers.", (None, "DENIED", "Nigeria", "124", "positive")),
    ("Poland and Lithuania failed to reach an agreement on the pipeline.", ("Poland", "DENIED", "Lithuania", "127", "positive")),
    ("Denmark declined to send aid to Kenya.", ("Denmark", "DENIED", "Kenya", "122", "positive")),
    ("Peru said it would not meet Bolivia's president.", ("Peru", "DENIED", "Bolivia", "125", "positive")),
])
def test_a_refused_act_of_cooperation_is_a_rejection(text, fact):
    found = relations(text)
    assert any(f[1:] == fact[1:] and (fact[0] is None or f[0] == fact[0]) for f in found), found


@pytest.mark.parametrize("text", [
    "Norway did not lift the sanctions on Belarus last year.",  # not done, but nothing refused
    "Denmark has not yet sent aid to Kenya.",
])
def test_an_act_only_not_done_is_no_rejection(text):
    assert not any(f[1] == "DENIED" for f in relations(text))


def test_the_refused_act_stays_negated():
    found = relations("Norway refused to lift the sanctions on Belarus.")
    assert ("Norway", "CONCEDED", "Belarus", "085", "negative") in found or any(
        f[1] == "CONCEDED" and f[4] == "negative" for f in found)
    assert not any(f[1] == "CONCEDED" and f[4] == "positive" for f in found)


@pytest.mark.parametrize("text, fact", [
    ("The Kenyan foreign minister said that Somalia must withdraw its troops from the border.",
     ("Kenya", "REQUESTED", "Somalia", "10")),
    ("Brazil insists Venezuela should free the opposition leaders.", ("Brazil", "REQUESTED", "Venezuela", "10")),
    ("Ghana says Togo has to reopen the border crossing.", ("Ghana", "REQUESTED", "Togo", "10")),
])
def test_saying_another_actor_must_act_is_a_demand(text, fact):
    assert fact + ("positive",) in relations(text)


@pytest.mark.parametrize("text", [
    "Brazil said it must cut spending.",  # an obligation of its own
    "Brazil said Venezuela would free the opposition leaders.",  # a prediction
])
def test_no_demand_without_an_obligation_on_another(text):
    assert not any(f[1] == "REQUESTED" for f in relations(text))


def test_considering_aid_is_weighing_an_option():
    found = relations("Chile is considering sending aid to Peru.")
    assert ("Chile", "SUPPLIED", "Peru", "014", "positive") in found


def test_considering_an_attack_is_no_statement():
    assert not any(f[3] == "014" for f in relations("Chile is considering an attack on Peru's navy."))


@pytest.mark.parametrize("text, cameo", [
    ("The Brazilian government agreed with Argentina that the tariffs were too high.", "019"),
    ("Uruguay agrees with the assessment of the Chilean government.", "019"),
    ("Brazil agreed with Argentina to lower the tariffs.", "03"),
])
def test_agreeing_with_an_opinion_is_accord(text, cameo):
    assert any(f[1] == "AGREED" and f[3] == cameo for f in relations(text)), relations(text)


@pytest.mark.parametrize("text", [
    "Should Brazil win the vote, Venezuela will protest.",  # a condition
    "Brazil said Venezuela does not have to free anyone.",  # no obligation
    "Brazil said the dispute has to do with Venezuela.",  # an idiom
    "Brazil said Venezuela has yet to reply.",  # not yet done
    "Brazil said the reforms should be passed quickly.",  # an opinion on a policy, of no one
    "Brazil said Venezuela had to import rice last year.",  # a past necessity
])
def test_no_demand_in_conditions_idioms_or_negated_need(text):
    assert not any(f[1] == "REQUESTED" for f in relations(text))


def test_the_demand_is_attributed_to_who_said_it():
    extracted = extract_text("Ghana says Togo has to reopen the border crossing.")
    demand = next(r for r in extracted.relations if r.type == "REQUESTED")
    assert demand.attributed_to == demand.source


def test_declining_to_comment_is_a_statement():
    found = relations("The Kenyan embassy declined to comment on the dispute with Uganda.")
    assert any(f[1] == "COMMENTED" and f[3] == "011" and f[4] == "positive" for f in found), found


def test_a_decision_to_ease_is_easing_not_an_intention():
    found = relations("Japan decided to lift the sanctions on Cuba.")
    assert ("Japan", "CONCEDED", "Cuba", "085", "positive") in found, found
