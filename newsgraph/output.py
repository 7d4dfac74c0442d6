"""Query results as a text table, JSON, CSV, or an HTML drawing of their nodes and relationships."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TextIO

from newsgraph import view
from newsgraph.store import Result

MAX_CELL = 80


def display(value) -> str:
    """One cell as a person reads it: a node by its name, a relationship by its type, a path as a chain."""
    if value is None:
        return ""
    if isinstance(value, dict) and "labels" in value:
        props = value["properties"]
        return str(props.get("name") or props.get("title") or props.get("id") or ":".join(value["labels"]))
    if isinstance(value, dict) and "type" in value and "start" in value:
        return f"[:{value['type']}]"
    if isinstance(value, dict) and "nodes" in value:
        nodes = value["nodes"]
        steps = [display(nodes[0])] if nodes else []
        for before, rel, node in zip(nodes, value["relationships"], nodes[1:]):
            forward = rel["start"] == before.get("element_id")
            arrow = f"-[:{rel['type']}]->" if forward else f"<-[:{rel['type']}]-"
            steps.append(f"{arrow} {display(node)}")
        return " ".join(steps)
    if isinstance(value, list):
        return ", ".join(display(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def table(result: Result) -> str:
    cells = [[_clip(display(v)) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def to_json(result: Result) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2, default=str)


def to_csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(result.columns)
    writer.writerows([[display(v) for v in row] for row in result.rows])
    return buffer.getvalue()


FORMATS = {"table": table, "json": to_json, "csv": to_csv, "html": view.html_page}


def render(result: Result, fmt: str, title: str = "newsgraph") -> str:
    """The result in a format of FORMATS; ValueError if html has nothing to draw."""
    if fmt == "html":
        return view.html_page(result, title)
    return FORMATS[fmt](result)


TABLE_FORMATS = ("csv", "jsonl", "parquet")
PARQUET_BATCH = 1000  # rows per Parquet row group: the writer holds one batch at a time


def write_table(rows: Iterable[dict], columns: list[str], fmt: str, out: TextIO | str) -> int:
    """Stream dict rows to `out` (a text stream, or a file path, which parquet needs) as csv,
    jsonl or parquet, holding one row (one batch for parquet) at a time; returns the row count."""
    if fmt == "parquet":
        return _write_parquet(rows, columns, out)
    stream = open(out, "w", newline="", encoding="utf-8") if isinstance(out, str) else out
    written = 0
    try:
        if fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
        for row in rows:
            if fmt == "csv":
                writer.writerow(row)
            else:
                stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            written += 1
    finally:
        if stream is not out:
            stream.close()
    return written


def _write_parquet(rows: Iterable[dict], columns: list[str], path) -> int:
    if not isinstance(path, str):
        raise ValueError("parquet is a binary file format: give a file with --output FILE.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError("parquet needs pyarrow: pip install 'newsgraph[parquet]'") from None
    # Every column is text except confidence: one schema for every batch, however the values fall.
    schema = pa.schema([(c, pa.float64() if c == "confidence" else pa.string()) for c in columns])
    written = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                written += len(batch)
                batch = []
        if batch or not written:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
    return written
