"""An archive as the CSV files `neo4j-admin database import full` reads: the first load of a large
archive into an empty Neo4j without transactions.

The same load -> extract -> resolve pipeline as `ingest`, and the same graph: the statements the
writer (ingest/write.py) and the cross-document identity pass (ingest/identity.py) would send a store
are applied here to a graph held in memory, in the same groups and order as `ingest` sends them, by
an interpreter that knows each statement of ingest/cypher/ by name (an unknown statement stops the
export: nothing is guessed). The graph is then written as one header file and one data file per kind
of node or relationship, every property with its type (long, double, boolean, string, string[]).

Two things the import cannot do are left to `after-import.cypher` (run once the server is up):
the constraints and indexes (schema/neo4j.cypher; Neo4j Community's import takes none), and the
empty lists (`aliases: []`), which neo4j-admin drops: it sets them back where the import left none.
"""

from __future__ import annotations

import re
import shlex
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import count
from pathlib import Path

from newsgraph.ingest.records import ExtractedDocument
from newsgraph.schema import ddl, vocabulary

SPACES = ("Document", "Entity", "Event")  # the ID spaces: one per kind of node, each keyed by its `id`
PROPERTY_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")  # property keys the project writes (never article text)
# Characters tried, in order, as the array delimiter: the first that no list element and no label holds.
ARRAY_DELIMITERS = ("\x1f", "\x1e", "\x1d", "\x1c", "|", ";")
TRANSACTION_ROWS = 10_000  # rows a transaction of after-import.cypher sets


class ExportError(Exception):
    """The export cannot go on; the message says why."""


# --- the graph in memory -------------------------------------------------------------------------

@dataclass
class Node:
    labels: set[str]
    properties: dict


@dataclass
class Rel:
    type: str
    start: tuple[str, str]
    end: tuple[str, str]
    properties: dict


def _set(properties: dict, updates: dict) -> None:
    """`SET x += map`: a null removes the property."""
    for key, value in updates.items():
        if value is None:
            properties.pop(key, None)
        else:
            properties[key] = value


