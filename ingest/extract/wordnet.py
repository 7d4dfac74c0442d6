"""Triggers beyond the lexicon: words that WordNet gives as a synonym or a kind of a trigger word
("upbraid" is a kind of "criticize"), written once to schema/wordnet_triggers.toml and read by
triggers.py with a lower confidence than the hand-made lexicon.

The file is built offline from the WordNet 3.0 database files (Debian's `wordnet-base`:
/usr/share/wordnet), so extraction needs neither WordNet nor any download:

    python -m newsgraph.ingest.extract.wordnet /usr/share/wordnet > schema/wordnet_triggers.toml

A word is kept only where WordNet is unambiguous enough to trust without a person looking:
- it is reached from a trigger's first sense (its usual meaning) where that names an act
  (ACT_FILES), as a synonym or one level down (a troponym of a verb, a hyponym of a noun) unless
  the trigger's meaning has too many kinds to trust them all (NARROW);
- the sense it is reached through is its own first sense;
- every trigger it is reached from belongs to one relation type;
- it is no trigger already, no word of the grammar lists (schema/language.toml: speech verbs,
  light verbs, ...), no word of three letters or fewer and no multi-word entry;
- the trigger is not one whose first sense is something else (NOT_SEEDS: "press" a button).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

SENSES = 1  # how many of a trigger's senses count as its usual meaning (WordNet orders them by frequency)
NARROW = 12  # a meaning with more kinds than this is too general to take them all ("speak", "position")
DOWN = {"v": ("~",), "n": ("~", "~i")}  # troponyms of verbs, hyponyms of nouns
SYNSET_FILES = {"v": "verb", "n": "noun"}
# Triggers whose first WordNet sense is not the act they trigger in news ("press" a button, "march"
# as walking, "support" as bearing weight, a "clash" as a noise): their WordNet neighbours are not taken.
NOT_SEEDS = {
    "allocate", "arm", "assistance", "attack", "blockade", "call", "channel", "bombard", "clash", "comment", "contribute", "delivery",
    "deliver", "demonstration", "deport", "disperse", "equip", "evacuation", "free", "give", "march",
    "investigate", "occupation", "occupy", "offensive", "penalise", "penalize", "position", "press",
    "provision", "release", "rescind", "return", "sanction", "send", "shoot", "speak", "support", "transfer",
}
# WordNet's lexicographer files where acts between actors are: verbs of communication, competition,
# contact, motion, possession and social life; nouns of acts, communication and events. "conclude"
# as "infer" (cognition) or "occupation" as a job (noun.act is fine, but it is its second sense) is no act.
ACT_FILES = {"v": {"32", "33", "35", "38", "40", "41"}, "n": {"04", "10", "11"}}


@dataclass(frozen=True)
class Synset:
    offset: str
    lexfile: str
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, str], ...]  # (symbol, offset, part of speech)


def read_synsets(folder: Path, pos: str) -> dict[str, Synset]:
    """data.verb / data.noun: every synset by offset."""
    synsets = {}
    for line in (folder / f"data.{SYNSET_FILES[pos]}").read_text(errors="replace").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = tuple(fields[4 + 2 * i].lower() for i in range(count))
        at = 4 + 2 * count
        pointers = tuple((fields[at + 1 + 4 * i], fields[at + 2 + 4 * i], fields[at + 3 + 4 * i])
                         for i in range(int(fields[at])))
        synsets[offset] = Synset(offset, fields[1], words, pointers)
    return synsets


def read_senses(folder: Path, pos: str) -> dict[str, list[str]]:
    """index.verb / index.noun: each lemma's synset offsets, most frequent sense first."""
    senses = {}
    for line in (folder / f"index.{SYNSET_FILES[pos]}").read_text(errors="replace").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count, pointer_count = int(fields[2]), int(fields[3])
        senses[fields[0]] = fields[4 + pointer_count + 2:][:count]
    return senses


def expand(seeds: dict[str, str], taken: set[str], synsets: dict[str, Synset], senses: dict[str, list[str]],
           pos: str) -> dict[str, tuple[str, str]]:
    """Word -> (relation type, the trigger it was reached from) for words WordNet ties to one type."""
    reached: dict[str, dict[str, str]] = {}  # word -> {type: seed}
    for seed, relation in sorted(seeds.items()):
        if seed in NOT_SEEDS:
            continue
        for offset in senses.get(seed, [])[:SENSES]:
            if synsets[offset].lexfile not in ACT_FILES[pos]:
                continue
            down = [o for symbol, o, p in synsets[offset].pointers if symbol in DOWN[pos] and p == pos]
            near = [offset] + (down if len(down) <= NARROW else [])
            for synset_offset in near:
                for word in synsets[synset_offset].words:
                    if senses.get(word, [])[:1] == [synset_offset]:  # its first meaning, not a rare one
                        reached.setdefault(word, {}).setdefault(relation, seed)
    return {
        word: next(iter(by_type.items()))
        for word, by_type in sorted(reached.items())
        if len(by_type) == 1 and word not in taken and word.isalpha() and len(word) > 3
    }


def build(folder: Path) -> str:
    """The text of schema/wordnet_triggers.toml."""
    from newsgraph.schema import language, vocabulary

    grammar = {w for words in language().values() for w in (words if not isinstance(words, dict) else words)}
    lines = [
        "# Triggers beyond the lexicon, from WordNet 3.0: generated by",
        "#   python -m newsgraph.ingest.extract.wordnet /usr/share/wordnet > schema/wordnet_triggers.toml",
        "# (ingest/extract/wordnet.py says which words are kept). Each word = [relation type, the trigger of",
        "# schema/relations.toml it is a synonym or a kind of]. Regenerate rather than edit; to keep a word",
        "# out, give it a meaning in relations.toml or language.toml.",
        "",
    ]
    relations = [r for r in vocabulary().relations.values() if r.is_event]
    for pos, table in (("v", "verbs"), ("n", "nouns")):
        seeds = {w: r.name for r in relations for w in (r.verbs if pos == "v" else r.nouns) if " " not in w}
        taken = {w.split()[0] for r in vocabulary().relations.values()
                 for w in (*r.verbs, *r.verb_phrases, *r.converse_verbs, *r.converse_nouns, *r.nouns)} | grammar
        found = expand(seeds, taken, read_synsets(folder, pos), read_senses(folder, pos), pos)
        lines.append(f"[{table}]")
        lines += [f'{word} = ["{relation}", "{seed}"]' for word, (relation, seed) in found.items()]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")), end="")
