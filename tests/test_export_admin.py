"""`newsgraph export --for neo4j-admin`: the graph ingest writes, as neo4j-admin import files.

Without Java: the files' shape, and the graph they hold (read back as neo4j-admin reads them) is the
graph a transactional ingest of the same seeds writes into the embedded store. With Java and Maven:
the printed command imports the files into a fresh Neo4j of the test's own, and the graph there is
the one a transactional ingest writes into another Neo4j (NEO4J_URI in CI, else one this test starts).
"""

from __future__ import annotations

import csv
import os
import re
import secrets
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.ingest.export_admin import after_import, after_import_statements
from newsgraph.ingest.pipeline import ingest
from newsgraph.schema import ddl, vocabulary
from newsgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SERVER = ROOT / "neo4j" / "server"
SPACES = ("Document", "Entity", "Event")
# Ports of this test's own servers (the transactional one only where NEO4J_URI is not set).
TX_NAME, TX_BOLT, TX_HTTP = "export-test-tx", 7901, 7903
IMPORT_NAME, IMPORT_BOLT, IMPORT_HTTP = "export-test-import", 7902, 7904


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The seeds exported by the command, and what it printed."""
    folder = tmp_path_factory.mktemp("export")
    result = CliRunner().invoke(cli, ["export", "--for", "neo4j-admin", str(folder), str(SEEDS)])
    assert result.exit_code == 0, result.output
    return folder, result.stdout


def printed(stdout: str, start: str) -> list[str]:
    lines = [line for line in stdout.splitlines() if line.startswith(start)]
    assert len(lines) == 1, stdout
    return shlex.split(lines[0])


# --- the graph, as plain comparable values -------------------------------------------------------

def typed(value):
    """A value with its type, so 1 and 1.0 (long and double) differ."""
    if isinstance(value, (list, tuple)):
        return ("list", tuple(typed(v) for v in value))
    return (type(value).__name__, value)


def space(labels) -> str:
    found = [label for label in labels if label in SPACES]
    assert len(found) == 1, labels
    return found[0]


def graph_of(store) -> tuple[dict, list]:
    """Every node ((space, id) -> labels and properties) and every relationship of a store."""
    nodes = {}
    for labels, props in store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").rows:
        key = (space(labels), props["id"])
        assert key not in nodes, key
        nodes[key] = (tuple(sorted(labels)), tuple(sorted((k, typed(v)) for k, v in props.items())))
    rels = store.read("MATCH (a)-[r]->(b) RETURN labels(a), a.id, type(r), properties(r), labels(b), b.id").rows
    relationships = sorted((t, (space(la), a), (space(lb), b), tuple(sorted((k, typed(v)) for k, v in p.items())))
                           for la, a, t, p, lb, b in rels)
    return nodes, relationships


def csv_rows(text: str):
    """neo4j-admin's reading of CSV: "..." with "" for a quote; an empty unquoted field is None (no property)."""
    row, i, n = [], 0, len(text)
    while i < n:
        if text[i] == '"':
            j, parts = i + 1, []
            while True:
                k = text.index('"', j)
                parts.append(text[j:k])
                if k + 1 < n and text[k + 1] == '"':
                    parts.append('"')
                    j = k + 2
                    continue
                i = k + 1
                break
            row.append("".join(parts))
        else:
            j = i
            while j < n and text[j] not in ",\n":
                j += 1
            row.append(text[i:j] or None)
            i = j
        if i >= n or text[i] == "\n":
            yield row
            row = []
        i += 1


