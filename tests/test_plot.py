"""Event timelines: on a small graph written here, the counts the chart shows (its data block, and
the API's counts) equal what the canned timeline query returns; PNG and HTML files are written."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from click.testing import CliRunner

from newsgraph import Graph, queries
from newsgraph.cli import cli
from newsgraph.ingest.records import Article, Entity, ExtractedDocument, Relation
from newsgraph.plot import every_period, period_of, timeline_counts

pytest.importorskip("matplotlib", reason="matplotlib not installed: pip install 'newsgraph[plot]'; charts untested")

ACTORS = [Entity("country:varnia", "Varnia", "Country"), Entity("country:osterland", "Osterland", "Country"),
          Entity("country:quell", "Quell", "Country")]
# (source, target, type, plover, cameo, date, polarity)
EVENTS = [
    ("country:varnia", "country:osterland", "ATTACKED", "ASSAULT", "19", "2031-01-05", "positive"),
    ("country:varnia", "country:osterland", "ATTACKED", "ASSAULT", "19", "2031-01-20", "positive"),
    ("country:osterland", "country:varnia", "WARNED", "THREATEN", "13", "2031-01-21", "positive"),
    ("country:varnia", "country:osterland", "MET", "CONSULT", "04", "2031-03-02", "positive"),
    ("country:varnia", "country:osterland", "SUPPLIED", "AID", "07", "2031-03-09", "negative"),  # did not happen
    ("country:quell", "country:varnia", "SUPPORTED", "SUPPORT", "05", "2031-03-10", "positive"),
    ("country:varnia", None, "REQUESTED", "REQUEST", "02", "2031-04-01", "positive"),  # one-sided
]


@pytest.fixture
def graph(store):
    documents = []
    for number, (source, target, kind, plover, cameo, day, polarity) in enumerate(EVENTS):
        article = Article(id=f"d{number}", path=f"d{number}.txt", text=f"Event {number}.", content_hash=str(number),
                          outlet="The Test Gazette", published=day)
        relation = Relation(source, target, kind, plover, cameo, polarity=polarity, date=day, sentence=f"Event {number}.")
        documents.append(ExtractedDocument(article, ACTORS, [relation]))
    store.write_documents(documents)
    with Graph(str(store.path)) as opened:
        yield opened


def expected(graph: Graph, name: str, other: str, by: str) -> Counter:
    """Counted straight from the canned query's rows: (period, PLOVER type) -> events that happened."""
    rows = queries.get("timeline").run(graph.store, {"name": name, "other": other, "limit": "1000"}).records()
    return Counter((period_of(r["date"], by), r["plover"]) for r in rows if r["polarity"] == "positive")


def drawn(counts) -> Counter:
    return Counter({(p, t): n for t, values in counts["plover"].items() for p, n in zip(counts["periods"], values) if n})


@pytest.mark.parametrize("name,other,by", [("Varnia", "", "month"), ("Varnia", "Osterland", "week"),
                                           ("Quell", "", "month")])
def test_chart_counts_equal_the_query(graph, tmp_path, name, other, by):
    out = tmp_path / "timeline.html"
    args = ["--graph", graph.target, "plot", "timeline", "--name", name, "--by", by, "-o", str(out)]
    result = CliRunner().invoke(cli, args + (["--with", other] if other else []))
    assert result.exit_code == 0, result.output
    data = json.loads(re.search(r'id="timeline-data">(.*?)</script>', out.read_text(), re.S).group(1))
    want = expected(graph, name, other, by)
    assert want and drawn(data) == want
    assert sum(data["cooperation"]) + sum(data["conflict"]) == sum(want.values())
    assert drawn(graph.timeline(name, other, by).to_json()) == want
    assert "<svg" in out.read_text() and "<script src" not in out.read_text()


def test_varnia_by_month(graph):
    counts = graph.timeline("Varnia", by="month")
    assert counts.periods == ["2031-01", "2031-02", "2031-03", "2031-04"]  # February: no events, still shown
    assert counts.plover["ASSAULT"] == [2, 0, 0, 0] and counts.plover["REQUEST"] == [0, 0, 0, 1]
    assert "AID" not in counts.plover  # the supply that did not happen
    assert counts.cooperation == [0, 0, 2, 1] and counts.conflict == [3, 0, 0, 0]


def test_png_and_errors(graph, tmp_path):
    png = tmp_path / "varnia.png"
    counts = graph.plot_timeline("Varnia", png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and counts.periods
    runner = CliRunner()
    bad = runner.invoke(cli, ["--graph", graph.target, "plot", "timeline", "--name", "Varnia", "-o", str(tmp_path / "x.pdf")])
    assert bad.exit_code == 1 and ".png or .html" in bad.output
    nobody = runner.invoke(cli, ["--graph", graph.target, "plot", "timeline", "--name", "Nobody", "-o", str(png)])
    assert nobody.exit_code == 1 and "no dated events" in nobody.output


def test_periods():
    assert period_of("2031-01-05", "week") == "2031-W01" and period_of("2031-06", "week") == period_of("2031-06-01", "week")
    assert every_period("2030-11", "2031-02", "month") == ["2030-11", "2030-12", "2031-01", "2031-02"]
    assert every_period("2030-W52", "2031-W02", "week") == ["2030-W52", "2031-W01", "2031-W02"]
    with pytest.raises(ValueError, match="week, month"):
        timeline_counts([], by="day")