class MemoryGraph:
    """A property graph in memory that runs the writer's and the identity pass's statements with the
    semantics their Cypher has on an empty Neo4j database."""

    def __init__(self):
        self.nodes: dict[tuple[str, str], Node] = {}
        self.rels: dict[int, Rel] = {}
        self.outgoing: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.incoming: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.between: dict[tuple, set[int]] = defaultdict(set)  # (type, start, end) -> rels: MERGE without a scan
        self._ids = count()

    # primitives
    def node(self, space: str, key) -> Node | None:
        return self.nodes.get((space, key))

    def merge_node(self, space: str, key: str, on_create: dict | None = None) -> tuple[Node, bool]:
        found = self.nodes.get((space, key))
        if found is not None:
            return found, False
        node = Node({space}, {"id": key})
        _set(node.properties, on_create or {})
        self.nodes[(space, key)] = node
        return node, True

    def create_rel(self, type_: str, start, end, properties: dict | None = None) -> int:
        rid = next(self._ids)
        self.rels[rid] = Rel(type_, start, end, {k: v for k, v in (properties or {}).items() if v is not None})
        self.outgoing[start].add(rid)
        self.incoming[end].add(rid)
        self.between[(type_, start, end)].add(rid)
        return rid

    def merge_rel(self, type_: str, start, end, match: dict | None = None) -> Rel:
        for rid in sorted(self.between.get((type_, start, end), ())):
            rel = self.rels[rid]
            if all(rel.properties.get(k) == v for k, v in (match or {}).items()):
                return rel
        return self.rels[self.create_rel(type_, start, end, match)]

    def delete_rel(self, rid: int) -> None:
        rel = self.rels.pop(rid, None)
        if rel is not None:
            self.outgoing[rel.start].discard(rid)
            self.incoming[rel.end].discard(rid)
            between = self.between.get((rel.type, rel.start, rel.end))
            if between is not None:
                between.discard(rid)
                if not between:
                    del self.between[(rel.type, rel.start, rel.end)]

    def detach_delete(self, key) -> None:
        for rid in list(self.outgoing.pop(key, ())) + list(self.incoming.pop(key, ())):
            self.delete_rel(rid)
        self.nodes.pop(key, None)
        self.outgoing.pop(key, None)
        self.incoming.pop(key, None)

    def out(self, key, type_: str | None = None) -> list[Rel]:
        return [self.rels[r] for r in sorted(self.outgoing.get(key, ())) if type_ is None or self.rels[r].type == type_]

    def out_ids(self, key, type_: str | None = None) -> list[int]:
        return [r for r in sorted(self.outgoing.get(key, ())) if type_ is None or self.rels[r].type == type_]

    def in_ids(self, key, type_: str | None = None) -> list[int]:
        return [r for r in sorted(self.incoming.get(key, ())) if type_ is None or self.rels[r].type == type_]

    def mentioned(self, key) -> bool:
        return any(self.rels[r].type == "MENTIONS" and r_start[0] == "Document"
                   for r in self.incoming.get(key, ()) for r_start in [self.rels[r].start])

    # statements
    def run(self, statements: list[tuple[str, dict]]) -> None:
        for cypher, params in statements:
            name, slot = _statement_names().get(cypher, (None, None))
            if name is None:
                raise ExportError("a write statement the neo4j-admin export does not know (ingest/export_admin.py "
                                  f"must learn it): {cypher.splitlines()[0][:100]}")
            getattr(self, "_" + name.replace("-", "_"))(params, slot)

    def _forget_document_events(self, params, _):
        for doc_id in params["ids"]:
            for rel in self.out(("Document", doc_id), "REPORTS"):
                if rel.end[0] == "Event":
                    self.detach_delete(rel.end)

    def _forget_document_facts(self, params, _):
        for doc_id in params["ids"]:
            doomed = set()
            for mention in self.out(("Document", doc_id), "MENTIONS"):
                if mention.end[0] != "Entity":
                    continue
                for rid in self.out_ids(mention.end) + self.in_ids(mention.end):
                    rel = self.rels[rid]
                    if rel.start[0] == rel.end[0] == "Entity" and rel.properties.get("doc_id") == doc_id:
                        doomed.add(rid)
            for rid in doomed:
                self.delete_rel(rid)

    def _count_entities(self, params, _, keys=None, leaving=None):
        """The counts count-entities.cypher keeps on actors: relationships of a relation type, either way,
        their types in the vocabulary's order, and mentions; `leaving` (count-forgotten-entities) the
        mentions about to go, by actor."""
        types = sorted(vocabulary().relations)
        for key in keys if keys is not None else [("Entity", id_) for id_ in params["ids"]]:
            node = self.nodes.get(key)
            if node is not None:
                found = [self.rels[r].type for r in self.outgoing.get(key, set()) | self.incoming.get(key, set())]
                node.properties["relations"] = sum(t in types for t in found)
                node.properties["kinds"] = [t for t in types if t in found]
                node.properties["documents"] = len(self.in_ids(key, "MENTIONS")) - (leaving or {}).get(key, 0)

    def _count_written_entities(self, params, _):
        types = sorted(vocabulary().relations)
        for row in params["rows"]:
            node = self.nodes.get(("Entity", row["id"]))
            if node is None or node.properties.get("relations") is None:
                continue
            node.properties["relations"] += row["relations"]
            node.properties["documents"] += row["documents"]
            node.properties["kinds"] = [t for t in types if t in node.properties["kinds"] or t in row["kinds"]]

    def _mentioned_by(self, doc_ids) -> Counter:
        return Counter(rel.end for doc_id in doc_ids for rel in self.out(("Document", doc_id), "MENTIONS")
                       if rel.end[0] == "Entity")

    def _count_forgotten_entities(self, params, _):
        leaving = self._mentioned_by(params["ids"])
        self._count_entities(params, _, list(leaving), leaving)

    def _count_missing_entities(self, params, _):
        self._count_entities(params, _, [key for key, node in self.nodes.items() if key[0] == "Entity" and (
            node.properties.get("relations") is None or node.properties.get("documents") is None
            or node.properties.get("kinds") is None)])

    def _forget_document_mentions(self, params, _):
        entities = []
        for doc_id in params["ids"]:
            for rid in self.out_ids(("Document", doc_id), "MENTIONS"):
                if self.rels[rid].end[0] == "Entity":
                    entities.append(self.rels[rid].end)
                    self.delete_rel(rid)
        for key in dict.fromkeys(entities):
            if key in self.nodes and not self.mentioned(key):
                self.detach_delete(key)

    def _merge_documents(self, params, _):
        for row in params["rows"]:
            node, _ = self.merge_node("Document", row["id"])
            _set(node.properties, row["properties"])

    def _merge_entities(self, params, label):
        for row in params["rows"]:
            node, _ = self.merge_node("Entity", row["id"], {"name": row["name"], "type": row["type"],
                                                            "sector": row["sector"], "anchor": row["anchor"],
                                                            "relations": 0, "documents": 0, "kinds": []})
            node.labels.add(label)
            aliases = sorted({a for a in list(node.properties.get("aliases") or []) + list(row["aliases"]) if a is not None})
            node.properties["aliases"] = aliases
            name = node.properties.get("name")
            node.properties["lookup"] = [None if n is None else n.lower() for n in [name, *aliases]]

    def _merge_mentions(self, params, _):
        for row in params["rows"]:
            doc, entity = ("Document", row["doc_id"]), ("Entity", row["entity_id"])
            if doc not in self.nodes or entity not in self.nodes:
                continue
            rel = self.merge_rel("MENTIONS", doc, entity)
            _set(rel.properties, {"count": row["count"], "written_id": row["entity_id"], "written_name": row["name"],
                                  "written_type": row["type"], "written_aliases": row["aliases"]})

    def _merge_relations(self, params, type_):
        for row in params["rows"]:
            source, target = ("Entity", row["source"]), ("Entity", row["target"])
            if source in self.nodes and target in self.nodes:
                _set(self.merge_rel(type_, source, target, {"id": row["id"]}).properties, row["properties"])

    def _merge_events(self, params, _):
        for row in params["rows"]:
            doc, source = ("Document", row["properties"].get("doc_id")), ("Entity", row["source"])
            if doc not in self.nodes or source not in self.nodes:
                continue
            event, _ = self.merge_node("Event", row["id"])
            _set(event.properties, row["properties"])
            self.merge_rel("REPORTS", doc, ("Event", row["id"]))
            self.merge_rel("SOURCE_OF", source, ("Event", row["id"]))

    def _merge_event_targets(self, params, _):
        for row in params["rows"]:
            event, target = ("Event", row["id"]), ("Entity", row["target"])
            if event in self.nodes and target in self.nodes:
                self.merge_rel("TARGETS", event, target)

    def _mark_disputed_facts(self, params, type_):
        polar = ("positive", "negative")
        for row in params["rows"]:
            between = self.between.get((type_, ("Entity", row["source"]), ("Entity", row["target"])), ())
            rels = [self.rels[rid] for rid in sorted(between)]
            for rel in rels:
                if rel.properties.get("id") != row["id"] or rel.properties.get("polarity") not in polar:
                    continue
                for other in rels:
                    if (other.properties.get("doc_id") != rel.properties.get("doc_id")
                            and other.properties.get("polarity") in polar
                            and other.properties.get("polarity") != rel.properties.get("polarity")):
                        rel.properties["disputed"] = other.properties["disputed"] = True

    def _unmark_disputed_facts(self, params, _):
        ids, polar = set(params["ids"]), ("positive", "negative")
        others: dict[int, Rel] = {}
        for doc_id in params["ids"]:
            for mention in self.out(("Document", doc_id), "MENTIONS"):
                for rel in self.out(mention.end):
                    if rel.end[0] != "Entity" or rel.properties.get("doc_id") != doc_id or rel.properties.get("disputed") is not True:
                        continue
                    for rid in sorted(self.between.get((rel.type, rel.start, rel.end), ())):
                        other = self.rels[rid]
                        if other.properties.get("disputed") is True and other.properties.get("doc_id") not in ids:
                            others[rid] = other
        for other in others.values():
            against = [self.rels[rid] for rid in self.between.get((other.type, other.start, other.end), ())]
            if not any(a.properties.get("doc_id") != other.properties.get("doc_id") and a.properties.get("doc_id") not in ids
                       and a.properties.get("polarity") in polar and a.properties.get("polarity") != other.properties.get("polarity")
                       for a in against):
                other.properties.pop("disputed", None)

    def _identity_ensure_entities(self, params, label):
        for row in params["rows"]:
            node, _ = self.merge_node("Entity", row["id"], {"name": row["name"], "type": row["type"]})
            node.labels.add(label)

    def _move(self, params, type_, outgoing: bool):
        for row in params["rows"]:
            old, new, docs = ("Entity", row["source"]), ("Entity", row["target"]), set(row["docs"])
            for rid in (self.out_ids(old, type_) if outgoing else self.in_ids(old, type_)):
                rel = self.rels[rid]
                other = rel.end if outgoing else rel.start
                if other[0] != "Entity" or rel.properties.get("doc_id") not in docs or new not in self.nodes:
                    continue
                self.create_rel(type_, new if outgoing else other, other if outgoing else new, dict(rel.properties))
                self.delete_rel(rid)

    def _identity_move_outgoing(self, params, type_):
        self._move(params, type_, True)

    def _identity_move_incoming(self, params, type_):
        self._move(params, type_, False)

    def _identity_move_sources(self, params, _):
        for row in params["rows"]:
            old, new, docs = ("Entity", row["source"]), ("Entity", row["target"]), set(row["docs"])
            for rid in self.out_ids(old, "SOURCE_OF"):
                event = self.rels[rid].end
                if event[0] == "Event" and self.nodes[event].properties.get("doc_id") in docs and new in self.nodes:
                    self.create_rel("SOURCE_OF", new, event)
                    self.delete_rel(rid)

    def _identity_move_targets(self, params, _):
        for row in params["rows"]:
            old, new, docs = ("Entity", row["source"]), ("Entity", row["target"]), set(row["docs"])
            for rid in self.in_ids(old, "TARGETS"):
                event = self.rels[rid].start
                if event[0] == "Event" and self.nodes[event].properties.get("doc_id") in docs and new in self.nodes:
                    self.create_rel("TARGETS", event, new)
                    self.delete_rel(rid)

    def _identity_move_speakers(self, params, _):
        # (d:Document)-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE r.doc_id = d.id AND r.attributed_to = source;
        # the relations are found by their doc_id (one pass over the graph), not through every actor's edges.
        by_doc: dict[str, list[Rel]] = defaultdict(list)
        for rid in sorted(self.rels):
            rel = self.rels[rid]
            if rel.start[0] == rel.end[0] == "Entity" and rel.properties.get("doc_id") is not None:
                by_doc[rel.properties["doc_id"]].append(rel)
        for row in params["rows"]:
            for doc_id in row["docs"]:
                mentioned = {m.end for m in self.out(("Document", doc_id), "MENTIONS")}
                for rel in by_doc.get(doc_id, ()):
                    if rel.start in mentioned and rel.properties.get("attributed_to") == row["source"]:
                        _set(rel.properties, {"attributed_to": row["target"]})

    def _identity_move_typed_speakers(self, params, _):
        pass  # _identity_move_speakers above re-points the speakers of every type, events or not

    def _identity_move_event_speakers(self, params, _):
        for row in params["rows"]:
            for doc_id in row["docs"]:
                for rel in self.out(("Document", doc_id), "REPORTS"):
                    event = self.nodes.get(rel.end)
                    if rel.end[0] == "Event" and event and event.properties.get("attributed_to") == row["source"]:
                        _set(event.properties, {"attributed_to": row["target"]})

    def _identity_move_mentions(self, params, _):
        for row in params["rows"]:
            old, new = ("Entity", row["source"]), ("Entity", row["target"])
            for doc_id in row["docs"]:
                for rid in self.out_ids(("Document", doc_id), "MENTIONS"):
                    mention = self.rels[rid]
                    if mention.end != old or new not in self.nodes:
                        continue
                    if mention.properties.get("written_id", row["source"]) != row["written_id"]:
                        continue
                    properties = dict(mention.properties)
                    _set(properties, {"written_id": row["written_id"], "joined_by": row["rule"]})
                    self.create_rel("MENTIONS", mention.start, new, properties)
                    self.delete_rel(rid)

    def _identity_drop_loop_events(self, params, _):
        for key in params["ids"]:
            entity = ("Entity", key)
            for rel in self.out(entity, "SOURCE_OF"):
                if rel.end[0] == "Event" and any(t.end == entity for t in self.out(rel.end, "TARGETS")):
                    self.detach_delete(rel.end)

    def _identity_drop_loops(self, params, _):
        for key in params["ids"]:
            entity = ("Entity", key)
            for rid in self.out_ids(entity):
                if self.rels[rid].end == entity:
                    self.delete_rel(rid)

    def _identity_name_entities(self, params, _):
        for row in params["rows"]:
            node = self.node("Entity", row["id"])
            if node is not None:
                _set(node.properties, {"name": row["name"], "aliases": row["aliases"], "lookup": row["lookup"]})

    def _identity_delete_emptied(self, params, _):
        for key in params["ids"]:
            if ("Entity", key) in self.nodes and not self.mentioned(("Entity", key)):
                self.detach_delete(("Entity", key))

    def identity_names(self) -> list[list]:
        """The rows of ingest/cypher/identity-names.cypher, read from this graph."""
        rows = []
        for rel in self.rels.values():
            if rel.type != "MENTIONS" or rel.start[0] != "Document" or rel.end[0] != "Entity":
                continue
            m, e = rel.properties, self.nodes[rel.end].properties
            rows.append([rel.start[1], rel.end[1], m.get("written_id", e["id"]), m.get("written_name", e.get("name")),
                         m.get("written_type", e.get("type")), _coalesce(m.get("written_aliases"), e.get("aliases"), [])])
        return sorted(rows, key=lambda row: (row[0], row[2]))


