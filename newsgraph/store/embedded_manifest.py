"""What an embedded graph at rest holds, written beside it so an unchanged re-ingest needs no server.

PATH.manifest (JSON) is written by the last client as it stops the server (embedded.py `_leave`),
under the file's lock, only when the graph has no document waiting for the identity pass:
- the stored content hash of every document (what the `content-hashes` query would answer);
- a hash of the index statements the server answered (schema/falkordb.cypher at that time);
- the fingerprint of the database's files once the server had stopped (`fingerprint`), the same as
  just before the documents were read from the server.

A store that finds the manifest, no server running and files whose fingerprint is the manifest's
answers from it, as the graph was when the store opened, and starts no server until it must write
or read (embedded.py). Every write the
server accepts is appended and fsynced to the append-only folder at once, so any write since the
manifest (another ingest, a deletion, a crashed run, a rewrite of the log) changes the fingerprint
and the store falls back to its server; so does a manifest that is missing, unreadable or of
another version. A crash cannot leave a wrong manifest: it is written after the server stopped,
by a rename, and only describes the files it fingerprints.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

VERSION = 1


@dataclass
class Manifest:
    documents: dict[str, str]  # document id -> stored content hash


def manifest_path(path: Path) -> Path:
    return Path(f"{path}.manifest")


def fingerprint(path: Path, aof_folder: Path) -> list[list]:
    """Name, size, mtime (ns) and inode of the database's files (an absent file is absent from the
    list); of Redis's own manifest of the folder, its text: the server rewrites it as it starts and
    stops, the same but for the replication offset it stopped at (the logged file's size says that)."""
    files = ([path] + sorted(aof_folder.iterdir())) if aof_folder.is_dir() else [path]
    out = []
    for file in files:
        try:
            if file.parent == aof_folder and file.name.endswith(".manifest"):
                out.append([file.name, _without_end_offsets(file.read_text(errors="replace"))])
            else:
                stat = file.stat()
                out.append([file.name, stat.st_size, stat.st_mtime_ns, stat.st_ino])
        except FileNotFoundError:
            continue
    return out


def _without_end_offsets(text: str) -> str:
    """Redis's manifest ("file NAME seq N type i startoffset N endoffset N" lines) without the endoffsets."""
    return re.sub(r" endoffset \d+", "", text)


def schema_key(statements: list[str]) -> str:
    return hashlib.sha256("\n;\n".join(statements).encode()).hexdigest()


def read_manifest(path: Path, aof_folder: Path, schema: list[str]) -> Manifest | None:
    """The manifest when it describes the files as they are now and the schema asked for; None on any doubt.
    Call with the file's lock held and no server running."""
    try:
        saved = json.loads(manifest_path(path).read_text())
        if (saved["version"] != VERSION or saved["schema"] != schema_key(schema)
                or saved["files"] != fingerprint(path, aof_folder)):
            return None
        documents = saved["documents"]
        if not isinstance(documents, dict):
            return None
        return Manifest(documents)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(path: Path, aof_folder: Path, schema: list[str], documents: dict[str, str]) -> None:
    """Write the manifest of the files as they are now (the server stopped), atomically."""
    saved = {"version": VERSION, "schema": schema_key(schema), "files": fingerprint(path, aof_folder),
             "documents": documents}
    target = manifest_path(path)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        partial.write_text(json.dumps(saved, separators=(",", ":")))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # (gone once replaced; a full disk leaves none behind)


def remove_manifest(path: Path) -> None:
    """Remove it if it is there; best effort (a manifest left behind is checked before it is trusted)."""
    try:
        manifest_path(path).unlink(missing_ok=True)
    except OSError:
        pass
