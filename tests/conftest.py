"""Shared fixtures: real spaCy, real embedded FalkorDB, no mocks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgraph.ingest.pipeline import ingest
from newsgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def store(tmp_path):
    """A fresh, empty embedded store."""
    with open_store(str(tmp_path / "graph.db")) as opened:
        opened.apply_schema()
        yield opened


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """The seeds ingested once into an embedded store, shared read-only by the tests."""
    path = tmp_path_factory.mktemp("seeds") / "graph.db"
    with open_store(str(path)) as opened:
        opened.apply_schema()
        summary = ingest([str(SEEDS)], opened)
        assert summary.documents == 2 and not summary.failed
        yield opened


@pytest.fixture(scope="module")
def neo4j_seeds():
    """The seeds in the live Neo4j at NEO4J_URI (`make neo4j`, `.ci/run`), emptied first; skips without one."""
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set: no live Neo4j (`make neo4j` starts one)")
    with open_store(os.environ["NEO4J_URI"]) as opened:
        opened.run_write([("MATCH (n) DETACH DELETE n", {})])
        opened.apply_schema()
        summary = ingest([str(SEEDS)], opened)
        assert summary.documents == 2 and not summary.failed
        yield opened


def count(store, cypher: str, params: dict | None = None) -> int:
    return store.read(cypher, params or {}).rows[0][0]
