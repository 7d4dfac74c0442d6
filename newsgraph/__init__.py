"""newsgraph: news articles into a graph of who did what to whom. The Python API is `Graph`:

    from newsgraph import Graph
    with Graph("news.db") as g:
        g.ingest(["articles/"])
        df = g.query("requests").to_df()
"""

__all__ = ["Graph"]


def __getattr__(name: str):
    # Imported on first use, so `import newsgraph.ingest...` in a worker process stays light.
    if name == "Graph":
        from newsgraph.api import Graph

        return Graph
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
