#!/usr/bin/env bash
# Scores `newsgraph extract` on the human-coded development sets in ../shared/eval (kept outside the
# repository, never copied in). Skips in one line when they are not there.
#   tests/eval_external.sh [events|attribution|factuality|actors ...]   (default: all)
# Set EVAL_OUT=DIR to keep the outputs (for --verbose runs of score.py); VERBOSE=1 lists the misses.
set -euo pipefail
cd "$(dirname "$0")/.."
K=${EVAL_DIR:-../shared/eval}
if [ ! -f "$K/score.py" ]; then echo "eval-external: skipped ($K not found)"; exit 0; fi
NG=${NG:-.venv/bin/newsgraph}
PY=${PY:-python3}
OUT=${EVAL_OUT:-$(mktemp -d)}
mkdir -p "$OUT"
V=${VERBOSE:+--verbose}
sets=${*:-events attribution factuality actors}

extract() {  # extract NAME GOLD [prepare args]: prepares and extracts once per run
  local name=$1 gold=$2; shift 2
  if [ ! -s "$OUT/$name.jsonl" ]; then
    rm -rf "${OUT:?}/$name"
    $PY "$K/score.py" prepare "$gold" "$OUT/$name" "$@" >/dev/null
    $NG extract "$OUT/$name" > "$OUT/$name.jsonl" 2> "$OUT/$name.log" || true
  fi
}
# The summary line; with VERBOSE=1 the misses are printed above it.
last() { if [ -n "$V" ]; then cat; else tail -n 1; fi; }
# What main scored before the agents, one-sided events, CAMEO lexicon and identity work (b7f56a0),
# printed under each score so a run shows before and after.
before() {
  case $1 in
    events) echo "  before (b7f56a0): recall_class=239/1013 (23.6%) recall_any=289/1013 (28.5%) class_precision=262/318 (82.4%) relations_out=549";;
    attribution) echo "  before (b7f56a0): right=12 precision=0.923 (12/13) recall=0.387 (12/31)";;
    factuality) echo "  before (b7f56a0): matched=6/499 polarity_acc=1.000 (6/6) neg_recall=0/16 nonasserted_recall=1/99";;
    meantime) echo "  before (b7f56a0): bcubed_p=0.880 bcubed_r=0.673 bcubed_f1=0.763 (head-word baseline f1=0.806)";;
    ecb) echo "  before (b7f56a0): bcubed_p=0.974 bcubed_r=0.693 bcubed_f1=0.810 (head-word baseline f1=0.928)";;
  esac
}

for set in $sets; do
  case $set in
    events)
      extract conf "$K/dev/conflibert_dev.jsonl"
      echo "ConfliBERT dev events:  $($PY "$K/score.py" events "$K/dev/conflibert_dev.jsonl" "$OUT/conf.jsonl" $V | last)"; before events;;
    attribution)
      extract pn "$K/dev/polnear_dev.jsonl" --limit 150
      echo "PolNeAR dev attribution: $($PY "$K/score.py" attribution "$K/dev/polnear_dev.jsonl" "$OUT/pn.jsonl" --limit 150 $V | last)"; before attribution;;
    factuality)
      extract mt "$K/dev/meantime_dev.jsonl"
      echo "MEANTIME dev factuality: $($PY "$K/score.py" factuality "$K/dev/meantime_dev.jsonl" "$OUT/mt.jsonl" $V | last)"; before factuality;;
    actors)
      extract mt "$K/dev/meantime_dev.jsonl"
      echo "MEANTIME dev actors:     $($PY "$K/score.py" actors "$K/dev/meantime_dev.jsonl" "$OUT/mt.jsonl" $V | last)"; before meantime
      extract ecb "$K/dev/ecbplus_dev.jsonl"
      echo "ECB+ dev actors:         $($PY "$K/score.py" actors "$K/dev/ecbplus_dev.jsonl" "$OUT/ecb.jsonl" $V | last)"; before ecb;;
    *) echo "unknown set: $set (events, attribution, factuality, actors)" >&2; exit 2;;
  esac
done
echo "(outputs in $OUT)"
