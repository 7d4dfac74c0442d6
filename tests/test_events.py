"""Events in the graph: every PLOVER-coded relation is also an (:Event) node, and a one-sided
event (no target) is stored, found by the canned queries and replaced with its document."""

from __future__ import annotations

import pytest

from conftest import count
from newsgraph import queries
from newsgraph.ingest.records import Article, Entity, ExtractedDocument, Relation

TEXT = ("The Varnian opposition called for early elections on Monday. "
        "Varnia asked Osterland for grain, Osterland's ministry said.")


def span(text: str, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text)}


def document(relations: list[Relation], text: str = TEXT) -> ExtractedDocument:
    article = Article(id="doc-varnia", path="varnia.txt", text=text, content_hash=str(hash(text)),
                      title="Varnia", outlet="The Test Gazette", published="2031-03-03")
    entities = [
        Entity("organization:varnian-opposition", "Varnian opposition", "Organization"),
        Entity("country:varnia", "Varnia", "Country"),
        Entity("country:osterland", "Osterland", "Country"),
    ]
    return ExtractedDocument(article, entities, relations)


CALL_FOR_ELECTIONS = Relation(
    source="organization:varnian-opposition", target=None, type="REQUESTED", plover="REQUEST", cameo="02",
    theme="early elections", sentence="The Varnian opposition called for early elections on Monday.",
    date="2031-03-02", confidence=0.8,
    source_mention=span("The Varnian opposition"), target_mention=None, trigger=span("called for"),
)
ASKED_FOR_GRAIN = Relation(
    source="country:varnia", target="country:osterland", type="REQUESTED", plover="REQUEST", cameo="02",
    theme="grain", sentence="Varnia asked Osterland for grain, Osterland's ministry said.",
    attributed_to="country:osterland", source_mention=span("Varnia", 1), target_mention=span("Osterland"),
    trigger=span("asked"),
)


@pytest.fixture
def events_store(store):
    store.write_documents([document([CALL_FOR_ELECTIONS, ASKED_FOR_GRAIN])])
    return store


def test_one_sided_event_is_an_event_node_without_target(events_store):
    rows = events_store.read(
        "MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event {theme: 'early elections'})<-[:REPORTS]-(d:Document) "
        "OPTIONAL MATCH (ev)-[:TARGETS]->(t) "
        "RETURN s.id, d.id, t, ev.type, ev.trigger, ev.trigger_start, ev.trigger_end, ev.source_text, "
        "ev.source_start, ev.target_text, ev.date").rows
    start = TEXT.index("called for")
    assert rows == [["organization:varnian-opposition", "doc-varnia", None, "REQUESTED", "called for",
                     start, start + len("called for"), "The Varnian opposition", 0, None, "2031-03-02"]]
    # No direct relationship for it: there is no other actor.
    assert count(events_store, "MATCH (:Entity {id: 'organization:varnian-opposition'})-[r]->(:Entity) RETURN count(r)") == 0


def test_two_sided_event_has_both_the_node_and_the_direct_relationship_with_one_id(events_store):
    rows = events_store.read(
        "MATCH (a:Entity {id: 'country:varnia'})-[r:REQUESTED]->(b:Entity {id: 'country:osterland'}) "
        "MATCH (a)-[:SOURCE_OF]->(ev:Event)-[:TARGETS]->(b) "
        "RETURN r.id = ev.id, r.trigger, ev.trigger, r.target_text, ev.target_start").rows
    assert rows == [[True, "asked", "asked", "Osterland", TEXT.index("Osterland")]]


def test_the_canned_queries_show_the_one_sided_event(events_store):
    def rows(query_name, **params):
        return queries.get(query_name).run(events_store, params).records()

    requests = rows("requests")
    assert {(r["requester"], r["asked"], r["what"]) for r in requests} == {
        ("Varnian opposition", None, "early elections"), ("Varnia", "Osterland", "grain")}
    timeline = rows("timeline", name="varnian opposition")
    assert [(r["date"], r["relation"], r["target"], r["plover"]) for r in timeline] == [
        ("2031-03-02", "REQUESTED", None, "REQUEST")]
    assert [r["relation"] for r in rows("timeline", name="Varnia", other="Osterland")] == ["REQUESTED"]
    assert rows("timeline", name="Varnia", other="varnian opposition") == []
    profile = rows("entity-profile", name="Varnian opposition")
    assert [(r["relation"], r["direction"], r["with_whom"], r["sources"]) for r in profile] == [
        ("REQUESTED", "to", [], ["The Test Gazette"])]
    said = rows("statements-by", name="Osterland")
    assert [(r["source"], r["target"]) for r in said] == [("Varnia", "Osterland")]


