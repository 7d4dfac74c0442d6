"""The embedded store's own client (newsgraph/store/falkordb_wire.py) against the real server:
every kind of value FalkorDB returns comes back in the plain shapes of store.base.Result, and
parameters reach the query intact whatever characters they hold."""

from __future__ import annotations

import datetime

import pytest

from newsgraph.store import StoreError, open_store


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "graph.db")) as store:
        yield store


def test_scalars_lists_and_maps(store):
    row = store.read("RETURN 1, -2.5, true, false, null, 'x', [1, 'a', [2.0]], {k: 1, m: {n: 'deep'}}").rows[0]
    assert row == [1, -2.5, True, False, None, "x", [1, "a", [2.0]], {"k": 1, "m": {"n": "deep"}}]
    assert [type(v) for v in row[:3]] == [int, float, bool]


def test_parameters_arrive_as_given(store):
    awkward = 'quote " backslash \\ backtick ` newline \n brace } unicode Київ «» 😀'
    params = {"s": awkward, "n": 3, "f": 0.1, "b": False, "none": None, "l": [awkward, 1, None],
              "m": {"text": awkward, "list": [True]}}
    row = store.read("RETURN $s, $n, $f, $b, $none, $l, $m", params).rows[0]
    assert row == [awkward, 3, 0.1, False, None, [awkward, 1, None], {"text": awkward, "list": [True]}]


def test_nodes_relationships_and_paths(store):
    store.run_write([("CREATE (:Entity:Person {id: 'a', name: 'Ann', aliases: ['A']})"
                      "-[:MET {doc_id: 'd1', confidence: 0.5}]->(:Entity:Country {id: 'b', name: 'Bo'})", {})])
    node, rel, path = store.read("MATCH p = (a {id: 'a'})-[r]->(b) RETURN a, r, p").rows[0]
    assert sorted(node["labels"]) == ["Entity", "Person"]
    assert node["properties"] == {"id": "a", "name": "Ann", "aliases": ["A"]}
    assert rel["type"] == "MET" and rel["properties"] == {"doc_id": "d1", "confidence": 0.5}
    assert rel["start"] == node["element_id"] and rel["end"] != rel["start"]
    assert [n["properties"]["id"] for n in path["nodes"]] == ["a", "b"]
    assert [r["type"] for r in path["relationships"]] == ["MET"]
    # A label, type or key added after the client read the graph's lists is looked up again.
    store.run_write([("MATCH (b {id: 'b'}) SET b:Agent, b.founded = 1991 CREATE (b)-[:ALLIED]->(b)", {})])
    node, rel = store.read("MATCH (b {id: 'b'})-[r:ALLIED]->() RETURN b, r").rows[0]
    assert "Agent" in node["labels"] and node["properties"]["founded"] == 1991 and rel["type"] == "ALLIED"


def test_points_and_dates(store):
    point, day = store.read("RETURN point({latitude: 50.45, longitude: 30.52}), date('2024-02-29')").rows[0]
    assert point == pytest.approx({"latitude": 50.45, "longitude": 30.52})
    assert day == datetime.date(2024, 2, 29)


def test_errors_are_the_servers_reasons(store):
    with pytest.raises(StoreError, match="refused the query: 'RETURN' not defined"):
        store.read("RETURN RETURN")
    with pytest.raises(StoreError, match="refused the query: Division by zero"):
        store.read("UNWIND [1, 0] AS x RETURN 1 / x")
    assert store.read("RETURN 2").rows == [[2]]  # the connection still answers after refusals
