"""No one in: text never becomes Cypher, labels come only from the vocabulary, the embedded server
listens on no network, and passwords are never printed nor shipped."""

from __future__ import annotations

import json
import socket
import subprocess

import psutil
import pytest
from click.testing import CliRunner

from conftest import ROOT, count
from newsgraph.cli import cli
from newsgraph.ingest.load import make_article
from newsgraph.ingest.records import Entity, ExtractedDocument, Relation
from newsgraph.ingest.write import write_statements
from newsgraph.store import open_store

HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n //",
    'Bobby"}) DETACH DELETE n RETURN 1 //',
    "back\\slash\\' and \\\" quotes",
    "new\nline\r\nand } ] ) braces",
    "`backtick` $param {x: 1} /* comment */",
    "name', e.admin = true, e.x = '",
]


def hostile_document(index: int, name: str) -> ExtractedDocument:
    article = make_article(f"{name} said something.", f"hostile-{index}.txt", {"id": f"doc {name}", "title": name})
    target = Entity("country:ukraine", "Ukraine", "Country")
    actor = Entity(f"person:{name}", name, "Person", aliases=(name, name.upper()))
    relation = Relation(actor.id, target.id, "WARNED", "THREATEN", "130", attributed_to=name, theme=name,
                        sentence=name, date=None)
    return ExtractedDocument(article, [actor, target], [relation])


def test_hostile_names_are_stored_as_text_and_nothing_else_changes(store):
    store.write_documents([hostile_document(i, name) for i, name in enumerate(HOSTILE)])
    assert count(store, "MATCH (n) RETURN count(n)") == 3 * len(HOSTILE) + 1  # document, person, event each
    assert count(store, "MATCH (d:Document) RETURN count(d)") == len(HOSTILE)
    assert count(store, "MATCH (e:Person) RETURN count(e)") == len(HOSTILE)
    # 2 mentions + 1 fact each, and the fact's Event node with SOURCE_OF, TARGETS and REPORTS
    assert count(store, "MATCH ()-[r]->() RETURN count(r)") == 6 * len(HOSTILE)
    events = store.read("MATCH (p:Person)-[:SOURCE_OF]->(ev:Event)<-[:REPORTS]-(d:Document) "
                        "RETURN p.name, ev.theme, ev.attributed_to, d.id ORDER BY p.name").rows
    assert events == [[n, n, n, f"doc {n}"] for n in sorted(HOSTILE)]
    assert store.read("MATCH (n) WHERE n.admin IS NOT NULL OR n.x IS NOT NULL RETURN count(n)").rows == [[0]]
    stored = store.read("MATCH (p:Person)-[r:WARNED]->() RETURN p.name, p.aliases, r.sentence, r.theme, "
                        "r.attributed_to, r.doc_id ORDER BY p.name").rows
    assert stored == [[n, sorted({n, n.upper()}), n, n, n, f"doc {n}"] for n in sorted(HOSTILE)]
    titles = {row[0] for row in store.read("MATCH (d:Document) RETURN d.title").rows}
    assert titles == set(HOSTILE)


def test_hostile_text_through_the_cli_leaves_exactly_the_expected_nodes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": name, "title": name, "outlet": name, "url": name,
             "text": f"{name}\n\nUkraine asked South Korea for help.\n\n{name}"} for name in HOSTILE]
    feed.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    graph = tmp_path / "graph.db"
    result = CliRunner().invoke(cli, ["--graph", str(graph), "ingest", str(feed)])
    assert result.exit_code == 0, result.stderr
    with open_store(str(graph)) as store:
        assert sorted(r[0] for r in store.read("MATCH (d:Document) RETURN d.id").rows) == sorted(HOSTILE)
        assert store.read("MATCH (d:Document) WHERE d.title <> d.id OR d.outlet <> d.id OR d.url <> d.id "
                          "RETURN count(d)").rows == [[0]]
        # Nothing was deleted: both countries are there, mentioned by every document.
        assert store.read("MATCH (d:Document)-[:MENTIONS]->(c:Country) WHERE c.name IN ['Ukraine', 'South Korea'] "
                          "RETURN c.name, count(d) ORDER BY c.name").rows == [["South Korea", 6], ["Ukraine", 6]]
        labels = {label for row in store.read("MATCH (n) RETURN labels(n)").rows for label in row[0]}
        assert labels <= {"Document", "Event", "Entity", "Country", "Person", "Organization", "Group", "Weapon", "Place",
                          "Agent", "Coalition"}


