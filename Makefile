# Seoul AI clerks — `make run` and `make test` work on a fresh machine and are quick the second time.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test build install bench lint eval clean

# torch first, from the local CPU wheel: any other torch request would pull GBs of CUDA.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

# Rebuilt only when training data, rules or corpus files change (the build itself is cached by content hash).
BUILD_STAMP := var/.build-stamp
BUILD_INPUTS := $(shell find intents/data intents/rules knowledge/corpus knowledge/questions -type f 2>/dev/null)

$(BUILD_STAMP): $(STAMP) $(BUILD_INPUTS)
	@$(BIN)/clerks build
	@mkdir -p var && touch $(BUILD_STAMP)

build: $(BUILD_STAMP)

run: build
	@$(BIN)/clerks serve --host $(HOST) --port $(PORT)

# pytest exit 5 (no tests collected) is a failure, never a pass.
test: build
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; exit $$rc

bench: build
	@$(BIN)/python -m evals.bench

lint: install
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .

clean:
	rm -rf var/models var/index var/reports

# Every suite under evals/suites, in-process on a fresh database; reports in var/reports/.
eval: build
	@$(BIN)/clerks eval evals/suites --today 2026-11-25 --json var/reports/eval.json \
	  --junit var/reports/eval-junit.xml --html var/reports/eval.html
