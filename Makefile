# Two commands a user needs: `make demo` and `make test`. Everything else is for developers.
PYTHON ?= $(shell ./.ci/find-python)
VENV := .venv
BIN := $(VENV)/bin
DEMO_GRAPH := .newsgraph/demo.db

.PHONY: install demo test eval eval-external bench neo4j neo4j-stop test-neo4j clean

$(BIN)/newsgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/newsgraph

demo: $(BIN)/newsgraph
	rm -rf .newsgraph
	$(BIN)/newsgraph --graph $(DEMO_GRAPH) ingest seeds/
	$(BIN)/newsgraph --graph $(DEMO_GRAPH) query run overview
	$(BIN)/newsgraph --graph $(DEMO_GRAPH) query run requests
	$(BIN)/newsgraph --graph $(DEMO_GRAPH) query run disputed-claims

# With the servers of `make neo4j` running, the Neo4j tests run against them (and empty that database).
test: $(BIN)/newsgraph
	@if [ -z "$$NEO4J_URI" ] && neo4j/server running neo4j; then set -a; . ./.env; set +a; \
	  export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_READONLY_URI=bolt://127.0.0.1:7688; \
	  echo "testing against the local Neo4j ($$NEO4J_URI; read-only $$NEO4J_READONLY_URI)"; fi; \
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Precision and recall of the extraction on the hand-written gold sets in tests/gold/.
eval: $(BIN)/newsgraph
	@for script in tests/eval_*.py; do $(BIN)/python $$script || exit 1; done

# The human-coded development sets in ../shared/eval (never copied here): skips in one line without them.
# Before/after figures are in README.md; VERBOSE=1 lists the misses, EVAL_OUT=DIR keeps the outputs.
eval-external: $(BIN)/newsgraph
	@tests/eval_external.sh $(EVAL_SETS)

# Ingest throughput beside the raw parse, re-ingest, write path, peak memory, query latency:
# one table, about 10 minutes on 2 cores (bench/RESULTS.md). Smaller: make bench BENCH_ARGS="--docs 50".
bench: $(BIN)/newsgraph
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Neo4j 5.26 Community from Maven Central, no Docker (needs Java 17 or 21 and Maven; see neo4j/server):
# a writable server on bolt://127.0.0.1:7687 (Browser http://127.0.0.1:7474/browser/) and, for the
# read-only fault test, a read-only one on 7688. The password is NEO4J_PASSWORD from .env.
neo4j:
	@test -f .env || { echo "no .env: cp .env.example .env, then set NEO4J_PASSWORD (8+ characters)"; exit 2; }
	@set -a; . ./.env; set +a; neo4j/server start neo4j 7687 7474 && \
	  NEO4J_HEAP=512m neo4j/server start neo4j-readonly 7688 7475 read-only

neo4j-stop:
	@neo4j/server stop neo4j-readonly; neo4j/server stop neo4j

# The whole suite against fresh Neo4j servers of its own, stopped afterwards whatever the result: as CI runs it.
test-neo4j: $(BIN)/newsgraph
	.ci/run

clean:
	rm -rf $(VENV) .newsgraph .pytest_cache tests/cypher_lint/node_modules neo4j/lib neo4j/cypher-shell-lib
