"""Scaling must not change the graph: batched, multi-process, sharded and concurrent ingests give
exactly the graph one-document-at-a-time ingestion gives, and the content-hash skip never skips
a changed document. (Speed is measured in bench/, never here.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.ingest.pipeline import Shard, ingest
from newsgraph.ingest.records import Article
from newsgraph.store import open_store

NEWSGRAPH = str(Path(sys.executable).parent / "newsgraph")

# Short made-up stories whose actors overlap, so documents share entities and aliases.
STORIES = [
    "Poland urged Germany to send more tanks to Ukraine. Germany rejected the request on Monday.",
    "The Germans warned Russia against further attacks. Russia condemned Germany over the sanctions.",
    "Japan and South Korea signed an agreement on missile defense. Seoul praised Tokyo for its support.",
    "Olena Marchuk, the foreign minister of Ukraine, met Anders Holm in Oslo. Marchuk thanked Norway for its aid.",
    "Norway supplied artillery shells to Ukraine last week, Holm said. He said Norway would not stop.",
    "Iran denied reports that it had shipped drones to Russia. The United States accused Iran of lying.",
    "China criticized Japan over its missile tests. Japan did not ask China to attend the talks.",
    "Brazil and Argentina agreed to cooperate on trade. Argentina thanked Brazil for its patience.",
    "Russia threatened Poland with retaliation. Poland said it would not back down, and NATO backed Poland.",
]


def write_stories(folder: Path, stories: list[str] = STORIES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, story in enumerate(stories):
        (folder / f"story-{number:02d}.txt").write_text(
            f"---\ntitle: Story {number}\noutlet: Test Wire\npublished: 2024-03-{number + 1:02d}\n---\n{story}\n"
        )
    return folder


def snapshot(store) -> tuple[list, list]:
    """Every node and relationship with all its labels and properties, in a stable order."""
    nodes = store.read("MATCH (n) RETURN labels(n), properties(n)").rows
    relationships = store.read("MATCH (a)-[r]->(b) RETURN a.id, type(r), properties(r), b.id").rows
    as_text = lambda rows: sorted(json.dumps([sorted(r[0]) if isinstance(r[0], list) else r[0], *r[1:]],
                                             sort_keys=True) for r in rows)
    return as_text(nodes), as_text(relationships)


@pytest.fixture
def new_store(tmp_path):
    """Fresh embedded stores, each in its own folder (the server keeps its log beside the file)."""
    opened = []

    def make(name: str):
        store = open_store(str(tmp_path / name / "graph.db"))
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The stories, and the graph ingesting them one document at a time gives."""
    folder = write_stories(tmp_path_factory.mktemp("stories"))
    with open_store(str(tmp_path_factory.mktemp("one-at-a-time") / "graph.db")) as store:
        for path in sorted(folder.iterdir()):
            summary = ingest([str(path)], store, batch_size=1)
            assert summary.documents == 1 and not summary.failed
        graph = snapshot(store)
    assert len(graph[0]) > len(STORIES) and len(graph[1]) > len(STORIES)  # documents, actors, facts
    return folder, graph


def test_batched_ingest_equals_one_at_a_time(reference, new_store):
    folder, expected = reference
    store = new_store("batched")
    summary = ingest([str(folder)], store, batch_size=4)  # three write groups
    assert summary.documents == len(STORIES)
    assert snapshot(store) == expected


def test_worker_processes_give_the_same_graph(reference, new_store):
    folder, expected = reference
    store = new_store("workers")
    summary = ingest([str(folder)], store, batch_size=2, workers=2)
    assert summary.documents == len(STORIES)
    assert snapshot(store) == expected


def test_workers_load_the_model_the_caller_names_now(reference, new_store, monkeypatch):
    """The workers are forked from a process that loaded the model named when it started (the first
    ingest with workers, above): a later change of NEWSGRAPH_SPACY_MODEL must still reach them."""
    folder, _ = reference
    ingest([str(folder)], new_store("first-workers"), batch_size=2, workers=2)  # the forkserver is up
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", "no_such_spacy_model")
    with pytest.raises(BrokenProcessPool):  # its initializer fails: no such model
        ingest([str(folder)], new_store("other-model"), batch_size=2, workers=2)


def test_three_shards_equal_one_ingest(reference, new_store):
    folder, expected = reference
    store = new_store("sharded")
    written = [ingest([str(folder)], store, shard=Shard(number, 3)).documents for number in (1, 2, 3)]
    assert sum(written) == len(STORIES) and sum(1 for n in written if n) >= 2
    assert snapshot(store) == expected


def test_shards_partition_any_corpus():
    ids = [f"doc-{n}" for n in range(3000)]
    shards = [Shard(number, 3) for number in (1, 2, 3)]
    owners = [[s for s in shards if s.holds(_article(i))] for i in ids]
    assert all(len(o) == 1 for o in owners)
    sizes = [sum(1 for o in owners if o[0] == s) for s in shards]
    assert min(sizes) > 900  # and the split is even


