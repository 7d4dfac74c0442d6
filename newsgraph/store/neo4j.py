"""The Neo4j store, through the official driver: managed transactions (retried by the driver on
transient errors such as deadlocks and leader switches), reads in READ transactions."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from newsgraph.schema import ddl
from newsgraph.ingest.write import statement
from newsgraph.store.base import GraphStore, Result, StoreError

READ_ONLY = "the database takes no writes here (read-only, or a read replica): point NEO4J_URI at a writable server"
# What a user can do about the refusals they can fix, by Neo4j status code.
HINTS = {
    "Neo.ClientError.Database.DatabaseNotFound": "check NEO4J_DATABASE (unset, the server's default database)",
    "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase": READ_ONLY,
    "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase": READ_ONLY,
    "Neo.ClientError.Cluster.NotALeader": "this cluster member takes no writes: use a neo4j:// URI, which routes writes",
}


class Neo4jStore(GraphStore):
    kind = "neo4j"

    def __init__(self, uri: str):
        import neo4j
        from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

        if urlsplit(uri).password or urlsplit(uri).username:  # a password in the URI would end up in messages
            raise StoreError(f"{_without_credentials(uri)}: put the user name and password in NEO4J_USERNAME "
                             "and NEO4J_PASSWORD, not in the URI")
        self.uri = uri
        self.database = os.environ.get("NEO4J_DATABASE") or None
        self.description = f"Neo4j at {uri}" + (f" (database {self.database})" if self.database else "")
        user = os.environ.get("NEO4J_USERNAME", "neo4j")
        password = os.environ.get("NEO4J_PASSWORD", "")
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity(database=self.database) if self.database else self.driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"{self.description} refused user {user!r}: check NEO4J_USERNAME and NEO4J_PASSWORD") from None
        except ServiceUnavailable:
            raise StoreError(
                f"no Neo4j answers at {uri}: start one with `make neo4j` (or `docker compose up -d`), "
                "or unset NEO4J_URI and --graph to use the embedded store"
            ) from None
        except (DriverError, Neo4jError, ValueError) as error:
            raise StoreError(f"{self.description}: {_one_line(error)}") from None

    def run_write(self, statements: list[tuple[str, dict]]) -> None:
        def work(tx):
            for cypher, params in statements:
                tx.run(cypher, params).consume()

        self._session_call("execute_write", work)

    def read(self, cypher: str, params: dict | None = None) -> Result:
        def work(tx):
            result = tx.run(cypher, params or {})
            columns = list(result.keys())
            return Result(columns, [[_plain(value) for value in record.values()] for record in result])

        return self._session_call("execute_read", work)

    def apply_schema(self) -> list[str]:
        # Then the counts a graph written before the writer kept them lacks (count-missing-entities.cypher).
        statements = [*ddl("neo4j"), statement("count-missing-entities")]
        for cypher in statements:
            self._session_call("execute_write", lambda tx, c=cypher: tx.run(c).consume())
        return statements

    def _session_call(self, method: str, work):
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self.driver.session(database=self.database) as session:
                return getattr(session, method)(work)
        except (DriverError, Neo4jError) as error:
            raise StoreError(f"{self.description}: {_one_line(error)}") from None

    def close(self) -> None:
        self.driver.close()


def _without_credentials(uri: str) -> str:
    parts = urlsplit(uri)
    return parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()


def _one_line(error: Exception) -> str:
    message = " ".join(str(getattr(error, "message", None) or error).split())
    hint = HINTS.get(getattr(error, "code", None))
    return f"{message}; {hint}" if hint else message


def _plain(value):
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": dict(value), "element_id": value.element_id}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": dict(value),
                "start": value.start_node.element_id, "end": value.end_node.element_id}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value