@pytest.mark.parametrize("field", ["entity type", "relation type"])
def test_labels_and_relationship_types_come_only_from_the_vocabulary(store, field):
    doc = hostile_document(0, "Someone")
    evil = "Person) DETACH DELETE n //"
    if field == "entity type":
        doc.entities[0] = Entity(doc.entities[0].id, "Someone", evil)
    else:
        doc.relations[0] = Relation(doc.entities[0].id, "country:ukraine", evil, None, None)
    with pytest.raises(ValueError, match="is not an? (entity|relation) type in schema/relations.toml"):
        write_statements([doc])
    with pytest.raises(ValueError):
        store.write_documents([doc])
    assert count(store, "MATCH (n) RETURN count(n)") == 0


def test_the_embedded_server_listens_on_a_unix_socket_only(store):
    store.read("RETURN 1")  # the store connects at its first read or write
    server = psutil.Process(store.server.pid)
    assert server.name() == "redis-server"
    sockets = server.net_connections(kind="all")
    assert sockets, "no socket found: the check would prove nothing"
    assert {s.family for s in sockets} == {socket.AF_UNIX}
    assert store.client.call("CONFIG", "GET", "port") == ["port", "0"]
    assert store.client.call("CONFIG", "GET", "unixsocketperm") == ["unixsocketperm", "700"]  # its owner only


@pytest.mark.parametrize("graph", ["bolt://127.0.0.1:1", "bolt://neo4j:hunter2-in-uri@127.0.0.1:1"])
def test_passwords_are_never_printed(tmp_path, monkeypatch, graph):
    monkeypatch.setenv("NEO4J_PASSWORD", "hunter2-in-env")
    (tmp_path / "a.txt").write_text("Ukraine asked South Korea for help.\n")
    for args in (["ingest", str(tmp_path)], ["query", "run", "overview"], ["schema", "apply"]):
        result = CliRunner().invoke(cli, ["--graph", graph, *args])
        assert result.exit_code == 3
        assert "hunter2" not in result.output + result.stderr
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1  # one line


def test_no_credentials_in_the_repository():
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT)
    assert ignored.returncode == 0, ".env must be git-ignored"
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?" in compose  # compose refuses to start without one
    example = dict(line.split("=", 1) for line in (ROOT / ".env.example").read_text().splitlines()
                   if "=" in line and not line.startswith("#"))
    assert example["NEO4J_PASSWORD"] == ""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert ".env" not in tracked


def local_neo4j_servers() -> list[psutil.Process]:
    """The Neo4j servers neo4j/server started on this machine (make neo4j, .ci/run) that still run."""
    servers = []
    for pidfile in sorted((ROOT / "neo4j" / "run").glob("*/pid")):
        try:
            servers.append(psutil.Process(int(pidfile.read_text())))
        except (ValueError, psutil.NoSuchProcess):
            pass
    return servers


def test_local_neo4j_listens_on_loopback_only():
    servers = local_neo4j_servers()
    if not servers:
        pytest.skip("no Neo4j started by neo4j/server runs here (`make neo4j`)")
    for server in servers:
        listening = [c.laddr for c in server.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
        assert len(listening) >= 2, "no Bolt and HTTP sockets found: the check would prove nothing"
        assert {address.ip for address in listening} <= {"127.0.0.1", "::ffff:127.0.0.1"}, listening