def read_csv(folder: Path, args: list[str]) -> tuple[dict, list]:
    """The graph neo4j-admin reads from the files named in `args`, with after-import.cypher's empty lists."""
    delimiter = chr(int(next(a for a in args if a.startswith("--array-delimiter=")).split("U+")[1], 16))

    def value(text, kind):
        if text is None:
            return None
        if kind.endswith("[]"):
            return [value(v, kind[:-2]) for v in text.split(delimiter)] if text else None  # "" is no array
        return {"long": int, "double": float, "boolean": lambda t: t == "true", "string": str}[kind](text)

    def rows(option: str):
        for arg in args:
            if arg.startswith(option):
                header_file, data_file = arg.split("=", 1)[1].split(",")
                header = next(csv.reader(open(header_file, encoding="utf-8")))
                for row in csv_rows(Path(data_file).read_text(encoding="utf-8")):
                    assert len(row) == len(header), (data_file, row)
                    yield header, row

    nodes, rels = {}, []
    for header, row in rows("--nodes="):
        props, labels, key = {}, (), None
        for column, text in zip(header, row):
            name, _, kind = column.partition(":")
            if kind.startswith("ID("):
                key = (kind[3:-1], text)
                props[name] = text
            elif kind == "LABEL":
                labels = tuple(sorted(text.split(delimiter)))
            elif (v := value(text, kind)) is not None:
                props[name] = v
        nodes[key] = [labels, props]
    for header, row in rows("--relationships="):
        props, ends, rel_type = {}, {}, None
        for column, text in zip(header, row):
            name, _, kind = column.partition(":")
            if kind.startswith(("START_ID(", "END_ID(")):
                ends[kind.split("(")[0]] = (kind.split("(")[1][:-1], text)
            elif kind == "TYPE":
                rel_type = text
            elif (v := value(text, kind)) is not None:
                props[name] = v
        rels.append([rel_type, ends["START_ID"], ends["END_ID"], props])
    for statement in after_import_statements(folder / "after-import.cypher"):  # the empty lists
        if match := re.match(r"MATCH \(x:(\w+)\) WHERE x\.(\w+) IS NULL", statement):
            for labels, props in nodes.values():
                if match[1] in labels:
                    props.setdefault(match[2], [])
        elif match := re.match(r"MATCH \(\)-\[x:(\w+)\]->\(\) WHERE x\.(\w+) IS NULL", statement):
            for rel_type, _, _, props in rels:
                if rel_type == match[1]:
                    props.setdefault(match[2], [])
    typed_nodes = {key: (labels, tuple(sorted((k, typed(v)) for k, v in props.items())))
                   for key, (labels, props) in nodes.items()}
    typed_rels = sorted((t, s, e, tuple(sorted((k, typed(v)) for k, v in p.items()))) for t, s, e, p in rels)
    return typed_nodes, typed_rels


def assert_same_graph(got: tuple[dict, list], want: tuple[dict, list]) -> None:
    nodes, rels = got
    want_nodes, want_rels = want
    assert set(nodes) == set(want_nodes), (set(nodes) ^ set(want_nodes))
    for key in sorted(want_nodes):
        assert nodes[key] == want_nodes[key], key
    missing = [r for r in want_rels if r not in rels]
    extra = [r for r in rels if r not in want_rels]
    assert not missing and not extra, {"missing": missing[:3], "extra": extra[:3]}
    assert rels == want_rels  # the same multiset (two MENTIONS of one node by one document count twice)


# --- without Java --------------------------------------------------------------------------------

def test_files_have_the_shape_neo4j_admin_reads(exported):
    folder, stdout = exported
    args = printed(stdout, "neo4j-admin ")
    assert args[:6] == ["neo4j-admin", "database", "import", "full", "neo4j", "--overwrite-destination=true"]
    server = printed(stdout, "neo4j/server import ")
    assert server[5:] == args[6:]  # the same AdminTool arguments, through neo4j/server
    vocab = vocabulary()
    labels, types = set(vocab.entity_types) | set(SPACES), set(vocab.relations) | {"MENTIONS", "SOURCE_OF", "TARGETS", "REPORTS"}
    headers = {}
    for arg in args[6:]:
        if arg.startswith(("--nodes=", "--relationships=")):
            header_file, data_file = arg.split("=", 1)[1].split(",")
            assert Path(header_file).parent == folder and Path(data_file).stat().st_size > 0
            headers[Path(data_file).name] = next(csv.reader(open(header_file)))
    entity = next(h for name, h in headers.items() if name.startswith("nodes-entity"))
    assert entity[:2] == ["id:ID(Entity)", ":LABEL"]
    assert {"name:string", "type:string", "aliases:string[]", "lookup:string[]"} <= set(entity)
    mentions = next(h for name, h in headers.items() if name.startswith("relationships-mentions"))
    assert mentions[:3] == [":START_ID(Document)", ":END_ID(Entity)", ":TYPE"]
    assert {"count:long", "written_id:string", "written_aliases:string[]"} <= set(mentions)
    event = next(h for name, h in headers.items() if name.startswith("nodes-event"))
    assert {"confidence:double", "trigger_start:long", "type:string", "doc_id:string"} <= set(event)
    assert any(name.startswith("relationships-holds_role") for name in headers)
    assert any(name.startswith("relationships-acts_for") for name in headers)
    for name in headers:  # every label and type from the vocabulary
        if name.startswith("relationships-"):
            assert name.split("-")[1].upper() in types, name
    nodes, rels = read_csv(folder, args[6:])
    assert {label for node_labels, _ in nodes.values() for label in node_labels} <= labels
    assert {"Person", "Country", "Agent"} <= {label for node_labels, _ in nodes.values() for label in node_labels}
    assert {t for t, *_ in rels} <= types
    after = after_import_statements(folder / "after-import.cypher")
    assert after[:len(ddl("neo4j"))] == ddl("neo4j")  # the schema first


def test_files_hold_the_graph_a_transactional_ingest_writes(exported, seeds_store):
    folder, stdout = exported
    assert_same_graph(read_csv(folder, printed(stdout, "neo4j-admin ")[6:]), graph_of(seeds_store))


