"""Query results drawn as one self-contained HTML page: an SVG of the nodes and relationships,
coloured by actor type, with the relation type on each edge. No scripts, fonts or styles are
fetched: the page opens offline, and the layout is computed here so it needs no JavaScript.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

from newsgraph.store import Result

# One colour per node label; the Neo4j Browser style (newsgraph.browser) uses the same ones.
TYPE_COLORS = {
    "Person": "#4C8EDA",
    "Country": "#DA7194",
    "Organization": "#57C7E3",
    "Group": "#8DCC93",
    "Agent": "#FFC454",
    "Weapon": "#F16667",
    "Place": "#ECB5C9",
    "Document": "#C990C0",
}
OTHER_COLOR = "#A5ABB6"
WIDTH, HEIGHT, RADIUS = 1000, 700, 22


@dataclass
class Graph:
    """The nodes and relationships found anywhere in a result: node id -> node, relationships."""

    nodes: dict = field(default_factory=dict)
    relationships: list = field(default_factory=list)

    def add(self, value) -> None:
        if isinstance(value, list):
            for item in value:
                self.add(item)
        elif isinstance(value, dict) and "labels" in value:
            self.nodes[value["element_id"]] = value
        elif isinstance(value, dict) and "start" in value and "type" in value:
            self.relationships.append(value)
        elif isinstance(value, dict) and "nodes" in value:
            self.add(value["nodes"])
            self.add(value["relationships"])

    def edges(self) -> list[dict]:
        """Distinct relationships whose two ends are both in the graph."""
        seen, out = set(), []
        for rel in self.relationships:
            key = (rel["start"], rel["end"], rel["type"], rel["properties"].get("id"))
            if key not in seen and rel["start"] in self.nodes and rel["end"] in self.nodes:
                seen.add(key)
                out.append(rel)
        return out


def graph_of(result: Result) -> Graph:
    graph = Graph()
    for row in result.rows:
        graph.add(row)
    return graph


def node_type(node: dict) -> str:
    specific = [label for label in node["labels"] if label != "Entity"]
    return specific[0] if specific else (node["labels"] or ["?"])[0]


def caption(node: dict) -> str:
    props = node["properties"]
    return str(props.get("name") or props.get("title") or props.get("id") or node_type(node))


def layout(ids: list, edges: list[tuple], iterations: int = 150) -> dict:
    """Fruchterman-Reingold force layout, deterministic: start on a circle, cool linearly."""
    n = len(ids)
    if n == 1:
        return {ids[0]: (WIDTH / 2, HEIGHT / 2)}
    pos = {node: [WIDTH / 2 + 250 * math.cos(2 * math.pi * i / n), HEIGHT / 2 + 250 * math.sin(2 * math.pi * i / n)]
           for i, node in enumerate(ids)}
    k = math.sqrt(WIDTH * HEIGHT / n) * 0.6
    for step in range(iterations):
        shift = {node: [0.0, 0.0] for node in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                d = max(math.hypot(dx, dy), 0.01)
                push = k * k / d
                shift[a][0] += dx / d * push; shift[a][1] += dy / d * push
                shift[b][0] -= dx / d * push; shift[b][1] -= dy / d * push
        for a, b in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = max(math.hypot(dx, dy), 0.01)
            pull = d * d / k
            shift[a][0] -= dx / d * pull; shift[a][1] -= dy / d * pull
            shift[b][0] += dx / d * pull; shift[b][1] += dy / d * pull
        limit = 40 * (1 - step / iterations) + 1
        for node in ids:
            dx, dy = shift[node]
            d = max(math.hypot(dx, dy), 0.01)
            pos[node][0] += dx / d * min(d, limit)
            pos[node][1] += dy / d * min(d, limit)
    return _fit(pos)


def _fit(pos: dict) -> dict:
    """Scale the layout into the drawing, leaving room for captions."""
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    margin = 90
    sx = (WIDTH - 2 * margin) / max(max(xs) - min(xs), 1)
    sy = (HEIGHT - 2 * margin) / max(max(ys) - min(ys), 1)
    return {node: (margin + (x - min(xs)) * sx, margin + (y - min(ys)) * sy) for node, (x, y) in pos.items()}


def html_page(result: Result, title: str = "newsgraph") -> str:
    """The page; ValueError if the result holds no nodes to draw."""
    graph = graph_of(result)
    if not graph.nodes:
        raise ValueError("this result has no nodes or relationships to draw; use --format table, json or csv")
    edges = graph.edges()
    ids = list(graph.nodes)
    pos = layout(ids, [(e["start"], e["end"]) for e in edges])
    svg = [_edge(e, pos, offset) for e, offset in zip(edges, _offsets(edges))]
    svg += [_node(graph.nodes[i], pos[i]) for i in ids]
    types = sorted({node_type(n) for n in graph.nodes.values()})
    legend = "".join(
        f'<span class="key"><i style="background:{TYPE_COLORS.get(t, OTHER_COLOR)}"></i>{html.escape(t)}</span>'
        for t in types
    )
    return PAGE.format(
        title=html.escape(title), width=WIDTH, height=HEIGHT, legend=legend, body="\n".join(svg),
        summary=f"{len(ids)} nodes, {len(edges)} relationships",
    )


def _offsets(edges: list[dict]) -> list[float]:
    """Sideways bend of each edge, so several relations between one pair stay apart."""
    pairs: dict = {}
    for e in edges:
        pairs.setdefault(frozenset((e["start"], e["end"])), []).append(e)
    out = []
    for e in edges:
        group = pairs[frozenset((e["start"], e["end"]))]
        index = group.index(e)
        bend = (index - (len(group) - 1) / 2) * 40
        # Bend relative to one fixed direction per pair, whichever way each edge points.
        out.append(bend if str(e["start"]) <= str(e["end"]) else -bend)
    return out


def _edge(rel: dict, pos: dict, bend: float) -> str:
    (x1, y1), (x2, y2) = pos[rel["start"]], pos[rel["end"]]
    dx, dy = x2 - x1, y2 - y1
    d = max(math.hypot(dx, dy), 0.01)
    cx, cy = (x1 + x2) / 2 - dy / d * bend, (y1 + y2) / 2 + dx / d * bend
    # Stop the arrow at the target circle's edge.
    tail = max(math.hypot(x2 - cx, y2 - cy), 0.01)
    ex, ey = x2 - (x2 - cx) / tail * RADIUS, y2 - (y2 - cy) / tail * RADIUS
    props = rel["properties"]
    negative = props.get("polarity") == "negative"
    tip = "\n".join(f"{k}: {v}" for k, v in props.items() if k in ("polarity", "modality", "theme", "date", "sentence") and v)
    mx, my = (x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4
    return (
        f'<g class="edge{" negative" if negative else ""}"><title>{html.escape(rel["type"])}\n{html.escape(tip)}</title>'
        f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" marker-end="url(#arrow)"/>'
        f'<text x="{mx:.1f}" y="{my:.1f}">{html.escape(rel["type"])}</text></g>'
    )


def _node(node: dict, point: tuple) -> str:
    x, y = point
    kind = node_type(node)
    tip = "\n".join(f"{k}: {v}" for k, v in node["properties"].items() if v not in (None, [], ""))
    return (
        f'<g class="node"><title>{html.escape(kind)}\n{html.escape(tip)}</title>'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{RADIUS}" fill="{TYPE_COLORS.get(kind, OTHER_COLOR)}"/>'
        f'<text x="{x:.1f}" y="{y + RADIUS + 14:.1f}">{html.escape(caption(node))}</text></g>'
    )


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; font-family: sans-serif; background: #fff; color: #222; }}
header {{ padding: 8px 16px; border-bottom: 1px solid #ddd; }}
h1 {{ font-size: 18px; margin: 0 0 4px; }}
.key {{ margin-right: 14px; font-size: 13px; }}
.key i {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 4px; vertical-align: middle; }}
svg {{ display: block; max-width: 100%; height: auto; }}
.edge path {{ fill: none; stroke: #8a8f98; stroke-width: 1.6; }}
.edge.negative path {{ stroke-dasharray: 6 4; stroke: #c0392b; }}
.edge text {{ font-size: 10px; fill: #444; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 3px; }}
.node circle {{ stroke: #fff; stroke-width: 2; }}
.node text {{ font-size: 12px; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 3px; }}
</style></head>
<body><header><h1>{title}</h1><div>{legend}<span class="key">{summary}; dashed red = reported as not having happened; hover for details</span></div></header>
<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a8f98"/></marker></defs>
{body}
</svg></body></html>
"""
