"""The Python API (newsgraph.Graph) and the commands built on it: the same rows either way, the
event-data table in each format, and the progress bar only on a terminal."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from newsgraph import Graph
from newsgraph.api import EVENT_COLUMNS, quad_class
from newsgraph.cli import Progress, cli, count_articles


@pytest.fixture(scope="module")
def seeds_graph(seeds_store):
    with Graph(str(seeds_store.path)) as graph:
        yield graph


def cli_json(graph: Graph, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--graph", graph.target, *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_api_and_cli_give_the_same_rows(seeds_graph):
    for name, params in [("requests", {}), ("entity-profile", {"name": "Yoon Suk Yeol"}),
                         ("timeline", {"name": "South Korea", "limit": 30})]:
        rows = seeds_graph.query(name, **params)
        options = [a for k, v in params.items() for a in ("--param", f"{k}={v}")]
        assert rows and list(rows) == cli_json(seeds_graph, "query", "run", name, *options, "--format", "json")


def test_rows_and_errors(seeds_graph):
    rows = seeds_graph.query("requests", limit=2)
    assert len(rows) == 2 and rows.columns[:2] == ["requester", "asked"] and rows[0] == list(rows)[0]
    with pytest.raises(ValueError, match="must be integer"):
        seeds_graph.query("requests", limit="many")
    with pytest.raises(KeyError, match="no query called"):
        seeds_graph.query("no-such-query")


def test_to_df(seeds_graph):
    pandas = pytest.importorskip("pandas", reason="pandas not installed: pip install 'newsgraph[dataframe]'")
    frame = seeds_graph.query("requests").to_df()
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns)[:2] == ["requester", "asked"]
    events = seeds_graph.events().to_df()
    assert list(events.columns) == EVENT_COLUMNS and len(events) == len(list(seeds_graph.events()))


def test_events_page_through_the_graph(seeds_graph):
    """Pages of 3 give the same events, in id order, as one large page (the cursor loses none)."""
    whole = list(seeds_graph.events(page_size=10_000))
    paged = list(seeds_graph.events(page_size=3))
    assert paged == whole and len(whole) > 10
    assert [e["event_id"] for e in whole] == sorted({e["event_id"] for e in whole})
    assert all(list(e) == EVENT_COLUMNS for e in whole)
    ukraine = list(seeds_graph.events(actor="ukraine", since="2024-11-28", until="2024-11-28"))
    assert ukraine and all("Ukraine" in (e["source_name"], e["target_name"]) and e["date"] == "2024-11-28"
                           for e in ukraine)
    assert len(ukraine) < len(whole)


def test_quad_class_from_the_cameo_root():
    assert [quad_class(c) for c in ("02", "036", "07", "112", "173", "20", None)] == [
        "verbal cooperation", "verbal cooperation", "material cooperation", "verbal conflict",
        "material conflict", "material conflict", None]


def test_events_command_formats(seeds_graph, tmp_path):
    expected = list(seeds_graph.events(actor="Ukraine"))
    runner = CliRunner()
    base = ["--graph", seeds_graph.target, "events", "--actor", "Ukraine"]
    as_csv = runner.invoke(cli, base)
    assert as_csv.exit_code == 0, as_csv.output
    table = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert [r["event_id"] for r in table] == [e["event_id"] for e in expected]
    assert list(table[0]) == EVENT_COLUMNS
    lines = runner.invoke(cli, base + ["--format", "jsonl"]).output.splitlines()
    assert [json.loads(line) for line in lines] == expected
    no_file = runner.invoke(cli, base + ["--format", "parquet"])
    assert no_file.exit_code == 1 and "--output" in no_file.output


def test_events_parquet(seeds_graph, tmp_path):
    pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install 'newsgraph[parquet]'; parquet untested")
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(cli, ["--graph", seeds_graph.target, "events", "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == EVENT_COLUMNS
    assert table.to_pylist() == list(seeds_graph.events())


def test_ingest_through_the_api(tmp_path):
    with Graph(str(tmp_path / "g.db")) as graph:
        summary = graph.ingest(str(SEEDS))
        assert summary.documents == 2 and not summary.failed
        assert graph.ingest([str(SEEDS)]).skipped == 2
        page = graph.view("South Korea", path=tmp_path / "sk.html")
        assert (tmp_path / "sk.html").read_text() == page and "South Korea" in page
        with pytest.raises(LookupError):
            graph.view("Nobody At All")


def test_progress_bar_only_on_a_terminal(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n')
    assert count_articles([str(tmp_path)]) == 3
    shown = Progress([str(tmp_path)], shown=True)
    shown(2)
    assert shown.bar.n == 2 and shown.bar.total == 3  # done and total, so tqdm shows rate and time left
    shown.end_line()
    drawn = capsys.readouterr().err
    assert "documents:" in drawn and "/3 [" in drawn
    silent = Progress([str(tmp_path)])  # stderr is not a terminal under pytest
    silent(2)
    silent.end_line()
    assert capsys.readouterr().err == "" and silent.done == 2
