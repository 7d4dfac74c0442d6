"""`newsgraph ingest`'s default number of parsing processes (ingest/pipeline.py default_workers)."""

from __future__ import annotations

import os

from newsgraph.ingest import pipeline
from newsgraph.ingest.load import make_article


def test_a_second_process_parses_only_with_enough_articles_and_an_idle_core(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert pipeline.default_workers(pipeline.AUTO_WORKERS_MIN_ARTICLES) == 2
    assert pipeline.default_workers(pipeline.AUTO_WORKERS_MIN_ARTICLES - 1) == 1  # too few to pay for the start
    monkeypatch.setattr(os, "getloadavg", lambda: (1.7, 1.7, 1.7))
    assert pipeline.default_workers(1000) == 1  # every core busy: a second process gains nothing
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert pipeline.default_workers(1000) == 1


def test_counting_the_articles_ahead_keeps_every_one_in_order():
    articles = [make_article(f"Article number {n} says little.", f"{n}.txt", {}) for n in range(70)]
    _, stream = pipeline.auto_workers(iter(articles))
    assert [a.id for a in stream] == [a.id for a in articles]
