"""The canned query library on the seeds, in the embedded store: every query runs with its example
parameters and its rows are checked. Each query is also linted as Neo4j 5 Cypher in
test_cypher_lint.py. A query without an entry in EXPECTATIONS fails here."""

from __future__ import annotations

import json
import os
import zipfile

import pytest
from click.testing import CliRunner

from conftest import count
from newsgraph import browser, output, queries
from newsgraph.cli import cli
from newsgraph.schema import vocabulary
from newsgraph.store import StoreError, open_store


def has(rows: list[dict], **values) -> bool:
    """Some row has all these column values."""
    return any(all(row.get(k) == v for k, v in values.items()) for row in rows)


def check_overview(rows):
    assert has(rows, kind="nodes", name="Document", count=2)
    assert has(rows, kind="relationships", name="MENTIONS")
    assert has(rows, kind="relationships", name="REQUESTED")
    assert all(row["count"] > 0 for row in rows)


def check_recent_documents(rows):
    assert [r["outlet"] for r in rows] == ["The Korea Herald", "Nikkei Asia"]  # newest first
    assert all(r["actors"] > 5 for r in rows)


def check_entity_profile(rows):
    assert {(r["name"], r["type"]) for r in rows} == {("Yoon Suk Yeol", "Person")}
    assert "Yoon" in rows[0]["aliases"]
    assert any("Rustem Umerov" in r["with_whom"] and r["sources"] for r in rows)  # Umerov met Yoon in Seoul


def check_requests(rows):
    assert has(rows, requester="Ukraine", asked="South Korea", polarity="positive", outlet="Nikkei Asia")
    assert has(rows, requester="Ukraine", asked="South Korea", polarity="negative", outlet="The Korea Herald")


def check_refusals(rows):
    assert has(rows, source="Ukraine", relation="REQUESTED", polarity="negative", target="South Korea")
    assert all(r["relation"] == "DENIED" or r["polarity"] == "negative" for r in rows)


def check_warnings(rows):
    assert has(rows, warned_by="Russia")
    assert all(r["sentence"] for r in rows)


def check_alliances(rows):
    assert any({r["actor"], r["partner"]} == {"North Korea", "Russia"} and r["relation"] == "ALLIED" for r in rows)


def check_supply_flows(rows):
    assert has(rows, supplier="North Korea", receiver="Russia", what="munitions", modality="asserted")
    assert has(rows, supplier="South Korea", receiver="Ukraine")


def check_disputed_claims(rows):
    assert has(rows, source="Ukraine", relation="REQUESTED", target="South Korea",
               reported_by="Nikkei Asia", disputed_by="The Korea Herald")


def check_hypotheticals(rows):
    assert has(rows, source="South Korea", relation="SUPPLIED", target="Ukraine")
    assert all(r["modality"] != "asserted" for r in rows)


def check_statements_by(rows):
    # "The Ukrainian defense minister said ..." is Umerov too, so not every sentence names him.
    assert rows and all(r["speaker"] == "Rustem Umerov" for r in rows)
    assert any("Umerov" in r["sentence"] for r in rows)


def check_said_about(rows):
    assert rows and all(r["speaker"] == "Ukraine" and "North Korea" in (r["source"], r["target"]) for r in rows)


def check_timeline(rows):
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert has(rows, source="Ukraine", relation="REQUESTED", target="South Korea")
    assert all("South Korea" in (r["source"], r["target"]) for r in rows)


def check_provenance(rows):
    requests = [r for r in rows if r["relation"]["type"] == "REQUESTED"]
    assert {r["polarity"] for r in requests} == {"positive", "negative"}
    assert {r["outlet"] for r in requests} == {"Nikkei Asia", "The Korea Herald"}
    assert all(r["source"]["properties"]["name"] == "Ukraine" for r in requests)


def check_shortest_connection(rows):
    assert len(rows) == 1
    path = rows[0]["path"]
    ends = {path["nodes"][0]["properties"]["name"], path["nodes"][-1]["properties"]["name"]}
    assert ends == {"Yoon Suk Yeol", "Vladimir Putin"}
    assert rows[0]["steps"] == len(path["relationships"]) <= 4
    assert all("Entity" in node["labels"] for node in path["nodes"])  # no document in the chain


def check_most_connected(rows):
    relations = [r["relations"] for r in rows]
    assert relations == sorted(relations, reverse=True)
    assert "Russia" in [r["actor"] for r in rows[:3]]


