"""The canned library for the Neo4j Browser: a zip of saved scripts it imports as Favorites by
drag and drop, and a style (GRASS) file that colours and captions actors by type.

The zip has the layout the Browser itself writes when it exports Favorites: one folder (the
Favorites folder it becomes) holding one `NAME.cypher` per query. Each script's first line,
`// Title`, is the name the Browser shows; `:param` lines set the example parameters, so a
script runs as it is, and the user edits the values to ask about someone else.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from newsgraph import queries
from newsgraph.view import OTHER_COLOR, TYPE_COLORS

FOLDER = "newsgraph"
CAPTIONS = {"Document": "{title}"}  # every other label is captioned by name


def export_favorites(path: Path) -> list[str]:
    """Write the zip of every library query; returns the names of the files in it."""
    names = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for query in queries.library().values():
            name = f"{FOLDER}/{query.name}.cypher"
            archive.writestr(name, query.script(query.bind(query.examples())))
            names.append(name)
    return names


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
