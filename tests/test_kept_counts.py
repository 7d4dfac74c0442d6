"""The counts the writer keeps on each actor (ingest/cypher/count-entities.cypher: `relations`,
`documents`), which most-connected and co-mentioned sort by, are the store's own counts after every
kind of write: ingest, re-ingest of a changed document and with --force, the identity pass's merges and
their undoing, the embedded store's undo of a half-applied write; a graph written before the writer kept
them gets them as it opens. Real spaCy, real FalkorDB; Neo4j too where NEO4J_URI is set."""

from __future__ import annotations

import math
import os

import pytest

from newsgraph import queries
from newsgraph.ingest.pipeline import ingest
from newsgraph.schema import vocabulary
from newsgraph.store import StoreError, open_store
from tests.test_identity import CORPUS, _corpus
from tests.test_store_failures import document


def counted(store) -> dict[str, tuple]:
    """Each actor's (kept relations, counted relations, kept documents, counted documents, kept kinds,
    counted kinds)."""
    types = sorted(vocabulary().relations)
    if store.kind == "neo4j":
        relations, documents = f"COUNT {{ (e)-[:{'|'.join(types)}]-() }}", "COUNT { (e)<-[:MENTIONS]-() }"
        kinds = "[kind IN [" + ", ".join(f"['{t}', COUNT {{ (e)-[:{t}]-() }}]" for t in types) + "] WHERE kind[1] > 0 | kind[0]]"
    else:
        arguments = ", ".join(f"'{t}'" for t in types)
        relations, documents = f"indegree(e, {arguments}) + outdegree(e, {arguments})", "indegree(e, 'MENTIONS')"
        kinds = f"[t IN {types!r} WHERE indegree(e, t) + outdegree(e, t) > 0]"
    rows = store.read(f"MATCH (e:Entity) RETURN e.id, e.relations, {relations}, e.documents, {documents}, e.kinds, {kinds}").rows
    return {row[0]: tuple(row[1:]) for row in rows}


def assert_kept(store) -> dict[str, tuple]:
    counts = counted(store)
    assert counts, "no actor"
    wrong = {key: c for key, c in counts.items() if c[0] != c[1] or c[2] != c[3] or c[4] != c[5]}
    assert not wrong, f"kept counts that are not the counts (kept, counted relations, documents, kinds): {wrong}"
    assert sum(c[1] for c in counts.values()) > 0 and any(c[5] for c in counts.values())
    return counts


def test_the_counts_follow_ingest_reingest_and_the_identity_pass(tmp_path):
    paths = _corpus(tmp_path / "corpus")
    with open_store(str(tmp_path / "g" / "graph.db")) as store:
        store.apply_schema()
        for path in paths:  # each document its own run: the identity pass joins across runs
            ingest([path], store)
        counts = assert_kept(store)
        assert "person:walsh" not in counts and counts["person:robert-walsh"][3] == 3  # joined: a, b, g
        changed = {**CORPUS, "a.txt": "Harbour Records signed a new band on Monday. Velmora Motor Company praised the deal.\n"}
        ingest(_corpus(tmp_path / "corpus", changed), store)  # no full name left: the join is undone
        counts = assert_kept(store)
        assert "person:robert-walsh" not in counts and counts["person:walsh"][3] == 2
        ingest(_corpus(tmp_path / "corpus"), store, force=True)  # the first texts again, every one rewritten
        assert assert_kept(store)["person:robert-walsh"][3] == 3


def test_the_embedded_undo_of_a_half_applied_write_counts_again(tmp_path):
    with open_store(str(tmp_path / "g" / "graph.db")) as store:
        store.apply_schema()
        store.write_documents([document("kept")])
        store.write_documents([document("rewritten")])
        assert assert_kept(store)["country:ukraine"][2] == 2
        with pytest.raises(StoreError):  # the last statement fails after the counts were set
            store.write_documents([document("fresh"), document("rewritten", confidence=math.nan)])
        assert assert_kept(store)["country:ukraine"][2:4] == (1, 1)


def _without_counts(store) -> None:
    store.run_write([("MATCH (e:Entity) SET e.relations = null, e.documents = null, e.kinds = null", {})])
    assert {c[0] for c in counted(store).values()} == {None}


def test_a_graph_written_before_the_counts_gets_them_as_it_opens(tmp_path):
    path = str(tmp_path / "g" / "graph.db")
    with open_store(path) as store:
        store.apply_schema()
        store.write_documents([document("one"), document("two")])
        _without_counts(store)
        assert queries.get("most-connected").run(store, {}).rows == []  # what such a graph listed
    with open_store(path) as store:  # open: the indexes, then the missing counts
        assert assert_kept(store)["country:ukraine"][2] == 2
        assert [row[0] for row in queries.get("most-connected").run(store, {}).rows][:1] == ["Ukraine"]


def test_neo4j_fills_the_missing_counts_as_the_schema_is_applied():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set: no live Neo4j (`make neo4j` starts one)")
    with open_store(os.environ["NEO4J_URI"]) as store:
        store.run_write([("MATCH (n) DETACH DELETE n", {})])
        store.apply_schema()
        store.write_documents([document("one"), document("two")])
        store.write_documents([document("two"), document("three")])
        assert assert_kept(store)["country:ukraine"][2] == 3
        _without_counts(store)
        store.apply_schema()
        assert assert_kept(store)["country:ukraine"][2] == 3
