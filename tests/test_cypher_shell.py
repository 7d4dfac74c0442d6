"""The canned query files run by cypher-shell (from Maven Central, `neo4j/server fetch`), as the
README shows: each library file as it is with -P parameters, and a `query show --script` file with
its `:param` lines. Both give the rows the driver gives."""

from __future__ import annotations

import os
import subprocess

import pytest
from click.testing import CliRunner

from conftest import ROOT
from newsgraph import queries
from newsgraph.cli import cli

CYPHER_SHELL = ROOT / "neo4j" / "cypher-shell"
pytestmark = pytest.mark.skipif(not (ROOT / "neo4j" / "cypher-shell-lib").is_dir(),
                                reason="no cypher-shell: `neo4j/server fetch` gets it (needs Java and Maven)")


def cypher_shell(*args: str) -> list[str]:
    """cypher-shell's plain output lines (a header, then one line a row; nothing for no rows)."""
    done = subprocess.run([str(CYPHER_SHELL), "-a", os.environ["NEO4J_URI"], "-u", os.environ.get("NEO4J_USERNAME", "neo4j"),
                           "--access-mode", "read", "--format", "plain", *args],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD", "")})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def assert_same_rows(lines: list[str], result) -> None:
    if not result.rows:
        assert lines == []
        return
    assert lines[0] == ", ".join(result.columns)
    assert len(lines) == 1 + len(result.rows)


@pytest.mark.parametrize("name", sorted(queries.library()))
def test_each_library_file_runs_in_cypher_shell(neo4j_seeds, name):
    query = queries.get(name)
    result = query.run(neo4j_seeds, query.examples())
    values = query.bind(query.examples())
    params = [arg for name_, value in values.items()
              for arg in ("-P", f"{name_} => {queries._cypher_literal(value)}")]
    assert_same_rows(cypher_shell(*params, "-f", str(query.path)), result)


def test_a_script_with_param_lines_runs_in_cypher_shell(neo4j_seeds, tmp_path):
    script = tmp_path / "profile.cypher"
    shown = CliRunner().invoke(cli, ["query", "show", "entity-profile", "--script", "--param", "name=Yoon Suk Yeol"])
    assert shown.exit_code == 0 and ':param name => "Yoon Suk Yeol";' in shown.output
    script.write_text(shown.output)
    lines = cypher_shell("-f", str(script))
    result = queries.get("entity-profile").run(neo4j_seeds, {"name": "Yoon Suk Yeol"})
    assert result.rows and '"Yoon Suk Yeol"' in lines[1]
    assert_same_rows(lines, result)
