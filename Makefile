# The two commands of the README: `make demo` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(abspath $(VENV))/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp

.PHONY: install system demo test messages check-generated lint migrations bench

$(PY):
	$(PYTHON) -m venv $(VENV)

# Everything the suite needs, proofs included: the package with its test, example and proof extras,
# and axe-core pinned by package-lock.json (the browser itself is Debian's /usr/bin/chromium).
$(STAMP): $(PY) setup.cfg setup.py package-lock.json
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,example,proof]'
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm is missing: the browser proofs that need axe-core will be skipped"; fi
	touch $(STAMP)

install: $(STAMP)

# The admin links in the demo's e-mails point at the port the demo runs on (unless set otherwise).
DEMO_ENV = WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}

demo: install
	cd example_site && $(PY) manage.py migrate --noinput
	cd example_site && DEMO_PORT=$(PORT) $(DEMO_ENV) $(PY) manage.py load_demo
	cd example_site && $(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Debian's chromium, a Thai font, Varnish, wrk, gettext and Java for the proofs, when missing (apt-get, as root).
system:
	bash scripts/system_packages.sh

# One worker per CPU (pytest-xdist); PYTEST_ARGS adds options, e.g. PYTEST_ARGS="-n 0 tests/content".
test: install system
	$(PY) -m pytest -n auto $(PYTEST_ARGS)

# Every benchmark on PostgreSQL (not a test): bench/run.py builds the 50,000-page dataset and prints
# each view beside its Wagtail counterpart, then bench/visits.py measures visit counting and
# ingestion over gunicorn, and bench/cache.py a news item through Varnish ÷ straight from gunicorn
# (wrk, 16 connections) with the hit ratio. BENCH_DATABASE_URL (default below) is the bench's own database: its
# contents are replaced.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/govstandard_bench
bench: install
	$(PY) -m pip install --quiet -e '.[bench]'
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/run.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/visits.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/cache.py

# Regenerate and compile the Thai catalogues (package, its queue app, example site) after changing strings.
# -P: the package folder is the working directory, and its statistics/ and requests/ would shadow
# the standard library's and the HTTP client's if Python put that folder on sys.path.
I18N_OPTS := --settings=config.settings.test -l th
I18N_PATH := PYTHONPATH=$(abspath example_site):$(abspath .)
messages: install
	mkdir -p wagtail_govstandard/locale example_site/locale
	cd wagtail_govstandard && $(I18N_PATH) $(PY) -P -m django makemessages $(I18N_OPTS) --no-obsolete --no-location
	cd example_site && $(I18N_PATH) $(PY) -P -m django makemessages $(I18N_OPTS) --no-obsolete --no-location --ignore=static_collected --ignore=media
	# No dates or line numbers in the catalogues: they change only when their text does.
	sed -i '/^"POT-Creation-Date:/d' wagtail_govstandard/locale/th/LC_MESSAGES/django.po wagtail_govstandard/queue/locale/th/LC_MESSAGES/django.po example_site/locale/th/LC_MESSAGES/django.po
	cd wagtail_govstandard && $(I18N_PATH) $(PY) -P -m django compilemessages $(I18N_OPTS)
	cd example_site && $(I18N_PATH) $(PY) -P -m django compilemessages $(I18N_OPTS)

# What CI guards: migrations in step with the models, the catalogues regenerated and compiled with
# no difference from what is committed, and the linter with no finding.
check-generated: install
	cd example_site && $(PY) manage.py makemigrations --check --dry-run
	$(MAKE) --no-print-directory messages
	git diff --exit-code -- '*.po' '*.mo'

lint: install
	$(PY) -m ruff check .

# Generate migrations, then make them follow WAGTAIL_PAGE_MODEL (see scripts/swapperize_migrations.py).
migrations: install
	cd example_site && $(PY) manage.py makemigrations wagtail_govstandard
	$(PY) scripts/swapperize_migrations.py wagtail_govstandard/migrations/0*.py

# The seed 1.10 part alone: counting on/off, visit API over gunicorn vs a trivial view.
bench-visits: install
	$(PY) -m pip install --quiet -e '.[bench]'
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -u -W ignore bench/visits.py
