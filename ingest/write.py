"""Stage 5: turn extracted documents into the Cypher statements that write them.

One call gives every statement for a group of documents; a store runs them in one transaction,
so a document is in the graph whole or not at all. Statement text lives in ingest/cypher/;
labels and relationship types are filled in only from the vocabulary.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import fields
from functools import cache
from pathlib import Path

from newsgraph.ingest.records import ExtractedDocument, Relation
from newsgraph.schema import vocabulary

CYPHER = Path(__file__).parent / "cypher"
Statement = tuple[str, dict]


@cache
def statement(name: str) -> str:
    """The text of ingest/cypher/NAME.cypher without its comment lines; of the vocabulary's relation types,
    {relation_pattern} becomes them as a pattern's types (ALLIED|ATTACKED|...), {relation_arguments} as a
    function's arguments ('ALLIED', 'ATTACKED', ...), {relation_types} as a list, {relation_kinds} the
    list of those an actor `e` takes part in, by one COUNT { } a type (Neo4j takes no type from a value)."""
    lines = (CYPHER / f"{name}.cypher").read_text().splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()
    relations = sorted(vocabulary().relations)
    kinds = ", ".join(f"['{r}', COUNT {{ (e)-[:{r}]-() }}]" for r in relations)
    return (text.replace("{relation_pattern}", "|".join(relations))
            .replace("{relation_arguments}", ", ".join(f"'{r}'" for r in relations))
            .replace("{relation_types}", "[" + ", ".join(f"'{r}'" for r in relations) + "]")
            .replace("{relation_kinds}", f"[kind IN [{kinds}] WHERE kind[1] > 0 | kind[0]]"))


def entity_counts(serial: bool, which: str, ids: list[str]) -> Statement:
    """The statement that counts actors again from the graph (ingest/cypher/count-entities.cypher):
    "entities" those of these ids, "forgotten" those the old versions of these documents mention, before
    those mentions go; FalkorDB's text when `serial` (ingest/cypher/embedded/: no COUNT { } there)."""
    name = {"entities": "count-entities", "forgotten": "count-forgotten-entities"}[which]
    return statement(f"embedded/{name}" if serial else name), {"ids": ids}


def written_counts(mentions: list[dict], relations_by_type: dict[str, list[dict]]) -> Statement:
    """What a write adds to the counts of the actors it mentions (ingest/cypher/count-written-entities.cypher)."""
    rows = {row["entity_id"]: {"id": row["entity_id"], "relations": 0, "documents": 0, "kinds": set()} for row in mentions}
    for row in mentions:
        rows[row["entity_id"]]["documents"] += 1
    for relation_type, relations in relations_by_type.items():
        for relation in relations:
            for end in (relation["source"], relation["target"]):  # (an end its document does not name: counted if it is in the graph)
                row = rows.setdefault(end, {"id": end, "relations": 0, "documents": 0, "kinds": set()})
                row["relations"] += 1
                row["kinds"].add(relation_type)
    return statement("count-written-entities"), {"rows": [{**row, "kinds": sorted(row["kinds"])} for row in rows.values()]}


