"""The same ingest and queries against a live Neo4j. Runs when NEO4J_URI is set
(`docker compose up -d`, or `make test-neo4j`); reported as skipped otherwise."""

from __future__ import annotations

import os

import pytest

from conftest import SEEDS
from newsgraph import queries
from newsgraph.ingest.pipeline import ingest
from newsgraph.store import open_store

pytestmark = pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set: no live Neo4j to test")


@pytest.fixture(scope="module")
def neo4j_store():
    with open_store(os.environ["NEO4J_URI"]) as store:
        store.run_write([("MATCH (n) DETACH DELETE n", {})])
        store.apply_schema()
        yield store


def test_seeds_ingest_into_neo4j(neo4j_store):
    summary = ingest([str(SEEDS)], neo4j_store)
    assert summary.documents == 2 and not summary.failed
    rows = neo4j_store.read("MATCH (e:Person {name: 'Yoon Suk Yeol'}) RETURN count(e)").rows
    assert rows == [[1]]
    again = ingest([str(SEEDS)], neo4j_store)
    assert again.skipped == 2


def test_disputed_claims_on_neo4j(neo4j_store):
    query = queries.get("disputed-claims")
    result = neo4j_store.read(query.text_for("neo4j"), query.bind({}))
    assert any(r["source"] == "Ukraine" and r["relation"] == "REQUESTED" for r in result.records())


def test_reads_are_read_only(neo4j_store):
    from newsgraph.store import StoreError

    with pytest.raises(StoreError):
        neo4j_store.read("CREATE (:Entity {id: 'should-not-exist'})")