def _article(doc_id: str) -> Article:
    return Article(id=doc_id, path="", text="", content_hash="")


@pytest.mark.parametrize("text", ["2/1", "0/3", "a/3", "3", "1/0"])
def test_bad_shard_is_refused(text, tmp_path):
    with pytest.raises(ValueError):
        Shard.parse(text)
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graph.db"), "ingest", "--shard", text, str(tmp_path)])
    assert result.exit_code == 2 and "--shard" in result.output


STORES = [
    pytest.param("embedded", id="embedded"),
    pytest.param("neo4j", id="neo4j", marks=pytest.mark.skipif(
        not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set: no live Neo4j to test")),
]


@pytest.mark.parametrize("kind", STORES)
def test_concurrent_overlapping_ingests_leave_no_duplicates(reference, tmp_path, kind):
    folder, expected = reference
    target = os.environ["NEO4J_URI"] if kind == "neo4j" else str(tmp_path / "concurrent" / "graph.db")
    with open_store(target) as store:
        store.run_write([("MATCH (n) DETACH DELETE n", {})])
        store.apply_schema()
    paths = sorted(str(p) for p in folder.iterdir())
    first, second = paths[:6], paths[3:]  # three documents in both
    runs = [subprocess.Popen([NEWSGRAPH, "--graph", target, "ingest", "--batch-size", "1", *part],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for part in (first, second)]
    for run in runs:
        output, _ = run.communicate(timeout=300)
        assert run.returncode == 0, output
    with open_store(target) as store:
        assert store.read("MATCH (n) WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(*)").rows == [[0]]
        assert store.read(
            "MATCH (a)-[r]->(b) WITH a.id AS a, type(r) AS t, coalesce(r.id, '') AS id, b.id AS b, count(*) AS copies "
            "WHERE copies > 1 RETURN count(*)"
        ).rows == [[0]]
        assert snapshot(store) == expected


def test_changed_documents_are_not_skipped(tmp_path, new_store):
    folder = write_stories(tmp_path / "v1")
    store = new_store("updated")
    ingest([str(folder)], store)
    (folder / "story-00.txt").write_text(
        (folder / "story-00.txt").read_text().replace("Germany rejected", "France rejected"))
    (folder / "story-01.txt").write_text(
        (folder / "story-01.txt").read_text().replace("title: Story 1", "title: Story 1, corrected"))
    summary = ingest([str(folder)], store)
    assert (summary.documents, summary.skipped) == (2, len(STORIES) - 2)

    fresh = new_store("fresh")
    ingest([str(folder)], fresh)
    assert snapshot(store) == snapshot(fresh)


@pytest.fixture(scope="module")
def dask_cluster():
    """A local Dask cluster of 2 worker processes on 127.0.0.1, one thread each, started for the test."""
    distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed: pip install '.[cluster]'")
    try:
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                           dashboard_address=None, silence_logs=40)
    except Exception as error:  # no sockets, no processes: the engine cannot start here
        pytest.skip(f"a local Dask cluster cannot start here: {type(error).__name__}: {error}")
    with cluster:
        yield cluster.scheduler_address


def test_a_dask_cluster_gives_the_same_graph(reference, new_store, dask_cluster):
    folder, expected = reference
    store = new_store("cluster")
    summary = ingest([str(folder)], store, batch_size=2, cluster=dask_cluster)  # five batches on two workers
    assert (summary.documents, summary.failed) == (len(STORIES), [])
    assert snapshot(store) == expected


def test_a_batch_that_fails_on_the_cluster_is_reported_whole(dask_cluster):
    from newsgraph.ingest.pipeline import extract_all

    good = [Article(id=f"good-{n}", path=f"good-{n}.txt", text=story, content_hash=str(n))
            for n, story in enumerate(STORIES[:4])]
    broken = Article(id="broken", path="broken.txt", text=None, content_hash="x")  # nlp.pipe refuses it: the batch fails
    results = list(extract_all([*good[:2], good[2], broken, good[3]], batch_size=2, cluster=dask_cluster))
    assert [r.article.id if hasattr(r, "article") else r.path for r in results] == \
        ["good-0", "good-1", "good-2.txt", "broken.txt", "good-3"]
    failed = [r for r in results if not hasattr(r, "article")]
    assert all(f.reason.startswith("its batch failed on the cluster: ") for f in failed)


def test_no_scheduler_at_the_address_is_one_clear_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="Dask distributed is not installed: pip install '.[cluster]'")
    from newsgraph.ingest import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 2)
    folder = write_stories(tmp_path / "stories", STORIES[:1])
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graph.db"), "ingest", "--cluster",
                                      "tcp://127.0.0.1:9", str(folder)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: no Dask scheduler answers at tcp://127.0.0.1:9: ")
