"""`newsgraph ingest`'s default number of parsing processes (ingest/pipeline.py default_workers)."""

from __future__ import annotations

import os

import pytest

from newsgraph.ingest import pipeline
from newsgraph.ingest.load import make_article


def test_a_second_process_parses_with_two_cores_enough_articles_and_an_idle_core_now(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(pipeline, "idle_cores", lambda: 1.2)
    # The 1-minute load average is not asked: it lags (a parse just finished still counts in it).
    monkeypatch.setattr(os, "getloadavg", lambda: (6.0, 6.0, 6.0))
    assert pipeline.default_workers(pipeline.AUTO_WORKERS_MIN_ARTICLES) == 2
    assert pipeline.default_workers(pipeline.AUTO_WORKERS_MIN_ARTICLES - 1) == 1  # too few to pay for the start
    monkeypatch.setattr(pipeline, "idle_cores", lambda: 0.3)  # every core busy now
    assert pipeline.default_workers(1000) == 1
    monkeypatch.setattr(pipeline, "idle_cores", lambda: None)  # no /proc/stat: the cores decide
    assert pipeline.default_workers(1000) == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)  # pinned to one core
    monkeypatch.setattr(pipeline, "idle_cores", lambda: 1.2)
    assert pipeline.default_workers(1000) == 1


def test_idle_cores_are_measured_between_none_and_all():
    if not os.path.exists("/proc/stat"):
        assert pipeline.idle_cores(0.01) is None
        return
    idle = pipeline.idle_cores(0.05)
    assert idle is not None and 0.0 <= idle <= os.cpu_count()


def test_idle_cores_count_only_the_cores_this_process_may_run_on(monkeypatch):
    if not os.path.exists("/proc/stat") or (os.cpu_count() or 1) < 2:
        pytest.skip("needs /proc/stat and two cores")
    # A container pinned to one core of an idle machine has at most that one core idle.
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    idle = pipeline.idle_cores(0.05)
    assert idle is not None and 0.0 <= idle <= 1.0


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