def check_co_mentioned(rows):
    assert all(r["documents"] >= 2 for r in rows)
    assert any({r["actor"], r["other"]} == {"North Korea", "South Korea"} for r in rows)


def check_office_holders(rows):
    assert any(r["holder"] == "Kim Yong-hyun" and r["office"] == "South Korea"
               and "defen" in r["role"].lower() and r["as_of"] == "2024-11-28" for r in rows)


def check_weapon_systems(rows):
    assert {r["weapon"] for r in rows} == {"Cheongung-II"}
    assert "LIG Nex1" in rows[0]["makers"] and rows[0]["documents"] == 2


def check_documents_mentioning(rows):
    assert [r["outlet"] for r in rows] == ["The Korea Herald", "Nikkei Asia"]


def check_document_entities(rows):
    assert {r["document"] for r in rows} == {"Ukraine did not ask for weapons, South Korean defense minister says"}
    assert {"Kim Yong-hyun", "Rustem Umerov", "Yoon Suk Yeol"} <= {r["actor"] for r in rows}


def check_entity_network(rows):
    assert {r["entity"]["properties"]["name"] for r in rows} == {"South Korea"}
    assert any(r["relation"]["type"] == "REQUESTED" and r["other"]["properties"]["name"] == "Ukraine" for r in rows)


def check_conflict_events(rows):
    assert has(rows, source="Russia", relation="ATTACKED", target="Ukraine")
    assert {r["relation"] for r in rows} <= {"ATTACKED", "DEPLOYED", "SANCTIONED", "COERCED"}


def check_find_entity(rows):
    assert {"Kim Jong Un", "Kim Yong-hyun"} <= {r["name"] for r in rows}
    assert all("kim" in (r["name"] + " ".join(r["aliases"])).lower() for r in rows)


def check_events(rows):
    # The example asks for Ukraine's events from 2024-11-01 on, the first 100 by id.
    assert rows and all("Ukraine" in (r["source_name"], r["target_name"]) for r in rows)
    assert [r["event_id"] for r in rows] == sorted(r["event_id"] for r in rows)
    assert all(r["date"] >= "2024-11-01" for r in rows)
    assert has(rows, source_name="Ukraine", event_type="REQUESTED", target_name="South Korea", polarity="negative",
               source_country="Ukraine", source_type="Country", outlet="The Korea Herald")


EXPECTATIONS = {
    "events": check_events,
    "overview": check_overview,
    "recent-documents": check_recent_documents,
    "entity-profile": check_entity_profile,
    "requests": check_requests,
    "refusals": check_refusals,
    "warnings": check_warnings,
    "alliances": check_alliances,
    "supply-flows": check_supply_flows,
    "disputed-claims": check_disputed_claims,
    "hypotheticals": check_hypotheticals,
    "statements-by": check_statements_by,
    "said-about": check_said_about,
    "timeline": check_timeline,
    "provenance": check_provenance,
    "shortest-connection": check_shortest_connection,
    "most-connected": check_most_connected,
    "co-mentioned": check_co_mentioned,
    "office-holders": check_office_holders,
    "weapon-systems": check_weapon_systems,
    "documents-mentioning": check_documents_mentioning,
    "document-entities": check_document_entities,
    "entity-network": check_entity_network,
    "conflict-events": check_conflict_events,
    "find-entity": check_find_entity,
}


@pytest.mark.parametrize("name", list(EXPECTATIONS))
def test_query_on_the_seeds(seeds_store, name):
    query = queries.get(name)
    EXPECTATIONS[name](query.run(seeds_store, query.examples()).records())


def test_profile_of_an_actor_without_relations(seeds_store):
    """One row with who it is (FalkorDB used to fail looking up the document of a missing relation)."""
    rows = queries.get("entity-profile").run(seeds_store, {"name": "telegram"}).records()
    assert [(r["name"], r["type"], r["relation"]) for r in rows] == [("Telegram", "Organization", None)]


