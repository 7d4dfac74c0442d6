"""ingest.pipeline.read_ahead: the articles of an ingest are read on a thread ahead of the store's
answers; the stream is the same, in order, errors where they happened, and the thread stops with it."""

from __future__ import annotations

import threading
import time

import pytest

from newsgraph.ingest.pipeline import read_ahead


def test_the_items_in_order_whatever_the_size_ahead():
    assert list(read_ahead(iter(range(1000)), size=3)) == list(range(1000))
    assert list(read_ahead(iter([]))) == []


def test_an_error_comes_after_the_items_before_it():
    def items():
        yield 1
        yield 2
        raise OSError("the disk went away")

    got = []
    with pytest.raises(OSError, match="the disk went away"):
        for item in read_ahead(items()):
            got.append(item)
    assert got == [1, 2]


def test_a_consumer_that_stops_early_stops_the_thread():
    produced = []

    def items():
        for n in range(10_000):
            produced.append(n)
            yield n

    stream = read_ahead(items(), size=4)
    assert next(stream) == 0
    stream.close()
    deadline = time.monotonic() + 5
    while any(t.name == "newsgraph-read-ahead" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not any(t.name == "newsgraph-read-ahead" for t in threading.enumerate())
    assert len(produced) < 20  # it stopped reading, a few items ahead at most
