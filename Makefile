# The two commands of the README: `make demo` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(abspath $(VENV))/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test messages check-generated migrations bench

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) setup.cfg setup.py
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,example]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	cd example_site && $(PY) manage.py migrate --noinput
	cd example_site && DEMO_PORT=$(PORT) $(PY) manage.py load_demo
	cd example_site && $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

# Every benchmark on PostgreSQL (not a test): bench/run.py builds the 50,000-page dataset and prints
# each view beside its Wagtail counterpart, then bench/visits.py measures visit counting and
# ingestion over gunicorn. BENCH_DATABASE_URL (default below) is the bench's own database: its
# contents are replaced.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/govstandard_bench
bench: install
	$(PY) -m pip install --quiet -e '.[bench]'
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/run.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/visits.py

# Regenerate and compile the Thai catalogues (package, its queue app, example site) after changing strings.
# -P: the current folder must not shadow the standard library (wagtail_govstandard/queue vs `queue`).
I18N_OPTS := --settings=config.settings.test --pythonpath=$(abspath example_site) -l th
messages: install
	mkdir -p wagtail_govstandard/locale example_site/locale
	cd wagtail_govstandard && $(PY) -P -m django makemessages $(I18N_OPTS) --no-obsolete
	cd example_site && $(PY) -P -m django makemessages $(I18N_OPTS) --no-obsolete --ignore=static_collected --ignore=media
	cd wagtail_govstandard && $(PY) -P -m django compilemessages $(I18N_OPTS)
	cd example_site && $(PY) -P -m django compilemessages $(I18N_OPTS)

# What CI guards: migrations in step with the models, the catalogue compiled.
check-generated: install
	cd example_site && $(PY) manage.py makemigrations --check --dry-run

# Generate migrations, then make them follow WAGTAIL_PAGE_MODEL (see scripts/swapperize_migrations.py).
migrations: install
	cd example_site && $(PY) manage.py makemigrations wagtail_govstandard
	$(PY) scripts/swapperize_migrations.py wagtail_govstandard/migrations/0*.py

# The seed 1.10 part alone: counting on/off, visit API over gunicorn vs a trivial view.
bench-visits: install
	$(PY) -m pip install --quiet -e '.[bench]'
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/visits.py