def test_office_holders_reads_the_holds_role_contract(store):
    """The contract the actors branch writes to: (Person)-[:HOLDS_ROLE {theme: title, date, doc_id, ...}]->(Country)."""
    store.run_write([(
        "CREATE (:Document {id: 'd1', outlet: 'Gazette', published: '2031-05-02'}) "
        "CREATE (p:Entity:Person {id: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'Person', aliases: [], lookup: ['ana ruiz']}) "
        "CREATE (c:Entity:Country {id: 'country:chile', name: 'Chile', type: 'Country', aliases: ['Chilean'], lookup: ['chile', 'chilean']}) "
        "CREATE (p)-[:HOLDS_ROLE {id: 'r1', theme: 'Minister of Defence', date: '2031-05-02', doc_id: 'd1', "
        "sentence: 'Defence Minister Ana Ruiz spoke.', polarity: 'positive', modality: 'asserted'}]->(c)",
        {},
    )])
    office = queries.get("office-holders")
    rows = office.run(store, {"of": "chilean"}).records()
    assert rows == [{"office": "Chile", "role": "Minister of Defence", "holder": "Ana Ruiz",
                     "as_of": "2031-05-02", "reports": 1, "sources": ["Gazette"]}]
    profile = queries.get("entity-profile").run(store, {"name": "ana ruiz"}).records()
    assert profile[0]["roles"] == ["Minister of Defence, Chile"]


@pytest.mark.parametrize("name", list(EXPECTATIONS))
def test_query_on_the_seeds_in_neo4j(neo4j_seeds, name):
    query = queries.get(name)
    EXPECTATIONS[name](query.run(neo4j_seeds, query.examples()).records())


def test_a_writing_query_is_refused_by_neo4j(neo4j_seeds, tmp_path):
    rogue = tmp_path / "rogue.cypher"
    rogue.write_text("// Rogue\n// Tries to write.\nCREATE (:Entity {id: 'rogue', name: 'Rogue'}) RETURN 1;\n")
    with pytest.raises(StoreError):
        queries.parse(rogue).run(neo4j_seeds)
    assert count(neo4j_seeds, "MATCH (e:Entity {id: 'rogue'}) RETURN count(e)") == 0


def test_a_path_reads_with_its_directions(seeds_store):
    path = queries.get("shortest-connection").run(seeds_store, {"a": "Yoon Suk Yeol", "b": "Vladimir Putin"}).rows[0][0]
    text = output.display(path)
    assert text.startswith("Yoon Suk Yeol ") and text.endswith(" Vladimir Putin")
    for before, rel, after in zip(path["nodes"], path["relationships"], path["nodes"][1:]):
        forward = f"{output.display(before)} -[:{rel['type']}]-> {output.display(after)}"
        backward = f"{output.display(before)} <-[:{rel['type']}]- {output.display(after)}"
        assert (forward if rel["start"] == before["element_id"] else backward) in text


def test_every_query_has_a_test():
    assert set(queries.library()) == set(EXPECTATIONS), "each library query needs an entry in EXPECTATIONS"


def test_at_least_twenty_questions():
    assert len(queries.library()) >= 20


@pytest.mark.parametrize("name", sorted(queries.library()))
def test_query_has_a_header(name):
    query = queries.get(name)
    assert query.path.read_text().startswith(f"// {query.title}\n")
    assert query.title and query.description, "a title line, then a description"
    assert query.cypher.strip() and not query.cypher.lstrip().startswith("//")
    for parameter in query.parameters:
        assert parameter.example not in (None, "") and parameter.help, f"{parameter.name}: an example and a help text"
        assert f"${parameter.name}" in query.cypher, f"{parameter.name} is declared but not used"
    query.bind(query.examples())  # the examples have the declared types


def test_header_problems_are_reported(tmp_path):
    no_header = tmp_path / "no-header.cypher"
    no_header.write_text("MATCH (n) RETURN n;\n")
    with pytest.raises(ValueError, match="first line"):
        queries.parse(no_header)
    no_example = tmp_path / "no-example.cypher"
    no_example.write_text("// Title\n// What it answers.\n// param name: string - no example\nRETURN $name;\n")
    with pytest.raises(ValueError, match="cannot read parameter"):
        queries.parse(no_example)


def test_embedded_variants_belong_to_a_query():
    variants = sorted(p.stem for p in (queries.HERE / "embedded").glob("*.cypher"))
    assert variants and set(variants) <= set(queries.library())
    text = queries.get("shortest-connection").embedded_cypher
    assert "{relation_types}" not in text and "{relation_pattern}" not in text  # the placeholders were filled
    assert all(relation in text for relation in vocabulary().relations)


