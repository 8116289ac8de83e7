PYTHON ?= python3
PORT ?= 8000
# The benchmarks serve the site on a port of their own.
BENCH_PORT ?= 8099
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# The development keys, made by the settings on first use and kept in var/.
DEV_KEYS := var/development-secret-key var/development-field-encryption-key var/development-field-hash-key
# `make serve` runs the production settings on plain http://127.0.0.1 with the development keys.
SERVE_ENV := DJANGO_DEBUG=0 DJANGO_HTTPS=0 DJANGO_SECRET_KEY="$$(cat var/development-secret-key)" \
	DJANGO_FIELD_ENCRYPTION_KEYS="$$(cat var/development-field-encryption-key)" \
	DJANGO_FIELD_HASH_KEY="$$(cat var/development-field-hash-key)"

.DEFAULT_GOAL := help
.PHONY: help run serve test e2e lint format migrations-check bench bench-lighthouse bench-load bench-import bench-search check-python clean

help:
	@echo "make run               set up and serve the site for development on http://127.0.0.1:8000"
	@echo "make serve             the same site the production way (gunicorn, DEBUG off, whitenoise)"
	@echo "make test              ruff and the test suite (DATABASE_URL=postgres://... for PostgreSQL)"
	@echo "make e2e               the browser tests in Chromium"
	@echo "make bench-search      time search on 10,000 generated articles, SQLite and PostgreSQL"
	@echo "make lint / format     ruff check / ruff format"
	@echo "make migrations-check  fail if a model change has no migration"
	@echo "make bench             page speed against a floor, SQLite and PostgreSQL (prints figures; about 5 minutes)"
	@echo "make bench-lighthouse  Lighthouse scores of the public pages in Chromium (about 3 minutes)"
	@echo "make bench-load        the load benchmark on PostgreSQL (prints figures; about 3 minutes)"
	@echo "make bench-import      time importing a generated 2,000-post WordPress export"

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Practice needs Python 3.12 or newer, but $(PYTHON) is " + sys.version.split()[0] + ". Install a newer Python and run, for example: make run PYTHON=python3.13")'

$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

$(DEV_KEYS): | $(VENV)/.installed
	DJANGO_DEBUG=1 $(BIN)/python -c "import practice.settings"

run: check-python $(VENV)/.installed $(DEV_KEYS)
	DJANGO_DEBUG=1 $(MANAGE) migrate --no-input
	DJANGO_DEBUG=1 $(MANAGE) demo_content
	DJANGO_DEBUG=1 $(MANAGE) ensure_admin
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:$(PORT)

serve: check-python $(VENV)/.installed $(DEV_KEYS)
	$(SERVE_ENV) $(MANAGE) migrate --no-input
	$(SERVE_ENV) $(MANAGE) demo_content
	$(SERVE_ENV) $(MANAGE) ensure_admin
	$(SERVE_ENV) $(MANAGE) collectstatic --no-input --verbosity 0
	$(SERVE_ENV) $(BIN)/gunicorn practice.wsgi --bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

test: check-python $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest --ignore=tests/e2e $(PYTEST_ARGS)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

e2e: check-python $(VENV)/.installed-dev node_modules/.installed
	@test -x "$${PRACTICE_CHROMIUM:-/usr/bin/chromium}" || { echo "Chromium is needed for the browser tests: sudo apt-get install chromium" >&2; exit 1; }
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: $(VENV)/.installed-dev
	DJANGO_DEBUG=1 $(MANAGE) makemigrations --check --dry-run

bench: check-python $(VENV)/.installed
	@command -v wrk >/dev/null || { echo "Installing wrk from Debian's packages."; \
		apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python bench/pages.py --port $(BENCH_PORT)

bench-lighthouse: check-python $(VENV)/.installed node_modules/.installed
	@test -x "$${CHROME_PATH:-/usr/bin/chromium}" || { echo "Installing Chromium from Debian's packages."; \
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
	$(BIN)/python bench/lighthouse.py --port $(BENCH_PORT)

bench-load: check-python $(VENV)/.installed-dev
	@command -v wrk >/dev/null || { echo "Installing wrk from Debian's packages."; \
		apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python bench/load.py --port $(PORT)

bench-import: check-python $(VENV)/.installed-dev
	$(BIN)/python bench/import_blog.py

# Needs PostgreSQL at 127.0.0.1:5432 (BENCH_POSTGRES_URL to change it); creates and drops its own
# database, practice_bench_search, and its SQLite file is temporary.
bench-search: check-python $(VENV)/.installed-dev
	$(BIN)/python bench/search.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var/static .pytest_cache .ruff_cache
