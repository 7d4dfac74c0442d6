"""Contradictions are recorded as facts are written (ingest/cypher/mark-disputed-facts.cypher) and
re-checked when a document is replaced (unmark-disputed-facts.cypher): `disputed-claims` reads
those marks, so they must follow every write. Real embedded FalkorDB, and Neo4j when NEO4J_URI is set."""

from __future__ import annotations

import os

import pytest

from newsgraph import queries
from newsgraph.ingest.records import Article, Entity, ExtractedDocument, Relation
from newsgraph.schema import entity_id, vocabulary
from newsgraph.store import open_store

HARBOR = Entity(entity_id("Country", "Freedonia"), "Freedonia", "Country")
INLAND = Entity(entity_id("Country", "Sylvania"), "Sylvania", "Country")
OTHER = Entity(entity_id("Country", "Osterlich"), "Osterlich", "Country")


def document(doc_id: str, outlet: str, *facts: tuple[Entity, str, Entity, str], version: str = "1") -> ExtractedDocument:
    """A document stating each (source, relation type, target, polarity)."""
    relations = []
    for source, kind, target, polarity in facts:
        spec = vocabulary().relation(kind)
        relations.append(Relation(source=source.id, target=target.id, type=spec.name, plover=spec.plover,
                                  cameo=spec.cameo, polarity=polarity,
                                  sentence=f"{source.name} {kind.lower()} {target.name} ({polarity}, {doc_id})."))
    article = Article(id=doc_id, path=f"{doc_id}.txt", text="", content_hash=f"{doc_id}-{version}",
                      title=f"Story {doc_id}", outlet=outlet, published="2025-03-01")
    return ExtractedDocument(article, [HARBOR, INLAND, OTHER], relations)


def disputed(store) -> list[tuple]:
    rows = queries.get("disputed-claims").run(store).records()
    return sorted((r["source"], r["relation"], r["target"], r["reported_by"], r["disputed_by"]) for r in rows)


def marked(store) -> list[tuple]:
    """Every relation carrying the mark: (document, polarity)."""
    rows = store.read("MATCH (:Entity)-[r]->(:Entity) WHERE r.disputed = true RETURN r.doc_id, r.polarity").rows
    return sorted(tuple(row) for row in rows)


def contradictions_follow_every_write(store):
    supply = vocabulary().relation("SUPPLIED").name
    store.write_documents([document("a", "Wire One", (HARBOR, supply, INLAND, "positive"))])
    assert disputed(store) == [] and marked(store) == []

    # One document saying both does not dispute itself; a second one denying it does.
    store.write_documents([document("b", "Wire Two", (HARBOR, supply, INLAND, "negative"))])
    assert disputed(store) == [("Freedonia", supply, "Sylvania", "Wire One", "Wire Two")]
    assert marked(store) == [("a", "positive"), ("b", "negative")]

    # A denial about another pair, or in the other direction, is no contradiction of it.
    store.write_documents([document("c", "Wire Three", (HARBOR, supply, OTHER, "negative"),
                                    (INLAND, supply, HARBOR, "negative"))])
    assert marked(store) == [("a", "positive"), ("b", "negative")]

    # A third report of the denial: both denials are disputed by the one claim.
    store.write_documents([document("d", "Wire Four", (HARBOR, supply, INLAND, "negative"))])
    assert len(disputed(store)) == 2
    assert marked(store) == [("a", "positive"), ("b", "negative"), ("d", "negative")]

    # b re-ingested, now agreeing: its old relation goes, and its mark with it; d is still disputed by a.
    store.write_documents([document("b", "Wire Two", (HARBOR, supply, INLAND, "positive"), version="2")])
    assert disputed(store) == [("Freedonia", supply, "Sylvania", "Wire One", "Wire Four"),
                               ("Freedonia", supply, "Sylvania", "Wire Two", "Wire Four")]
    assert marked(store) == [("a", "positive"), ("b", "positive"), ("d", "negative")]

    # d replaced by a document that says something else: nothing contradicts a or b any more.
    store.write_documents([document("d", "Wire Four", (OTHER, supply, INLAND, "positive"), version="2")])
    assert disputed(store) == [] and marked(store) == []


def test_contradictions_follow_every_write_embedded(store):
    contradictions_follow_every_write(store)


def test_contradictions_follow_every_write_neo4j():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set: no live Neo4j (`make neo4j` starts one)")
    with open_store(os.environ["NEO4J_URI"]) as store:
        store.run_write([("MATCH (n) DETACH DELETE n", {})])
        store.apply_schema()
        contradictions_follow_every_write(store)
        store.run_write([("MATCH (n) DETACH DELETE n", {})])
