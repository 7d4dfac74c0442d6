"""Draw a reproducible random sample of event relations from `newsgraph extract` output, to judge by hand.

Not part of `make test`. The corpus stays where it is (never copied into the repository):
  python bench/judge_sample.py prepare CORPUS.jsonl OUTDIR [--category politics]
      writes one OUTDIR/<id>.txt per article (the layout score.py prepare uses)
  newsgraph extract OUTDIR > out.jsonl
  python bench/judge_sample.py sample out.jsonl --seed 1 -n 100 [--docs OUTDIR]
      prints events/article, the judging rubric (RUBRIC below) and N event relations drawn with
      that seed, numbered, for judging. Judge each by the rubric only, reading its sentence in the article.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re

# Relations that are no events: what a person is, whom an agent acts for. An event has a trigger.
NOT_EVENTS = {"HOLDS_ROLE", "MEMBER_OF", "ACTS_FOR", "LOCATED_IN", "ALIAS_OF"}


# The one rubric every judge uses: a relation is right only when every line of RIGHT holds.
RUBRIC = """\
JUDGING RUBRIC (one verdict a relation: right or wrong; every RIGHT line must hold)
RIGHT when all of:
 1 source and target are the right real-world actors of the act: the doer as source, the one acted
   on/with as target (or '-' when the sentence names none). An agent anchored right is fine
   ("Labour . party", "the Home Office . minister"); a pronoun or "the minister" is right when resolved
   to the right person/body. A group named by its head ("Tory MPs" -> Conservative Party) is fine.
 2 the type is the PLOVER family whose definition (schema/relations.toml) the act meets: what was done,
   not what the verb can mean elsewhere.
 3 polarity is right: negative only when the act itself is denied ("did not meet", "refused to back").
 4 modality is right: asserted = it happened/is happening; future = will/plans/pledged/scheduled;
   possible = could/may/considering/whether; hypothetical = if/would/wished/asked for, not done.
 5 when the fact is reported speech, attributed_to is the speaker; when it is the writer's own
   narration, attributed_to is none (or the article's own source when the article says so).
WRONG, for example:
 - a verbal attack, a row or a political "fight" typed ATTACKED (that is CONDEMNED, or no event);
 - a question, an interview or a call for a vote typed REQUESTED when nobody asked an actor to act;
 - a tour, a campaign trip or a visit to a city/constituency typed MET with each place as target
   (MET needs an actor met; a place is not one);
 - a role, a description or an opinion piece read as an act (e.g. "the minister responsible for");
 - source/target swapped, or the speaker taken as the doer of what he reports;
 - a conditional, a proposal or a wish marked asserted; a denied act marked positive;
 - a target that is the speaker's topic, not the actor acted on ("spoke about Europe" -> MET Europe).
A relation with a right act but one wrong actor or attribute is WRONG: the pair must be usable as is.
"""


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def prepare(corpus: str, outdir: str, category: str | None) -> None:
    os.makedirs(outdir, exist_ok=True)
    n = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if category and rec.get("category") != category:
                continue
            text = rec.get("text") or ""
            with open(os.path.join(outdir, _safe(rec["id"]) + ".txt"), "w", encoding="utf-8") as out:
                out.write(text.rstrip("\n") + "\n")
            n += 1
    print(f"prepared {n} documents in {outdir}")


def _events(path: str):
    docs, events = 0, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            docs += 1
            for rel in doc.get("relations", []):
                if rel.get("type") in NOT_EVENTS or rel.get("trigger") is None:
                    continue
                events.append(((doc.get("document") or {}).get("path"), rel))
    return docs, events


def _show(rel: dict, key: str) -> str:
    v = rel.get(key)
    if isinstance(v, dict):
        return v.get("name") or v.get("text") or json.dumps(v)
    return str(v)


def sample(path: str, seed: int, n: int) -> None:
    docs, events = _events(path)
    print(f"documents={docs} event_relations={len(events)} per_article={len(events) / max(docs, 1):.2f}")
    if n <= 0:
        return
    print(RUBRIC)
    rng = random.Random(seed)
    drawn = rng.sample(range(len(events)), min(n, len(events)))
    for k, i in enumerate(drawn, 1):
        doc, rel = events[i]
        trig = (rel.get("trigger") or {}).get("text")
        print(f"\n#{k} [{os.path.basename(str(doc))}] {_show(rel, 'source')} --{rel.get('type')}"
              f"({rel.get('polarity')},{rel.get('modality')})--> {_show(rel, 'target')}"
              f"  trigger={trig!r} theme={rel.get('theme')!r} attributed={_show(rel, 'attributed_to')}")
        print(f"   src_m={(rel.get('source_mention') or {}).get('text')!r} tgt_m={(rel.get('target_mention') or {}).get('text')!r}")
        print(f"   S: {rel.get('sentence')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("corpus")
    p.add_argument("outdir")
    p.add_argument("--category", default="politics")
    s = sub.add_parser("sample")
    s.add_argument("extracted")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("-n", type=int, default=100)
    a = ap.parse_args()
    if a.cmd == "prepare":
        prepare(a.corpus, a.outdir, a.category)
    else:
        sample(a.extracted, a.seed, a.n)


if __name__ == "__main__":
    main()
