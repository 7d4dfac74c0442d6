"""The seeds in, a graph out: what issue #2 promises on the embedded store."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import SEEDS, count
from newsgraph.cli import cli
from newsgraph.ingest.pipeline import ingest


def names(store, label: str) -> set[str]:
    return {row[0] for row in store.read(f"MATCH (e:{label}) RETURN e.name").rows}


def test_seed_actors_are_nodes(seeds_store):
    assert {"Yoon Suk Yeol", "Rustem Umerov", "Kim Jong Un", "Kim Yong-hyun"} <= names(seeds_store, "Person")
    assert "Cheongung-II" in names(seeds_store, "Weapon")
    assert {"NATO", "Yonhap", "TASS"} <= names(seeds_store, "Organization")


def test_one_node_for_yoon_across_both_articles(seeds_store):
    rows = seeds_store.read(
        "MATCH (e:Entity) WHERE e.name CONTAINS 'Yoon' RETURN e.id, size([(d:Document)-[:MENTIONS]->(e) | d])"
    ).rows
    assert rows == [["person:yoon-suk-yeol", 2]]


def test_the_two_kims_are_different_people(seeds_store):
    ids = {row[0] for row in seeds_store.read("MATCH (e:Person) WHERE e.name STARTS WITH 'Kim' RETURN e.id").rows}
    assert {"person:kim-jong-un", "person:kim-yong-hyun"} <= ids


def relation(store, relation_type: str, source: str, target: str, polarity: str | None = None) -> list[str]:
    """The sentences behind (source)-[type]->(target) relations."""
    return [row[0] for row in store.read(
        f"MATCH (s:Entity {{name: $source}})-[r:{relation_type}]->(t:Entity {{name: $target}}) "
        "WHERE $polarity IS NULL OR r.polarity = $polarity RETURN r.sentence",
        {"source": source, "target": target, "polarity": polarity},
    ).rows]


def test_request_and_its_denial(seeds_store):
    asked = relation(seeds_store, "REQUESTED", "Ukraine", "South Korea", "positive")
    assert any("imploring South Korea to provide" in s for s in asked)
    denied = relation(seeds_store, "REQUESTED", "Ukraine", "South Korea", "negative")
    assert any("did not request" in s for s in denied)


def test_warned_and_allied(seeds_store):
    warned = seeds_store.read("MATCH (:Country {name: 'Russia'})-[r:WARNED]->() RETURN r.sentence").rows
    assert any("warnings" in row[0] for row in warned)
    allied = seeds_store.read(
        "MATCH (a:Entity)-[r:ALLIED]-(b:Entity) WHERE a.name = 'Russia' AND b.name = 'North Korea' RETURN r.sentence"
    ).rows
    assert allied and "coalition" in allied[0][0]


def test_every_relation_is_traceable(seeds_store):
    rows = seeds_store.read(
        "MATCH (:Entity)-[r]->(:Entity) MATCH (d:Document {id: r.doc_id}) "
        "RETURN r.sentence, r.plover, r.cameo, r.polarity, r.modality, d.outlet"
    ).rows
    assert rows
    for sentence, plover, cameo, polarity, modality, outlet in rows:
        assert sentence and polarity in ("positive", "negative") and outlet
        assert modality in ("asserted", "future", "possible", "hypothetical")


def graph_counts(store) -> tuple[int, int]:
    return count(store, "MATCH (n) RETURN count(n)"), count(store, "MATCH ()-[r]->() RETURN count(r)")


def test_ingest_twice_changes_nothing(store):
    first = ingest([str(SEEDS)], store)
    before = graph_counts(store)
    second = ingest([str(SEEDS)], store)
    assert (second.documents, second.skipped) == (0, 2)
    assert graph_counts(store) == before
    ingest([str(SEEDS)], store, force=True)
    assert graph_counts(store) == before
    assert first.documents == 2


def test_changed_document_replaces_its_facts(store, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Russia warned Japan about its missile tests. Japan condemned Russia.\n")
    ingest([str(article)], store)
    assert count(store, "MATCH (:Country {name: 'Russia'})-[r:WARNED]->(:Country {name: 'Japan'}) RETURN count(r)") == 1
    article.write_text("Brazil criticized Argentina over trade.\n")
    summary = ingest([str(article)], store)
    assert summary.documents == 1
    assert count(store, "MATCH ()-[r:WARNED]->() RETURN count(r)") == 0
    assert count(store, "MATCH (e:Entity {name: 'Japan'}) RETURN count(e)") == 0  # nothing mentions it now
    assert count(store, "MATCH (:Country {name: 'Brazil'})-[r:CONDEMNED]->(:Country {name: 'Argentina'}) RETURN count(r)") == 1
    assert count(store, "MATCH (d:Document) RETURN count(d)") == 1


def test_extract_prints_json_lines():
    result = CliRunner().invoke(cli, ["extract", str(SEEDS)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2
    document = lines[0]
    assert set(document) >= {"document", "entities", "relations"}
    assert set(document["document"]) >= {"id", "path", "title", "outlet", "url", "published"}
    entity_ids = {e["id"] for e in document["entities"]}
    for relation in document["relations"]:
        assert relation["source"] in entity_ids and relation["target"] in entity_ids | {None}  # None: one-sided
        assert set(relation) >= {"type", "plover", "cameo", "polarity", "modality", "attributed_to",
                                 "theme", "sentence", "date", "confidence"}
        assert 0.0 <= relation["confidence"] <= 1.0


def test_cli_ingest_and_query(tmp_path):
    graph = str(tmp_path / "cli.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["--graph", graph, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "2 documents written" in result.output
    result = runner.invoke(cli, ["--graph", graph, "query", "run", "disputed-claims", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {"source": "Ukraine", "relation": "REQUESTED", "target": "South Korea"}.items() <= rows[0].items()
    result = runner.invoke(cli, ["--graph", graph, "query", "run", "no-such-query"])
    assert result.exit_code == 1 and "valid:" in result.output


def test_default_store_is_announced(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("NEWSGRAPH_GRAPH", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = CliRunner().invoke(cli, ["query", "run", "overview"])
    assert result.exit_code == 0, result.output
    assert "Using the embedded store at" in result.output
