"""Precision and recall of relation extraction on the hand-written gold set, and what the seeds yield.

Run by `make eval`. Each gold sentence goes through the real pipeline (load -> NLP -> extract ->
resolve) as its own article; a relation counts as correct when (source, type, target, polarity,
modality) match on canonical entity names. Symmetric types (MET, ALLIED, ...) match in either
direction. An agent counts as the country or organisation it acts for ("North Korean troops" are
North Korea's; ACTS_FOR itself is not scored). Attribution is scored apart, on the relations that matched.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.ingest.load import LoadFailure, make_article, read_articles
from newsgraph.ingest.pipeline import extract_all
from newsgraph.schema import vocabulary

GOLD = Path(__file__).parent / "gold" / "relations.jsonl"
# Written after the rules, run once and never tuned on: the honest estimate for unseen news.
HELD_OUT = Path(__file__).parent / "gold" / "relations_heldout.jsonl"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

Fact = tuple[str, str, str, str, str]  # source, type, target, polarity, modality (entity names)


@dataclass
class GoldSentence:
    text: str
    facts: dict[Fact, str | None]  # fact -> who it is attributed to (None: the reporter)


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    speaker_right: int = 0
    errors: list[str] = field(default_factory=list)

    def precision(self, kind: str | None = None) -> float:
        found = self.found[kind] if kind else sum(self.found.values())
        correct = self.correct[kind] if kind else sum(self.correct.values())
        return correct / found if found else 1.0

    def recall(self, kind: str | None = None) -> float:
        gold = self.gold[kind] if kind else sum(self.gold.values())
        correct = self.correct[kind] if kind else sum(self.correct.values())
        return correct / gold if gold else 1.0


def normal(fact: Fact) -> Fact:
    """Symmetric relations compare without direction."""
    source, kind, target, polarity, modality = fact
    if vocabulary().relation(kind).symmetric and target < source:
        source, target = target, source
    return source, kind, target, polarity, modality


def load_gold(path: Path = GOLD) -> list[GoldSentence]:
    sentences = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        facts = {normal(tuple(r[:5])): (r[5] if len(r) > 5 else None) for r in row["relations"]}
        sentences.append(GoldSentence(row["text"], facts))
    return sentences


def predict(texts: list[str]) -> list[dict[Fact, str | None]]:
    """What the pipeline extracts from each text, as facts on entity names."""
    articles = [make_article(text, f"gold/{i}.txt", {}) for i, text in enumerate(texts)]
    out = []
    for extracted in extract_all(articles):
        names = {e.id: e.name for e in extracted.entities}
        names |= {e.id: names[e.anchor] for e in extracted.entities if e.anchor}
        facts = {}
        for r in extracted.relations:
            if r.target is None:
                continue  # the gold sets list relations between two actors; one-sided events are tested apart
            if r.type == "ACTS_FOR":
                continue
            fact = normal((names[r.source], r.type, names[r.target], r.polarity, r.modality))
            facts.setdefault(fact, names.get(r.attributed_to))
        out.append(facts)
    return out


def score(gold: list[GoldSentence]) -> Score:
    result = Score()
    for sentence, found in zip(gold, predict([g.text for g in gold])):
        for fact, speaker in sentence.facts.items():
            result.gold[fact[1]] += 1
            if fact in found:
                result.correct[fact[1]] += 1
                result.speaker_right += found[fact] == speaker
                if found[fact] != speaker:
                    result.errors.append(f"speaker  {fact} said by {found[fact]}, not {speaker}  <- {sentence.text}")
            else:
                result.errors.append(f"missed   {fact}  <- {sentence.text}")
        for fact in found:
            result.found[fact[1]] += 1
            if fact not in sentence.facts:
                result.errors.append(f"spurious {fact}  <- {sentence.text}")
    return result


def table(result: Score) -> list[str]:
    lines = [f"{'type':<14}{'gold':>6}{'found':>7}{'right':>7}{'prec':>7}{'recall':>8}"]
    for kind in sorted(set(result.gold) | set(result.found)):
        lines.append(f"{kind:<14}{result.gold[kind]:>6}{result.found[kind]:>7}{result.correct[kind]:>7}"
                     f"{result.precision(kind):>7.2f}{result.recall(kind):>8.2f}")
    total_correct = sum(result.correct.values())
    lines.append(f"{'ALL':<14}{sum(result.gold.values()):>6}{sum(result.found.values()):>7}{total_correct:>7}"
                 f"{result.precision():>7.2f}{result.recall():>8.2f}")
    lines.append(f"attribution right on {result.speaker_right} of {total_correct} matched relations")
    return lines


def seed_summary() -> list[str]:
    """Every relation `newsgraph extract seeds/` finds, one line each."""
    lines = []
    articles = [a for a in read_articles([str(SEEDS)]) if not isinstance(a, LoadFailure)]
    for extracted in extract_all(articles):
        names = {e.id: e.name for e in extracted.entities}
        lines.append(f"{extracted.article.title} ({len(extracted.relations)} relations)")
        for r in extracted.relations:
            said = f" [said: {names[r.attributed_to]}]" if r.attributed_to else ""
            theme = f" ({r.theme})" if r.theme else ""
            target = names[r.target] if r.target else "(one-sided)"
            lines.append(f"  {names[r.source]} {r.type} {target}{theme} {r.polarity}/{r.modality}"
                         f" {r.plover}/{r.cameo}{said}")
    return lines


def main() -> int:
    for path in (GOLD, HELD_OUT):
        gold = load_gold(path)
        result = score(gold)
        print(f"Relations: gold set {path.name}, {len(gold)} sentences, {sum(result.gold.values())} relations")
        print("\n".join(table(result)))
        if "-v" in sys.argv:
            print("\n".join(result.errors))
        print()
    print("\nSeeds:")
    print("\n".join(seed_summary()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