def test_parameters_are_typed_and_checked():
    query = queries.get("requests")
    assert query.bind({"limit": "5"}) == {"limit": 5}
    assert query.bind({}) == {"limit": 50}
    with pytest.raises(ValueError, match=r"must be integer .*'five'"):
        query.bind({"limit": "five"})
    with pytest.raises(ValueError, match=r"no parameter name; valid: limit \(integer\)"):
        query.bind({"name": "x"})
    with pytest.raises(ValueError, match=r"needs --param name=.*valid: name \(string\)"):
        queries.get("entity-profile").bind({})
    boolean = queries.Parameter("flag", "boolean", True)
    assert boolean.cast("yes") is True and boolean.cast("False") is False
    with pytest.raises(ValueError, match="must be boolean"):
        boolean.cast("maybe")


def test_a_writing_query_is_refused(store, tmp_path):
    """A library file that tries to write fails on the read-only path and changes nothing."""
    rogue = tmp_path / "rogue.cypher"
    rogue.write_text("// Rogue\n// Tries to write.\nCREATE (:Entity {id: 'rogue', name: 'Rogue'}) RETURN 1;\n")
    with pytest.raises(StoreError, match="read-only|read only|RO_QUERY"):
        queries.parse(rogue).run(store)
    assert count(store, "MATCH (n) RETURN count(n)") == 0


def test_cli_lists_shows_and_runs(seeds_store, tmp_path):
    runner = CliRunner()
    listed = runner.invoke(cli, ["query", "list"])
    assert listed.exit_code == 0 and len(listed.output.splitlines()) >= 20
    described = json.loads(runner.invoke(cli, ["query", "list", "--format", "json"]).output)
    profile = next(q for q in described if q["name"] == "entity-profile")
    assert profile["parameters"][0] == {"name": "name", "type": "string", "required": True, "default": None,
                                        "example": "Yoon Suk Yeol", "help": "the actor's name or one of its aliases"}
    script = runner.invoke(cli, ["query", "show", "entity-profile", "--script", "--param", "name=Kim Jong Un"]).output
    assert script.startswith("// Entity profile\n") and ':param name => "Kim Jong Un";' in script
    assert script.rstrip().endswith(";")
    unknown = runner.invoke(cli, ["query", "show", "no-such"])
    assert unknown.exit_code == 1 and "valid: alliances," in unknown.output


