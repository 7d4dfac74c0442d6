"""Proves tests/cypherlint.py runs Neo4j's real Cypher analysis, not a stub."""

import pytest

from cypherlint import CypherLinter, blocking, schema_for

SCHEMA = schema_for(["Person", "Source"], ["KNOWS", "WARNED"], ["id", "name"])


@pytest.fixture(scope="module")
def linter():
    with CypherLinter() as linter:  # one node process for the whole module
        yield linter


def messages(diagnostics, severity):
    return [d.message for d in diagnostics if d.severity == severity]


def test_valid_query_is_clean(linter):
    assert linter.lint("MATCH (n:Person)-[:KNOWS]->(m:Person) RETURN n.name, m.id", SCHEMA) == []


def test_undefined_variable_is_error(linter):
    (d,) = linter.lint("MATCH (n) RETURN m", SCHEMA)
    assert (d.severity, d.message, d.line, d.column) == ("error", "Variable `m` not defined", 1, 18)


def test_syntax_error(linter):
    assert any("Invalid input" in m for m in messages(linter.lint("MATCH (n RETURN n", SCHEMA), "error"))


def test_unknown_label_type_property_are_warnings(linter):
    diags = linter.lint("MATCH (n:Persn)-[:KNOWZ]->(m:Person) RETURN m.nme", SCHEMA)
    assert [d.severity for d in diags] == ["warning"] * 3
    assert all(d.unknown_name for d in diags) and blocking(diags) == diags
    assert "Label Persn is not present" in diags[0].message
    assert "Relationship type KNOWZ is not present" in diags[1].message
    assert diags[2].message.startswith("nme is not present")


def test_deprecated_syntax_warns(linter):
    assert any("deprecated function" in m for m in messages(linter.lint("MATCH (n) RETURN id(n)", SCHEMA), "warning"))
    colon = linter.lint("MATCH (a)-[:KNOWS|:WARNED]->(b) RETURN a", SCHEMA)
    assert any("colon" in m for m in messages(colon, "warning"))
    assert blocking(colon) == []  # deprecation alone is not blocking


def test_unknown_function_is_error(linter):
    assert "Function toUppr is not present" in linter.lint("RETURN toUppr('a')", SCHEMA)[0].message


def test_parameters_checked_only_when_declared(linter):
    query = "MATCH (n:Person {id: $id}) RETURN n"
    assert linter.lint(query, SCHEMA) == []
    assert linter.lint(query, schema_for(["Person"], [], ["id"], parameters=["id"])) == []
    (d,) = linter.lint(query, schema_for(["Person"], [], ["id"], parameters=[]))
    assert (d.severity, d.message) == ("error", "Parameter $id is not defined.")


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n:Person) CALL (n) { MATCH (n)-[:KNOWS]->(m) RETURN count(m) AS c } RETURN n, c",
        "MATCH (n:Person) WHERE EXISTS { (n)-[:KNOWS]->(:Person) } RETURN n",
        "MATCH p = shortestPath((a:Person)-[*..6]-(b:Person)) RETURN p",
        "MATCH (:Person)-[r:KNOWS]->() WITH DISTINCT r DELETE r",
        "MATCH (s:Source {id: $sid}) MATCH (t:Person {id: $tid}) "
        "MERGE (s)-[r:WARNED {id: $id}]->(t) SET r += $props",
    ],
)
def test_constructs_we_use_lint_clean(linter, query):
    assert linter.lint(query, SCHEMA) == []
