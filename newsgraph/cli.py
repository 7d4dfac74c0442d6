"""The `newsgraph` command: each subcommand is a few lines over a library function.

Exit codes: 0 done; 1 some inputs failed (the summary lists each with its reason); 2 usage error;
3 the store failed (unreachable, refused, lost mid-run); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import functools
import json
import re
import shlex
import sys
from pathlib import Path

import click

# Imported by the commands that need them, not here: every command pays for what this module imports
# (an unchanged re-ingest takes a third of a second); browser, the cluster client and the exporter wait.
from newsgraph import output, queries
from newsgraph.api import EVENT_COLUMNS, Graph
from newsgraph.ingest.load import JSONL_SUFFIXES, find_files
from newsgraph.ingest.pipeline import Shard, Summary, extract_paths
from newsgraph.schema import ddl
from newsgraph.store import Result, StoreError, default_target


RERUN = "every document is in the graph whole or not at all: run the same command again to finish"


class StoreFailure(click.ClickException):
    exit_code = 3


class Interrupted(click.ClickException):
    exit_code = 130


class Newsgraph(click.Group):
    """The command group; Ctrl-C anywhere exits 130 with one line, not click's "Aborted!" and 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted("interrupted") from None


@click.group(cls=Newsgraph)
@click.version_option(package_name="newsgraph")
@click.option(
    "--graph", envvar="NEWSGRAPH_GRAPH", metavar="URI|PATH",
    help="Neo4j URI (bolt://, neo4j://, +s/+ssc) or a path for the embedded store. "
         "Default: NEO4J_URI if set, else the embedded store in ~/.local/share/newsgraph.",
)
@click.pass_context
def cli(ctx: click.Context, graph: str | None) -> None:
    """Read news articles into a knowledge graph of who did what to whom, and explore it.

    Example: newsgraph ingest seeds/ && newsgraph query run overview
    """
    ctx.obj = {"graph": graph}


def with_graph(command):
    """Open the Graph named by --graph (or the default) for the command, and turn store errors
    into one-line messages (exit code 3)."""

    @functools.wraps(command)
    @click.pass_context
    def wrapper(ctx: click.Context, *args, **kwargs):
        target = ctx.obj["graph"]
        if not target:
            target, is_default = default_target()
            if is_default:
                click.echo(f"Using the embedded store at {target} (set --graph or NEWSGRAPH_GRAPH to choose).", err=True)
        try:
            with Graph(target) as graph:
                return command(graph, *args, **kwargs)
        except StoreError as error:
            raise StoreFailure(str(error)) from None

    return wrapper


def _shard(ctx, param, value: str) -> Shard:
    try:
        return Shard.parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Re-extract documents even if they are unchanged.")
@click.option("--batch-size", default=16, show_default=True, help="Documents parsed and written together.")
@click.option("--workers", default=None, type=click.IntRange(min=1),
              help="Processes that parse and extract; this one writes. Default: 2 when this process may run on two "
                   "cores, half a core is idle now and there are at least 64 articles to parse, else 1 (this process).")
@click.option("--cluster", metavar="ADDRESS",
              help="Parse and extract on the workers of this Dask scheduler (tcp://host:8786); this process writes.")
@click.option("--shard", default="1/1", show_default=True, metavar="I/N", callback=_shard,
              help="Ingest only shard I of N (by document id), to split one corpus across N processes or machines.")
@with_graph
def ingest(graph, paths, force, batch_size, workers, cluster, shard):
    """Read articles from files, folders or globs (.txt, .md, .jsonl) into the graph.

    Example: newsgraph ingest articles/ feed.jsonl --workers 2 --shard 1/3
    """
    from newsgraph.ingest.cluster import ClusterError

    graph.apply_schema()  # a store that takes no writes fails here, before any document
    progress = Progress(paths)
    try:
        summary = graph.ingest(paths, force=force, batch_size=batch_size, workers=workers, cluster=cluster,
                               shard=shard, progress=progress)
    except ClusterError as error:
        raise click.ClickException(f"{error} (after {progress.done} documents)") from None
    except StoreError as error:
        raise StoreError(f"{error} (after {progress.done} documents); {RERUN}") from None
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted after {progress.done} documents; {RERUN}") from None
    finally:
        progress.end_line()
    _finish(summary)


class Progress:
    """A progress bar on stderr (documents done, rate, time left) when stderr is a terminal;
    nothing on a pipe or in CI, where only the summary is printed."""

    def __init__(self, paths=(), shown: bool | None = None):
        self.done = 0
        self.bar = None
        if sys.stderr.isatty() if shown is None else shown:
            from tqdm import tqdm

            self.bar = tqdm(total=count_articles(paths) or None, unit="doc", desc="documents", file=sys.stderr,
                            dynamic_ncols=True, leave=False)

    def __call__(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)

    def end_line(self) -> None:
        if self.bar is not None:
            self.bar.close()


