"""Draw a reproducible random sample of event relations from `newsgraph extract` output, to judge by hand.

Not part of `make test`. The corpus stays where it is (never copied into the repository):
  python bench/judge_sample.py prepare CORPUS.jsonl OUTDIR [--category politics]
      writes one OUTDIR/<id>.txt per article (the layout score.py prepare uses)
  newsgraph extract OUTDIR > out.jsonl
  python bench/judge_sample.py sample out.jsonl --seed 1 -n 100 [--docs OUTDIR]
      prints events/article and N event relations drawn with that seed, numbered, for judging
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re

# Relations that are no events: what a person is, whom an agent acts for. An event has a trigger.
NOT_EVENTS = {"HOLDS_ROLE", "MEMBER_OF", "ACTS_FOR", "LOCATED_IN", "ALIAS_OF"}


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
