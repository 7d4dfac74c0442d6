"""The embedded store's client: Redis's protocol over the server's unix socket (hiredis parses the
replies), and FalkorDB's compact result format decoded straight into the plain shapes of
store.base.Result.

Why not the falkordb package: importing it imports redis-py, which imports its asyncio client
(0.1 s of CPU), a fifth of an unchanged re-ingest; the store needs a few commands of one
connection and the result decoding below (the same types as falkordb's QueryResult).
"""

from __future__ import annotations

import socket
import threading
from datetime import datetime, timezone

import hiredis

RECV_BYTES = 1 << 16


class WireError(Exception):
    """The server could not be asked or did not answer (a timeout, a broken reply)."""


class ConnectionLost(WireError):
    """The socket is gone: the server stopped, or is not there."""


class ReplyError(WireError):
    """The server refused a command; the message is the server's own."""


class Connection:
    """One connection to the server at a unix socket, connected at the first call and again on the
    next call after a failure. Threads take turns (the ingest writes on a thread while it reads)."""

    def __init__(self, socket_path: str, timeout: float):
        self.socket_path, self.timeout = socket_path, timeout
        self._socket = None
        self._reader = None
        self._turn = threading.Lock()

    def call(self, *args):
        """One command's reply; ReplyError when the server refuses it."""
        (reply,) = self._exchange([args])
        if isinstance(reply, hiredis.ReplyError):
            raise ReplyError(str(reply))
        return reply

    def transaction(self, commands: list[tuple]) -> list:
        """The commands in MULTI/EXEC: each one's reply, a ReplyError for each that failed
        (EXEC does not undo the others). ReplyError when none ran (the server refused to queue one)."""
        replies = self._exchange([("MULTI",), *commands, ("EXEC",)])
        queued, executed = replies[1:-1], replies[-1]
        if isinstance(executed, hiredis.ReplyError):
            refused = next((r for r in queued if isinstance(r, hiredis.ReplyError)), executed)
            raise ReplyError(str(refused))
        return [ReplyError(str(r)) if isinstance(r, hiredis.ReplyError) else r for r in executed]

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
        self._socket = self._reader = None

    def _exchange(self, commands: list[tuple]) -> list:
        """Send the commands at once, read one reply each. A failure closes the connection: a reply
        left unread would answer the next command."""
        with self._turn:
            return self._exchange_now(commands)

    def _exchange_now(self, commands: list[tuple]) -> list:
        try:
            if self._socket is None:
                self._connect()
            self._socket.sendall(b"".join(map(_encode, commands)))
            return [self._read() for _ in commands]
        except TimeoutError:
            self.close()
            raise WireError(f"timed out after {self.timeout:g} s waiting for the server") from None
        except OSError as error:
            self.close()
            raise ConnectionLost(f"{type(error).__name__}: {error}") from None
        except BaseException:  # Ctrl-C mid-reply: the connection's state is unknown
            self.close()
            raise

    def _connect(self) -> None:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(self.timeout)
        try:
            connection.connect(self.socket_path)
        except OSError:
            connection.close()
            raise
        self._socket, self._reader = connection, hiredis.Reader(encoding="utf-8")

    def _read(self):
        while (reply := self._reader.gets()) is False:
            data = self._socket.recv(RECV_BYTES)
            if not data:
                raise ConnectionResetError("the server closed the connection")
            self._reader.feed(data)
        return reply


def _encode(args: tuple) -> bytes:
    parts = [b"*%d\r\n" % len(args)]
    for arg in args:
        data = arg if isinstance(arg, bytes) else str(arg).encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(parts)


# Parameters travel in the query's text: "CYPHER `a`=1 `b`="x" MATCH ...", as FalkorDB's own clients send them.

def params_header(params: dict | None) -> str:
    if not params:
        return ""
    for key in params:
        if not key or "`" in key:
            raise ValueError(f"not a Cypher parameter name: {key!r}")
    return "CYPHER " + "".join(f"`{key}`={literal(value)} " for key, value in params.items())


def literal(value) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(map(literal, value)) + "]"
    if isinstance(value, dict):
        for key in value:
            if not key or "`" in key:
                raise ValueError(f"not a Cypher map key: {key!r}")
        return "{" + ",".join(f"`{key}`:{literal(item)}" for key, item in value.items()) + "}"
    return str(value)


class Decoder:
    """FalkorDB's compact replies as column names and rows of plain values. Labels, relationship types
    and property keys come as numbers, looked up in the graph's lists (read once, again on a number
    not seen yet: the lists only grow)."""

    def __init__(self, ask):
        self._ask = ask  # ask(procedure) -> the reply of a read-only CALL of it, compact
        self._names = {}

    def result(self, reply) -> tuple[list[str], list[list]]:
        if reply and isinstance(reply[-1], hiredis.ReplyError):  # a failure while the query ran
            raise ReplyError(str(reply[-1]))
        if len(reply) < 3:
            return [], []  # statistics only: a write without RETURN
        header, rows = reply[0], reply[1]
        columns = [name for _, name in header]
        return columns, [[self.value(cell) for cell in row] for row in rows]

    def value(self, cell):
        kind, value = cell
        if kind == 2 or kind == 3:  # strings come decoded, integers as integers
            return value
        if kind == 1:
            return None
        if kind == 4:
            return value == "true"
        if kind == 5:
            return float(value)
        if kind == 6:
            return [self.value(item) for item in value]
        if kind == 8:
            return {"labels": [self._name("db.labels()", i) for i in value[1]],
                    "properties": self._properties(value[2]), "element_id": int(value[0])}
        if kind == 7:
            return {"type": self._name("db.relationshipTypes()", value[1]), "properties": self._properties(value[4]),
                    "start": int(value[2]), "end": int(value[3])}
        if kind == 9:
            return {"nodes": self.value(value[0]), "relationships": self.value(value[1])}
        if kind == 10:
            return {value[i]: self.value(value[i + 1]) for i in range(0, len(value), 2)}
        if kind == 11:
            return {"latitude": float(value[0]), "longitude": float(value[1])}
        if kind == 12:
            return [float(item) for item in value]
        if kind in (13, 14, 15):
            moment = datetime.fromtimestamp(value, tz=timezone.utc)
            return moment if kind == 13 else moment.date() if kind == 14 else moment.time()
        raise WireError(f"a value of an unknown type ({kind}) in FalkorDB's reply")

    def _properties(self, properties) -> dict:
        return {self._name("db.propertyKeys()", key): self.value((kind, value)) for key, kind, value in properties}

    def _name(self, procedure: str, number: int) -> str:
        names = self._names.get(procedure, ())
        if number >= len(names):
            names = self._names[procedure] = [row[0][1] for row in self._ask(procedure)[1]]
        return names[number]
