"""The canned query library: one .cypher file per question, with a header the tools read.

Header format (comment lines at the top of the file):

    // Title of the query
    // Free text describing what it answers (any number of lines).
    // param name: string, example "Yoon Suk Yeol" - what the parameter means
    // param limit: integer = 25, example 10 - a parameter with a default

The statement ends with ';' so that `cypher-shell -f` and the Neo4j Browser run the file as it is.
A file in embedded/ with the same name is the FalkorDB equivalent of a query whose Neo4j text
FalkorDB cannot run; it is chosen automatically for the embedded store.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
PARAM = re.compile(
    r"param (?P<name>\w+): (?P<type>string|integer|float|boolean)"
    r"(?: = (?P<default>[^,]+))?, example (?P<example>.+?)(?: - (?P<help>.*))?$"
)
BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _boolean(text: str) -> bool:
    if text.lower() not in BOOLEANS:
        raise ValueError(text)
    return BOOLEANS[text.lower()]


CASTS = {"string": str, "integer": int, "float": float, "boolean": _boolean}


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    example: object
    default: object = None
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def cast(self, text: str):
        try:
            return CASTS[self.type](text)
        except ValueError:
            raise ValueError(f"parameter {self.name} must be {self.type} (e.g. {self.example!r}), not {text!r}") from None


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    cypher: str  # the Neo4j text, as users read it
    parameters: tuple[Parameter, ...] = ()
    embedded_cypher: str | None = None  # FalkorDB equivalent, when the dialects differ
    path: Path = field(default=HERE)

    def text_for(self, store_kind: str) -> str:
        return self.embedded_cypher if store_kind == "embedded" and self.embedded_cypher else self.cypher

    def bind(self, given: dict[str, str]) -> dict:
        """Typed parameter values from --param strings, with defaults; ValueError lists what is valid."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise ValueError(f"{self.name} has no parameter {', '.join(unknown)}; valid: {_names(self)}")
        values = {}
        for parameter in self.parameters:
            if parameter.name in given:
                values[parameter.name] = parameter.cast(given[parameter.name])
            elif parameter.required:
                raise ValueError(f"{self.name} needs --param {parameter.name}=... (valid: {_names(self)})")
            else:
                values[parameter.name] = parameter.default
        return values

    def examples(self) -> dict[str, str]:
        """Every parameter's example value, as it would be given on the command line."""
        return {p.name: _text(p.example) for p in self.parameters}

    def run(self, store, given: dict[str, str] | None = None):
        """The query's rows on a store, read-only, with its parameters typed and checked."""
        return store.read(self.text_for(store.kind), self.bind(given or {}))

    def script(self, values: dict) -> str:
        """The query as a script for cypher-shell -f or the Neo4j Browser: header, one `:param`
        line per parameter, then the statement."""
        lines = [f"// {self.title}", f"// {self.description}"]
        lines += [param_line(name, value) for name, value in values.items()]
        return "\n".join(lines + [self.cypher + ";"]) + "\n"

    def to_json(self) -> dict:
        return {
            "name": self.name, "title": self.title, "description": self.description,
            "parameters": [
                {"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                 "example": p.example, "help": p.help}
                for p in self.parameters
            ],
        }


def param_line(name: str, value) -> str:
    """The cypher-shell / Neo4j Browser command that sets one parameter."""
    return f":param {name} => {_cypher_literal(value)};"


def _names(query: Query) -> str:
    return ", ".join(f"{p.name} ({p.type})" for p in query.parameters) or "none"


def _text(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _cypher_literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a double-quoted Cypher string, escapes included
    return str(value)


def _literal(text: str):
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        return text.strip()


def parse(path: Path) -> Query:
    """Read one library file; raises ValueError if its header is missing or malformed."""
    lines = path.read_text().splitlines()
    if not lines or not lines[0].startswith("// "):
        raise ValueError(f"{path.name}: the first line must be '// Title'")
    description, parameters = [], []
    body_start = len(lines)
    for number, line in enumerate(lines[1:], start=1):
        if not line.startswith("//"):
            body_start = number
            break
        text = line[2:].strip()
        if text.startswith("param "):
            match = PARAM.match(text)
            if not match:
                raise ValueError(f"{path.name}: cannot read parameter line {text!r}")
            parameters.append(Parameter(
                match["name"], match["type"], _literal(match["example"]),
                _literal(match["default"]) if match["default"] else None, (match["help"] or "").strip(),
            ))
        elif text:
            description.append(text)
    cypher = _statement("\n".join(lines[body_start:]))
    embedded = HERE / "embedded" / path.name
    return Query(
        name=path.stem, title=lines[0][3:].strip(), description=" ".join(description), cypher=cypher,
        parameters=tuple(parameters), embedded_cypher=_body(embedded) if embedded.exists() else None, path=path,
    )


def _statement(text: str) -> str:
    """The Cypher without the closing ';' (the drivers take one statement without it)."""
    return text.strip().removesuffix(";").rstrip()


def _body(path: Path) -> str:
    """An embedded variant's Cypher; {relation_types} becomes the list of every actor relation type
    in the vocabulary, ['ALLIED', ...] (so documents, through MENTIONS, are never a link),
    {relation_pattern} the same as relationship types in a pattern, ALLIED|ATTACKED|..., and
    {relation_arguments} as arguments of a function, 'ALLIED', 'ATTACKED', ..."""
    from newsgraph.schema import vocabulary

    text = _statement("\n".join(line for line in path.read_text().splitlines() if not line.startswith("//")))
    relations = sorted(vocabulary().relations)
    return (text.replace("{relation_types}", repr(relations)).replace("{relation_pattern}", "|".join(relations))
            .replace("{relation_arguments}", ", ".join(map(repr, relations))))


@cache
def library() -> dict[str, Query]:
    return {path.stem: parse(path) for path in sorted(HERE.glob("*.cypher"))}


def get(name: str) -> Query:
    queries = library()
    if name not in queries:
        raise KeyError(f"no query called {name!r}; valid: {', '.join(queries)}")
    return queries[name]