def _coalesce(*values):
    return next((v for v in values if v is not None), None)


@cache
def _statement_names() -> dict[str, tuple[str, str | None]]:
    """Statement text -> (file name in ingest/cypher/, the label or type filled in)."""
    from newsgraph.ingest.write import CYPHER, statement

    vocab = vocabulary()
    out = {}
    for path in sorted(CYPHER.glob("*.cypher")):
        text = statement(path.stem)
        if "{label}" in text:
            out.update({text.replace("{label}", label): (path.stem, label) for label in vocab.entity_types})
        elif "{type}" in text:
            out.update({text.replace("{type}", type_): (path.stem, type_) for type_ in vocab.relations})
        else:
            out[text] = (path.stem, None)
    return out


def build_graph(documents: Iterable[ExtractedDocument], batch_size: int = 16) -> MemoryGraph:
    """The graph `ingest` writes for these documents into an empty database: the writer's statements
    group by group (`batch_size` documents, as `ingest` groups them), then the identity pass."""
    from newsgraph.ingest.identity import graph_statements
    from newsgraph.ingest.write import write_statements

    graph = MemoryGraph()
    group: list[ExtractedDocument] = []
    for document in documents:
        group.append(document)
        if len(group) >= batch_size:
            graph.run(write_statements(group))
            group = []
    if group:
        graph.run(write_statements(group))
    graph.run(graph_statements(graph.identity_names()))
    return graph


