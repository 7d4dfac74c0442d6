"""The `newsgraph` command: each subcommand is a few lines over a library function."""

from __future__ import annotations

import functools
import json
import sys

import click

from newsgraph import output, queries
from newsgraph.ingest.load import read_articles
from newsgraph.ingest.pipeline import Shard, Summary, extract_all, ingest as run_ingest, split_failures
from newsgraph.schema import ddl
from newsgraph.store import StoreError, default_target, open_store


@click.group()
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


def with_store(command):
    """Open the store named by --graph (or the default) for the command, and turn store errors
    into one-line messages."""

    @functools.wraps(command)
    @click.pass_context
    def wrapper(ctx: click.Context, *args, **kwargs):
        target = ctx.obj["graph"]
        if not target:
            target, is_default = default_target()
            if is_default:
                click.echo(f"Using the embedded store at {target} (set --graph or NEWSGRAPH_GRAPH to choose).", err=True)
        try:
            with open_store(target) as store:
                return command(store, *args, **kwargs)
        except StoreError as error:
            raise click.ClickException(str(error)) from None

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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes that parse and extract; this one writes.")
@click.option("--shard", default="1/1", show_default=True, metavar="I/N", callback=_shard,
              help="Ingest only shard I of N (by document id), to split one corpus across N processes or machines.")
@with_store
def ingest(store, paths, force, batch_size, workers, shard):
    """Read articles from files, folders or globs (.txt, .md, .jsonl) into the graph.

    Example: newsgraph ingest articles/ feed.jsonl --workers 2 --shard 1/3
    """
    store.apply_schema()
    counter = _progress()
    summary = run_ingest(paths, store, force=force, batch_size=batch_size, workers=workers, shard=shard,
                         progress=counter)
    _finish(summary)


def _progress():
    """A running count on a terminal; nothing when output is redirected."""
    done = [0]

    def advance(n: int) -> None:
        done[0] += n
        if sys.stderr.isatty():
            click.echo(f"\r{done[0]} documents processed", err=True, nl=False)

    return advance


def _finish(summary: Summary) -> None:
    if sys.stderr.isatty():
        click.echo("", err=True)
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
def extract(paths):
    """Extract entities and relations without a database: JSON Lines, one document a line.

    Example: newsgraph extract seeds/ > seeds.jsonl
    """
    summary = Summary()
    for document in extract_all(split_failures(read_articles(paths), summary)):
        click.echo(json.dumps(document.to_json(), ensure_ascii=False))
        summary.documents += 1
        summary.entities += len(document.entities)
        summary.relations += len(document.relations)
    _finish(summary)


@cli.group()
def schema():
    """Constraints and indexes."""


@schema.command("apply")
@with_store
def schema_apply(store):
    """Create the constraints and indexes (safe to run again).

    Example: newsgraph --graph bolt://localhost:7687 schema apply
    """
    for statement in store.apply_schema():
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
def query_show(name):
    """Print a query's Cypher and its parameters.

    Example: newsgraph query show entity-profile
    """
    q = _get(name)
    click.echo(f"// {q.title}\n// {q.description}")
    for p in q.parameters:
        default = "required" if p.required else f"default {p.default!r}"
        click.echo(f"// param {p.name}: {p.type}, {default}, example {p.example!r} - {p.help}")
    click.echo(q.cypher)


@query.command("run")
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeat for more.")
@click.option("--format", "fmt", type=click.Choice(sorted(output.FORMATS)), default="table", show_default=True)
@with_store
def query_run(store, name, params, fmt):
    """Run a canned query, read-only.

    Example: newsgraph query run entity-profile --param name="Yoon Suk Yeol"
    """
    q = _get(name)
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        given[key] = value
    try:
        values = q.bind(given)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(output.FORMATS[fmt](store.read(q.text_for(store.kind), values)))


def _get(name: str) -> queries.Query:
    try:
        return queries.get(name)
    except KeyError as error:
        raise click.ClickException(error.args[0]) from None
