"""The plain records that flow between the ingest stages.

load -> Article; nlp -> spaCy Doc; extract -> Mention/RawRelation; resolve -> ExtractedDocument;
write -> the graph. Each stage takes and returns these, nothing else.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article and the metadata the user supplied with it."""

    id: str
    path: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD

    def metadata(self) -> dict:
        """Everything but the text: what `extract` prints and the Document node stores."""
        return {k: v for k, v in asdict(self).items() if k != "text"}


@dataclass(frozen=True)
class Mention:
    """A stretch of the text that names an actor, before resolution."""

    text: str
    start: int  # token offsets in the parsed doc
    end: int
    label: str  # entity type (Person, Country, ...) as first guessed
    key: str | None = None  # gazetteer entity id when the gazetteer matched


@dataclass(frozen=True)
class Entity:
    """One real-world actor: a node in the graph."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    # Why each mention is this actor: ({"text": "Kim", "rule": "surname of a full name ..."}, ...)
    mentions: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Relation:
    """One extracted fact: source did `type` to target, as said in one sentence."""

    source: str
    target: str | None  # None: a one-sided event (`theme` says what it was about)
    type: str
    plover: str | None
    cameo: str | None
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # see schema/relations.toml [modalities]
    attributed_to: str | None = None
    theme: str | None = None
    sentence: str = ""
    date: str | None = None
    confidence: float = 0.5
    # The evidence, as {"text", "start", "end"} with character offsets into the document text.
    source_mention: dict | None = None
    target_mention: dict | None = None  # None when there is no target
    trigger: dict | None = None


@dataclass
class ExtractedDocument:
    """What one article says: its actors and the relations between them."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "document": self.article.metadata(),
            "entities": [dict(asdict(e), aliases=list(e.aliases)) for e in self.entities],
            "relations": [asdict(r) for r in self.relations],
        }