def test_an_unknown_statement_stops_the_export():
    from newsgraph.ingest.export_admin import ExportError, MemoryGraph

    with pytest.raises(ExportError, match="does not know"):
        MemoryGraph().run([("MATCH (n) DETACH DELETE n", {})])


# --- with Java and Maven: through neo4j-admin into a real Neo4j ----------------------------------

def _java_or_skip() -> None:
    missing = [tool for tool in ("java", "mvn") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"no {' or '.join(missing)}: neo4j-admin cannot run here (the CSV tests above ran)")


def _server(*args: str, env: dict) -> str:
    done = subprocess.run([str(SERVER), *args], env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def password():
    _java_or_skip()
    return os.environ.get("NEO4J_PASSWORD") or f"export-{secrets.token_urlsafe(12)}"


@pytest.fixture(scope="module")
def transactional(password, request):
    """The seeds ingested through transactions: into NEO4J_URI (CI), else into a server of this test's own."""
    if os.environ.get("NEO4J_URI"):
        yield request.getfixturevalue("neo4j_seeds")
        return
    env = {**os.environ, "NEO4J_PASSWORD": password, "NEO4J_HEAP": "512m", "NEO4J_START_TIMEOUT": "600"}
    shutil.rmtree(ROOT / "neo4j" / "run" / TX_NAME, ignore_errors=True)
    saved = os.environ.get("NEO4J_PASSWORD")
    try:
        _server("start", TX_NAME, str(TX_BOLT), str(TX_HTTP), env=env)
        os.environ["NEO4J_PASSWORD"] = password
        with open_store(f"bolt://127.0.0.1:{TX_BOLT}") as store:
            store.apply_schema()
            summary = ingest([str(SEEDS)], store)
            assert summary.documents == 2 and not summary.failed
            yield store
    finally:
        _restore_password(saved)
        _server("stop", TX_NAME, env=env)
        shutil.rmtree(ROOT / "neo4j" / "run" / TX_NAME, ignore_errors=True)


def _restore_password(saved: str | None) -> None:
    """Put NEO4J_PASSWORD back as it was before a fixture pointed it at its own server."""
    if saved is None:
        os.environ.pop("NEO4J_PASSWORD", None)
    else:
        os.environ["NEO4J_PASSWORD"] = saved


@pytest.fixture(scope="module")
def imported(exported, password):
    """The seeds imported by the printed command into a fresh Neo4j of this test's own, then
    after-import.cypher run on it."""
    folder, stdout = exported
    command = printed(stdout, "neo4j/server import ")
    command[2:5] = [IMPORT_NAME, str(IMPORT_BOLT), str(IMPORT_HTTP)]  # this test's server, not the default
    env = {**os.environ, "NEO4J_PASSWORD": password, "NEO4J_HEAP": "512m", "NEO4J_START_TIMEOUT": "600"}
    shutil.rmtree(ROOT / "neo4j" / "run" / IMPORT_NAME, ignore_errors=True)
    saved = os.environ.get("NEO4J_PASSWORD")
    try:
        out = _server(*command[1:], env=env)
        assert "IMPORT DONE" in out, out
        _server("start", IMPORT_NAME, str(IMPORT_BOLT), str(IMPORT_HTTP), env=env)
        uri = f"bolt://127.0.0.1:{IMPORT_BOLT}"
        assert after_import(uri, folder / "after-import.cypher", auth=("neo4j", password)) > len(ddl("neo4j"))
        os.environ["NEO4J_PASSWORD"] = password
        with open_store(uri) as store:
            yield store
    finally:
        _restore_password(saved)
        _server("stop", IMPORT_NAME, env=env)
        shutil.rmtree(ROOT / "neo4j" / "run" / IMPORT_NAME, ignore_errors=True)


def test_neo4j_admin_import_gives_the_transactional_graph(imported, transactional):
    assert_same_graph(graph_of(imported), graph_of(transactional))


def test_after_import_gives_the_schema(imported, transactional):
    def schema(store):
        constraints = {(row[0], row[1], tuple(row[2]), tuple(row[3])) for row in store.read(
            "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties").rows}
        indexes = {(row[0], row[1], tuple(row[2]), tuple(row[3]), row[4]) for row in store.read(
            "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
            "WHERE type <> 'LOOKUP' RETURN name, type, labelsOrTypes, properties, state").rows}
        return constraints, indexes

    constraints, indexes = schema(imported)
    assert {name for name, *_ in constraints} == {"entity_id", "document_id", "event_id"}
    assert schema(transactional) == (constraints, indexes)
    # The imported graph takes an ingest on top: the constraints MERGE relies on hold.
    assert imported.read("MATCH (e:Entity {id: 'country:ukraine'}) RETURN count(e)").rows == [[1]]
