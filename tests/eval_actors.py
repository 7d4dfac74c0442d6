"""Mention clustering on the hand-written gold set tests/gold/actors.toml (run by `make eval`).

For every gold mention we find the system mention covering its last character and the actor id
the system gave it. Scores:
- B-cubed precision / recall / F1 over the gold mentions, within each passage (a gold mention the
  system missed or left unresolved is a cluster of its own);
- id accuracy: share of gold mentions whose system id is exactly the gold actor's id
  (type and canonical name right, so the same node across documents);
- wrong merges: pairs of mentions of different gold actors given one id (should be 0);
- roles: precision and recall of HOLDS_ROLE (person, country or organisation) pairs on the passages
  that list `roles`, and the share of found pairs whose title is the gold title word for word.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from newsgraph.ingest import mentions as mention_stage
from newsgraph.ingest import nlp, resolve, roles
from newsgraph.ingest.clean import strip_boilerplate
from newsgraph.schema import entity_id

GOLD = Path(__file__).parent / "gold" / "actors.toml"


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float
    id_accuracy: float
    wrong_merges: int
    mentions: int
    passages: int
    errors: list[str]
    role_precision: float = 0.0
    role_recall: float = 0.0
    role_titles: float = 0.0


def gold_passages() -> list[dict]:
    return tomllib.loads(GOLD.read_text())["passage"]


def char_spans(text: str, written: list[str]) -> dict[str, tuple[int, int]]:
    """Where each mention is: the n-th ("Kim#2") whole-word occurrence of the string that is not
    inside a longer listed mention ("Kim" is not the "Kim" of "Kim Jong Un" listed beside it)."""
    claimed: list[tuple[int, int]] = []
    spans = {}
    for item in sorted(written, key=lambda w: -len(w.partition("#")[0])):
        surface, _, nth = item.partition("#")
        found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
                 if not any(s <= m.start() and m.end() <= e and (s, e) != m.span() for s, e in claimed)]
        n = int(nth or 1)
        if len(found) < n:
            raise ValueError(f"{item!r} is not in {text!r}")
        spans[item] = found[n - 1]
        claimed.append(found[n - 1])
    return spans


def system_ids(passage: dict) -> tuple[list[tuple[str, str, str | None]], dict[tuple[str, str], str]]:
    """(gold actor id, mention as written, system id) for every gold mention of a passage, and the
    HOLDS_ROLE facts found: (person id, owner id) -> title."""
    text = strip_boilerplate(passage["text"]).strip()
    doc = nlp.load_pipeline()(text)
    found = mention_stage.find_mentions(doc)
    resolution = resolve.resolve_mentions(doc, found)
    held = {(r.source, r.target): r.theme for r in roles.holds_role(resolution.titles, resolution.ids, None)}
    spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), resolution.ids[i])
             for i, m in enumerate(found.mentions)]
    rows = []
    where = char_spans(text, [w for actor in passage["actors"] for w in actor["mentions"]])
    for actor in passage["actors"]:
        gold_id = entity_id(actor["type"], actor["name"])
        for written in actor["mentions"]:
            start, end = where[written]
            system = next((key for s, e, key in spans if s <= end - 1 < e), None)
            rows.append((gold_id, written, system))
    return rows, held


def gold_roles(passage: dict) -> dict[tuple[str, str], str]:
    types = {actor["name"]: actor["type"] for actor in passage["actors"]}
    return {(entity_id("Person", person), entity_id(types[owner], owner)): title
            for person, owner, title in passage["roles"]}


def b_cubed(rows: list[tuple[str, str, str | None]]) -> tuple[float, float]:
    """Sums of per-mention B-cubed precision and recall (unresolved system mentions are singletons)."""
    precision = recall = 0.0
    for i, (gold, _, system) in enumerate(rows):
        same_system = [j for j, row in enumerate(rows) if system is not None and row[2] == system] or [i]
        same_gold = [j for j, row in enumerate(rows) if row[0] == gold]
        both = [j for j in same_system if rows[j][0] == gold]
        precision += len(both) / len(same_system)
        recall += len(both) / len(same_gold)
    return precision, recall


def score() -> Scores:
    total_p = total_r = exact = 0.0
    count = merges = 0
    errors = []
    passages = gold_passages()
    found_roles = gold_role_count = right_roles = right_titles = 0
    for number, passage in enumerate(passages, 1):
        rows, held = system_ids(passage)
        if "roles" in passage:
            expected = gold_roles(passage)
            found_roles, gold_role_count = found_roles + len(held), gold_role_count + len(expected)
            right_roles += len(held.keys() & expected.keys())
            right_titles += sum(held[k] == expected[k] for k in held.keys() & expected.keys())
            errors += [f"#{number} role {k} {held.get(k)!r}, gold {expected.get(k)!r}"
                       for k in held.keys() ^ expected.keys() | {k for k in held.keys() & expected.keys() if held[k] != expected[k]}]
        p, r = b_cubed(rows)
        total_p, total_r, count = total_p + p, total_r + r, count + len(rows)
        for gold, written, system in rows:
            exact += gold == system
            if gold != system:
                errors.append(f"#{number} {written!r}: expected {gold}, got {system}")
        merges += sum(1 for i, a in enumerate(rows) for b in rows[i + 1:]
                      if a[2] is not None and a[2] == b[2] and a[0] != b[0])
    precision, recall = total_p / count, total_r / count
    f1 = 2 * precision * recall / (precision + recall)
    return Scores(precision, recall, f1, exact / count, merges, count, len(passages), errors,
                  right_roles / max(found_roles, 1), right_roles / max(gold_role_count, 1), right_titles / max(right_roles, 1))


def main() -> int:
    scores = score()
    if "-v" in sys.argv:
        print("\n".join(scores.errors))
    print(f"actors: {scores.passages} passages, {scores.mentions} gold mentions; "
          f"B-cubed precision {scores.precision:.3f} recall {scores.recall:.3f} F1 {scores.f1:.3f}; "
          f"exact id accuracy {scores.id_accuracy:.3f}; wrong merges {scores.wrong_merges}")
    print(f"roles (HOLDS_ROLE person -> country/organisation): precision {scores.role_precision:.3f} "
          f"recall {scores.role_recall:.3f}; title exactly as gold {scores.role_titles:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