# --- the CSV files -------------------------------------------------------------------------------

def _kind(value) -> str:
    """A property's neo4j-admin type: the type the driver would have stored the Python value as."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        kinds = {_kind(v) for v in value}
        if len(kinds) > 1 or kinds & {"string[]", "long[]", "double[]", "boolean[]"}:
            raise ExportError(f"a list property mixing types ({sorted(kinds)}) cannot be imported")
        return f"{kinds.pop() if kinds else 'string'}[]"
    raise ExportError(f"a property of type {type(value).__name__} cannot be imported")


def _field(value, kind: str, delimiter: str) -> str:
    if value is None:
        return ""  # an empty unquoted field: no property
    if kind.endswith("[]"):
        return _quoted(delimiter.join(_plain(v) for v in value))
    return _quoted(value) if kind == "string" else _plain(value)


def _plain(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # shortest text that reads back as the same double
    return str(value)


def _quoted(text: str) -> str:
    return '"' + str(text).replace('"', '""') + '"'


@dataclass
class Export:
    """What `export_for_admin` wrote, and how to import it."""

    directory: Path
    nodes: dict[str, int] = field(default_factory=dict)  # data file -> rows
    relationships: dict[str, int] = field(default_factory=dict)
    node_args: list[str] = field(default_factory=list)  # --nodes=header,data
    relationship_args: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)  # --array-delimiter, --multiline-fields, ...
    after_import: Path | None = None
    summary: object = None

    @property
    def node_count(self) -> int:
        return sum(self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(self.relationships.values())

    def import_arguments(self) -> list[str]:
        """The arguments after `neo4j-admin database import full DATABASE`."""
        return [*self.node_args, *self.relationship_args, *self.options]

    def admin_command(self, database: str = "neo4j") -> str:
        """The command for a packaged Neo4j (its bin/ on PATH; the server stopped)."""
        return shlex.join(["neo4j-admin", "database", "import", "full", database, "--overwrite-destination=true",
                           *self.import_arguments()])

    def server_command(self, name: str = "archive", bolt: int = 7687, http: int = 7474) -> str:
        """The command for this repository's Maven-jar Neo4j (neo4j/server runs org.neo4j.cli.AdminTool)."""
        return shlex.join(["neo4j/server", "import", name, str(bolt), str(http), *self.import_arguments()])