def test_one_sided_negated_and_planned_events_in_refusals_and_hypotheticals(store):
    refused = Relation(source="country:varnia", target=None, type="DENIED", plover="REJECT", cameo="12",
                       theme="the ceasefire plan", sentence="Varnia rejected the ceasefire plan.")
    planned = Relation(source="country:osterland", target=None, type="DEPLOYED", plover="MOBILIZE", cameo="15",
                       modality="future", polarity="negative", theme="reserves",
                       sentence="Osterland will not mobilise its reserves.")
    store.write_documents([document([refused, planned])])
    refusals = queries.get("refusals").run(store, {}).records()
    assert {(r["source"], r["relation"], r["target"]) for r in refusals} == {
        ("Varnia", "DENIED", None), ("Osterland", "DEPLOYED", None)}
    hypotheticals = queries.get("hypotheticals").run(store, {}).records()
    assert [(r["source"], r["relation"], r["modality"]) for r in hypotheticals] == [("Osterland", "DEPLOYED", "future")]
    conflict = queries.get("conflict-events").run(store, {}).records()
    assert [(r["source"], r["target"], r["what"]) for r in conflict] == [("Osterland", None, "reserves")]


def test_rewriting_a_document_replaces_its_events(events_store):
    assert count(events_store, "MATCH (ev:Event) RETURN count(ev)") == 2
    events_store.write_documents([document([ASKED_FOR_GRAIN], text=TEXT + " ")])
    assert count(events_store, "MATCH (ev:Event) RETURN count(ev)") == 1
    assert count(events_store, "MATCH (ev:Event {theme: 'early elections'}) RETURN count(ev)") == 0
    events_store.write_documents([document([], text=TEXT + "  ")])
    assert count(events_store, "MATCH (ev:Event) RETURN count(ev)") == 0
    assert count(events_store, "MATCH ()-[r:SOURCE_OF|TARGETS|REPORTS]->() RETURN count(r)") == 0


def test_non_event_relations_are_not_event_nodes(store):
    member = Relation(source="country:varnia", target="country:osterland", type="MEMBER_OF", plover=None,
                      cameo=None, sentence="Varnia is a member of Osterland.")
    store.write_documents([document([member])])
    assert count(store, "MATCH (ev:Event) RETURN count(ev)") == 0
    assert count(store, "MATCH (:Entity)-[r:MEMBER_OF]->(:Entity) RETURN count(r)") == 1


def test_seeds_events_match_their_direct_relationships(seeds_store):
    """On real text: every PLOVER-coded relationship between actors has its Event node, same id."""
    direct = count(seeds_store, "MATCH (:Entity)-[r]->(:Entity) WHERE r.plover IS NOT NULL RETURN count(r)")
    linked = count(seeds_store, "MATCH (:Entity)-[r]->(:Entity) WHERE r.plover IS NOT NULL "
                                "MATCH (ev:Event {id: r.id}) RETURN count(ev)")
    assert direct == linked > 10


def test_the_view_draws_a_one_sided_event_as_its_node(events_store):
    from newsgraph import view

    result = queries.get("entity-network").run(events_store, {"name": "Varnian opposition"})
    assert [(r["relation"]["type"], r["other"]["labels"]) for r in result.records()] == [("SOURCE_OF", ["Event"])]
    data = view.visualization(result)
    assert {n.caption for n in data.nodes} == {"Varnian opposition", "REQUESTED: early elections"}
    [drawn] = data.relationships
    assert drawn.caption == "REQUESTED" and drawn.properties["outlet"] == "The Test Gazette"
    assert drawn.properties["sentence"] == CALL_FOR_ELECTIONS.sentence and drawn.properties["trigger"] == "called for"


def test_one_sided_events_from_real_text_reach_the_queries(store):
    """Through the real pipeline: a call for something with no one asked. Skips (saying so) while the
    extraction of this branch gives no one-sided events; runs as soon as it does."""
    from newsgraph.ingest.load import make_article
    from newsgraph.ingest.pipeline import extract_all

    text = ("Germany called for early elections on Tuesday. "
            "Iran seized an oil tanker in the Gulf on Monday.")
    article = make_article(text, "calls.txt", {"id": "calls", "published": "2031-05-06", "outlet": "The Test Gazette"})
    [extracted] = list(extract_all([article]))
    one_sided = [r for r in extracted.relations if r.target is None]
    assert {(r.source, r.type) for r in one_sided} == {("country:germany", "REQUESTED"), ("country:iran", "COERCED")}
    store.write_documents([extracted])
    names = {e.id: e.name for e in extracted.entities}
    for relation in one_sided:
        rows = queries.get("timeline").run(store, {"name": names[relation.source]}).records()
        assert any(r["relation"] == relation.type and r["target"] is None and r["what"] == relation.theme
                   for r in rows), (relation, rows)
    assert count(store, "MATCH (ev:Event) WHERE NOT (ev)-[:TARGETS]->() RETURN count(ev)") == len(one_sided)
