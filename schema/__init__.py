"""The graph's schema as data: the relation vocabulary, the gazetteer, the extraction's word lists
and the DDL per store.

Everything here is read from the files beside this module; code elsewhere asks these functions
instead of hard-coding labels, relationship types or names.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class RelationType:
    name: str
    description: str
    plover: str | None = None
    cameo: str | None = None
    intent_plover: str | None = None
    symmetric: bool = False
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    verb_phrases: tuple[str, ...] = ()  # "impose curfew", "go on strike": the verb first
    noun_phrases: tuple[str, ...] = ()  # "hunger strike", "state of emergency": the noun last
    target_preps: tuple[str, ...] = ()
    theme_preps: tuple[str, ...] = ()
    place_preps: tuple[str, ...] = ()  # "a curfew in the city": the target of a nominal act
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    agent_preps: tuple[str, ...] = ("from", "by")  # "a request from Kyiv": the doer of a nominal event
    object_role: str = "target"  # what a direct object is: "target", "recipient" (named only) or "theme"
    clause_target: str | None = None  # "subject"/"object" of an embedded clause is the target
    theme_nouns: tuple[str, ...] = ()  # a theme with one of these heads makes it this type ...
    takes_over: tuple[str, ...] = ()  # ... when it was one of these ("send troops" is DEPLOYED)
    object_verbs: tuple[str, ...] = ()  # triggers only with a direct object: "returned the paintings", not "returned home"
    converse_verbs: tuple[str, ...] = ()  # "X received Y from Z": Z did it to X
    converse_nouns: tuple[str, ...] = ()  # "X's purchase of Boeing jets": the seller (Boeing) did it to X
    cameo_by_trigger: dict[str, str] = field(default_factory=dict)  # a finer CAMEO root for some triggers
    # Groups of verbs that make this act with any of their objects ("lifted / scrapped / rolled back the
    # sanctions"): {verbs = [...], objects = {noun = CAMEO code}}, read as verb_phrases (see _with_object_phrases).
    object_phrases: tuple[dict, ...] = ()

    @property
    def is_event(self) -> bool:
        """An event (an Event node in the graph) has a PLOVER or a CAMEO code; HOLDS_ROLE and the like do not."""
        return bool(self.plover or self.cameo)


@dataclass(frozen=True)
class Vocabulary:
    version: str
    entity_types: dict[str, str]
    modalities: dict[str, str]
    relations: dict[str, RelationType] = field(default_factory=dict)

    def relation(self, name: str) -> RelationType:
        """The relation type called `name`; raises ValueError for anything outside the vocabulary."""
        if name not in self.relations:
            raise ValueError(f"{name!r} is not a relation type in schema/relations.toml")
        return self.relations[name]

    def label(self, entity_type: str) -> str:
        """The node label for an entity type; raises ValueError for anything outside the vocabulary."""
        if entity_type not in self.entity_types:
            raise ValueError(f"{entity_type!r} is not an entity type in schema/relations.toml")
        return entity_type


def _with_object_phrases(relation: RelationType) -> RelationType:
    """Each verb of a group with each of its objects is a verb phrase, coded as the object says."""
    phrases = list(relation.verb_phrases)
    codes = dict(relation.cameo_by_trigger)
    for group in relation.object_phrases:
        for verb in group["verbs"]:
            for noun, code in group["objects"].items():
                phrase = f"{verb} {noun}"
                if phrase not in phrases:
                    phrases.append(phrase)
                    if code:
                        codes.setdefault(phrase, code)
    return replace(relation, verb_phrases=tuple(phrases), cameo_by_trigger=codes)


def _with_agent(types: tuple[str, ...]) -> tuple[str, ...]:
    return (*types, "Agent") if "Group" in types and "Agent" not in types else types


@cache
def vocabulary() -> Vocabulary:
    data = tomllib.loads((HERE / "relations.toml").read_text())
    relations = {
        name: RelationType(name=name, **{k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()})
        for name, spec in data["relations"].items()
    }
    # An agent ("Ukrainian police") may do and undergo every event a named group may.
    relations = {name: replace(r, source=_with_agent(r.source), target=_with_agent(r.target)) if r.is_event else r
                 for name, r in relations.items()}
    relations = {name: _with_object_phrases(r) if r.object_phrases else r for name, r in relations.items()}
    return Vocabulary(data["version"], data["entity_types"], data["modalities"], relations)


@cache
def language() -> dict[str, frozenset[str] | dict[str, str]]:
    """The word lists of the extraction rules (schema/language.toml): each list a frozenset of lemmas;
    each table ("modal_auxiliaries", "embedding_modality") a dict word -> what it gives."""
    data = tomllib.loads((HERE / "language.toml").read_text())
    return {name: _word_table(value) for name, value in data.items()}


def _word_table(value: list | dict) -> frozenset[str] | dict:
    """A list -> frozenset; a table of lists {meaning: [words]} -> {word: meaning}; a table of such
    tables ({"DENIED": {"016": [words]}}) -> {"DENIED": {word: "016"}}."""
    if isinstance(value, list):
        return frozenset(value)
    if all(isinstance(listed, list) for listed in value.values()):
        return {word: meaning for meaning, listed in value.items() for word in listed}
    return {key: _word_table(table) for key, table in value.items()}


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()  # places that stand for the actor when it acts (capitals)
    demonyms: tuple[str, ...] = ()
    # Names that mean this actor only in an article that also names it plainly
    # ("the North" for North Korea, "the alliance" for NATO).
    contextual: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def entity_id(entity_type: str, name: str) -> str:
    """The stable id of an actor: the same name and type give the same id in every document."""
    return f"{entity_type.lower()}:{slug(name)}"


def _countries() -> list[GazetteerEntry]:
    """Every country with its alternate spellings, capital and demonym. A demonym several countries
    share ("Chinese": China, Hong Kong, Macau) goes to the most populous of them."""
    import countryinfo  # here: a process that only writes or reads the graph never needs the countries

    entries, population = [], {}
    for country in countryinfo.all_countries():
        info = country.info()
        name = info.get("name")
        if not name:
            continue
        # Two- and three-letter codes ("IN", "CAN") are ordinary words too often to be aliases.
        alts = [a for a in info.get("altSpellings") or [] if len(a) > 3 and a.isascii()]
        capitals = info.get("capital") or []
        capitals = [c.replace(" D.C.", "") for c in ([capitals] if isinstance(capitals, str) else capitals)]
        demonym = info.get("demonym")
        population[name] = info.get("population") or 0
        entries.append(
            GazetteerEntry(
                name=name,
                type="Country",
                aliases=tuple(alts),
                metonyms=tuple(capitals),
                demonyms=(demonym,) if demonym else (),
            )
        )
    owner: dict[str, str] = {}
    for entry in entries:
        for demonym in entry.demonyms:
            if population[entry.name] > population.get(owner.get(demonym, ""), -1):
                owner[demonym] = entry.name
    return [GazetteerEntry(e.name, e.type, e.aliases, e.metonyms, tuple(d for d in e.demonyms if owner[d] == e.name))
            for e in entries]


def _read_entries(path: Path) -> list[GazetteerEntry]:
    if not path.exists():
        return []
    rows = tomllib.loads(path.read_text()).get("entity", [])
    return [
        GazetteerEntry(
            name=row["name"],
            type=vocabulary().label(row["type"]),
            aliases=tuple(row.get("aliases", ())),
            metonyms=tuple(row.get("metonyms", ())),
            demonyms=tuple(row.get("demonyms", ())),
            contextual=tuple(row.get("contextual", ())),
        )
        for row in rows
    ]


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Every known actor by id: countries from countryinfo, then gazetteer.toml, then aliases.toml.

    Later files add aliases to an entry of the same id rather than replacing it.
    """
    merged: dict[str, GazetteerEntry] = {}
    curated = _read_entries(HERE / "gazetteer.toml") + _read_entries(HERE / "aliases.toml")
    taken = {(n, e.id) for e in curated for n in (e.name, *e.aliases, *e.demonyms, *e.metonyms, *e.contextual)}
    names_taken = {n for n, _ in taken}
    countries = [
        GazetteerEntry(e.name, e.type, *(tuple(n for n in names if n not in names_taken or (n, e.id) in taken)
                                         for names in (e.aliases, e.metonyms, e.demonyms)))
        for e in _countries()
    ]
    for entry in countries + curated:
        old = merged.get(entry.id)
        if old:
            entry = GazetteerEntry(
                name=entry.name,
                type=entry.type,
                aliases=tuple(dict.fromkeys(old.aliases + entry.aliases)),
                metonyms=tuple(dict.fromkeys(old.metonyms + entry.metonyms)),
                demonyms=tuple(dict.fromkeys(old.demonyms + entry.demonyms)),
                contextual=tuple(dict.fromkeys(old.contextual + entry.contextual)),
            )
        merged[entry.id] = entry
    return merged


