"""Stage 5: turn extracted documents into the Cypher statements that write them.

One call gives every statement for a group of documents; a store runs them in one transaction,
so a document is in the graph whole or not at all. Statement text lives in ingest/cypher/;
labels and relationship types are filled in only from the vocabulary.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import asdict
from functools import cache
from pathlib import Path

from newsgraph.ingest.records import ExtractedDocument, Relation
from newsgraph.schema import vocabulary

CYPHER = Path(__file__).parent / "cypher"
Statement = tuple[str, dict]


@cache
def statement(name: str) -> str:
    """The text of ingest/cypher/NAME.cypher without its comment lines."""
    lines = (CYPHER / f"{name}.cypher").read_text().splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()


def fact_id(doc_id: str, index: int, relation: Relation) -> str:
    key = f"{doc_id}|{index}|{relation.source}|{relation.type}|{relation.target}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


SPANS = {"source_mention": "source", "target_mention": "target", "trigger": "trigger"}


def relation_properties(relation: Relation) -> dict:
    """A relation's properties as graph values: each evidence span flattened to text, start and end
    ("trigger", "trigger_start", "trigger_end"; "source_text", ...), since a property cannot be a map."""
    properties = {k: v for k, v in asdict(relation).items() if k not in ("source", "target", "type", *SPANS)}
    for field_name, prefix in SPANS.items():
        span = getattr(relation, field_name) or {}
        text_key = prefix if prefix == "trigger" else f"{prefix}_text"
        properties[text_key] = span.get("text")
        properties[f"{prefix}_start"] = span.get("start")
        properties[f"{prefix}_end"] = span.get("end")
    return properties


def write_statements(documents: list[ExtractedDocument]) -> list[Statement]:
    """Every statement, in order, that replaces what these documents say in the graph.

    Entities that only earlier versions of the documents mentioned are deleted on the way.
    """
    from newsgraph.ingest.nlp import model_name  # here, not above: reading the graph never imports spaCy

    vocab = vocabulary()
    extracted_with = {"vocabulary_version": vocab.version, "spacy_model": model_name()}
    ids = [d.article.id for d in documents]
    statements: list[Statement] = [
        (statement("forget-document-facts"), {"ids": ids}),
        (statement("forget-document-mentions"), {"ids": ids}),
        (statement("merge-documents"), {"rows": [
            {"id": d.article.id, "properties": {**d.article.metadata(), **extracted_with}}
            for d in documents
        ]}),
    ]
    by_label: dict[str, dict[str, dict]] = defaultdict(dict)
    mentions = []
    relations_by_type: dict[str, list[dict]] = defaultdict(list)
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
            mentions.append({"doc_id": document.article.id, "entity_id": entity.id, "count": counts[entity.id]})
        for index, relation in enumerate(document.relations):
            vocab.relation(relation.type)  # raises for anything outside the vocabulary
            if relation.target is None:
                continue  # a one-sided event has no actor-to-actor relationship (only its Event node)
            properties = relation_properties(relation)
            properties["doc_id"] = document.article.id
            relations_by_type[relation.type].append({
                "id": fact_id(document.article.id, index, relation),
                "source": relation.source, "target": relation.target, "properties": properties,
            })
    for label, rows in sorted(by_label.items()):
        statements.append((statement("merge-entities").replace("{label}", label), {"rows": list(rows.values())}))
    statements.append((statement("merge-mentions"), {"rows": mentions}))
    for relation_type, rows in sorted(relations_by_type.items()):
        statements.append((statement("merge-relations").replace("{type}", relation_type), {"rows": rows}))
    return statements