def write_csv(graph: MemoryGraph, directory: str | Path) -> Export:
    """Write `graph` into `directory` as neo4j-admin's header and data files, and after-import.cypher."""
    vocab = vocabulary()
    allowed_labels = set(SPACES) | set(vocab.entity_types)
    allowed_types = set(vocab.relations) | {"MENTIONS", "SOURCE_OF", "TARGETS", "REPORTS"}
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("nodes-*.csv")) + list(out.glob("relationships-*.csv")):
        old.unlink()  # files of an earlier export would be read with these: gone

    # Group the nodes by ID space and relationships by type; a property with two types splits the group.
    node_groups: dict[str, list[Node]] = defaultdict(list)
    for (space, _), node in sorted(graph.nodes.items()):
        if not node.labels <= allowed_labels:
            raise ExportError(f"labels outside the vocabulary: {sorted(node.labels - allowed_labels)}")
        node_groups[space].append(node)
    rel_groups: dict[str, list[Rel]] = defaultdict(list)
    for rel in graph.rels.values():
        if rel.type not in allowed_types:
            raise ExportError(f"relationship type outside the vocabulary: {rel.type}")
        rel_groups[rel.type].append(rel)

    texts = [a for n in graph.nodes.values() for v in n.properties.values() if isinstance(v, list) for a in v]
    texts += [a for r in graph.rels.values() for v in r.properties.values() if isinstance(v, list) for a in v]
    delimiter = next((d for d in ARRAY_DELIMITERS if not any(d in str(t) for t in texts)), None)
    if delimiter is None:
        raise ExportError("every array delimiter neo4j-admin could use occurs in a list property")
    multiline = False
    empty_lists: set[tuple[str, str, str]] = set()  # (node|rel, label|type, property) where [] was written

    export = Export(out)

    def split(items, what: str) -> dict[tuple, list]:
        kinds: dict[str, set[str]] = defaultdict(set)
        for item in items:
            for key, value in item.properties.items():
                if not PROPERTY_NAME.match(key):
                    raise ExportError(f"property name {key!r} is not one the project writes")
                if value == [] or value == ():
                    empty_lists.add((what, key))
                    continue
                kinds[key].add(_kind(value))
        groups: dict[tuple, list] = defaultdict(list)
        for item in items:
            signature = tuple(sorted((k, _kind(v)) for k, v in item.properties.items()
                                     if len(kinds[k]) > 1 and v not in ([], ())))
            groups[signature].append(item)
        columns = {}
        for signature, members in groups.items():
            fixed = dict(signature)
            names = sorted({k for m in members for k in m.properties})
            columns[signature] = [(k, fixed.get(k) or (min(kinds[k]) if kinds[k] else "string[]")) for k in names]
        return {signature: (columns[signature], members) for signature, members in groups.items()}

    def write(name: str, header: list[str], rows: Iterable[list[str]]) -> tuple[str, int]:
        nonlocal multiline
        header_path, data_path = out / f"{name}-header.csv", out / f"{name}.csv"
        header_path.write_text(",".join(header) + "\n", encoding="utf-8")
        n = 0
        with data_path.open("w", encoding="utf-8", newline="") as handle:
            for row in rows:
                line = ",".join(row)
                multiline = multiline or "\n" in line or "\r" in line
                handle.write(line + "\n")
                n += 1
        return f"{header_path},{data_path}", n

    for space, nodes in sorted(node_groups.items()):
        for index, (signature, (columns, members)) in enumerate(sorted(split(nodes, f"node:{space}").items())):
            props = [(k, kind) for k, kind in columns if k != "id"]
            header = [f"id:ID({space})", ":LABEL", *[f"{k}:{kind}" for k, kind in props]]
            rows = ([_quoted(n.properties["id"]), _quoted(delimiter.join(sorted(n.labels))),
                     *[_field(None if n.properties.get(k) == [] else n.properties.get(k), kind, delimiter) for k, kind in props]]
                    for n in members)
            files, n = write(f"nodes-{space.lower()}-{index}", header, rows)
            export.node_args.append(f"--nodes={files}")
            export.nodes[files.split(",")[1]] = n
    for type_, rels in sorted(rel_groups.items()):
        start_space = "Document" if type_ in ("MENTIONS", "REPORTS") else "Event" if type_ == "TARGETS" else "Entity"
        end_space = "Event" if type_ in ("SOURCE_OF", "REPORTS") else "Entity"
        for index, (signature, (columns, members)) in enumerate(sorted(split(rels, f"rel:{type_}").items())):
            for rel in members:
                if rel.start[0] != start_space or rel.end[0] != end_space:
                    raise ExportError(f"a {type_} relationship from {rel.start[0]} to {rel.end[0]}")
            header = [f":START_ID({start_space})", f":END_ID({end_space})", ":TYPE", *[f"{k}:{kind}" for k, kind in columns]]
            rows = ([_quoted(r.start[1]), _quoted(r.end[1]), type_,
                     *[_field(None if r.properties.get(k) == [] else r.properties.get(k), kind, delimiter) for k, kind in columns]]
                    for r in members)
            files, n = write(f"relationships-{type_.lower()}-{index}", header, rows)
            export.relationship_args.append(f"--relationships={files}")
            export.relationships[files.split(",")[1]] = n

    code = f"U+{ord(delimiter):04X}"
    export.options = [f"--array-delimiter={code}", f"--multiline-fields={'true' if multiline else 'false'}"]
    export.after_import = out / "after-import.cypher"
    export.after_import.write_text(after_import_cypher(empty_lists, graph), encoding="utf-8")
    return export


