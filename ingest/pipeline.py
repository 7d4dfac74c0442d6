"""The ingestion job: load -> NLP -> extract -> resolve -> write, streaming.

Articles are read lazily, parsed in batches with nlp.pipe, and written in groups, so memory
does not grow with the corpus. An article whose content hash is already in the graph is skipped
before any NLP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc

from newsgraph.ingest import extract, mentions, nlp, resolve
from newsgraph.ingest.load import LoadFailure, read_articles
from newsgraph.ingest.records import Article, ExtractedDocument


def extract_article(article: Article, doc: Doc) -> ExtractedDocument:
    """Extract and resolve one parsed article."""
    found = mentions.find_mentions(doc)
    raw = extract.find_relations(doc, found)
    return resolve.resolve(article, doc, found, raw)


def extract_all(articles: Iterable[Article], batch_size: int = 16,
                workers: int = 1) -> Iterator[ExtractedDocument | LoadFailure]:
    """Parse and extract articles lazily, in input order; an article the extraction fails on
    becomes a LoadFailure and the rest go on."""
    stream = iter(articles)
    while batch := list(islice(stream, batch_size * max(workers, 1))):
        docs = nlp.parse((a.text for a in batch), batch_size=batch_size, n_process=workers)
        for article, doc in zip(batch, docs):
            try:
                extracted = extract_article(article, doc)
            except Exception as error:  # a bug on one odd article must not stop a long run
                extracted = LoadFailure(article.path, f"extraction failed: {type(error).__name__}: {error}")
            yield extracted


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


def ingest(paths: Iterable[str], store, *, force: bool = False, batch_size: int = 16, workers: int = 1,
           progress: Callable[[int], None] = lambda n: None) -> Summary:
    """Ingest the articles at `paths` into `store`; returns what was done and what failed."""
    summary = Summary()
    articles = split_failures(read_articles(paths), summary)

    def changed(batch: list[Article]) -> list[Article]:
        if force:
            return batch
        known = store.content_hashes([a.id for a in batch])
        fresh = [a for a in batch if known.get(a.id) != a.content_hash]
        summary.skipped += len(batch) - len(fresh)
        progress(len(batch) - len(fresh))
        return fresh

    def to_write() -> Iterator[Article]:
        stream = iter(articles)
        while batch := list(islice(stream, 64)):
            yield from changed(batch)

    group: list[ExtractedDocument] = []
    for extracted in split_failures(extract_all(to_write(), batch_size=batch_size, workers=workers), summary):
        group.append(extracted)
        if len(group) >= batch_size:
            _flush(store, group, summary, progress)
    _flush(store, group, summary, progress)
    return summary


def _flush(store, group: list[ExtractedDocument], summary: Summary, progress) -> None:
    if not group:
        return
    store.write_documents(group)
    summary.documents += len(group)
    summary.entities += sum(len(d.entities) for d in group)
    summary.relations += sum(len(d.relations) for d in group)
    progress(len(group))
    group.clear()
