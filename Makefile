# Two commands a user needs: `make demo` and `make test`. Everything else is for developers.
PYTHON ?= $(shell ./.ci/find-python)
VENV := .venv
BIN := $(VENV)/bin
GRAPH ?= $(CURDIR)/.newsgraph/demo.db

.PHONY: demo test eval bench lint-cypher test-neo4j clean

$(BIN)/newsgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/newsgraph

demo: $(BIN)/newsgraph
	rm -rf $(dir $(GRAPH))
	$(BIN)/newsgraph --graph $(GRAPH) ingest seeds/
	$(BIN)/newsgraph --graph $(GRAPH) query run overview
	$(BIN)/newsgraph --graph $(GRAPH) query run requests
	$(BIN)/newsgraph --graph $(GRAPH) query run disputed-claims

test: $(BIN)/newsgraph
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Precision and recall of the extraction on the hand-written gold sets in tests/gold/.
eval: $(BIN)/newsgraph
	@for script in tests/eval_*.py; do $(BIN)/python $$script || exit 1; done

# Ingest throughput beside the raw parse, re-ingest, write path, peak memory, query latency:
# one table, about 10 minutes on 2 cores (bench/RESULTS.md). Smaller: make bench BENCH_ARGS="--docs 50".
bench: $(BIN)/newsgraph
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Needs Docker and a .env with NEO4J_PASSWORD (see README).
test-neo4j: $(BIN)/newsgraph
	docker compose up -d --wait
	set -a; . ./.env; set +a; NEO4J_URI=$${NEO4J_URI:-bolt://localhost:7687} $(BIN)/python -m pytest $(PYTEST_ARGS); \
	status=$$?; docker compose down; exit $$status

clean:
	rm -rf $(VENV) .newsgraph .pytest_cache tests/cypher_lint/node_modules