def fact_id(doc_id: str, index: int, relation: Relation) -> str:
    """The id of the direct relationship and of its Event node."""
    key = f"{doc_id}|{index}|{relation.source}|{relation.type}|{relation.target}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def write_statements(documents: list[ExtractedDocument], serial: bool = False) -> list[Statement]:
    """Every statement, in order, that replaces what these documents say in the graph.

    `serial`: the store runs one write at a time (the embedded FalkorDB), so the links and Event
    nodes the forget statements have just removed are CREATEd (merge-*-serial.cypher) instead of
    MERGEd: a MERGE of a relationship compares every relationship already between its two actors,
    which between two countries grows with the archive. Where writers run concurrently (Neo4j) two
    writes of one document could both create, so there the MERGE stays.

    Entities that only earlier versions of the documents mentioned are deleted on the way.
    """
    from newsgraph.ingest.nlp import model_name  # here, not above: reading the graph never imports spaCy

    # One document an id (the last version given wins): the statements CREATE what the forget
    # statements removed, so a document given twice in one group must not be written twice.
    documents = list({d.article.id: d for d in documents}.values())
    merge = (lambda name: statement(f"{name}-serial")) if serial else statement
    vocab = vocabulary()
    extracted_with = {"vocabulary_version": vocab.version, "spacy_model": model_name()}
    ids = [d.article.id for d in documents]
    # The documents first: writing a Document node locks it (Neo4j) until the transaction ends, so a
    # concurrent write of the same document waits here, and its forget statements then see (and
    # remove) what this one wrote before it CREATEs its own. In id order: two writers lock in one order.
    statements: list[Statement] = [
        (statement("merge-documents"), {"rows": sorted((
            {"id": d.article.id, "properties": {**d.article.metadata(), **extracted_with}}
            for d in documents), key=lambda row: row["id"])}),
        (statement("forget-document-events"), {"ids": ids}),
        (statement("unmark-disputed-facts"), {"ids": ids}),  # contradictions: see disputed-claims
        (statement("forget-document-facts"), {"ids": ids}),
        entity_counts(serial, "forgotten", ids),  # the actors the old versions mentioned, without their relations
        (statement("forget-document-mentions"), {"ids": ids}),
    ]
    by_label: dict[str, dict[str, dict]] = defaultdict(dict)
    mentions: dict[tuple[str, str], dict] = {}  # one a document and entity
    relations_by_type: dict[str, list[dict]] = defaultdict(list)
    events = []
    for document in documents:
        counts = Counter()
        for relation in document.relations:
            counts[relation.source] += 1
            if relation.target is not None:
                counts[relation.target] += 1
        for entity in document.entities:
            label = vocab.label(entity.type)
            row = by_label[label].setdefault(entity.id, {"id": entity.id, "name": entity.name, "type": label, "aliases": [],
                                                         "sector": entity.sector, "anchor": entity.anchor})
            row["aliases"] = sorted(set(row["aliases"]) | set(entity.aliases))
            mentions[document.article.id, entity.id] = {
                "doc_id": document.article.id, "entity_id": entity.id, "count": counts[entity.id],
                "name": entity.name, "type": label, "aliases": sorted(entity.aliases)}
        for index, relation in enumerate(document.relations):
            relation_type = vocab.relation(relation.type)  # raises for anything outside the vocabulary
            row = {
                "id": fact_id(document.article.id, index, relation),
                "source": relation.source, "target": relation.target,
                "properties": fact_properties(relation, document.article.id),
            }
            if relation_type.is_event:  # an event: also an Event node, with or without a target
                events.append({**row, "properties": {**row["properties"], "type": relation.type}})
            if relation.target is not None:
                relations_by_type[relation.type].append(row)
    for label, rows in sorted(by_label.items()):
        statements.append((statement("merge-entities").replace("{label}", label), {"rows": list(rows.values())}))
    statements.append((merge("merge-mentions"), {"rows": list(mentions.values())}))
    for relation_type, rows in sorted(relations_by_type.items()):
        statements.append((merge("merge-relations").replace("{type}", relation_type), {"rows": rows}))
    statements.append(written_counts(list(mentions.values()), relations_by_type))
    statements += dispute_statements(relations_by_type)
    if events:
        statements.append((merge("merge-events"), {"rows": events}))
        statements.append((merge("merge-event-targets"), {"rows": [e for e in events if e["target"] is not None]}))
    return statements


def dispute_statements(relations_by_type: dict[str, list[dict]]) -> list[Statement]:
    """Mark the contradictions the new relations make (ingest/cypher/mark-disputed-facts.cypher),
    after every relation of the write is in the graph."""
    statements = []
    for relation_type, rows in sorted(relations_by_type.items()):
        stated = [{"id": r["id"], "source": r["source"], "target": r["target"], "polarity": r["properties"]["polarity"],
                   "doc_id": r["properties"]["doc_id"]} for r in rows if r["properties"].get("polarity") in ("positive", "negative")]
        if stated:
            statements.append((statement("mark-disputed-facts").replace("{type}", relation_type), {"rows": stated}))
    return statements


SPANS = {"trigger": "trigger", "source_mention": "source", "target_mention": "target"}
# The properties the spans become on an Event node and a direct relationship.
SPAN_PROPERTIES = ("trigger", "trigger_start", "trigger_end", "source_text", "source_start", "source_end",
                   "target_text", "target_start", "target_end")
# The structure around an Event node: (Entity)-[:SOURCE_OF]->(Event)-[:TARGETS]->(Entity), (Document)-[:REPORTS]->(Event).
EVENT_LABEL = "Event"
EVENT_LINKS = ("SOURCE_OF", "TARGETS", "REPORTS")


@cache
def _plain_fields() -> tuple[str, ...]:
    """The Relation fields stored as they are (asdict would deep-copy every relation: slow)."""
    return tuple(f.name for f in fields(Relation) if f.name not in ("source", "target", "type", *SPANS))


def fact_properties(relation: Relation, doc_id: str) -> dict:
    """A relation's properties as the graph stores them: Neo4j properties cannot be maps, so each
    span {"text", "start", "end"} becomes three (trigger, trigger_start, trigger_end; source_text, ...)."""
    properties = {name: getattr(relation, name) for name in _plain_fields()}
    for field, prefix in SPANS.items():
        span = getattr(relation, field) or {}
        text_key = prefix if prefix == "trigger" else f"{prefix}_text"
        properties[text_key] = span.get("text")
        properties[f"{prefix}_start"] = span.get("start")
        properties[f"{prefix}_end"] = span.get("end")
    properties["doc_id"] = doc_id
    return {k: v for k, v in properties.items() if v is not None}
