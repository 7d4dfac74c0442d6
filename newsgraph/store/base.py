"""The one small interface every graph store implements, and what they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from newsgraph.ingest.records import ExtractedDocument
from newsgraph.ingest.write import statement, write_statements


class StoreError(Exception):
    """A store failed in a way the user can act on; the message says how."""


@dataclass
class Result:
    """Rows of a read query: column names, and rows of plain Python values.

    Nodes come back as {"labels": [...], "properties": {...}}, relationships as
    {"type": ..., "properties": {...}, "start": ..., "end": ...} (ids of the end nodes),
    paths as {"nodes": [...], "relationships": [...]}: the same shape from every store.
    """

    columns: list[str]
    rows: list[list] = field(default_factory=list)

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


class GraphStore(ABC):
    """A labelled property graph that speaks Cypher."""

    kind: str  # "embedded" or "neo4j": which dialect variant of a canned query to run
    description: str  # where the data is, for messages ("embedded store at ...")
    serial_writes = False  # True: one write at a time, so write_statements may CREATE (ingest/write.py)

    @abstractmethod
    def run_write(self, statements: list[tuple[str, dict]]) -> None:
        """Run statements in one transaction: all of them take effect or none."""

    @abstractmethod
    def read(self, cypher: str, params: dict | None = None) -> Result:
        """Run a query read-only: a query that tries to write fails and changes nothing."""

    @abstractmethod
    def apply_schema(self) -> list[str]:
        """Create the constraints and indexes; returns the statements run."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Shared behaviour, written once over the primitives above.

    def content_hashes(self, doc_ids: list[str]) -> dict[str, str]:
        """The stored content hash of each document already in the graph."""
        result = self.read(statement("content-hashes"), {"ids": doc_ids})
        return {row[0]: row[1] for row in result.rows if row[1]}

    def write_documents(self, documents: list[ExtractedDocument]) -> None:
        """Write documents in one transaction, replacing what earlier versions of them said; they are
        marked for the identity pass (unify_identities) in the same transaction."""
        statements = write_statements(documents, serial=self.serial_writes)
        statements.append((statement("identity-mark-pending"), {"ids": sorted({d.article.id for d in documents})}))
        self.run_write(statements)

    def unify_identities(self) -> None:
        """Give the graph one node per actor across its documents (ingest/identity.py), in one transaction.
        Nothing to do (one small read) when no document was written since the pass last ran: the graph
        is then what the pass left, and the pass over it gives nothing. A write marks its documents
        (identity-mark-pending), the pass unmarks them in the transaction of its moves, so a run stopped
        between a write and the pass leaves the mark and the next one finishes it."""
        from newsgraph.ingest.identity import graph_statements

        pending = [row[0] for row in self.read(statement("identity-pending")).rows]
        if not pending:
            return
        statements = graph_statements(self.read(statement("identity-names")).rows, serial=self.serial_writes)
        statements.append((statement("identity-clear-pending"), {"ids": pending}))
        self.run_write(statements)
