"""The Python API: everything the `newsgraph` command does, as methods of one Graph object.

    from newsgraph import Graph
    g = Graph("bolt://localhost:7687")      # or a path: Graph("news.db")
    g.ingest(["articles/"])                 # the run summary
    g.query("requests").to_df()             # any canned query; pandas optional
    g.events(actor="Ukraine").to_df()       # the event-data table
    g.view("Ukraine", path="ukraine.html")  # an interactive page
    g.plot_timeline("Ukraine", "ukraine.png")  # events per month, by PLOVER type

The CLI (newsgraph/cli.py) is a thin layer over these methods, so both give the same rows.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from newsgraph import queries
from newsgraph.schema import HERE as SCHEMA_DIR
from newsgraph.store import Result, default_target, open_store

TIMELINE_LIMIT = 1_000_000  # every event of one actor, for a chart
EVENT_PAGE = 1000  # events read per query: memory stays flat however large the graph
EVENT_COLUMNS = [
    "event_id", "date", "source_name", "source_country", "source_sector", "source_type",
    "event_type", "plover_type", "cameo_code", "quad_class",
    "target_name", "target_country", "target_sector", "target_type",
    "polarity", "modality", "attributed_to", "document_id", "outlet", "url", "sentence", "confidence",
]


class Rows(Result):
    """A query's rows: iterate for dicts, `.columns` and `.rows` for the table, `.to_df()` for pandas."""

    def __iter__(self) -> Iterator[dict]:
        return iter(self.records())

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> dict:
        return self.records()[index]

    def to_df(self):
        return _pandas().DataFrame(self.rows, columns=self.columns)


class Events:
    """The event-data table, read from the graph a page at a time each time it is iterated."""

    columns = EVENT_COLUMNS

    def __init__(self, pages: Callable[[], Iterator[dict]]):
        self._pages = pages

    def __iter__(self) -> Iterator[dict]:
        return self._pages()

    def to_df(self):
        return _pandas().DataFrame(list(self), columns=self.columns)


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("to_df() needs pandas: pip install 'newsgraph[dataframe]'") from None
    return pandas


@cache
def quad_classes() -> dict[str, str]:
    """CAMEO root ("17") -> quad class ("material conflict"), from schema/quad_classes.toml."""
    table = tomllib.loads((SCHEMA_DIR / "quad_classes.toml").read_text())["quad_classes"]
    return {root: quad for quad, roots in table.items() for root in roots}


def quad_class(cameo: str | None) -> str | None:
    return quad_classes().get(cameo[:2]) if cameo else None


class Graph:
    """A graph store (a Neo4j URI or a path to an embedded database) and what can be done with it.

    Use it as a context manager, or call close(), to let go of the store.
    """

    def __init__(self, target: str | None = None):
        self.target = target or default_target()[0]
        self.store = open_store(self.target)
        self._schema: list[str] | None = None

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def apply_schema(self) -> list[str]:
        """Create the constraints and indexes, once for this Graph; returns the statements."""
        if self._schema is None:
            self._schema = self.store.apply_schema()
        return self._schema

    def ingest(self, paths: Iterable[str] | str, **options):
        """Read articles (files, folders, globs, .jsonl) into the graph; returns the run Summary.
        Options as ingest.pipeline.ingest: force, batch_size, workers, cluster, shard, progress."""
        from newsgraph.ingest.pipeline import ingest

        self.apply_schema()
        return ingest([paths] if isinstance(paths, str) else list(paths), self.store, **options)

    @staticmethod
    def export_for_neo4j_admin(paths: Iterable[str] | str, directory: str | Path, **options):
        """Extract articles as ingest() does and write the graph ingest would give an empty Neo4j as the
        CSV and header files of `neo4j-admin database import full`, into `directory`; no store is opened.
        Returns an ingest.export_admin.Export: files, counts, the import commands, after-import.cypher
        (constraints, indexes, empty lists: run it once the imported server is up).
        Options: batch_size, workers, progress. Raises ExportError (one line) when it cannot."""
        from newsgraph.ingest.export_admin import export_for_admin

        return export_for_admin([paths] if isinstance(paths, str) else list(paths), directory, **options)

    def query(self, query_name: str, /, **params) -> Rows:
        """Run a canned query read-only, e.g. query("entity-profile", name="Ukraine").
        Parameters are typed and checked as on the command line (ValueError says what is valid);
        KeyError for a query that is not in the library."""
        query = queries.get(query_name)
        result = query.run(self.store, {key: _text(value) for key, value in params.items()})
        return Rows(result.columns, result.rows)

    def events(self, since: str = "", until: str = "", actor: str = "", page_size: int = EVENT_PAGE) -> Events:
        """The event-data table (EVENT_COLUMNS, one dict per event, in event-id order), optionally
        only events from `since` to `until` (YYYY-MM-DD) and with `actor` on either side."""

        def pages() -> Iterator[dict]:
            after = ""
            while True:
                page = self.query("events", since=since, until=until, actor=actor, after=after, limit=page_size)
                for row in page:
                    row["quad_class"] = quad_class(row["cameo_code"])
                    yield {column: row[column] for column in EVENT_COLUMNS}
                if len(page) < page_size:
                    return
                after = page.rows[-1][0]

        return Events(pages)

    def timeline(self, name: str, other: str = "", by: str = "month"):
        """Events per week or month for an actor (or the pair with `other`), by PLOVER type and
        cooperation against conflict: a plot.TimelineCounts, from the canned timeline query."""
        from newsgraph.plot import timeline_counts

        rows = self.query("timeline", name=name, other=other, limit=TIMELINE_LIMIT)
        title = f"{name} and {other}" if other else name
        return timeline_counts(rows, by, f"{title}: events per {by}")

    def plot_timeline(self, name: str, path: str | Path, other: str = "", by: str = "month"):
        """Draw timeline(name, other, by) to `path` (.png or .html); returns the counts drawn."""
        from newsgraph.plot import write_chart

        counts = self.timeline(name, other, by)
        write_chart(counts, path)
        return counts

    def neighbourhood(self, name: str, limit: int = 200) -> Rows:
        """An actor's relations and the actors at their other end (the entity-network query)."""
        return self.query("entity-network", name=name, limit=limit)

    def view(self, name: str, limit: int = 200, path: str | Path | None = None) -> str:
        """An actor's neighbourhood as a self-contained HTML page; written to `path` if given.
        LookupError when the actor has no relations."""
        from newsgraph import view

        rows = self.neighbourhood(name, limit)
        if not rows:
            raise LookupError(f"no actor called {name!r} with relations")
        page = view.html_page(rows, f"{name}: neighbourhood")
        if path:
            Path(path).write_text(page)
        return page


def _text(value) -> str:
    """A parameter as the command line gives it (the query library types it)."""
    return str(value).lower() if isinstance(value, bool) else str(value)