@dataclass(frozen=True)
class RoleWords:
    """The vocabulary of roles and titles (schema/roles.toml), lower case."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    ranks: frozenset[str]
    not_current: frozenset[str]
    synonyms: dict[str, str]
    honorifics: frozenset[str]
    facility_heads: frozenset[str]
    institution_heads: frozenset[str]
    occupations: frozenset[str] = frozenset()  # "Forward Tyler Hansbrough": no part of the name
    post_nominals: frozenset[str] = frozenset()  # "Ann Berg QC": letters after a person's name
    place_prepositions: frozenset[str] = frozenset()  # "in Leeds": what is written after one is a place
    peerage_titles: frozenset[str] = frozenset()  # "Lady Berg": a title written with the surname alone
    male_titles: frozenset[str] = frozenset()  # "Mr Berg" is no "she"
    female_titles: frozenset[str] = frozenset()  # "Mrs Berg" is no "he"

    def canonical(self, word: str) -> str:
        """One spelling per role word: "Defence" -> "defense", "envoy" -> "ambassador"."""
        word = word.lower()
        return self.synonyms.get(word, word)


@cache
def role_words() -> RoleWords:
    data = tomllib.loads((HERE / "roles.toml").read_text())
    return RoleWords(**{k: v if isinstance(v, dict) else frozenset(v) for k, v in data.items()})


@dataclass(frozen=True)
class NameWords:
    """Words of organisation names that say what kind of body it is (gazetteer.toml [names])."""

    legal_forms: frozenset[str]
    corporate_words: frozenset[str]
    generational_suffixes: frozenset[str] = frozenset()
    given_name_forms: dict[str, frozenset[str]] = field(default_factory=dict)  # "bob" -> {"robert"}


@cache
def name_words() -> NameWords:
    names = tomllib.loads((HERE / "gazetteer.toml").read_text())["names"]
    return NameWords(frozenset(names["legal_forms"]), frozenset(names["corporate_words"]),
                     frozenset(names.get("generational_suffixes", ())),
                     {k: frozenset(v) for k, v in names.get("given_name_forms", {}).items()})


@dataclass(frozen=True)
class AgentWords:
    """The agent vocabulary (schema/agents.toml): which group nouns are agents, of which sector."""

    nouns: dict[str, str]  # "troops" -> "military"
    phrases: dict[tuple[str, str], str]  # ("security", "forces") -> "police"
    anchored_only: frozenset[str]  # "people": an agent only when it belongs to someone
    anchor_sectors: frozenset[str]  # "government": anchored, the agent is its anchor

    def sector(self, words: list[str]) -> str | None:
        """The sector of a head noun written after `words[:-1]`, lower case: ["riot", "police"] -> "police"."""
        if len(words) > 1 and (words[-2], words[-1]) in self.phrases:
            return self.phrases[words[-2], words[-1]]
        return self.nouns.get(words[-1])


@cache
def agent_words() -> AgentWords:
    sectors = tomllib.loads((HERE / "agents.toml").read_text())["sectors"]
    nouns: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    for name, spec in sectors.items():
        for noun in [*spec.get("nouns", ()), *spec.get("anchored_only", ())]:
            nouns.setdefault(noun, name)
        for phrase in spec.get("phrases", ()):
            first, second = phrase.split()
            phrases.setdefault((first, second), name)
    return AgentWords(
        nouns, phrases,
        frozenset(n for spec in sectors.values() for n in spec.get("anchored_only", ())),
        frozenset(name for name, spec in sectors.items() if spec.get("is_anchor")),
    )


def ddl(store: str) -> list[str]:
    """The constraint and index statements for a store ("neo4j" or "falkordb"), one per entry."""
    lines = (HERE / f"{store}.cypher").read_text().splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("//"))
    return [statement.strip() for statement in text.split(";") if statement.strip()]
