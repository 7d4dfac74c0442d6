"""The ingestion job: load -> NLP -> extract -> resolve -> write, streaming.

Articles are read lazily, parsed with nlp.pipe, extracted and written in groups of `batch_size`
documents, one transaction a group, so memory does not grow with the corpus. An article whose
content hash is already in the graph is skipped before any NLP (and when every one is, spaCy is
never even imported). A group is written on a thread while the next is parsed. With `workers` > 1, worker
processes parse and extract batches while this process writes them, in input order; with workers=None (the
default of `newsgraph ingest`) two do when a second core is idle and there are enough articles (default_workers). A `Shard`
keeps only the articles whose id hashes to it, so N processes can share one corpus without overlap.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice, tee
from typing import TYPE_CHECKING

from newsgraph.ingest.load import LoadFailure, make_article, read_articles
from newsgraph.ingest.records import Article, ExtractedDocument

if TYPE_CHECKING:
    from spacy.tokens import Doc

HASH_CHECK_BATCH = 64  # articles whose stored content hashes are read in one query
# workers=None (the default of `newsgraph ingest`): a second process parses and extracts when the machine
# has a core to spare and there are at least this many articles to parse; fewer do not pay for the start
# of the worker processes (each loads the model) and the copy of their results back.
AUTO_WORKERS_MIN_ARTICLES = 64


def default_workers(articles: int) -> int:
    """Processes that parse `articles` when the caller did not say: 2 when there are enough of them, this
    process may run on a second core, and at least half a core is idle now (idle_cores), else 1. Not the
    1-minute load average: it lags (a parse just finished keeps it over any threshold for a minute, and a
    run then chose one process with a core idle). With every core busy, one process was the faster
    (bench/RESULTS.md, "Issue 11 parts 2 and 5 ... startup helper")."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or articles < AUTO_WORKERS_MIN_ARTICLES:
        return 1
    idle = idle_cores()
    return 2 if idle is None or idle >= 0.5 else 1


IDLE_SAMPLE_S = 0.1  # how long default_workers looks at the machine before it chooses


def idle_cores(seconds: float = IDLE_SAMPLE_S) -> float | None:
    """How many of the cores this process may run on were idle over the next `seconds` (their lines of
    /proc/stat: idle and iowait time against all time; a container's affinity set, not the machine's
    other cores); None without /proc/stat."""
    mine = {f"cpu{n}" for n in os.sched_getaffinity(0)} if hasattr(os, "sched_getaffinity") else None

    def sample() -> tuple[int, int, int]:
        idle = total = cores = 0
        with open("/proc/stat") as stat:
            for line in stat:
                name, *fields = line.split()
                if not name.startswith("cpu") or name == "cpu" or (mine is not None and name not in mine):
                    continue
                times = [int(n) for n in fields[:8]]  # user nice system idle iowait irq softirq steal
                idle, total, cores = idle + times[3] + times[4], total + sum(times), cores + 1
        return idle, total, cores

    try:
        idle, total, cores = sample()
        time.sleep(seconds)
        idle_after, total_after, _ = sample()
    except (OSError, ValueError, IndexError):
        return None
    if total_after <= total or not cores:
        return None
    return cores * (idle_after - idle) / (total_after - total)


def auto_workers(articles: Iterator[Article]) -> tuple[int, Iterator[Article]]:
    """default_workers for a stream of articles, and the stream, whose first ones were read ahead to count them."""
    head = list(islice(articles, AUTO_WORKERS_MIN_ARTICLES))
    return default_workers(len(head)), chain(head, articles)


def extract_article(article: Article, doc: Doc) -> ExtractedDocument:
    """Extract and resolve one parsed article."""
    from newsgraph.ingest import extract, mentions, resolve

    # The extraction makes a great many short-lived objects (spaCy's token and span views) and no
    # cycles worth finding mid-document: the cyclic collector waits until the document is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        found = mentions.find_mentions(doc)
        raw = extract.find_relations(doc, found)
        return resolve.resolve(article, doc, found, raw)
    finally:
        if collecting:
            gc.enable()


