"""Graph stores: pick one from a target string.

A Neo4j URI (bolt://, neo4j://, with +s / +ssc) opens Neo4j; anything else is a path to an
embedded FalkorDB database file.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsgraph.store.base import GraphStore, Result, StoreError

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
DEFAULT_PATH = Path("~/.local/share/newsgraph/graph.db")

__all__ = ["GraphStore", "Result", "StoreError", "open_store", "default_target", "NEO4J_SCHEMES"]


def default_target() -> tuple[str, bool]:
    """The store to use when --graph is not given, and whether it is the built-in default."""
    for variable in ("NEWSGRAPH_GRAPH", "NEO4J_URI"):
        if os.environ.get(variable):
            return os.environ[variable], False
    return str(DEFAULT_PATH.expanduser()), True


def open_store(target: str) -> GraphStore:
    if target.startswith(NEO4J_SCHEMES):
        from newsgraph.store.neo4j import Neo4jStore

        return Neo4jStore(target)
    if "://" in target:
        scheme = target.partition("://")[0]  # not the rest, which may hold a password
        raise StoreError(f"{scheme}:// is not a Neo4j URI ({', '.join(NEO4J_SCHEMES)}) nor a file path")
    from newsgraph.store.embedded import EmbeddedStore

    return EmbeddedStore(target)
