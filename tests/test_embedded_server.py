"""The embedded server never outlives its clients: the last one to close stops it, and a watchdog
stops it when clients are killed (SIGKILL: no chance to close). Nothing committed is lost."""

from __future__ import annotations

import subprocess
import sys
import time

import psutil
import pytest

from newsgraph.store import open_store

GONE_WITHIN_S = 10  # the watchdog looks every 0.2 s; the rest is slack for a loaded machine

HOLDER = (
    "import sys, time; from newsgraph.store import open_store; s = open_store(sys.argv[1]); "
    "s.run_write([('CREATE (:Document {id: $id})', {'id': sys.argv[2]})]); "
    "print(s.server.pid, s.server.watchdog, flush=True); time.sleep(600)"
)


def hold(graph, doc_id: str) -> tuple[subprocess.Popen, psutil.Process, int]:
    """A client process that writes a document and keeps the store open; its server and watchdog pid."""
    client = subprocess.Popen([sys.executable, "-c", HOLDER, str(graph), doc_id], stdout=subprocess.PIPE, text=True)
    server_pid, watchdog_pid = map(int, client.stdout.readline().split())
    return client, psutil.Process(server_pid), watchdog_pid


def running(process: psutil.Process) -> bool:
    return process.is_running() and process.status() != psutil.STATUS_ZOMBIE


def wait_gone(process: psutil.Process) -> float:
    """Seconds until the process is gone; fails after GONE_WITHIN_S."""
    start = time.monotonic()
    while running(process):
        if time.monotonic() - start > GONE_WITHIN_S:
            pytest.fail(f"{process.name()} {process.pid} still running {GONE_WITHIN_S} s after its last client went")
        time.sleep(0.02)
    return time.monotonic() - start


def test_a_killed_client_leaves_no_server_and_loses_nothing(tmp_path):
    graph = tmp_path / "graph.db"
    client, server, watchdog = hold(graph, "written-before-the-kill")
    assert server.name() == "redis-server"
    client.kill()  # SIGKILL: the client cannot close anything
    client.wait()
    wait_gone(server)
    if psutil.pid_exists(watchdog):  # its job done, the watchdog ends too
        wait_gone(psutil.Process(watchdog))
    with open_store(str(graph)) as store:  # a new server, loading the append-only file
        assert store.server.pid != server.pid
        assert store.read("MATCH (d:Document) RETURN d.id").rows == [["written-before-the-kill"]]


def test_the_server_stays_while_any_client_lives(tmp_path):
    graph = tmp_path / "graph.db"
    first, server, _ = hold(graph, "first")
    second, same_server, _ = hold(graph, "second")
    assert same_server.pid == server.pid  # one server per file, shared
    first.kill()
    first.wait()
    time.sleep(1)  # five watchdog rounds
    assert running(server)
    with open_store(str(graph)) as store:
        assert store.server.pid == server.pid
        assert sorted(store.read("MATCH (d:Document) RETURN d.id").rows) == [["first"], ["second"]]
        second.kill()
        second.wait()
        time.sleep(1)
        assert running(server), "stopped under an open store"
    wait_gone(server)


def test_the_last_client_to_close_stops_the_server_at_once(tmp_path):
    store = open_store(str(tmp_path / "graph.db"))
    server = psutil.Process(store.server.pid)
    store.close()
    assert not running(server)


def test_the_last_client_stops_the_server_by_its_shutdown_command(tmp_path):
    """close() asks by SHUTDOWN, which the server acts on at once (a SIGTERM waits for its timer tick,
    up to 0.1 s of every short command); what was written is there when the file is opened again."""
    from newsgraph.store import embedded_server

    graph = tmp_path / "graph.db"
    with open_store(str(graph)) as store:
        store.run_write([("CREATE (:Document {id: 'kept'})", {})])
        server = psutil.Process(store.server.pid)
        assert embedded_server._shutdown(store.server.socket)  # the server closed the line: it is stopping
        wait_gone(server)
    assert not embedded_server._shutdown(store.server.socket)  # nothing to ask any more: the SIGTERM path
    with open_store(str(graph)) as store:
        assert store.read("MATCH (d:Document) RETURN d.id").rows == [["kept"]]


def test_the_last_client_compacts_a_long_log_of_writes(tmp_path, monkeypatch):
    """When the writes logged since the snapshot are large beside it, the last client has the server
    rewrite its append-only file as one snapshot before stopping it; the next start loads the same
    graph from that snapshot without re-running the writes."""
    from newsgraph.store import embedded

    graph = tmp_path / "graph.db"
    folder = tmp_path / "graph.db.aof"
    with open_store(str(graph)) as store:
        store.run_write([("UNWIND range(1, 300) AS n CREATE (:Document {id: toString(n)})", {})])
    assert embedded._aof_sizes(folder)[1] > 0  # small: logged, not compacted
    monkeypatch.setattr(embedded, "COMPACT_MIN_BYTES", 0)
    with open_store(str(graph)) as store:
        store.run_write([("MATCH (d:Document) SET d.title = 'title ' + d.id", {})])
    base, logged = embedded._aof_sizes(folder)
    assert base > 0 and logged == 0
    with open_store(str(graph)) as store:
        assert store.read("MATCH (d:Document) WHERE d.title = 'title ' + d.id RETURN count(d)").rows == [[300]]


def test_schema_apply_alone_writes_the_indexes(tmp_path):
    """The store asks for its indexes at its first read or write; one closed before either
    (`newsgraph schema apply`) still asks for them, as it closes."""
    graph = tmp_path / "graph.db"
    with open_store(str(graph)) as store:
        statements = store.apply_schema()
    logged = b"".join(p.read_bytes() for p in (tmp_path / "graph.db.aof").iterdir())
    assert statements and b"content_hash" in logged and b"attributed_to" in logged  # the server logged their effects