def extract_all(articles: Iterable[Article], batch_size: int = 16, workers: int | None = 1,
                cluster: str | None = None) -> Iterator[ExtractedDocument | LoadFailure]:
    """Parse and extract articles lazily, in input order; an article the extraction fails on
    becomes a LoadFailure and the rest go on. `workers`: processes that parse and extract (None:
    auto_workers decides). `cluster`: a Dask scheduler's address, whose workers parse and extract
    (see ingest/cluster.py)."""
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return  # nothing to parse: spaCy is never imported, so a re-run of an unchanged corpus is quick
    stream = chain([first], stream)
    if workers is None and not cluster:
        workers, stream = auto_workers(stream)
    if cluster:
        from newsgraph.ingest.cluster import extract_on_cluster

        yield from extract_on_cluster(stream, batch_size, cluster)
        return
    if workers > 1:
        yield from _extract_in_processes(stream, batch_size, workers)
        return
    from newsgraph.ingest import nlp

    for_parse, for_extract = tee(stream)  # tee holds only the batch nlp.pipe has read ahead
    docs = nlp.parse((a.text for a in for_parse), batch_size=batch_size)
    for article, doc in zip(for_extract, docs):
        try:
            yield extract_article(article, doc)
        except Exception as error:  # a bug on one odd article must not stop a long run
            yield LoadFailure(article.path, f"extraction failed: {type(error).__name__}: {error}")


def extract_text(text: str, path: str = "text.txt") -> ExtractedDocument:
    """One text's extraction, in this process (what a test or a notebook wants); raises ValueError
    when the text is refused or the extraction fails."""
    [result] = extract_all([make_article(text, path, {})])
    if isinstance(result, LoadFailure):
        raise ValueError(f"{result.path}: {result.reason}")
    return result


def _extract_batch(articles: list[Article]) -> list[ExtractedDocument | LoadFailure]:
    """One worker process's task: parse and extract a batch."""
    return list(extract_all(articles, batch_size=len(articles)))


def _extract_in_processes(articles: Iterable[Article], batch_size: int,
                          workers: int) -> Iterator[ExtractedDocument | LoadFailure]:
    """Batches go to a pool of `workers` processes, at most two each in flight (flat memory);
    results come back in input order. The workers are forked from a server process (multiprocessing's
    forkserver) that imported spaCy and loaded the model once (ingest/preload.py): no worker imports or
    loads it again, and a worker exits without tearing its interpreter down."""
    from concurrent.futures import ProcessPoolExecutor  # here: multiprocessing's import is for --workers only
    from multiprocessing import get_context

    from newsgraph.ingest.nlp import model_name

    context = get_context("forkserver")
    # '__main__' too (the default): the server imports the caller's main module once, not every worker.
    context.set_forkserver_preload(["__main__", "newsgraph.ingest.preload"])
    stream = iter(articles)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(model_name(),))
    try:
        pending = deque()
        for batch in _tasks(stream, batch_size, workers):
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Without waiting for the workers to exit: the last write and the identity pass go on meanwhile.
        pool.shutdown(wait=False, cancel_futures=True)


