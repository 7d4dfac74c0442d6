"""`newsgraph ingest`'s default number of parsing processes (ingest/pipeline.py default_workers)."""

from __future__ import annotations

import os

from newsgraph.ingest import pipeline
from newsgraph.ingest.load import make_article


def test_a_second_process_parses_with_two_cores_and_enough_articles_whatever_the_load(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert pipeline.default_workers(pipeline.AUTO_WORKERS_MIN_ARTICLES) == 2
    assert pipeline.default_workers(pipeline.AUTO_WORKERS_MIN_ARTICLES - 1) == 1  # too few to pay for the start
    # The 1-minute load average lags (a parse just finished counts in it): the forked workers share one
    # model load, so a busy machine still gives two processes the larger share.
    monkeypatch.setattr(os, "getloadavg", lambda: (6.0, 6.0, 6.0))
    assert pipeline.default_workers(1000) == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)  # pinned to one core
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert pipeline.default_workers(1000) == 1


def test_counting_the_articles_ahead_keeps_every_one_in_order():
    articles = [make_article(f"Article number {n} says little.", f"{n}.txt", {}) for n in range(70)]
    _, stream = pipeline.auto_workers(iter(articles))
    assert [a.id for a in stream] == [a.id for a in articles]


def test_the_last_articles_go_to_the_workers_in_smaller_tasks_in_order():
    for count in (0, 1, 15, 32, 33, 200):
        tasks = list(pipeline._tasks(iter(range(count)), 16, 2))
        assert [n for task in tasks for n in task] == list(range(count))
        if count > 32:
            assert all(len(task) == 16 for task in tasks[:-4])
        assert all(len(task) <= 8 for task in tasks[-4:])  # the end is shared out between the two workers