def count_articles(paths) -> int:
    """How many articles the inputs hold, for the bar's time left: a file each, a line per
    .jsonl line (counted in blocks, without parsing). Unreadable inputs count nothing."""
    total = 0
    for path in find_files(paths):
        if not isinstance(path, Path):
            continue
        if path.suffix not in JSONL_SUFFIXES:
            total += 1
            continue
        try:
            with path.open("rb") as lines:
                total += sum(block.count(b"\n") for block in iter(lambda: lines.read(1 << 20), b""))
        except OSError:
            pass  # the ingest reports it
    return total


def _finish(summary: Summary) -> None:
    """Print the summary; exit 1 if any input failed or there was nothing to read."""
    for line in summary.lines():
        click.echo(line, err=True)
    if not (summary.documents or summary.skipped or summary.failed):
        click.echo("no articles found: give .txt, .md or .jsonl files, folders or globs", err=True)
        sys.exit(1)
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
def extract(paths):
    """Extract entities and relations without a database: JSON Lines, one document a line.

    Example: newsgraph extract seeds/ > seeds.jsonl
    """
    summary = Summary()
    progress = Progress(paths)
    try:
        for document in extract_paths(paths, summary):
            click.echo(json.dumps(document.to_json(), ensure_ascii=False))
            progress(1)
    finally:
        progress.end_line()
    _finish(summary)


@cli.command()
@click.option("--for", "tool", type=click.Choice(["neo4j-admin"]), required=True,
              help="The importer the files are for: neo4j-admin database import full (an empty database).")
@click.argument("directory", type=click.Path(file_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", default=16, show_default=True, help="Documents parsed together.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Processes that parse and extract.")
@click.option("--database", default="neo4j", show_default=True, help="The database name in the printed command.")
def export(tool, directory, paths, batch_size, workers, database):
    """Write the graph `ingest` would build from PATHS as neo4j-admin import files in DIRECTORY,
    and print the import command: the fast first load of a large archive into an empty Neo4j.

    Example: newsgraph export --for neo4j-admin exports/archive archive/ feed.jsonl
    """
    from newsgraph.ingest.export_admin import ExportError

    progress = Progress(paths)
    try:
        result = Graph.export_for_neo4j_admin(paths, directory, batch_size=batch_size, workers=workers, progress=progress)
    except ExportError as error:
        raise click.ClickException(str(error)) from None
    finally:
        progress.end_line()
    click.echo(f"{result.node_count} nodes and {result.relationship_count} relationships in "
               f"{len(result.nodes) + len(result.relationships)} CSV files (with headers) in {directory}", err=True)
    click.echo("# A packaged Neo4j (stopped; this replaces the database):")
    click.echo(result.admin_command(database))
    click.echo("# This repository's Neo4j from Maven jars (a new stopped server NAME; runs org.neo4j.cli.AdminTool):")
    click.echo(result.server_command())
    click.echo("# Then, with the server started: the constraints, indexes and empty lists the import cannot write:")
    click.echo(f"cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -f {shlex.quote(str(result.after_import))}")
    _finish(result.summary)


@cli.group()
def schema():
    """Constraints and indexes."""


@schema.command("apply")
@with_graph
def schema_apply(graph):
    """Create the constraints and indexes (safe to run again).

    Example: newsgraph --graph bolt://localhost:7687 schema apply
    """
    for statement in graph.apply_schema():
        click.echo(statement + ";")


@schema.command("show")
@click.option("--store", "kind", type=click.Choice(["neo4j", "falkordb"]), default="neo4j", show_default=True)
def schema_show(kind):
    """Print the constraint and index statements for a store.

    Example: newsgraph schema show --store neo4j
    """
    for statement in ddl(kind):
        click.echo(statement + ";")


@cli.group()
def query():
    """The canned Cypher library."""


@query.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def query_list(fmt):
    """List the canned queries with what they answer.

    Example: newsgraph query list --format json
    """
    library = queries.library()
    if fmt == "json":
        click.echo(json.dumps([q.to_json() for q in library.values()], indent=2))
        return
    width = max(len(name) for name in library)
    for name, q in library.items():
        click.echo(f"{name.ljust(width)}  {q.title}: {q.description}")


@query.command("show")
@click.argument("name")
@click.option("--script", is_flag=True,
              help="Print a script for cypher-shell -f or the Neo4j Browser: `:param` lines, then the query.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="With --script: a parameter value instead of the example; repeat for more.")
def query_show(name, script, params):
    """Print a query's Cypher and its parameters.

    Example: newsgraph query show entity-profile --script --param name="Kim Jong Un" > profile.cypher
    """
    q = _get(name)
    if script:
        click.echo(q.script(_bind(q, {**q.examples(), **_given(params)})), nl=False)
        return
    click.echo(f"// {q.title}\n// {q.description}")
    for p in q.parameters:
        default = "required" if p.required else f"default {p.default!r}"
        click.echo(f"// param {p.name}: {p.type}, {default}, example {p.example!r} - {p.help}")
    if q.embedded_cypher:
        click.echo("// (the embedded store runs an equivalent from queries/embedded/)")
    click.echo(q.cypher + ";")


@query.command("run")
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeat for more.")
@click.option("--format", "fmt", type=click.Choice(sorted(output.FORMATS)), default="table", show_default=True,
              help="html: a self-contained page drawing the nodes and relationships the query returns.")
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False), help="Write to this file instead of the terminal.")
@with_graph
def query_run(graph, name, params, fmt, out):
    """Run a canned query, read-only.

    Example: newsgraph query run entity-profile --param name="Yoon Suk Yeol"
    """
    q = _get(name)
    try:  # a parameter that is missing or of the wrong type, or html with nothing to draw
        text = output.render(graph.query(name, **_given(params)), fmt, q.title)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    _emit(text, out)


@query.command("export-browser")
@click.option("--out", "folder", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Folder to write newsgraph-favorites.zip and newsgraph.grass into.")
def query_export_browser(folder):
    """Write the library as a zip the Neo4j Browser imports as Favorites, and its style file.

    Drag newsgraph-favorites.zip, then newsgraph.grass, onto the Browser window (see README).
    Example: newsgraph query export-browser --out exports/
    """
    from newsgraph import browser

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    names = browser.export_favorites(target / "newsgraph-favorites.zip")
    (target / "newsgraph.grass").write_text(browser.grass())
    click.echo(f"{target / 'newsgraph-favorites.zip'}: {len(names)} queries in the Favorites folder {browser.FOLDER}")
    click.echo(f"{target / 'newsgraph.grass'}: the Browser style")


def _given(params: tuple[str, ...]) -> dict[str, str]:
    """--param KEY=VALUE options as a dict of strings."""
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        given[key] = value
    return given


def _bind(q: queries.Query, given: dict[str, str]) -> dict:
    try:
        return q.bind(given)
    except ValueError as error:
        raise click.ClickException(str(error)) from None


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text)
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(text)


def _get(name: str) -> queries.Query:
    try:
        return queries.get(name)
    except KeyError as error:
        raise click.ClickException(error.args[0]) from None


@cli.command()
@click.argument("name")
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False),
              help="The HTML file to write. Default: the name, lower case, .html, in the current folder.")
