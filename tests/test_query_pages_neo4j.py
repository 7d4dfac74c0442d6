"""The page tests of test_queries.py on the live Neo4j (NEO4J_URI, emptied first): the Neo4j texts of the
queries that read in their sort order plan differently from FalkorDB's, and some differ in their text
(queries/embedded/). A module of its own, so that no other module's graph shares the database meanwhile."""

from __future__ import annotations

import os

import pytest

from newsgraph.store import open_store
from test_queries import SORT_KEYS, generated_documents
from test_queries import test_a_page_is_the_start_of_the_whole_sorted_list as page_is_the_start


@pytest.fixture(scope="module")
def neo4j_generated():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set: no live Neo4j (`make neo4j` starts one)")
    with open_store(os.environ["NEO4J_URI"]) as opened:
        opened.run_write([("MATCH (n) DETACH DELETE n", {})])
        opened.apply_schema()
        documents = generated_documents()
        for start in range(0, len(documents), 16):
            opened.write_documents(documents[start:start + 16])
        yield opened


@pytest.mark.parametrize("name", sorted(SORT_KEYS))
def test_a_neo4j_page_is_the_start_of_the_whole_sorted_list(neo4j_generated, name):
    page_is_the_start(neo4j_generated, name)
