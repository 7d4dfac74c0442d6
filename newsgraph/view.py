"""Query results drawn as one interactive HTML page with neo4j-viz, Neo4j's own graph
visualisation library: pan, zoom, drag, search; click a relationship or node for its details.

The page is self-contained (neo4j-viz inlines its JavaScript and styles; nothing is fetched), so it
opens offline and can be mailed as one file. Nodes are coloured by label as in the Browser style
(newsgraph.browser); relationships reported as not having happened are red and captioned "NOT ...",
those only planned, possible or hypothetical are amber and captioned with the modality; a legend
says so.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from newsgraph.store import Result

# One colour per node label; the Neo4j Browser style (newsgraph.browser) uses the same ones.
TYPE_COLORS = {
    "Person": "#4C8EDA",
    "Country": "#DA7194",
    "Organization": "#57C7E3",
    "Group": "#8DCC93",
    "Agent": "#FFC454",
    "Coalition": "#D9C8AE",
    "Weapon": "#F16667",
    "Place": "#ECB5C9",
    "Event": "#D9C8AE",
    "Document": "#C990C0",
}
OTHER_COLOR = "#A5ABB6"
# Relationships: how a fact was reported decides its colour (the legend lists these).
FACT_COLORS = {
    "asserted": "#6B7280",
    "negated: did not happen": "#C0392B",
    "planned, possible, hypothetical": "#E08E0B",
}
# Columns of a row that describe the relationship in it (shown in its details), by the name shown.
ROW_DETAILS = {"outlet": "outlet", "said_by": "said by", "published": "published", "title": "article"}
RELATIONSHIP_DETAILS = ("sentence", "theme", "date", "polarity", "modality", "plover", "cameo", "trigger",
                        "confidence", "doc_id")


@dataclass
class Graph:
    """The nodes and relationships found anywhere in a result: node id -> node, relationships."""

    nodes: dict = field(default_factory=dict)
    relationships: list = field(default_factory=list)

    def add(self, value, details: dict | None = None) -> None:
        if isinstance(value, list):
            for item in value:
                self.add(item, details)
        elif isinstance(value, dict) and "labels" in value:
            self.nodes[value["element_id"]] = value
        elif isinstance(value, dict) and "start" in value and "type" in value:
            self.relationships.append({**value, "details": details or {}})
        elif isinstance(value, dict) and "nodes" in value:
            self.add(value["nodes"])
            self.add(value["relationships"], details)

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
        details = {shown: value for column, shown in ROW_DETAILS.items()
                   if column in result.columns and (value := row[result.columns.index(column)]) not in (None, "")}
        graph.add(row, details)
    return graph


def node_type(node: dict) -> str:
    specific = [label for label in node["labels"] if label != "Entity"]
    return specific[0] if specific else (node["labels"] or ["?"])[0]


def caption(node: dict) -> str:
    props = node["properties"]
    if "Event" in node["labels"]:  # a one-sided event: what was done, about what
        return f"{props.get('type', 'Event')}: {props['theme']}" if props.get("theme") else props.get("type", "Event")
    return str(props.get("name") or props.get("title") or props.get("id") or node_type(node))


def fact_kind(properties: dict) -> str:
    """Which of FACT_COLORS a relationship is."""
    if properties.get("polarity") == "negative":
        return "negated: did not happen"
    if properties.get("modality") not in (None, "asserted"):
        return "planned, possible, hypothetical"
    return "asserted"


def relationship_caption(kind: str, props: dict) -> str:
    """The type, marked so a negated or non-asserted fact reads differently: "NOT REQUESTED",
    "SUPPLIED (possible)"."""
    text = kind
    if props.get("polarity") == "negative":
        text = f"NOT {text}"
    if props.get("modality") not in (None, "asserted"):
        text = f"{text} ({props['modality']})"
    return text


def visualization(result: Result, title: str = "newsgraph"):
    """The neo4j-viz VisualizationGraph of a result; ValueError if it holds no nodes to draw."""
    from neo4j_viz import Node, Relationship, VisualizationGraph

    graph = graph_of(result)
    if not graph.nodes:
        raise ValueError("this result has no nodes or relationships to draw; use --format table, json or csv")
    nodes = [
        Node(id=node_id, caption=caption(node), color=TYPE_COLORS.get(node_type(node), OTHER_COLOR), size=24,
             properties={"label": node_type(node), **{k: _shown(v) for k, v in node["properties"].items()
                                                      if k != "lookup" and v not in (None, [], "")}})
        for node_id, node in graph.nodes.items()
    ]
    relationships = []
    for rel in graph.edges():
        props, kind = rel["properties"], rel["type"]
        end = graph.nodes[rel["end"]]
        if kind == "SOURCE_OF" and "Event" in end["labels"]:  # a one-sided event: its facts are on the node
            props, kind = end["properties"], end["properties"].get("type", kind)
        reported = fact_kind(props)
        details = {k: _shown(props[k]) for k in RELATIONSHIP_DETAILS if props.get(k) not in (None, "")}
        relationships.append(Relationship(
            source=rel["start"], target=rel["end"], caption=relationship_caption(kind, props),
            color=FACT_COLORS[reported], width=1 if reported == "asserted" else 2,
            properties={"type": kind, "reported as": reported, **details, **rel["details"]},
        ))
    vg = VisualizationGraph(nodes=nodes, relationships=relationships)
    shown_types = sorted({node_type(n) for n in graph.nodes.values()})
    vg.set_legend(nodes={t: TYPE_COLORS.get(t, OTHER_COLOR) for t in shown_types},
                  relationships={kind: color for kind, color in FACT_COLORS.items()})
    return vg


def html_page(result: Result, title: str = "newsgraph") -> str:
    """The page; ValueError if the result holds no nodes to draw."""
    page = visualization(result, title).render(height="calc(100vh - 60px)", theme="light").data
    heading = (f'<header style="font-family:sans-serif;padding:6px 14px;border-bottom:1px solid #ddd">'
               f'<h1 style="font-size:18px;margin:0">{html.escape(title)}</h1>'
               f'<div style="font-size:12px;color:#555">drag to pan, scroll to zoom, drag a node to move it; open the '
               f'details panel (top right) and click a relationship or node for its sentence, outlet, date, '
               f'speaker and codes</div></header>')
    page = page.replace("<title>neo4j-viz</title>", f"<title>{html.escape(title)}</title>", 1)
    return page.replace("<body>", f"<body>{heading}", 1) if "<body>" in page else heading + page


def _shown(value):
    return ", ".join(map(str, value)) if isinstance(value, list) else value