def test_cli_run_formats(seeds_store):
    graph = str(seeds_store.path)
    runner = CliRunner()
    csv_out = runner.invoke(cli, ["--graph", graph, "query", "run", "requests", "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.output.startswith("requester,asked,what,")
    missing = runner.invoke(cli, ["--graph", graph, "query", "run", "provenance", "--param", "a=Ukraine"])
    assert missing.exit_code == 1 and "needs --param b=" in missing.output and "valid: a (string), b (string)" in missing.output
    nothing = runner.invoke(cli, ["--graph", graph, "query", "run", "overview", "--format", "html"])
    assert nothing.exit_code == 1 and "no nodes or relationships to draw" in nothing.output


def test_export_browser(tmp_path):
    result = CliRunner().invoke(cli, ["query", "export-browser", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "newsgraph-favorites.zip") as archive:
        names = archive.namelist()
        assert sorted(names) == sorted(f"newsgraph/{name}.cypher" for name in [*queries.library(), "example-parameters"])
        setter = archive.read("newsgraph/example-parameters.cypher").decode()
        for name in names[:-1]:
            script = archive.read(name).decode()
            query = queries.get(name.removeprefix("newsgraph/").removesuffix(".cypher"))
            assert script.startswith(f"// {query.title}\n") and script.rstrip().endswith(";")
            statements = [line for line in script.splitlines() if not line.startswith("//")]
            assert "\n".join(statements) == query.cypher + ";"  # one statement: the Browser shows its rows
            for parameter in query.parameters:
                assert f"// :param {parameter.name} => " in script
                assert f"\n:param {parameter.name} => " in setter
    style = (tmp_path / "newsgraph.grass").read_text()
    assert style == browser.grass()
    for label in ("Person", "Country", "Organization", "Weapon"):
        rule = style.split(f"node.{label} {{\n")[1].split("\n}")[0]
        assert 'caption: "{name}"' in rule and "color: #" in rule
    assert style.index("node.Entity") < style.index("node.Person")  # later rules win in the Browser


# Queries that read in their sort order and stop after `limit` rows (issue 11): the sort keys of a
# page must be the first keys of the whole list, as a plain query that reads everything sorts them.
# (The second list of hypotheticals and refusals, facts that are not events, is left out.)
# supply-flows as it read before (every delivery, then sorted): the rows as the user sees them.
SUPPLIES = ("OPTIONAL MATCH (w:Weapon) WITH collect(DISTINCT w.name) AS weapon_names "
            "MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event {type: 'SUPPLIED'}) OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity) "
            "OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev) "
            "WITH s.name AS supplier, t.name AS receiver, ev.theme AS what, ev.polarity AS polarity, ev.modality AS modality, "
            "d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence, "
            "collect([n IN weapon_names WHERE toLower(ev.sentence) CONTAINS toLower(n)]) AS named "
            "WITH supplier, receiver, reduce(weapons = [], names IN named | weapons + [n IN names WHERE NOT n IN weapons]) AS weapons")
EVERYTHING = {
    "hypotheticals": ("MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event) WHERE ev.modality IN ['future', 'possible', 'hypothetical'] "
                      "RETURN ev.modality, s.name, ev.type"),
    "refusals": ("MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event) WHERE ev.type = 'DENIED' OR ev.polarity = 'negative' "
                 "OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity) RETURN ev.type, s.name, t.name"),
    "requests": ("MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event {type: 'REQUESTED'}) OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity) "
                 "OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev) RETURN s.name, t.name, d.outlet"),
    "warnings": ("MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event {type: 'WARNED'}) OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity) "
                 "RETURN s.name, t.name"),
    "disputed-claims": ("MATCH (s:Entity)-[denied]->(t:Entity) WHERE denied.disputed = true AND denied.polarity = 'negative' "
                        "MATCH (s)-[said]->(t) WHERE said.disputed = true AND type(said) = type(denied) "
                        "AND said.polarity = 'positive' AND said.doc_id <> denied.doc_id RETURN s.name, type(said), t.name"),
    "alliances": ("MATCH (a:Entity)-[r:ALLIED|COOPERATED|AGREED]-(b:Entity) WHERE a.name < b.name "
                  "WITH a.name AS actor, b.name AS partner, type(r) AS relation, r.polarity AS polarity, count(DISTINCT r) AS reports "
                  "RETURN -reports, actor, partner"),
    "conflict-events": ("MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event) WHERE ev.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED'] "
                        "OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity) OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev) "
                        "RETURN coalesce(ev.date, d.published), ev.type, s.name, t.name"),
    "supply-flows": SUPPLIES + " RETURN -size(weapons), supplier, receiver",
}
SORT_KEYS = {
    "hypotheticals": ("modality", "source", "relation"),
    "refusals": ("relation", "source", "target"),
    "requests": ("requester", "asked", "outlet"),
    "warnings": ("warned_by", "warned"),
    "disputed-claims": ("source", "relation", "target"),
    "alliances": ("reports", "actor", "partner"),
    "conflict-events": ("date", "relation", "source", "target"),
    "supply-flows": ("weapons", "supplier", "receiver"),
}


def generated_documents():
    """40 generated documents (bench/corpus.py: many actors, facts of every type, both polarities,
    every modality), and for 20 of them a second report that says the opposite of each fact (so
    there are contradictions): pages end inside the list."""
    import sys
    from dataclasses import replace

    sys.path.insert(0, str(queries.HERE.parent / "bench"))
    from corpus import extracted_records

    flipped = {"positive": "negative", "negative": "positive"}
    documents = list(extracted_records(40, seed=3))
    return documents + [replace(d, article=replace(d.article, id=d.article.id + "-denied", content_hash=d.article.id),
                                relations=[replace(r, polarity=flipped.get(r.polarity, r.polarity)) for r in d.relations])
                        for d in documents[:20]]


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory):
    """generated_documents() written through the write path into an embedded store (test_query_pages_neo4j.py:
    into Neo4j)."""
    with open_store(str(tmp_path_factory.mktemp("generated") / "graph.db")) as opened:
        opened.apply_schema()
        documents = generated_documents()
        for start in range(0, len(documents), 16):
            opened.write_documents(documents[start:start + 16])
        yield opened


@pytest.mark.parametrize("name", sorted(SORT_KEYS))
def test_a_page_is_the_start_of_the_whole_sorted_list(generated_store, name):
    query, keys = queries.get(name), SORT_KEYS[name]
    order = lambda row: tuple("" if v is None else v for v in row)  # noqa: E731
    everything = sorted(map(order, generated_store.read(EVERYTHING[name]).rows))
    assert len(everything) > 25, f"{name}: rows enough on the generated graph"
    for limit in (1, 2, 3, 5, 8, 13, 21):
        result = query.run(generated_store, {**query.examples(), "limit": str(limit)})
        page = [dict(zip(result.columns, row)) for row in result.rows]
        if name in ("hypotheticals", "refusals"):
            page = [r for r in page if r["relation"] not in FACTS]
        got = sorted(order(-r[k] if k == "reports" else -len(r[k]) if k == "weapons" else r[k] for k in keys) for r in page)
        assert got == everything[:limit], f"{name}, limit {limit}"



def undated_documents():
    """The generated documents of generated_store with a third of their relations undated and the
    documents published on different days, half of them before any event's date: an undated event
    sorts by its document's day, so some pages begin with them and some end among them."""
    import sys
    from dataclasses import replace

    sys.path.insert(0, str(queries.HERE.parent / "bench"))
    from corpus import extracted_records

    documents = []
    for i, d in enumerate(extracted_records(40, seed=5)):
        published = f"2023-12-{i % 28 + 1:02d}" if i % 2 else "2024-06-01"
        documents.append(replace(d, article=replace(d.article, published=published),
                                 relations=[replace(r, date=None) if j % 3 == 0 else r for j, r in enumerate(d.relations)]))
    return documents


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def undated_store(request, tmp_path_factory):
    """undated_documents() written through the write path into each store (Neo4j: NEO4J_URI, emptied)."""
    if request.param == "neo4j" and not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set: no live Neo4j (`make neo4j` starts one)")
    target = os.environ["NEO4J_URI"] if request.param == "neo4j" else str(tmp_path_factory.mktemp("undated") / "graph.db")
    with open_store(target) as opened:
        if request.param == "neo4j":
            opened.run_write([("MATCH (n) DETACH DELETE n", {})])
        opened.apply_schema()
        documents = undated_documents()
        for start in range(0, len(documents), 16):
            opened.write_documents(documents[start:start + 16])
        yield opened


def test_conflict_events_pages_with_undated_events_on_both_stores(undated_store):
    """conflict-events reads the events up to the page's last date only (Neo4j: the date index in
    order); undated events sort by their document's day. Every page size, and one past every event
    (no last date: everything is read), is the start of a plain sort of everything."""
    query, keys = queries.get("conflict-events"), SORT_KEYS["conflict-events"]
    order = lambda row: tuple("" if v is None else v for v in row)  # noqa: E731
    everything = sorted(map(order, undated_store.read(EVERYTHING["conflict-events"]).rows))
    undated = undated_store.read("MATCH (ev:Event) WHERE ev.date IS NULL AND ev.type IN "
                                 "['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED'] RETURN count(ev)").rows[0][0]
    assert len(everything) > 25 and undated > 5
    assert everything[0][0] < "2024-01-01", "an undated event of an early document comes first"
    for limit in (1, 2, 3, 5, 8, 13, 21, 34, len(everything) + 1):
        result = query.run(undated_store, {"limit": str(limit)})
        got = sorted(order(row[result.columns.index(k)] for k in keys) for row in result.rows)
        assert got == everything[:limit], f"limit {limit}"


FACTS = sorted(name for name, relation in vocabulary().relations.items() if not relation.is_event)
EVENTS = sorted(name for name, relation in vocabulary().relations.items() if relation.is_event)


def test_every_actor_keeps_its_counts(generated_store, seeds_store):
    """most-connected and co-mentioned sort by the counts the writer and the identity pass keep on each
    actor: they are its counts after every write (tests/test_kept_counts.py: re-ingest, undo, old graphs)."""
    from tests.test_kept_counts import assert_kept
    for store in (generated_store, seeds_store):
        assert_kept(store)


def test_most_connected_equals_a_plain_count_on_both_stores(undated_store):
    """most-connected's page, read from the kept counts (Neo4j: in index order), is the start of every
    actor counted and sorted, with the kinds of relation each takes part in."""
    types = sorted(vocabulary().relations)
    if undated_store.kind == "neo4j":
        relations, documents = f"COUNT {{ (e)-[:{'|'.join(types)}]-() }}", "COUNT { (e)<-[:MENTIONS]-() }"
    else:
        arguments = ", ".join(f"'{t}'" for t in types)
        relations, documents = f"indegree(e, {arguments}) + outdegree(e, {arguments})", "indegree(e, 'MENTIONS')"
    plain = (f"MATCH (e:Entity) WITH e, {relations} AS relations, {documents} AS documents WHERE relations > 0 "
             f"MATCH (e)-[r:{'|'.join(types)}]-() WITH e, relations, documents, collect(DISTINCT type(r)) AS kinds "
             "RETURN e.name, e.type, relations, documents, kinds ORDER BY relations DESC, documents DESC, e.name")
    everything = [row[:4] + [sorted(row[4])] for row in undated_store.read(plain).rows]
    assert len(everything) > 25 and len({row[2] for row in everything[:25]}) > 3
    for limit in (1, 2, 5, 25, len(everything) + 1):
        rows = queries.get("most-connected").run(undated_store, {"limit": str(limit)}).rows
        assert [row[:4] + [sorted(row[4])] for row in rows] == everything[:limit], f"limit {limit}"


def test_the_lists_written_into_queries_are_the_vocabularys():
    """Neo4j's texts are run as they are (Browser, cypher-shell), so some list the vocabulary's labels
    and types literally: each list must be the vocabulary's, whole."""
    vocab = vocabulary()
    overview = queries.get("overview").cypher
    for label in ["Document", "Entity", "Event", *vocab.entity_types]:
        assert f"MATCH (n:{label}) WITH count(n) AS count RETURN 'nodes' AS kind, '{label}' AS name" in overview
    for type_ in [*vocab.relations, "MENTIONS", "SOURCE_OF", "TARGETS", "REPORTS"]:
        assert f"MATCH ()-[r:{type_}]->() WITH count(r) AS count RETURN 'relationships' AS kind, '{type_}' AS name" in overview
    assert repr(EVENTS).replace('"', "'") in " ".join(queries.get("refusals").cypher.split()).replace("[ ", "[")
    assert repr(FACTS) in queries.get("refusals").cypher
    modalities = sorted(m for m in vocab.modalities if m != "asserted")
    assert queries.get("hypotheticals").cypher.count(repr(modalities)) == 2
    for name in ("hypotheticals", "refusals", "said-about"):
        patterns = {p for p in queries.get(name).cypher.split("[r:")[1:]}
        assert all(set(p.split("]")[0].split("|")) == set(FACTS) for p in patterns), name
    for type_ in FACTS:
        assert f"MATCH (s)-[r:{type_}]->(t) WHERE r.attributed_to = speaker_id" in queries.get("statements-by").cypher
    for type_ in vocab.relations:
        assert f"MATCH (s)-[denied:{type_}]->(t) WHERE denied.disputed = true" in queries.get("disputed-claims").cypher
        assert f"MATCH (s)-[said:{type_}]->(t) WHERE relation = '{type_}' RETURN said" in queries.get("disputed-claims").cypher



def test_supply_flows_lists_the_deliveries_that_name_a_weapon_first(tmp_path):
    """The generated graph has no Weapon nodes: here three of its actors' names are also weapons', so
    the deliveries whose sentences name them sort first; a page is still the start of the whole list."""
    import sys

    sys.path.insert(0, str(queries.HERE.parent / "bench"))
    from corpus import extracted_records

    query = queries.get("supply-flows")
    with open_store(str(tmp_path / "graph.db")) as store:
        store.apply_schema()
        store.write_documents(list(extracted_records(20, seed=5)))
        names = [row[0] for row in store.read(
            "MATCH (:Event {type: 'SUPPLIED'})-[:TARGETS]->(t:Entity) RETURN DISTINCT t.name ORDER BY t.name DESC LIMIT 3").rows]
        store.run_write([("CREATE (:Weapon {name: $name, id: $id})", {"name": name, "id": f"weapon-{name}"}) for name in names])
        everything = sorted(tuple("" if v is None else v for v in row)
                            for row in store.read(SUPPLIES + " RETURN -size(weapons), supplier, receiver").rows)
        assert everything[0][0] < 0 and everything[-1][0] == 0, "some deliveries name a weapon, some do not"
        for limit in (1, 2, 3, 5, 8, 13, 21, 34):
            rows = query.run(store, {"limit": str(limit)}).rows
            got = sorted((-len(r[3]), r[0], "" if r[1] is None else r[1]) for r in rows)
            assert got == everything[:limit], f"limit {limit}"


def test_co_mentioned_and_alliances_equal_a_plain_count_on_both_stores(undated_store):
    """co-mentioned's pairs, counted by the store's own ids and turned to the actors' id order after,
    and alliances' pairs, named once a relation, are the rows of a plain count of everything."""
    plain = ("MATCH (e:Entity)<-[:MENTIONS]-(:Document) WITH e, count(*) AS m ORDER BY m DESC, e.id LIMIT 10 "
             "WITH collect(e) AS top MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity) "
             "WHERE a IN top AND b IN top AND a.id < b.id WITH a, b, count(d) AS documents "
             "RETURN a.name, b.name, documents, a.type, b.type ORDER BY documents DESC, a.name, b.name")
    everything = undated_store.read(plain).rows
    assert len(everything) > 10
    for limit in (1, 5, 10, len(everything) + 1):
        rows = queries.get("co-mentioned").run(undated_store, {"limit": str(limit)}).rows
        assert [list(r) for r in rows] == [list(r) for r in everything[:limit]], f"co-mentioned, limit {limit}"
    pairs = sorted(tuple("" if v is None else v for v in row)
                   for row in undated_store.read(EVERYTHING["alliances"]).rows)
    assert len(pairs) > 21
    for limit in (1, 3, 8, 21):
        result = queries.get("alliances").run(undated_store, {"limit": str(limit)})
        got = sorted((-r[result.columns.index("reports")], r[result.columns.index("actor")], r[result.columns.index("partner")])
                     for r in result.rows)
        assert got == pairs[:limit], f"alliances, limit {limit}"


def test_an_events_page_counts_the_rows_of_events_with_two_targets(store):
    """events cuts its page before it reads the targets; an event with two targets is two rows, so a
    page still ends where a plain sort of every (event, target) row by event id ends."""
    documents = undated_documents()[:12]
    store.write_documents(documents)
    store.run_write([("MATCH (ev:Event)-[:TARGETS]->(t:Entity) WITH ev, t ORDER BY ev.id LIMIT 40 "
                      "WITH ev, t MATCH (other:Entity) WHERE other.id <> t.id WITH ev, min(other.id) AS other "
                      "MATCH (o:Entity {id: other}) CREATE (ev)-[:TARGETS]->(o)", {})])
    plain = store.read("MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event) OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity) "
                       "RETURN ev.id ORDER BY ev.id").rows
    assert len(plain) > len({row[0] for row in plain}) + 30, "events with two targets"
    query = queries.get("events")
    for limit in (1, 2, 3, 5, 8, 13, 21, 34):
        result = query.run(store, {"limit": str(limit)})
        assert [row[0] for row in result.rows] == [row[0] for row in plain[:limit]], f"limit {limit}"


def test_said_about_reads_the_facts_of_every_type_a_speaker_is_said_to_assert(store):
    """said-about's facts (the relations that are not events) are read by their four types, not along
    every link of the subject: with facts of each type and events attributed, its rows for every
    (speaker, subject) pair are those of a plain walk of every link."""
    store.write_documents(undated_documents()[:12])
    store.run_write([("MATCH (a:Entity), (b:Entity) WHERE a.id < b.id WITH a, b LIMIT 2 "  # the generated graph has no roles
                      "CREATE (a)-[:HOLDS_ROLE {sentence: 'A role.', polarity: 'positive'}]->(b)", {}),
                     ("MATCH (sp:Entity) WITH min(sp.id) AS speaker "
                      "MATCH (:Entity)-[r]->(:Entity) WHERE r.attributed_to IS NULL WITH speaker, type(r) AS type, collect(r) AS rs "
                      "UNWIND rs[0..3] AS r SET r.attributed_to = speaker", {})])
    attributed = store.read("MATCH (a:Entity)-[r]->(b:Entity) WHERE r.attributed_to IS NOT NULL "
                            "MATCH (sp:Entity {id: r.attributed_to}) RETURN DISTINCT sp.name, a.name, b.name, type(r)").rows
    assert set(FACTS) <= {row[3] for row in attributed}, "facts of every type attributed, and events"
    plain = ("MATCH (speaker:Entity {name: $speaker}) MATCH (subject:Entity {name: $subject}) "
             "MATCH (subject)-[r]-(:Entity) WHERE r.attributed_to = speaker.id AND coalesce(r.plover, r.cameo) IS NULL "
             "RETURN type(r), startNode(r).name, endNode(r).name, r.sentence")
    query = queries.get("said-about")
    for speaker, a, b, relation in attributed:
        for subject in (a, b):
            want = sorted(store.read(plain, {"speaker": speaker, "subject": subject}).rows)
            result = query.run(store, {"speaker": speaker, "subject": subject})
            got = sorted([r[result.columns.index(c)] for c in ("relation", "source", "target", "sentence")]
                         for r in result.rows if r[result.columns.index("relation")] in FACTS)
            assert got == want and (want or relation not in FACTS), (speaker, subject)
