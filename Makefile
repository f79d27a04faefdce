# The two commands a newcomer needs: `make run` and `make test`. Both set themselves up.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: install run test lint migrations-check bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## Start Amends on the embedded SQLite database (./data) with demo data at http://127.0.0.1:8000
run: install
	$(BIN)/amends demo
	$(BIN)/amends serve

## Lint, type-check, check migrations against the models, run every test
test: install lint migrations-check
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

# `alembic upgrade head` then `alembic check` on a scratch SQLite database.
migrations-check: install
	@tmp=$$(mktemp -d) && \
	AMENDS_DATA_DIR=$$tmp $(BIN)/alembic upgrade head && \
	AMENDS_DATA_DIR=$$tmp $(BIN)/alembic check && \
	rm -rf $$tmp

bench: install
	$(BIN)/python -m bench.ingest
