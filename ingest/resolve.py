"""Stage 4: turn mentions into actors (one id per real-world actor) and raw relations into Relations.

Rules, in order, for each mention:
1. A gazetteer match is that entry, except a capital named as a location ("in Washington").
2. A person named by a single word ("Kim", "Yoon") is the nearest person in the same article
   whose full name contains that word; two people sharing a surname stay apart because each
   short form goes to the nearest full name.
3. "he"/"she"/"his" is the most recent person named before it, within a few sentences.
4. Anything else is its own actor, keyed by type and name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.ingest.codes import event_codes
from newsgraph.ingest.dates import resolve_date
from newsgraph.ingest.extract import RawRelation
from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.ingest.records import Article, Entity, ExtractedDocument, Mention, Relation
from newsgraph.schema import entity_id, gazetteer, vocabulary

LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "into", "outside", "across", "around", "toward", "towards"}
PRONOUN_WINDOW = 3  # sentences a pronoun may look back


def resolve(article: Article, doc: Doc, mentions: DocumentMentions, raw: list[RawRelation]) -> ExtractedDocument:
    ids = _resolve_mentions(doc, mentions)
    entities: dict[str, Entity] = {}
    names: dict[str, list[str]] = {}
    for mention, key in zip(mentions.mentions, ids):
        if key is not None and mention.label != "Pronoun":  # "he" is no alias
            names.setdefault(key, []).append(mention.text)
        elif key is not None:
            names.setdefault(key, [])
    known = gazetteer()
    for key, texts in names.items():
        entry = known.get(key)
        entity_type = entry.type if entry else key.split(":", 1)[0].capitalize()
        name = entry.name if entry else max(texts, key=len, default=key.split(':', 1)[1])
        aliases = tuple(sorted({t for t in texts if t != name}))
        entities[key] = Entity(key, name, entity_type, aliases)

    relations: list[Relation] = []
    seen: set[tuple] = set()
    for item in raw:
        source, target = ids[item.source.index], ids[item.target.index]
        if source is None or target is None or source == target:
            continue
        if entities[source].type == "Place" or entities[target].type == "Place" and item.type not in ("MET", "DEPLOYED", "RETREATED"):
            continue
        speaker = ids[item.attributed_to.index] if item.attributed_to else None
        plover, cameo = event_codes(item.type, item.polarity, item.modality, item.trigger)
        key = (source, target, item.type, item.polarity, item.modality, item.sentence_index)
        if key in seen:
            continue
        seen.add(key)
        relations.append(
            Relation(
                source=source, target=target, type=item.type, plover=plover, cameo=cameo,
                polarity=item.polarity, modality=item.modality,
                attributed_to=speaker if speaker != source else None,
                theme=item.theme, sentence=item.sentence,
                date=resolve_date(item.date_text, article.published), confidence=item.confidence,
            )
        )
    return ExtractedDocument(article, sorted(entities.values(), key=lambda e: e.id), relations)


def _resolve_mentions(doc: Doc, mentions: DocumentMentions) -> list[str | None]:
    known = gazetteer()
    ids: list[str | None] = [None] * len(mentions.mentions)
    people: list[tuple[int, Mention, str]] = []  # (token index, mention, id) of named people so far
    for index, mention in enumerate(mentions.mentions):
        if mention.label == "Pronoun":
            continue
        if mention.key:
            entry = known[mention.key]
            if mention.text in entry.metonyms and _is_location(doc, mention):
                ids[index] = entity_id("Place", mention.text)
            else:
                ids[index] = mention.key
        elif mention.label != "Person" or len(mention.text.split()) > 1:
            ids[index] = entity_id(mention.label, mention.text)
        if ids[index] and mention.label == "Person":
            people.append((mention.start, mention, ids[index]))
    # Short names and pronouns, now that every full name in the article is known.
    full_names = [(start, m, key) for start, m, key in people if len(m.text.split()) > 1]
    for index, mention in enumerate(mentions.mentions):
        if ids[index] is not None:
            continue
        if mention.label == "Person":
            ids[index] = _full_name_for(mention, full_names) or entity_id("Person", mention.text)
        elif mention.label == "Pronoun":
            ids[index] = _antecedent(doc, mention, mentions, ids)
    return ids


def _is_location(doc: Doc, mention: Mention) -> bool:
    head = doc[mention.start:mention.end].root
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def _full_name_for(mention: Mention, full_names: list[tuple[int, Mention, str]]) -> str | None:
    word = mention.text.lower()
    matches = [(start, key) for start, m, key in full_names if word in m.text.lower().replace("-", " ").split()]
    if not matches:
        return None
    before = [(start, key) for start, key in matches if start < mention.start]
    chosen = max(before) if before else min(matches)
    return chosen[1]


def _antecedent(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None]) -> str | None:
    sentence_start = doc[pronoun.start].sent.start
    window_start = max(0, _sentence_number(doc, pronoun.start) - PRONOUN_WINDOW)
    best = None
    for index, mention in enumerate(mentions.mentions):
        if mention.label == "Person" and ids[index] and mention.start < pronoun.start:
            if _sentence_number(doc, mention.start) >= window_start or mention.start >= sentence_start:
                if best is None or mention.start > mentions.mentions[best].start:
                    best = index
    return ids[best] if best is not None else None


def _sentence_number(doc: Doc, token_index: int) -> int:
    start = doc[token_index].sent.start
    return sum(1 for sent in doc.sents if sent.start < start)
