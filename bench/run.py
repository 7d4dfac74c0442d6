"""`make bench`: how fast ingestion is beside the parse it cannot avoid, printed as one table.

Rows, all measured in this run (see bench/RESULTS.md for a recorded table and the targets):
1. raw nlp.pipe throughput, one process and n_process=2: the baselines;
1b. everything after the parse (mentions, relations, resolve) as a share of the project's parse;
2. `newsgraph ingest` end to end into a fresh embedded store (its default: a second process parses when
   a second core is idle and there are enough articles), and its ratio to (1); the same with --workers 1;
3. the same with --workers 2, and its ratio to nlp.pipe with n_process=2;
4. re-ingest of the unchanged corpus, and its speed-up over (2);
3b. the same through a local 2-worker Dask cluster (--cluster), and its ratio to (3);
5. the write path alone (generated records -> store), relations/s, beside a plain UNWIND MERGE of the same rows;
6. peak RSS of `newsgraph ingest` at the small and the large corpus size, and their ratio;
7. latency of every canned query at two graph sizes (default 1,000 and 10,000 generated documents), both
   stores, against the target (< 1 s at the larger size, at most 2x the smaller): the graph `ingest` would
   write, built in memory by the writer's own statements, then loaded in bulk (load_graph; Neo4j through
   neo4j-admin import into servers of the bench's own, Java and Maven needed);
8. into Neo4j at NEO4J_URI (the bench empties that database), else into an empty server of the bench's own
   (neo4j/run/bench-write, Java and Maven needed): ingest against (1), re-ingest, and the write path
   beside a plain `UNWIND $rows MERGE` of the same rows;
9. with Java and Maven: relationships/s through `neo4j-admin database import full` of the
   files `newsgraph export --for neo4j-admin` writes, against the transactional write path (with its
   identity pass) into Neo4j, on the same generated rows.

Usage: python bench/run.py [--docs 200] [--rss-docs 2000] [--graph-docs 1000 10000] [--seed 7] [--rows 2 5 8]
       (--rows: only those rows, plus the baseline row 1 they need; all rows without it)
       python bench/run.py --queries-only [--graphs DIR] [--graph-docs 1000 10000] [--stores embedded neo4j]
              [--query NAME...] [--neo4j-name NAME --neo4j-ports BOLT HTTP]   (row 7 alone; --graphs keeps and reuses the graphs)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import ExitStack, contextmanager
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import extracted_records, write_corpus  # noqa: E402
from newsgraph import queries  # noqa: E402
from newsgraph.ingest import nlp  # noqa: E402
from newsgraph.ingest.load import read_articles  # noqa: E402
from newsgraph.ingest.pipeline import default_workers, extract_article  # noqa: E402
from newsgraph.ingest.write import statement, write_statements  # noqa: E402
from newsgraph.store import StoreError, open_store  # noqa: E402

NEWSGRAPH = str(Path(sys.executable).parent / "newsgraph")
WRITE_GROUP = 16  # documents a transaction, as `newsgraph ingest` writes them
QUERY_RUNS = 15


def cli_ingest(corpus: Path, graph: Path, *extra: str) -> tuple[float, int, float]:
    """Run `newsgraph ingest` in a child process: wall seconds, peak RSS in MB and CPU seconds, both of all
    its processes (the bench adopts those the child leaves: the forkserver of its workers, the store's
    server and watchdog; see adopt_orphans). CPU time is the steadier figure on a shared machine."""
    before = _children()
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen([NEWSGRAPH, "--graph", str(graph), "ingest", str(corpus), *extra],
                                 stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            raise SystemExit(f"newsgraph ingest failed: {errors.read().decode()}")
    cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    while left := _children() - before - {child.pid}:  # (they end with the ingest: within a watchdog tick)
        for pid in left:
            try:
                _, _, usage = os.wait4(pid, 0)
            except ChildProcessError:
                continue
            cpu, rss = cpu + usage.ru_utime + usage.ru_stime, max(rss, usage.ru_maxrss)
    return seconds, rss // 1024, cpu


def adopt_orphans() -> None:
    """Become the subreaper of this process's descendants (Linux): a process the ingest leaves running
    (the forkserver its workers come from, the store's daemonized server) is then this one's child
    when the ingest ends, so its CPU time and memory are counted."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _children() -> set[int]:
    """The pids of this process's children (from /proc; empty elsewhere)."""
    me, found = os.getpid(), set()
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                found.add(int(entry))
    return found


def cluster_ingest(corpus: Path, graph: Path) -> float | None:
    """Seconds of `newsgraph ingest --cluster` on a local cluster of 2 worker processes started
    beforehand (the workers load the model inside the timing, as --workers 2 does); None without Dask."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return None
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=40) as cluster:
        seconds, _, _ = cli_ingest(corpus, graph, "--cluster", cluster.scheduler_address)
    return seconds


def raw_parse(texts: list[str], n_process: int) -> float:
    """Seconds for nlp.pipe over the texts (model already loaded)."""
    pipeline = nlp.load_pipeline()
    start = time.perf_counter()
    for _ in pipeline.pipe(texts, batch_size=16, n_process=n_process):
        pass
    return time.perf_counter() - start


def parse_then_extract(articles) -> tuple[float, float, float, float]:
    """CPU seconds of this process for the project's parse (nlp.parse) and, apart, for everything
    after it (mentions, relations, resolve: extract_article) on the parsed documents; then the same
    two in wall seconds. CPU time is the steadier on a machine shared with other work."""
    wall, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.parse([a.text for a in articles]))
    parsed_wall, parsed_cpu = time.perf_counter(), time.process_time()
    for article, doc in zip(articles, docs):
        extract_article(article, doc)
    return (parsed_cpu - cpu, time.process_time() - parsed_cpu,
            parsed_wall - wall, time.perf_counter() - parsed_wall)


def record_groups(documents: int, seed: int, size: int) -> list[list]:
    """The generated records in groups of `size`. They stand for what extraction hands the writer,
    so every timed write makes them before its clock starts; building the statements is timed."""
    records = extracted_records(documents, seed)
    groups = []
    while group := list(islice(records, size)):
        groups.append(group)
    return groups


def build_graph(path: Path | str, documents: int, seed: int) -> tuple[float, int]:
    """Write generated records through the write path: seconds and relationships written."""
    with open_store(str(path)) as store:
        store.apply_schema()
        groups = record_groups(documents, seed, WRITE_GROUP)
        relations = sum(len(d.relations) for group in groups for d in group)
        start = time.perf_counter()
        for group in groups:
            store.write_documents(group)
        return time.perf_counter() - start, relations


# The plainest write of the same rows: one `UNWIND $rows MERGE` per kind of row, nothing forgotten
# first, aliases overwritten instead of merged. What FalkorDB (or Neo4j) itself does with these rows.
# These texts are fixed here (they were the project's statements before issue 11 part 5), so the
# baseline does not move when the project's own statements change.
PLAIN = {
    "MERGE (e:Entity": "UNWIND $rows AS row MERGE (e:Entity {id: row.id}) "
                       "SET e:{label}, e.name = row.name, e.type = row.type, e.aliases = row.aliases",
    "MERGE (d:Document": "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row.properties",
    "[m:MENTIONS]": "UNWIND $rows AS row MATCH (d:Document {id: row.doc_id}) MATCH (e:Entity {id: row.entity_id}) "
                    "MERGE (d)-[m:MENTIONS]->(e) SET m.count = row.count, m.written_id = row.entity_id, "
                    "m.written_name = row.name, m.written_type = row.type, m.written_aliases = row.aliases",
    "[r:": "UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) "
           "MERGE (s)-[r:{type} {id: row.id}]->(t) SET r += row.properties",
    "[:REPORTS]": "UNWIND $rows AS row MATCH (d:Document {id: row.properties.doc_id}) MATCH (s:Entity {id: row.source}) "
                  "MERGE (ev:Event {id: row.id}) SET ev += row.properties "
                  "MERGE (d)-[:REPORTS]->(ev) MERGE (s)-[:SOURCE_OF]->(ev)",
    "[:TARGETS]": "UNWIND $rows AS row MATCH (ev:Event {id: row.id}) MATCH (t:Entity {id: row.target}) "
                  "MERGE (ev)-[:TARGETS]->(t)",
}


def plain_statements(documents) -> list[tuple[str, dict]]:
    """The rows write_statements gives, as plain UNWIND ... MERGE statements."""
    plain = []
    for cypher, params in write_statements(documents):
        if "rows" not in params or "disputed" in cypher or cypher == statement("count-written-entities"):
            continue  # the forget-what-it-said-before statements, the contradictions, the kept counts: the plain write has none
        key = next(k for k in PLAIN if k in cypher)
        text = PLAIN[key]
        if key == "MERGE (e:Entity":
            text = text.replace("{label}", cypher.split("SET e:", 1)[1].split()[0])
        elif key == "[r:":
            text = text.replace("{type}", cypher.split("[r:", 1)[1].split()[0].rstrip("]->("))
        plain.append((text, params))
    return plain


def build_graph_plain(path: Path | str, documents: int, seed: int) -> tuple[float, int]:
    """The same records as build_graph, written as plain_statements (built before the clock
    starts), one transaction a group: seconds and relationships written."""
    with open_store(str(path)) as store:
        store.apply_schema()
        records = record_groups(documents, seed, WRITE_GROUP)
        relations = sum(len(d.relations) for group in records for d in group)
        groups = [plain_statements(group) for group in records]
        start = time.perf_counter()
        for statements in groups:
            store.run_write(statements)
        return time.perf_counter() - start, relations


def admin_import(uri: str, documents: int, seed: int, work: Path) -> dict[str, float]:
    """The same generated records through the transactional write path into Neo4j at `uri` (groups of
    WRITE_GROUP, then the identity pass) and through neo4j-admin: the graph as import files (Python),
    then `neo4j/server import` into a stopped server of the bench's own. Seconds and relationships."""
    from newsgraph.ingest.export_admin import build_graph as memory_graph, write_csv

    empty_neo4j(uri)
    with open_store(uri) as store:
        store.apply_schema()
        groups = record_groups(documents, seed, WRITE_GROUP)
        start = time.perf_counter()
        for group in groups:
            store.write_documents(group)  # marks the documents for the identity pass
        store.unify_identities()
        transactional = time.perf_counter() - start
        written = store.read("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    empty_neo4j(uri)
    start = time.perf_counter()
    export = write_csv(memory_graph(extracted_records(documents, seed), WRITE_GROUP), work / "admin-export")
    exported = time.perf_counter() - start
    server, name = Path(__file__).parent.parent / "neo4j" / "server", "bench-admin-import"
    shutil.rmtree(server.parent / "run" / name, ignore_errors=True)
    env = {**os.environ, "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD") or "bench-import-only"}
    start = time.perf_counter()
    subprocess.run([str(server), "import", name, "7992", "7993", *export.import_arguments()], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    imported = time.perf_counter() - start
    shutil.rmtree(server.parent / "run" / name, ignore_errors=True)
    return {"transactional": transactional, "written": written, "exported": exported, "imported": imported,
            "relationships": export.relationship_count}


def empty_neo4j(uri: str) -> None:
    with open_store(uri) as store:
        store.run_write([("MATCH (n) DETACH DELETE n", {})])


def query_calls(store) -> dict[str, dict]:
    """Every canned query with the parameters row 7 runs it with: its own example values (the
    well-known actors of the gazetteer, hubs in the generated graph), except that the actor of
    entity-profile and the pair of shortest-connection and provenance are low-degree people
    picked from the graph: the pair that no short chain joins is the hard case for a path search."""
    people = [row[0] for row in store.read(
        "MATCH (e:Person)<-[:MENTIONS]-(d:Document) WITH e, count(d) AS documents "
        "WHERE documents >= 2 RETURN e.name ORDER BY documents, e.name LIMIT 2").rows]
    calls = {}
    for name, query in sorted(queries.library().items()):
        calls[name] = query.bind(query.examples())
    calls["entity-profile"]["name"] = people[0]
    calls["shortest-connection"].update(a=people[0], b=people[1])
    calls["provenance"].update(a=people[0], b=people[1])
    return calls


def query_latencies(target: str, only: list[str] | None = None) -> tuple[dict[str, float | None], float]:
    """Median milliseconds of every canned query (or those in `only`) on the store at `target`
    (query_calls); None for a query that outlasts the store's timeout. Also the 1-minute load average
    at the end."""
    with open_store(target) as store:
        if store.kind == "embedded":
            wait_for_indexes(store)
        latencies = {}
        for name, params in query_calls(store).items():
            if only and name not in only:
                continue
            cypher = queries.get(name).text_for(store.kind)
            try:
                start = time.perf_counter()
                store.read(cypher, params)  # warm the cache
                warm = time.perf_counter() - start
            except StoreError as error:
                print(f"  7. {name}: {error}", file=sys.stderr)
                latencies[name] = None
                continue
            runs = []
            for _ in range(QUERY_RUNS if warm < 1 else 3):  # a slow query: its median of three
                start = time.perf_counter()
                store.read(cypher, params)
                runs.append(time.perf_counter() - start)
            latencies[name] = statistics.median(runs) * 1000
            print(f"  7. {store.kind} {name}: {latencies[name]:.1f} ms (load {os.getloadavg()[0]:.1f})",
                  file=sys.stderr, flush=True)
        return latencies, os.getloadavg()[0]


def wait_for_indexes(store, timeout: float = 1800) -> None:
    """An index added to a graph that holds data is filled in the background: until every index is
    operational a query scans instead. Row 7 measures the steady state, so it waits; how long that
    took is printed. (Loading a graph does not leave them to the background: the server builds every
    index as it reads its snapshot, 2.0 s of the 3.9 s at 10,000 documents, and answers only after;
    an index the graph has already is refused, "already indexed", and not rebuilt.)"""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        rows = store.read("CALL db.indexes() YIELD status RETURN status").rows
        if all(status == "OPERATIONAL" for (status,) in rows):
            break
        time.sleep(2)
    print(f"  7. {store.description}: indexes operational after {time.perf_counter() - start:.0f} s",
          file=sys.stderr, flush=True)


LOAD_GROUP = 250  # documents a group when row 7 builds a graph
BULK_ROWS = 2000  # nodes or relationships a statement when row 7 writes a built graph into the embedded store
NEO4J_SERVER = Path(__file__).parent.parent / "neo4j" / "server"


def memory_graph(documents: int, seed: int):
    """The graph `ingest` writes for the generated records into an empty store, built in memory by
    running the writer's and the identity pass's own statements (ingest/export_admin.py's MemoryGraph:
    tests/test_export_admin.py checks it equals a transactional ingest), LOAD_GROUP documents a group."""
    from newsgraph.ingest.export_admin import build_graph as build_memory_graph

    return build_memory_graph(extracted_records(documents, seed), LOAD_GROUP)


def bulk_rows(graph) -> tuple[dict, dict]:
    """The graph's nodes by label set and its relationships by (type, start space, end space), as rows."""
    nodes, rels = defaultdict(list), defaultdict(list)
    for (space, _), node in graph.nodes.items():
        labels = [space, *sorted(node.labels - {space})]
        nodes[tuple(labels)].append(node.properties)
    for rel in graph.rels.values():
        rels[(rel.type, rel.start[0], rel.end[0])].append({"s": rel.start[1], "e": rel.end[1], "p": rel.properties})
    return nodes, rels


def load_graph(target: str, documents: int, seed: int, work: Path | None = None) -> float:
    """The graph of build_graph (the writer's statements and the identity pass, as `ingest` runs them),
    built in memory (memory_graph) and then loaded in bulk: into the embedded store as UNWIND ... CREATE
    statements of BULK_ROWS rows, into Neo4j as `newsgraph export --for neo4j-admin` does (the CSV files,
    `neo4j/server import` into the stopped server named by `target` "neo4j-server:NAME:BOLT:HTTP",
    then after-import.cypher). Through the per-document write path 10,000 documents take most of an
    hour on a loaded machine, hours into Neo4j. Seconds taken (building the graph in memory included)."""
    start = time.perf_counter()
    graph = memory_graph(documents, seed)
    print(f"  7. {documents} docs built in memory in {time.perf_counter() - start:.0f} s: {len(graph.nodes)} nodes, "
          f"{len(graph.rels)} relationships", file=sys.stderr, flush=True)
    if target.startswith("neo4j-server:"):
        from newsgraph.ingest.export_admin import write_csv

        _, name, bolt, http = target.split(":")
        export = write_csv(graph, work / f"{name}-export")
        del graph
        env = {**os.environ, "NEO4J_ADMIN_HEAP": os.environ.get("NEO4J_ADMIN_HEAP", "1g")}
        subprocess.run([str(NEO4J_SERVER), "stop", name], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([str(NEO4J_SERVER), "import", name, bolt, http, *export.import_arguments()], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        with neo4j_server(name, bolt, http) as uri:
            from newsgraph.ingest.export_admin import after_import

            after_import(uri, export.after_import)
        shutil.rmtree(work / f"{name}-export", ignore_errors=True)
        return time.perf_counter() - start
    nodes, rels = bulk_rows(graph)
    del graph
    with open_store(target) as store:
        store.apply_schema()
        for labels, rows in sorted(nodes.items()):
            cypher = f"UNWIND $rows AS row CREATE (n:{':'.join(labels)}) SET n += row"
            for i in range(0, len(rows), BULK_ROWS):
                store.run_write([(cypher, {"rows": rows[i:i + BULK_ROWS]})])
        for (type_, start_space, end_space), rows in sorted(rels.items()):
            cypher = (f"UNWIND $rows AS row MATCH (a:{start_space} {{id: row.s}}) MATCH (b:{end_space} {{id: row.e}}) "
                      f"CREATE (a)-[r:{type_}]->(b) SET r += row.p")
            for i in range(0, len(rows), BULK_ROWS):
                store.run_write([(cypher, {"rows": rows[i:i + BULK_ROWS]})])
    return time.perf_counter() - start


def own_neo4j(servers: ExitStack) -> str | None:
    """Rows 8 and 9 without NEO4J_URI: an empty server of the bench's own (neo4j/run/bench-write, made anew)
    while the rows run, its Bolt URI; None without Java or Maven."""
    if not (shutil.which("java") and shutil.which("mvn")):
        return None
    os.environ.setdefault("NEO4J_PASSWORD", "bench-queries-only")
    subprocess.run([str(NEO4J_SERVER), "stop", "bench-write"], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(NEO4J_SERVER.parent / "run" / "bench-write", ignore_errors=True)
    uri = servers.enter_context(neo4j_server("bench-write", "7996", "7997"))
    with open_store(uri) as store:
        store.apply_schema()
    return uri


@contextmanager
def neo4j_server(name: str, bolt: str, http: str):
    """Serve the bench's Neo4j server NAME (neo4j/run/NAME) while the block runs: its Bolt URI."""
    env = {**os.environ, "NEO4J_HEAP": os.environ.get("NEO4J_HEAP", "2g")}
    subprocess.run([str(NEO4J_SERVER), "start", name, bolt, http], env=env, check=True, stdout=subprocess.DEVNULL)
    try:
        yield f"bolt://127.0.0.1:{bolt}"
    finally:
        subprocess.run([str(NEO4J_SERVER), "stop", name], check=True, stdout=subprocess.DEVNULL)


def latency_rows(row, store_name: str, small: int, big: int, latencies: dict, loads: dict) -> None:
    """Row 7: one line per query, its latency at both sizes and the ratio against the targets
    (the 1-minute load average when each size was measured at the end of the line)."""
    for name in latencies[small]:
        before, after = latencies[small][name], latencies[big][name]
        what = f"7. {store_name}: {name}, {small} / {big} docs"
        load = f"load {loads[small]:.1f} / {loads[big]:.1f}"
        if before is None or after is None:
            shown = lambda ms: "timed out" if ms is None else f"{ms:.1f} ms"
            row(what, f"{shown(before)} / {shown(after)}", f"store timeout [target < 1000 ms, ratio <= 2: MISSED]; {load}")
            continue
        met = "met" if after < 1000 and after / max(before, 1.0) <= 2 else "MISSED"
        row(what, f"{before:.1f} ms / {after:.1f} ms",
            f"ratio {after / before:.2f} [target < 1000 ms, ratio <= 2: {met}]; {load}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="articles in the parse/ingest corpus")
    parser.add_argument("--rss-docs", type=int, default=2000, help="articles in the large corpus for peak RSS")
    parser.add_argument("--graph-docs", type=int, nargs=2, default=[1000, 10000], help="graph sizes for query latency")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries-only", action="store_true", help="row 7 alone (query latency, both stores)")
    parser.add_argument("--graphs", type=Path, help="row 7: keep the graphs here (Neo4j's in neo4j/run/NAME-SIZE), reuse them")
    parser.add_argument("--stores", nargs="+", default=["embedded", "neo4j"], help="row 7: the stores to measure")
    parser.add_argument("--query", nargs="+", default=None, help="row 7: only these canned queries")
    parser.add_argument("--neo4j-name", default="bench-queries", help="row 7: Neo4j servers NAME-SIZE in neo4j/run/")
    parser.add_argument("--neo4j-ports", type=int, nargs=2, default=[7994, 7995], help="row 7: their Bolt and HTTP ports")
    parser.add_argument("--rows", nargs="+", default=None,
                        help="run only these rows (1 1b 2 3 3b 4 5 6 7 8); row 1 runs when 2, 3 or 8 need it")
    args = parser.parse_args()
    adopt_orphans()
    wanted = lambda *names: args.rows is None or any(n in args.rows for n in names)
    work = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    rows: list[tuple[str, str, str]] = []

    def row(what: str, value: str, versus: str = "") -> None:
        rows.append((what, value, versus))
        print(f"  {what}: {value} {versus}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    if args.queries_only:
        query_rows(row, args, args.graphs or work)
        return table(rows, args, started)
    corpus = work / "corpus"
    write_corpus(corpus, args.docs, args.seed)
    texts = [a.text for a in read_articles([str(corpus)])]
    words = sum(len(t.split()) for t in texts)
    raw1 = raw2 = ingest_seconds = None
    if wanted("1", "2", "3", "8"):
        nlp.load_pipeline()
        cpu = time.process_time()
        raw1 = raw_parse(texts, 1)
        raw1_cpu = time.process_time() - cpu
        row(f"1. nlp.pipe, 1 process ({args.docs} docs, {words} words)", f"{words / raw1:,.0f} words/s",
            f"{raw1:.1f} s, {raw1_cpu:.1f} s CPU")
    if wanted("1", "3"):
        raw2 = raw_parse(texts, 2)
        row("1. nlp.pipe, n_process=2", f"{words / raw2:,.0f} words/s", f"{raw1 / raw2:.2f}x one process")
    if wanted("1b"):
        parse_cpu, extract_cpu, parse_wall, extract_wall = parse_then_extract(list(read_articles([str(corpus)])))
        row("1b. extraction after the parse (mentions, relations, resolve)", f"{extract_cpu:.2f} s CPU",
            f"{extract_cpu / parse_cpu:.2f} of the parse ({parse_cpu:.2f} s CPU) [target <= 0.25]; "
            f"wall {extract_wall / parse_wall:.2f} ({extract_wall:.2f} of {parse_wall:.2f} s)")

    graph = work / "ingest1" / "graph.db"
    if wanted("2", "4", "8"):
        one = work / "one"
        write_corpus(one, 1, args.seed)
        fixed, _, _ = cli_ingest(one, work / "ingest-one" / "graph.db")
        row("2. newsgraph ingest of 1 doc: start-up and shut-down", f"{fixed:.1f} s", "(model load, store server)")
        chosen = default_workers(args.docs)  # what the child decides, measured just before it starts
        seconds, rss_small, ingest_cpu = cli_ingest(corpus, graph)
        ingest_seconds = seconds
        if raw1 is not None:
            # The default: a second process parses and extracts when a second core is idle and there are
            # enough articles (pipeline.default_workers); the baseline stays the parse alone in one process.
            row(f"2. newsgraph ingest (default: {chosen} process{'es' if chosen > 1 else ''} here)",
                f"{args.docs / seconds:.1f} docs/s, {words / seconds:,.0f} words/s",
                f"{raw1 / seconds:.2f} of (1) one process [target >= 0.9]; "
                f"{raw1 / (seconds - fixed):.2f} without start-up; {seconds:.1f} s, {ingest_cpu:.1f} s CPU "
                f"({ingest_cpu / raw1_cpu:.2f}x the parse's)")
            one_seconds, _, _ = cli_ingest(corpus, work / "ingest-one-process" / "graph.db", "--workers", "1")
            row("2. newsgraph ingest --workers 1 (all in one process)", f"{args.docs / one_seconds:.1f} docs/s",
                f"{raw1 / one_seconds:.2f} of (1) one process")
    if wanted("3", "3b"):
        seconds, _, _ = cli_ingest(corpus, work / "ingest2" / "graph.db", "--workers", "2")
        if raw2 is not None:
            row("3. newsgraph ingest --workers 2", f"{args.docs / seconds:.1f} docs/s, {words / seconds:,.0f} words/s",
                f"{raw2 / seconds:.2f} of (1) n_process=2 [target >= 0.75]")
        workers_seconds = seconds
    if wanted("3b"):
        cluster_seconds = cluster_ingest(corpus, work / "ingest-cluster" / "graph.db")
        if cluster_seconds is None:
            row("3b. newsgraph ingest --cluster (local, 2 workers)", "skipped", "Dask distributed is not installed")
        else:
            row("3b. newsgraph ingest --cluster (local, 2 workers)", f"{args.docs / cluster_seconds:.1f} docs/s",
                f"{workers_seconds / cluster_seconds:.2f} of (3) --workers 2 [target >= 0.9]")
    if wanted("4") and ingest_seconds is not None:
        seconds, _, cpu = cli_ingest(corpus, graph)
        row("4. re-ingest, unchanged", f"{seconds:.2f} s", f"{ingest_seconds / seconds:.0f}x faster than (2) [target >= 50x]; "
            f"{cpu:.2f} s CPU, {ingest_cpu / cpu:.0f}x less than (2)")

    if wanted("6"):
        if ingest_seconds is None:
            _, rss_small, _ = cli_ingest(corpus, graph)
        large = work / "large"
        write_corpus(large, args.rss_docs, args.seed)
        large_graph = work / "ingest-large" / "graph.db"
        large_seconds, rss_large, _ = cli_ingest(large, large_graph)
        row(f"6. peak RSS, ingest of {args.docs} / {args.rss_docs} docs", f"{rss_small} MB / {rss_large} MB",
            f"ratio {rss_large / rss_small:.2f} [target <= 1.25]")
        seconds, _, _ = cli_ingest(large, large_graph)
        row(f"4. re-ingest, unchanged, {args.rss_docs} docs", f"{seconds:.2f} s",
            f"{large_seconds / seconds:.0f}x faster than its ingest ({large_seconds:.0f} s) [target >= 50x]")

    for documents in args.graph_docs if wanted("5") else ():
        path = work / f"graph-{documents}" / "graph.db"
        # Plain first, then the write path, then plain again: the load on a shared machine changes
        # within a minute, so the baseline is the better of two runs around the measured one.
        plain_seconds, _ = build_graph_plain(work / f"plain-{documents}" / "graph.db", documents, args.seed)
        seconds, relations = build_graph(path, documents, args.seed)
        if wanted("5"):
            again, _ = build_graph_plain(work / f"plain-{documents}b" / "graph.db", documents, args.seed)
            plain_seconds = min(plain_seconds, again)
            row(f"5. plain UNWIND MERGE of the same rows, {documents} docs", f"{relations / plain_seconds:,.0f} relations/s",
                f"{relations} relations in {plain_seconds:.1f} s (FalkorDB alone: the baseline, best of 2)")
            row(f"5. write path, {documents} docs", f"{relations / seconds:,.0f} relations/s",
                f"{plain_seconds / seconds:.2f} of plain [target >= 0.5]; {relations} relations in {seconds:.1f} s")
    if wanted("7"):
        query_rows(row, args, args.graphs or work)

    with ExitStack() as servers:  # rows 8 and 9 on NEO4J_URI, else on a server of the bench's own
        uri = os.environ.get("NEO4J_URI") or (wanted("8", "9") and own_neo4j(servers))
        if uri and wanted("8"):
            empty_neo4j(uri)
            seconds, _, _ = cli_ingest(corpus, uri)
            row("8. newsgraph ingest into Neo4j", f"{args.docs / seconds:.1f} docs/s, {words / seconds:,.0f} words/s",
                f"{raw1 / seconds:.2f} of (1) one process; {ingest_seconds / seconds:.2f}x the embedded store (2)")
            again, _, _ = cli_ingest(corpus, uri)
            row("8. re-ingest into Neo4j, unchanged", f"{again:.2f} s", f"{seconds / again:.0f}x faster than its ingest")
            documents = args.graph_docs[0]
            empty_neo4j(uri)
            seconds, relations = build_graph(uri, documents, args.seed)
            empty_neo4j(uri)
            plain, _ = build_graph_plain(uri, documents, args.seed)
            empty_neo4j(uri)
            row(f"8. write path into Neo4j, {documents} docs", f"{relations / seconds:,.0f} relationships/s",
                f"{plain / seconds:.2f} of a plain UNWIND $rows MERGE of the same rows ({relations / plain:,.0f}/s)")
        elif wanted("8"):
            row("8. newsgraph ingest into Neo4j", "skipped", "no NEO4J_URI, and no Java or Maven to start one")

        if wanted("9"):
            what = f"9. neo4j-admin import of the export, {args.graph_docs[0]} docs"
            if not (shutil.which("java") and shutil.which("mvn")):
                row(what, "skipped", "no Java or Maven: neo4j-admin cannot run")
            elif not uri:
                row(what, "skipped", "no NEO4J_URI, and no Java or Maven to start one: no transactional Neo4j to compare with")
            else:
                m = admin_import(uri, args.graph_docs[0], args.seed, work)
                assert m["written"] == m["relationships"], m  # the same graph both ways
                tx_rate = m["relationships"] / m["transactional"]
                row(what, f"{m['relationships'] / m['imported']:,.0f} relationships/s",
                    f"{m['transactional'] / m['imported']:.1f}x the transactional write path ({tx_rate:,.0f}/s); "
                    f"{m['transactional'] / (m['imported'] + m['exported']):.1f}x with the CSV export "
                    f"({m['exported']:.1f} s) counted; {m['relationships']} relationships, import {m['imported']:.1f} s (JVM start included)")

    table(rows, args, started)


def neo4j_latency_rows(row, args, graphs: Path) -> None:
    """Row 7 on Neo4j: each size imported (load_graph) into a server of the bench's own,
    neo4j/run/NAME-SIZE on the ports of --neo4j-ports (kept and reused with --graphs), served
    while its queries run, then stopped."""
    if not (shutil.which("java") and shutil.which("mvn")):
        print("  7. Neo4j rows skipped: no Java or Maven (neo4j/server)", file=sys.stderr)
        return
    os.environ.setdefault("NEO4J_PASSWORD", "bench-queries-only")
    bolt, http = args.neo4j_ports
    latencies, loads = {}, {}
    for documents in args.graph_docs:
        name = f"{args.neo4j_name}-{documents}"
        marker = graphs / f"{name}.loaded"
        if not (marker.exists() and (NEO4J_SERVER.parent / "run" / name / "data").exists()):
            seconds = load_graph(f"neo4j-server:{name}:{bolt}:{http}", documents, args.seed, graphs)
            marker.write_text(f"{seconds:.0f} s\n")
            print(f"  7. imported {documents} docs into Neo4j {name} in {seconds:.0f} s", file=sys.stderr, flush=True)
        with neo4j_server(name, str(bolt), str(http)) as uri:
            with open_store(uri) as store:  # indexes added to schema/neo4j.cypher since the import
                store.apply_schema()
                store.read("CALL db.awaitIndexes(600)")
            latencies[documents], loads[documents] = query_latencies(uri, args.query)
    latency_rows(row, "neo4j (neo4j-admin import)", *args.graph_docs, latencies, loads)


def query_rows(row, args, graphs: Path) -> None:
    """Row 7 alone: embedded graphs loaded as load_graph does (kept in `graphs` and reused when
    they exist), then Neo4j (neo4j_latency_rows)."""
    graphs.mkdir(parents=True, exist_ok=True)
    if "embedded" in args.stores:
        latencies, loads = {}, {}
        for documents in args.graph_docs:
            path = graphs / f"load-{documents}" / "graph.db"
            if not (graphs / f"load-{documents}.loaded").exists():
                shutil.rmtree(path.parent, ignore_errors=True)
                seconds = load_graph(str(path), documents, args.seed)
                (graphs / f"load-{documents}.loaded").write_text(f"{seconds:.0f} s\n")
                print(f"  7. loaded {documents} docs in {seconds:.0f} s", file=sys.stderr, flush=True)
            latencies[documents], loads[documents] = query_latencies(str(path), args.query)
        latency_rows(row, "embedded", *args.graph_docs, latencies, loads)
    if "neo4j" in args.stores:
        neo4j_latency_rows(row, args, graphs)


def table(rows, args, started) -> None:
    load = " ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"\nnewsgraph bench: {os.cpu_count()} cores, load average {load} at the end, seed {args.seed}, "
          f"{time.perf_counter() - started:.0f} s in all\n")
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"| {'measure'.ljust(width)} | {'result'.ljust(value_width)} | against |")
    print(f"|{'-' * (width + 2)}|{'-' * (value_width + 2)}|---|")
    for what, value, versus in rows:
        print(f"| {what.ljust(width)} | {value.ljust(value_width)} | {versus} |")


if __name__ == "__main__":
    main()
