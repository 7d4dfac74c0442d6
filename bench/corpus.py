"""Synthetic news: articles for the parse benchmarks and extracted records for the write path.

Everything is deterministic by seed. Articles are about 700 words of wire-style prose built from
the sentence patterns the extraction handles (requests and their denials, warnings, deals,
meetings, sanctions, reported speech, pronouns), about actors from the gazetteer plus invented
people and organisations, so the number of distinct actors grows with the corpus as it does in
a real archive.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from newsgraph.ingest.records import Article, Entity, ExtractedDocument, Relation
from newsgraph.schema import entity_id, gazetteer, vocabulary

FIRST = ["Anna", "Boris", "Chen", "Dmytro", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jae-won", "Karim",
         "Lena", "Mikhail", "Nadia", "Oleg", "Priya", "Rafael", "Sofia", "Tomasz", "Yuki", "Min-jun", "Olena"]
LAST = ["Kovalenko", "Park", "Ivanova", "Haddad", "Tanaka", "Silva", "Novak", "Petrov", "Lee", "Moreau", "Schmidt",
        "Okafor", "Rossi", "Nowak", "Choi", "Sato", "Horvat", "Shevchenko", "Lindqvist", "Mendes", "Kaya", "Bauer"]
ROLES = ["foreign minister", "defense minister", "ambassador", "spokesperson", "national security adviser",
         "deputy prime minister", "senior official", "envoy"]
THEMES = ["air defense systems", "artillery shells", "the grain corridor", "nuclear talks", "border security",
          "missile tests", "sanctions relief", "humanitarian aid", "drone strikes", "energy supplies"]
OUTLETS = ["Yonhap", "Reuters", "Nikkei Asia", "The Korea Herald", "TASS", "Associated Press", "Xinhua"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "last month", "earlier this year"]

# The sentence patterns: {a} {b} {c} are countries or organisations, {p} {q} people, {w} a weapon.
PATTERNS = [
    "{a} urged {b} to provide {w} to {c}, {outlet} reported {day}.",
    "{a} did not request that {b} provide {w}, {p} said {day}.",
    "{p}, the {role} of {a}, warned {b} against {theme}.",
    "{a} condemned {b} over {theme} {day}.",
    "{a} and {b} signed an agreement on {theme} {day}.",
    "{p} met {q} in the capital {day} to discuss {theme}.",
    "{a} is considering whether to supply {w} to {b}, officials said.",
    "{a} denied reports that it had shipped {w} to {b}.",
    "{a} imposed sanctions on {b} after the talks on {theme} collapsed.",
    "He said {a} would not send {w} to {b} for the time being.",
    "{a} threatened {b} with retaliation if the {theme} continued.",
    "{b} rejected the request from {a} {day}.",
    "{p} praised {a} for its support, {outlet} said.",
    "{a} deployed troops near the border with {b} {day}.",
    "{q} accused {a} of blocking {theme}.",
]
FILLER = [
    "Analysts said the move reflected growing concern about {theme} across the region.",
    "The statement did not say when a decision would be made.",
    "Officials have repeatedly said that domestic law limits what can be exported to active war zones.",
    "Markets reacted calmly to the news, and the currency was little changed by the close of trading.",
    "The ministry declined to comment further, citing the sensitivity of the discussions.",
    "Critics argued that the policy had been poorly explained to the public and to parliament.",
    "The talks are expected to resume after the holidays, according to people familiar with the matter.",
]


class Actors:
    """The cast to draw from: gazetteer actors and `invented` made-up people."""

    def __init__(self, rng: random.Random, invented: int):
        entries = list(gazetteer().values())
        self.states = [e.name for e in entries if e.type in ("Country", "Organization")]
        self.people = [e.name for e in entries if e.type == "Person"]
        self.weapons = [e.name for e in entries if e.type == "Weapon"]
        # Every first/last name pair once, then the same names numbered: the cast grows with the corpus.
        self.invented = [f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST) + i) % len(LAST)]}"
                         + ("" if i < len(FIRST) * len(LAST) else f"-{i}") for i in range(invented)]
        self.rng = rng

    def person(self) -> str:
        pool = self.invented if self.invented and self.rng.random() < 0.7 else self.people
        return self.rng.choice(pool)


def article_text(rng: random.Random, actors: Actors, words: int = 700) -> str:
    """One article of about `words` words, in paragraphs of three to five sentences."""
    sentences, count = [], 0
    while count < words:
        template = rng.choice(PATTERNS if rng.random() < 0.75 else FILLER)
        a, b, c = rng.sample(actors.states, 3)
        p, q = actors.person(), actors.person()
        sentence = template.format(a=a, b=b, c=c, p=p, q=q, w=rng.choice(actors.weapons), role=rng.choice(ROLES),
                                   theme=rng.choice(THEMES), outlet=rng.choice(OUTLETS), day=rng.choice(DAYS))
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rng.randint(3, 5)
        paragraphs.append(" ".join(sentences[i:i + n]))
        i += n
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write `n` articles as .txt files with front matter into `folder`; returns their paths."""
    rng = random.Random(seed)
    actors = Actors(rng, invented=max(50, n // 2))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        published = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        text = article_text(rng, actors)
        header = f"---\nid: bench-{seed}-{i:06d}\ntitle: Synthetic story {i}\noutlet: {rng.choice(OUTLETS)}\n" \
                 f"published: {published.isoformat()}\n---\n"
        path = folder / f"{i:06d}.txt"
        path.write_text(header + text)
        paths.append(path)
    return paths


def extracted_records(n: int, seed: int = 7, entities: int = 90, relations: int = 36) -> Iterator[ExtractedDocument]:
    """`n` documents as extraction would give them, lazily, without spaCy: `entities` actors and
    `relations` facts each (the defaults are what the extraction finds in a generated article)."""
    rng = random.Random(seed)
    actors = Actors(rng, invented=max(50, n // 2))
    vocab = vocabulary()
    relation_types = [name for name in vocab.relations if name != "HOLDS_ROLE"]
    states = [e for e in gazetteer().values() if e.type in ("Country", "Organization")]
    for i in range(n):
        cast = {Entity(e.id, e.name, e.type) for e in rng.sample(states, entities // 2)}
        cast |= {Entity(entity_id("Person", name), name, "Person") for name in
                 {actors.person() for _ in range(entities - len(cast))}}
        cast = sorted(cast, key=lambda e: e.id)
        facts = []
        for _ in range(relations):
            source, target = rng.sample(cast, 2)
            spec = vocab.relation(rng.choice(relation_types))
            facts.append(Relation(
                source=source.id, target=target.id, type=spec.name, plover=spec.plover, cameo=spec.cameo,
                polarity=rng.choice(["positive", "positive", "negative"]), modality=rng.choice(list(vocab.modalities)),
                sentence=f"{source.name} and {target.name}: sentence {rng.randrange(10**6)} of a synthetic story.",
                date=(date(2024, 1, 1) + timedelta(days=rng.randrange(365))).isoformat(), confidence=0.7,
            ))
        article = Article(id=f"rec-{seed}-{i:06d}", path=f"records/{i}", text="", content_hash=f"{seed}-{i}",
                          title=f"Synthetic record {i}", outlet=rng.choice(OUTLETS), published="2024-06-01")
        yield ExtractedDocument(article, cast, facts)

