"""Parse and extract on a Dask distributed cluster; the caller writes the results.

`newsgraph ingest --cluster ADDRESS` sends batches of articles to the workers of a running Dask
scheduler. Each worker loads the spaCy pipeline once (a worker plugin, and the pipeline is a cached
global of the worker process) and sends back extracted records, small next to parsed Docs; the
client writes them in input order, in the same one-transaction-a-group writes as a local run, so the
graph is the one a one-process ingest gives. A batch that fails on the cluster (a worker lost for
good, an error outside one article's extraction) comes back as a LoadFailure for each of its
articles: nothing of it is written, and a re-run picks those articles up again.

Dask rather than Ray: the work is a stream of independent batches with results wanted in order,
which futures over a plain scheduler give; Dask is pure Python (pip install on any machine, no
object store or dashboard daemons), and its scheduler and workers start with one command each.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from newsgraph.ingest.load import LoadFailure
from newsgraph.ingest.records import Article, ExtractedDocument

CONNECT_TIMEOUT_S = 30
IN_FLIGHT_PER_THREAD = 2  # batches queued per worker thread: enough to keep it busy, memory stays flat


class ClusterError(Exception):
    """The cluster cannot be used at all: not installed, or no scheduler answers."""


def _load_pipeline_plugin():
    from distributed import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Load the spaCy pipeline when a worker joins, before its first batch."""

        name = "newsgraph-load-pipeline"

        def setup(self, worker) -> None:
            from newsgraph.ingest.nlp import load_pipeline

            _keep_freed_memory()
            load_pipeline()

    return LoadPipeline()


# A Dask nanny starts its workers with MALLOC_TRIM_THRESHOLD_=65536, which also fixes glibc's mmap threshold
# at 128 KB: every array the parse allocates above that is a fresh mmap and its page faults, the memory
# handed back at once. Measured: the workers' parse took 1.2x the CPU. These are glibc's own top values.
TRIM_THRESHOLD = 64 << 20
MMAP_THRESHOLD = 32 << 20


def _keep_freed_memory() -> None:
    """Let this worker process's malloc keep freed memory for the next batch (glibc; a no-op elsewhere)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(-1, TRIM_THRESHOLD)  # M_TRIM_THRESHOLD
        libc.mallopt(-3, MMAP_THRESHOLD)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass


def extract_on_cluster(articles: Iterable[Article], batch_size: int,
                       address: str) -> Iterator[ExtractedDocument | LoadFailure]:
    """Batches of articles parsed and extracted by the cluster's workers; results in input order."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--cluster needs Dask distributed: pip install 'newsgraph[cluster]'") from None
    from newsgraph.ingest.pipeline import _extract_batch

    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"no Dask scheduler answers at {address}: {error}") from None
    with client:
        client.register_plugin(_load_pipeline_plugin())
        threads = max(1, sum(client.nthreads().values()))
        stream = iter(articles)
        pending: deque = deque()
        while batch := list(islice(stream, batch_size)):
            # pure=False: two equal batches are still two tasks (a re-run must not reuse a result).
            pending.append((batch, client.submit(_extract_batch, batch, pure=False)))
            if len(pending) >= IN_FLIGHT_PER_THREAD * threads:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())


def _results(batch: list[Article], future) -> list[ExtractedDocument | LoadFailure]:
    try:
        return future.result()
    except Exception as error:  # the whole batch failed on the cluster: report each of its articles
        reason = f"its batch failed on the cluster: {type(error).__name__}: {error}"
        return [LoadFailure(article.path, reason) for article in batch]