def after_import_cypher(empty_lists: set[tuple[str, str]], graph: MemoryGraph) -> str:
    """The constraints and indexes, then the empty lists the import dropped, as statements ending in `;`
    (cypher-shell -f runs them; each runs in its own auto-commit transaction)."""
    lines = ["// Written by `newsgraph export --for neo4j-admin`: run once on the imported database, with the",
             "// server up: cypher-shell -f after-import.cypher (or `after_import()` from newsgraph.ingest.export_admin).",
             "// The constraints and indexes (schema/neo4j.cypher):"]
    lines += [f"{statement};" for statement in ddl("neo4j")]
    lines.append("// The empty lists: neo4j-admin stores no empty array, ingest writes [] (e.g. aliases: []).")
    for what, key in sorted(empty_lists):
        kind, _, name = what.partition(":")
        if not PROPERTY_NAME.match(key):
            raise ExportError(f"property name {key!r} is not one the project writes")
        pattern = f"(x:{name})" if kind == "node" else f"()-[x:{name}]->()"
        lines.append(f"MATCH {pattern} WHERE x.{key} IS NULL CALL (x) {{ SET x.{key} = [] }} "
                     f"IN TRANSACTIONS OF {TRANSACTION_ROWS} ROWS;")
    lines.append("// Wait until the indexes are online.")
    lines.append("CALL db.awaitIndexes(600);")
    return "\n".join(lines) + "\n"


