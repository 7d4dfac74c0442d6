"""Same graph, two stores: the seeds ingested into the embedded store and into Neo4j give the same
graph, compared generically (whatever labels, types and properties the extraction writes)."""

from __future__ import annotations

import json
from collections import Counter


def labels_counted(store) -> Counter:
    return Counter({"+".join(sorted(row[0])): row[1] for row in store.read("MATCH (n) RETURN labels(n), count(*)").rows})


def types_counted(store) -> Counter:
    return Counter({row[0]: row[1] for row in store.read("MATCH ()-[r]->() RETURN type(r), count(*)").rows})


def relations(store) -> list[str]:
    """Every relationship, with its ends and every property, as sorted JSON lines."""
    rows = store.read("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").rows
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)


def nodes(store) -> list[str]:
    rows = store.read("MATCH (n) RETURN labels(n), properties(n)").rows
    return sorted(json.dumps([sorted(row[0]), row[1]], sort_keys=True, ensure_ascii=False) for row in rows)


def test_node_labels_and_counts_are_the_same(seeds_store, neo4j_seeds):
    assert labels_counted(neo4j_seeds) == labels_counted(seeds_store)
    assert sum(labels_counted(seeds_store).values()) > 10  # documents and actors: a graph to compare


def test_relationship_types_and_counts_are_the_same(seeds_store, neo4j_seeds):
    assert types_counted(neo4j_seeds) == types_counted(seeds_store)
    assert len(types_counted(seeds_store)) > 3  # MENTIONS and some relation types


def test_every_property_of_every_relationship_is_the_same(seeds_store, neo4j_seeds):
    embedded, neo4j = relations(seeds_store), relations(neo4j_seeds)
    assert set(neo4j) - set(embedded) == set() and set(embedded) - set(neo4j) == set()
    assert neo4j == embedded  # duplicates too


def test_every_property_of_every_node_is_the_same(seeds_store, neo4j_seeds):
    embedded, neo4j = nodes(seeds_store), nodes(neo4j_seeds)
    assert set(neo4j) - set(embedded) == set() and set(embedded) - set(neo4j) == set()
    assert neo4j == embedded