def _tasks(stream: Iterator[Article], batch_size: int, workers: int) -> Iterator[list[Article]]:
    """The articles in tasks of `batch_size`, in order, but the last (up to 2 * batch_size) in 2 * workers
    smaller tasks: a whole batch left to one worker at the end kept the other idle for up to its parse."""
    ahead = list(islice(stream, 2 * batch_size))
    while ahead:
        more = list(islice(stream, batch_size))
        if more:
            yield ahead[:batch_size]
            ahead = ahead[batch_size:] + more
            continue
        size = max(1, -(-len(ahead) // (2 * workers)))  # (ceiling)
        for start in range(0, len(ahead), size):
            yield ahead[start:start + size]
        return


def _start_worker(model: str) -> None:
    """A worker's initializer: the pipeline the caller's process names (the forkserver preloaded the one
    its environment named when it started, maybe before the caller changed NEWSGRAPH_SPACY_MODEL)."""
    from newsgraph.ingest import nlp

    if nlp.model_name() != model:
        os.environ["NEWSGRAPH_SPACY_MODEL"] = model
        nlp.load_pipeline.cache_clear()
    nlp.load_pipeline()


@dataclass(frozen=True)
class Shard:
    """Shard `number` of `count` (1-based): the articles whose id hashes to it.

    The hash is of the document id alone, so every process and machine agrees on the split
    whatever order or grouping of files it is given.
    """

    number: int = 1
    count: int = 1

    @classmethod
    def parse(cls, text: str) -> "Shard":
        """'2/3' -> Shard(2, 3); raises ValueError on anything else."""
        number, _, count = text.partition("/")
        if not (number.isdigit() and count.isdigit() and 1 <= int(number) <= int(count)):
            raise ValueError(f"{text!r} is not a shard I/N with 1 <= I <= N, e.g. 2/3")
        return cls(int(number), int(count))

    def holds(self, article: Article) -> bool:
        digest = hashlib.sha256(article.id.encode()).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.number - 1


@dataclass
class Summary:
    """What a run did: counts, and every input that failed with its reason."""

    documents: int = 0
    entities: int = 0
    relations: int = 0
    skipped: int = 0
    failed: list[LoadFailure] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"{self.documents} documents written, {self.entities} entities, {self.relations} relations; "
            f"{self.skipped} unchanged skipped; {len(self.failed)} failed"
        ]
        out += [f"  failed: {f.path}: {f.reason}" for f in self.failed]
        return out


def split_failures(items: Iterable, summary: Summary) -> Iterator:
    """Pass articles (or extracted documents) on; record failures in the summary."""
    for item in items:
        if isinstance(item, LoadFailure):
            summary.failed.append(item)
        else:
            yield item


def extract_paths(paths: Iterable[str], summary: Summary) -> Iterator[ExtractedDocument]:
    """Extract every article at `paths`, without a store; counts and failures go into `summary`.
    Ids are made one per actor across all of them (ingest/identity.py), so they come out at the end."""
    from newsgraph.ingest.identity import unify

    documents = list(split_failures(extract_all(split_failures(read_articles(paths), summary)), summary))
    for document in unify(documents):
        summary.documents += 1
        summary.entities += len(document.entities)
        summary.relations += len(document.relations)
        yield document


def ingest(paths: Iterable[str], store, *, force: bool = False, batch_size: int = 16, workers: int | None = 1,
           cluster: str | None = None, shard: Shard = Shard(),
           progress: Callable[[int], None] = lambda n: None) -> Summary:
    """Ingest the articles at `paths` (those of `shard`) into `store`; returns what was done and what
    failed. Parsing runs here (workers=1), in `workers` processes, or on the Dask cluster at `cluster`;
    workers=None (what `newsgraph ingest` passes by default): in two processes when a second core is idle
    and there are enough articles (default_workers). A library caller asks for it: the process the workers are forked
    from imports the caller's main module (it needs an `if __name__ == "__main__"` guard)."""
    summary = Summary()
    articles = read_ahead(a for a in split_failures(read_articles(paths), summary) if shard.holds(a))

    def changed(batch: list[Article]) -> list[Article]:
        if force:
            return batch
        known = store.content_hashes([a.id for a in batch])
        fresh = [a for a in batch if known.get(a.id) != a.content_hash]
        summary.skipped += len(batch) - len(fresh)
        progress(len(batch) - len(fresh))
        return fresh

    def to_extract() -> Iterator[Article]:
        while batch := list(islice(articles, HASH_CHECK_BATCH)):
            yield from changed(batch)

    writer = _Writer(store, summary, progress)
    try:
        group: list[ExtractedDocument] = []
        for extracted in split_failures(extract_all(to_extract(), batch_size=batch_size, workers=workers, cluster=cluster), summary):
            group.append(extracted)
            if len(group) >= batch_size:
                writer.write(group)
                group = []
        writer.write(group)
        writer.wait()
        store.unify_identities()  # after every write, over all stored names: the same graph whatever the order
    finally:
        writer.pool.shutdown()  # lets a write in flight finish: it is in the graph whole or not at all
    return summary


READ_AHEAD = 256  # articles read and hashed ahead of the store's answers


def read_ahead(items: Iterator, size: int = READ_AHEAD) -> Iterator:
    """The items, produced on a thread up to `size` ahead of the consumer. An ingest reads and hashes
    its files while the embedded store's server is still loading the graph and while the store
    answers which are known: an unchanged re-ingest is mostly that wait. The thread's error is
    raised here, at its place in the stream; a consumer that stops early stops the thread."""
    import queue
    import threading

    ahead: queue.Queue = queue.Queue(size)
    stop = threading.Event()
    end = object()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        ahead.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ahead.put((end, None))
        except BaseException as error:  # handed to the consumer, which raises it
            ahead.put((end, error))

    threading.Thread(target=produce, name="newsgraph-read-ahead", daemon=True).start()
    try:
        while True:
            item, error = ahead.get()
            if item is end:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()


class _Writer:
    """Writes groups of documents on a thread, one at a time and in order, while the caller parses
    the next group: the store's server runs the write on another core. One group waits at most,
    so memory stays flat; a failed write is raised at the next group."""

    def __init__(self, store, summary: Summary, progress: Callable[[int], None]):
        self.store, self.summary, self.progress = store, summary, progress
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="newsgraph-write")
        self.pending = None

    def write(self, group: list[ExtractedDocument]) -> None:
        self.wait()
        if group:
            self.pending = self.pool.submit(self._write, group)

    def wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def _write(self, group: list[ExtractedDocument]) -> None:
        self.store.write_documents(group)
        self.summary.documents += len(group)
        self.summary.entities += sum(len(d.entities) for d in group)
        self.summary.relations += sum(len(d.relations) for d in group)
        self.progress(len(group))
