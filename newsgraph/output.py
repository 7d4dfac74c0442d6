"""Query results as a text table, JSON, CSV, or an HTML drawing of their nodes and relationships."""

from __future__ import annotations

import csv
import io
import json

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
