"""The same ingest and queries against a live Neo4j. Runs when NEO4J_URI is set
(`make neo4j`, `.ci/run`); reported as skipped otherwise."""

from __future__ import annotations

import os

import pytest

from conftest import SEEDS
from test_store_failures import corpus  # noqa: F401 - the fixture, shared
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


# Fault cases: each a one-line message and exit code 3, and no password in it.

def newsgraph(*args) -> tuple[int, str]:
    from click.testing import CliRunner

    from newsgraph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", os.environ["NEO4J_URI"], *args])
    return result.exit_code, result.stderr


def test_a_permanent_error_is_reported_not_retried(neo4j_store):
    """The driver retries transient errors (deadlocks, leader switch) only; this must fail at once."""
    from newsgraph.store import StoreError

    with pytest.raises(StoreError) as raised:
        neo4j_store.run_write([("MATCH (n) RETURN n.x / 0", {}), ("THIS IS NOT CYPHER", {})])
    assert str(raised.value).startswith(f"Neo4j at {os.environ['NEO4J_URI']}: ")
    assert "\n" not in str(raised.value)


def test_wrong_password(monkeypatch):
    wrong = "wrong-" + os.environ.get("NEO4J_PASSWORD", "")
    monkeypatch.setenv("NEO4J_PASSWORD", wrong)
    code, stderr = newsgraph("query", "run", "overview")
    user = os.environ.get("NEO4J_USERNAME", "neo4j")
    assert code == 3
    assert stderr == f"Error: Neo4j at {os.environ['NEO4J_URI']} refused user {user!r}: " \
                     "check NEO4J_USERNAME and NEO4J_PASSWORD\n"
    assert wrong not in stderr


def test_wrong_database(monkeypatch):
    monkeypatch.setenv("NEO4J_DATABASE", "nosuchdatabase")
    code, stderr = newsgraph("query", "run", "overview")
    assert code == 3
    assert stderr.startswith(f"Error: Neo4j at {os.environ['NEO4J_URI']} (database nosuchdatabase): ")
    assert stderr.endswith("; check NEO4J_DATABASE (unset, the server's default database)\n")
    assert stderr.count("\n") == 1


@pytest.mark.skipif(not os.environ.get("NEO4J_READONLY_URI"),
                    reason="NEO4J_READONLY_URI not set: no read-only Neo4j (`make neo4j` and .ci/run start one)")
def test_read_only_server(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", os.environ["NEO4J_READONLY_URI"])
    code, stderr = newsgraph("ingest", str(SEEDS))
    assert code == 3
    assert stderr.startswith(f"Error: Neo4j at {os.environ['NEO4J_READONLY_URI']}: ")
    assert stderr.endswith("; the database takes no writes here (read-only, or a read replica): "
                           "point NEO4J_URI at a writable server\n")
    assert newsgraph("query", "run", "overview")[0] == 0  # reads still work


def test_ctrl_c_mid_ingest_leaves_whole_documents_and_a_rerun_completes(neo4j_store, corpus):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from test_store_failures import RERUN, fingerprint

    folder, reference = corpus
    neo4j_store.run_write([("MATCH (n) DETACH DELETE n", {})])
    process = subprocess.Popen([str(Path(sys.executable).parent / "newsgraph"), "--graph", os.environ["NEO4J_URI"],
                                "ingest", "--batch-size", "1", str(folder)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while neo4j_store.read("MATCH (d:Document) RETURN count(d)").rows[0][0] < 3:
        assert process.poll() is None and time.monotonic() < deadline, "the ingest ended or stalled first"
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1].endswith(f" documents; {RERUN}")

    found = fingerprint(neo4j_store)
    assert 3 <= len(found["documents"]) < 40, "the interrupt came too late to test anything"
    for doc_id, shape in found["documents"].items():
        assert shape == reference["documents"][doc_id], f"document {doc_id} is half-written"
    assert found["relations without their document"] == [] and found["unmentioned entities"] == 0

    summary = ingest([str(folder)], neo4j_store, batch_size=1)
    assert summary.skipped == len(found["documents"]) and not summary.failed
    assert fingerprint(neo4j_store) == reference
