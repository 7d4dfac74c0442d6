"""The embedded store's manifest (newsgraph/store/embedded_manifest.py): an unchanged re-ingest of a
graph at rest starts no server, and anything that may have changed the graph since the manifest was
written (a write by another process, a crash, a run stopped before its identity pass) sends the
store back to its server, which gives the same answers as an ingest without any manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psutil

from newsgraph.ingest.load import read_articles
from newsgraph.ingest.pipeline import ingest
from newsgraph.store import embedded_server, open_store
from newsgraph.store.embedded_manifest import manifest_path
from tests.test_embedded_server import wait_gone
from tests.test_scale import snapshot

CORPUS = {
    "harbour.txt": "The mayor of Brindleford met the harbour authority on Tuesday to discuss the ferry timetable. "
                   "She praised the workers who had repaired the old pier.\n",
    "river.txt": "Officials in the province of Varnholt accused a logging company of polluting the river. "
                 "The company denied the claims and promised an inquiry.\n",
    "striker.txt": "The football club Orvell United signed a young striker from a rival team, its manager said.\n",
}
CHANGED = "The mayor of Brindleford criticised the harbour authority over the late ferries.\n"
NEWSGRAPH = str(Path(sys.executable).parent / "newsgraph")


def corpus(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in CORPUS.items():
        (folder / name).write_text(text)
    return [str(folder / name) for name in sorted(CORPUS)]


def ingested(graph: Path, paths: list[str]):
    """Ingest in a store of its own (closed after: the last client writes the manifest); the summary,
    and whether a server ran for the file as the ingest ended."""
    with open_store(str(graph)) as store:
        store.apply_schema()
        summary = ingest(paths, store)
        served = embedded_server.running_server(graph) is not None
    return summary, served


def graph_of(graph: Path):
    with open_store(str(graph)) as store:
        return snapshot(store)


def documents_of(graph: Path) -> list:
    with open_store(str(graph)) as store:
        return sorted(store.read("MATCH (d:Document) RETURN d.id, d.content_hash").rows)


def in_other_process(graph: Path, code: str) -> None:
    """Run `code` with `store` open on the graph in another process, which closes it as a command does."""
    script = f"import sys; from newsgraph.store import open_store\nwith open_store(sys.argv[1]) as store:\n    {code}"
    subprocess.run([sys.executable, "-c", script, str(graph)], check=True)


def test_an_unchanged_reingest_starts_no_server_and_changes_nothing(tmp_path):
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    summary, _ = ingested(graph, paths)
    assert summary.documents == 3 and manifest_path(graph).exists()
    before = graph_of(graph)
    summary, served = ingested(graph, paths)
    assert (summary.documents, summary.skipped, summary.failed) == (0, 3, [])
    assert not served
    assert graph_of(graph) == before


def test_a_changed_file_is_written_and_the_manifest_follows(tmp_path):
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    ingested(graph, paths)
    Path(paths[0]).write_text(CHANGED)
    summary, served = ingested(graph, paths)
    assert (summary.documents, summary.skipped) == (1, 2) and served
    article = next(read_articles(paths[:1]))
    with open_store(str(graph)) as store:
        assert store.content_hashes([article.id]) == {article.id: article.content_hash}  # asked of the manifest
    summary, served = ingested(graph, paths)
    assert (summary.documents, summary.skipped) == (0, 3) and not served


def test_a_deletion_by_another_process_is_seen(tmp_path):
    """Another command deletes a document: its files change, so the manifest written before is not trusted."""
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    ingested(graph, paths)
    whole = documents_of(graph)
    stale = manifest_path(graph).read_text()
    in_other_process(graph, "store.run_write([('MATCH (d:Document) WITH d LIMIT 1 DETACH DELETE d', {})])")
    manifest_path(graph).write_text(stale)  # as if the deleting process had not noted the graph anew
    summary, served = ingested(graph, paths)
    assert (summary.documents, summary.skipped) == (1, 2) and served
    assert documents_of(graph) == whole


def test_a_write_by_a_killed_process_is_seen(tmp_path):
    """A process ingests a changed file and is killed before it closes (no new manifest): the next
    re-ingest of the old file goes to the server, which holds the killed process's write, and puts
    the old text back."""
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    ingested(graph, paths)
    whole = documents_of(graph)
    changed = tmp_path / "changed"
    changed.mkdir()
    # The same document id (given in its metadata), other text: what a second ingest of a changed file writes.
    feed = changed / "feed.jsonl"
    feed.write_text(json.dumps({"id": next(read_articles(paths[:1])).id, "text": CHANGED}) + "\n")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from newsgraph.store import open_store; from newsgraph.ingest.pipeline import ingest; "
         "s = open_store(sys.argv[1]); ingest([sys.argv[2]], s); print(s.server.pid, flush=True); time.sleep(600)",
         str(graph), str(feed)], stdout=subprocess.PIPE, text=True)
    server = psutil.Process(int(holder.stdout.readline()))
    holder.kill()
    holder.wait()
    wait_gone(server)  # stopped by the watchdog: no client noted anything
    assert manifest_path(graph).exists()  # the one of the first ingest, of other files
    summary, served = ingested(graph, paths)
    assert (summary.documents, summary.skipped) == (1, 2) and served
    assert documents_of(graph) == whole


def test_a_query_keeps_the_manifest(tmp_path):
    """A read-only command (`newsgraph query run`) changes no file: the next re-ingest still needs no server."""
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    ingested(graph, paths)
    noted = manifest_path(graph).read_text()
    subprocess.run([NEWSGRAPH, "--graph", str(graph), "query", "run", "overview"], check=True, stdout=subprocess.DEVNULL)
    assert manifest_path(graph).read_text() == noted
    summary, served = ingested(graph, paths)
    assert summary.skipped == 3 and not served


def test_a_run_stopped_before_the_identity_pass_leaves_no_manifest(tmp_path):
    """A write whose identity pass has not run is not a graph at rest: no manifest, and the next
    ingest of the same unchanged files finishes the pass."""
    from newsgraph.ingest.pipeline import extract_all
    from newsgraph.ingest.write import statement

    paths = corpus(tmp_path / "corpus")
    ingested(tmp_path / "whole" / "graph.db", paths)
    whole = graph_of(tmp_path / "whole" / "graph.db")
    graph = tmp_path / "stopped" / "graph.db"
    ingested(graph, paths[:1])  # a manifest of one document...
    with open_store(str(graph)) as store:
        store.write_documents(list(extract_all(read_articles(paths))))  # ... then a run that stops here
    assert not manifest_path(graph).exists()
    summary, served = ingested(graph, paths)
    assert summary.skipped == 3 and served
    assert graph_of(graph) == whole
    with open_store(str(graph)) as store:
        assert store.read(statement("identity-pending")).rows == []


def test_a_broken_or_foreign_manifest_is_not_trusted(tmp_path):
    """Unreadable, of another version, or of other indexes (an upgrade added one): the server answers,
    and the last client out writes the manifest anew."""
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    ingested(graph, paths)
    noted = json.loads(manifest_path(graph).read_text())
    for broken in ["{not json", json.dumps(dict(noted, version=0)), json.dumps(dict(noted, schema="other indexes"))]:
        manifest_path(graph).write_text(broken)
        summary, served = ingested(graph, paths)
        assert summary.skipped == 3 and served
        assert json.loads(manifest_path(graph).read_text()) == noted


def test_a_running_server_is_asked_not_the_manifest(tmp_path):
    """While another process holds the store open (it may be writing), the store joins its server."""
    graph, paths = tmp_path / "g" / "graph.db", corpus(tmp_path / "corpus")
    ingested(graph, paths)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from newsgraph.store import open_store; s = open_store(sys.argv[1]); "
         "s.read('RETURN 1'); print(s.server.pid, flush=True); time.sleep(600)", str(graph)],
        stdout=subprocess.PIPE, text=True)
    try:
        server_pid = int(holder.stdout.readline())
        with open_store(str(graph)) as store:
            summary = ingest(paths, store)
            assert store._server is not None and store._server.pid == server_pid
        assert summary.skipped == 3
    finally:
        holder.kill()
        holder.wait()