def after_import_statements(path: str | Path) -> list[str]:
    """The statements of an after-import.cypher file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("//"))
    return [s.strip() for s in text.split(";\n") if s.strip().rstrip(";")]


def after_import(uri: str, path: str | Path, auth: tuple[str, str] | None = None, database: str | None = None) -> int:
    """Run after-import.cypher on the Neo4j at `uri` (auto-commit transactions, as cypher-shell does);
    returns the number of statements run."""
    import os

    import neo4j

    auth = auth or (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    statements = after_import_statements(path)
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver, driver.session(database=database) as session:
        for cypher in statements:
            session.run(cypher.rstrip(";")).consume()
    return len(statements)


def export_for_admin(paths: Iterable[str], directory: str | Path, *, batch_size: int = 16, workers: int = 1,
                     progress: Callable[[int], None] = lambda n: None) -> Export:
    """Extract the articles at `paths` as `ingest` does and write the graph `ingest` would give an empty
    database as neo4j-admin import files in `directory` (the returned Export says how to import them)."""
    from newsgraph.ingest.load import read_articles
    from newsgraph.ingest.pipeline import Summary, extract_all, split_failures

    summary = Summary()

    def documents():
        for document in split_failures(extract_all(split_failures(read_articles(paths), summary),
                                                   batch_size=batch_size, workers=workers), summary):
            summary.documents += 1
            summary.entities += len(document.entities)
            summary.relations += len(document.relations)
            progress(1)
            yield document

    graph = build_graph(documents(), batch_size=batch_size)
    export = write_csv(graph, directory)
    export.summary = summary
    return export
