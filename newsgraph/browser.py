"""The canned library for the Neo4j Browser: a zip of saved scripts it imports as Favorites by
drag and drop, and a style (GRASS) file that colours and captions actors by type.

The zip has the layout the Browser itself writes when it exports Favorites: one folder (the
Favorites folder it becomes) holding one `NAME.cypher` per query. Each script's first line,
`// Title`, is the name the Browser shows. A favourite holds its query alone: the Browser shows
the rows of a script only when it is one statement (of `:param ...; MATCH ...;` it shows "SUCCESS"
and no rows). The parameters are set by the favourite "Example parameters" (every query's example
values, as `:param` lines), or by hand with the `:param` line each favourite's header shows.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from newsgraph import queries
from newsgraph.view import OTHER_COLOR, TYPE_COLORS

FOLDER = "newsgraph"
CAPTIONS = {"Document": "{title}"}  # every other label is captioned by name


PARAMETERS = "example-parameters"


def export_favorites(path: Path) -> list[str]:
    """Write the zip of every library query, and the favourite that sets their example parameters;
    returns the names of the files in it."""
    names, examples = [], {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for query in queries.library().values():
            values = query.bind(query.examples())
            name = f"{FOLDER}/{query.name}.cypher"
            archive.writestr(name, favorite(query, values))
            names.append(name)
            for key, value in values.items():
                examples.setdefault(key, value)
        name = f"{FOLDER}/{PARAMETERS}.cypher"
        archive.writestr(name, "\n".join(
            ["// Example parameters", "// Run this first: it sets every query's parameters to an example value."]
            + [queries.param_line(key, value) for key, value in sorted(examples.items())]) + "\n")
        names.append(name)
    return names


def favorite(query: queries.Query, values: dict) -> str:
    """One favourite: title, description, the :param lines it needs (as comments), the query."""
    lines = [f"// {query.title}", f"// {query.description}"]
    lines += [f"// {queries.param_line(key, value)}" for key, value in values.items()]
    return "\n".join(lines + [query.cypher + ";"]) + "\n"


def grass() -> str:
    """The Browser style sheet: actor types coloured as in `newsgraph view`, captioned by name,
    relationships captioned by type. Later rules win, so the specific labels come after Entity."""
    rules = [_rule("node", OTHER_COLOR, "{name}"), _rule("node.Entity", OTHER_COLOR, "{name}")]
    rules += [_rule(f"node.{label}", color, CAPTIONS.get(label, "{name}")) for label, color in TYPE_COLORS.items()]
    rules.append('relationship {\n  color: #A5ABB6;\n  shaft-width: 2px;\n  font-size: 9px;\n  caption: "<type>";\n}')
    return "\n".join(rules) + "\n"


def _rule(selector: str, color: str, caption: str) -> str:
    return (
        f"{selector} {{\n  diameter: 55px;\n  color: {color};\n  border-color: {color};\n"
        f'  text-color-internal: #FFFFFF;\n  font-size: 10px;\n  caption: "{caption}";\n}}'
    )
