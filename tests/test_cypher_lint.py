"""Every Cypher statement the project ships is valid Neo4j 5 Cypher for the project's schema,
checked by Neo4j's own parser and semantic analysis (tests/cypherlint.py)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from cypherlint import CypherLinter, blocking, schema_for
from newsgraph import queries
from newsgraph.ingest.records import Article, Entity, Relation
from newsgraph.ingest.write import CYPHER, EVENT_LABEL, EVENT_LINKS, SPAN_PROPERTIES, statement
from newsgraph.schema import ddl, vocabulary

NODE_LABELS = ["Entity", "Document", EVENT_LABEL, *vocabulary().entity_types]
RELATIONSHIP_TYPES = ["MENTIONS", *EVENT_LINKS, *vocabulary().relations]
# Property keys are those of the records the writer stores, plus what the writer adds.
PROPERTY_KEYS = sorted(
    {f.name for record in (Article, Entity, Relation) for f in fields(record)}
    | {"doc_id", "vocabulary_version", "count", "lookup", "type", *SPAN_PROPERTIES}
    | {"sector", "anchor"}  # an Agent's (the actors branch writes them; the event table reads them)
    | {"entity_id", "properties"}  # keys of the writer's row maps, which the checker sees as properties
    | {"written_id", "written_name", "written_type", "written_aliases", "joined_by"}  # a mention's (ingest/identity.py)
    | {"docs", "rule", "identity_pending"}  # keys of the identity pass's row maps, its mark on documents
    | {"disputed"}  # a relation contradicted by another document (ingest/cypher/mark-disputed-facts.cypher)
    | {"relations", "documents", "kinds"}  # the counts kept on an actor (ingest/cypher/count-entities.cypher)
)
SCHEMA = schema_for(NODE_LABELS, RELATIONSHIP_TYPES, PROPERTY_KEYS)


def shipped_statements() -> list[tuple[str, str]]:
    """(where, cypher) for every statement: library queries, DDL and the writer's templates
    filled with every label and type the vocabulary allows."""
    out = [(f"queries/{q.name}.cypher", q.cypher) for q in queries.library().values()]
    out += [(f"schema/neo4j.cypher #{i}", s) for i, s in enumerate(ddl("neo4j"))]
    for path in sorted(CYPHER.glob("*.cypher")):
        text = statement(path.stem)
        if "{label}" in text:
            out += [(f"{path.name} [{label}]", text.replace("{label}", label)) for label in vocabulary().entity_types]
        elif "{type}" in text:
            out += [(f"{path.name} [{t}]", text.replace("{type}", t)) for t in vocabulary().relations]
        else:
            out.append((path.name, text))
    return out


@pytest.fixture(scope="module")
def linter():
    with CypherLinter() as running:
        yield running


@pytest.mark.parametrize("where,cypher", [pytest.param(w, c, id=w) for w, c in shipped_statements()])
def test_statement_is_valid_neo4j_cypher(linter, where, cypher):
    problems = blocking(linter.lint(cypher, SCHEMA))
    assert not problems, f"{where}:\n" + "\n".join(map(str, problems))


def test_linter_catches_a_schema_mistake(linter):
    """The check above can fail: a misspelt label is reported."""
    assert blocking(linter.lint("MATCH (e:Entitty) RETURN e.name", SCHEMA))
