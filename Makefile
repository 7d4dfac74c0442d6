# Two commands a user needs: `make demo` and `make test`. Everything else is for developers.
PYTHON ?= $(shell ./.ci/find-python)
VENV := .venv
BIN := $(VENV)/bin
DEMO_GRAPH := .newsgraph/demo.db

.PHONY: install demo test eval eval-external bench test-neo4j clean

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

test: $(BIN)/newsgraph
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

# The whole suite against real Neo4j servers (one writable, one read-only), as CI runs it; the
# servers stop afterwards whatever the result. Needs Docker and a .env with NEO4J_PASSWORD (see README).
test-neo4j: $(BIN)/newsgraph
	@test -f .env || { echo "no .env: cp .env.example .env, then set NEO4J_PASSWORD (8+ characters)"; exit 2; }
	docker compose --profile test up -d --wait || { docker compose --profile test down; exit 1; }
	set -a; . ./.env; set +a; \
	NEO4J_URI=$${NEO4J_URI:-bolt://localhost:7687} NEO4J_READONLY_URI=bolt://localhost:7688 \
	$(BIN)/python -m pytest $(PYTEST_ARGS); \
	status=$$?; docker compose --profile test down; exit $$status

clean:
	rm -rf $(VENV) .newsgraph .pytest_cache tests/cypher_lint/node_modules