@click.option("--limit", default=200, show_default=True, help="Relations drawn at most.")
@with_graph
def view(graph, name, out, limit):
    """Draw an actor's neighbourhood as an interactive, self-contained HTML page (the entity-network query).

    Example: newsgraph view "Yoon Suk Yeol"   # writes yoon-suk-yeol.html
    """
    try:
        page = graph.view(name, limit)
    except LookupError as error:
        raise click.ClickException(f"{error}; find names with: newsgraph query run find-entity --param text=...") from None
    _emit(page, out or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + ".html")


@cli.group()
def plot():
    """Charts drawn from the canned queries.

    Example: newsgraph plot timeline --name Ukraine -o ukraine.png
    """


@plot.command("timeline")
@click.option("--name", required=True, help="The actor (name or alias).")
@click.option("--with", "other", default="", metavar="NAME", help="Only the events between the actor and this one.")
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.option("--output", "-o", "out", required=True, type=click.Path(dir_okay=False), help="FILE.png or FILE.html")
@with_graph
def plot_timeline(graph, name, other, by, out):
    """Events per week or month by PLOVER type, and cooperation against conflict, for one actor or a pair.

    Example: newsgraph plot timeline --name Ukraine --with Russia --by month -o ukraine-russia.html
    """
    try:
        counts = graph.plot_timeline(name, out, other, by)
    except (ValueError, ImportError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {out}: {sum(map(sum, counts.plover.values()))} events in {len(counts.periods)} {by}s",
               err=True)


@cli.command()
@click.option("--since", default="", metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", default="", metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("--actor", default="", metavar="NAME", help="Only events with this actor (name or alias) on either side.")
@click.option("--format", "fmt", type=click.Choice(output.TABLE_FORMATS), default="csv", show_default=True)
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False), help="Write to this file (parquet needs one).")
@with_graph
def events(graph, since, until, actor, fmt, out):
    """The event-data table, one row per event (ICEWS/Phoenix/POLECAT shape; columns in the README),
    streamed a page at a time.

    Example: newsgraph events --since 2024-01-01 --actor Ukraine --format parquet -o ukraine.parquet
    """
    try:
        written = output.write_table(graph.events(since, until, actor), EVENT_COLUMNS, fmt, out or sys.stdout)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    if out:
        click.echo(f"wrote {written} events to {out}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--entity", "wanted", default="", metavar="TEXT", help="Only actors whose name or id contains TEXT.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def actors(paths, wanted, fmt):
    """Show every actor found in articles, each mention of it and the rule that attached it
    (why two mentions were merged). No database needed.

    Example: newsgraph actors seeds/ --entity Kim
    """
    rows = []
    summary = Summary()
    for document in extract_paths(paths, summary):
        for entity in document.entities:
            if wanted.lower() in entity.name.lower() or wanted.lower() in entity.id:
                rows += [[document.article.id, entity.id, entity.type, m["text"], m["rule"]] for m in entity.mentions]
    click.echo(output.FORMATS[fmt](Result(["document", "actor", "type", "mention", "rule"], rows)))
    _finish(summary)
