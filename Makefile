# Leersteun materialenbank. `make demo` serves the portal with demo content; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/leersteun_test
HOST ?= 127.0.0.1
PORT ?= 8000
# The address visitors use; every absolute link (QR code, API, feeds, sitemap, e-mails) follows it.
PUBLIC_URL ?= http://$(HOST):$(PORT)
export DJANGO_SETTINGS_MODULE ?= leersteun.settings.dev
# pytest-django lets the environment win over pyproject's setting: the tests name theirs.
PYTEST := DJANGO_SETTINGS_MODULE=leersteun.settings.test $(BIN)/pytest
BROWSER_TESTS := tests/browser
AXE := $(BROWSER_TESTS)/node_modules/axe-core/axe.min.js

SERVE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/leersteun_serve
SERVE_PORT ?= 8080
# The production settings, locally: plain HTTP on loopback, media and secret key under var/.
PRODUCTION_ENV = DJANGO_SETTINGS_MODULE=leersteun.settings.production \
	DATABASE_URL="$(SERVE_DATABASE_URL)" SECRET_KEY="$$(cat var/serve-secret-key)" \
	ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 MEDIA_ROOT=var/serve-media \
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(SERVE_PORT)

.PHONY: install demo test test-sqlite test-postgres lint format browser-deps privacy-deps \
	screenshots clean bench serve serve-prepare load fuzz report-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The development cache is files (shared with the import worker): it starts empty, so nothing
# cached from an earlier database outlives it.
demo: $(STAMP) report-deps
	rm -rf var/cache
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py configure_site --url $(PUBLIC_URL)
	@echo ""
	@echo "De materialenbank draait op $(PUBLIC_URL)/  (beheer: $(PUBLIC_URL)/beheer/)"
	@echo "Demo-accounts (alleen voor ontwikkeling), wachtwoord 'leersteun-demo':"
	@echo "  admin (beheerder), redactie (Prodia-redactie), stuurgroep (Stuurgroep),"
	@echo "  medewerker-dewissel, medewerker-nbrussel, medewerker-adite, medewerker-waasdender, medewerker-westhoek (projectmedewerkers)"
	@echo ""
	WAGTAILADMIN_BASE_URL=$(PUBLIC_URL) scripts/with_worker.sh $(BIN)/python manage.py runserver --noreload $(HOST):$(PORT)

# axe-core for the accessibility checks, pinned in tests/browser/package-lock.json.
$(AXE): $(BROWSER_TESTS)/package.json $(BROWSER_TESTS)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "FOUT: npm ontbreekt (Node.js met npm is nodig voor axe-core)." >&2; exit 1; }
	npm ci --prefix $(BROWSER_TESTS) --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser-deps: $(AXE)
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Chromium ontbreekt: installeren met apt-get..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	}

# Pango and a font for WeasyPrint (practice sheets and the final report as PDF).
REPORT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
report-deps:
	@missing=$$(for package in $(REPORT_PACKAGES); do \
		dpkg-query -W -f='$${db:Status-Status}' $$package 2>/dev/null | grep -qx installed || echo $$package; \
	done); \
	[ -z "$$missing" ] || { \
		echo "Ontbreekt voor WeasyPrint: $$missing; installeren met apt-get..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	}

# deduce builds its lookup structures once (minutes) and caches them; do it before the tests.
privacy-deps: $(STAMP)
	DATABASE_URL= $(BIN)/python manage.py warm_privacy

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DATABASE_URL= $(BIN)/python manage.py check
	DATABASE_URL= $(BIN)/python manage.py makemigrations --check --dry-run

test-sqlite: $(STAMP) browser-deps privacy-deps report-deps
	@echo "== pytest op SQLite =="
	DATABASE_URL= $(PYTEST) -q

test-postgres: $(STAMP) browser-deps privacy-deps report-deps
	@echo "== pytest op PostgreSQL ($(TEST_DATABASE_URL)) =="
	@if $(BIN)/python scripts/ensure_database.py "$(TEST_DATABASE_URL)"; then \
		DATABASE_URL="$(TEST_DATABASE_URL)" $(PYTEST) -q; \
	elif [ "$(REQUIRE_POSTGRES)" = "1" ]; then \
		echo "FOUT: PostgreSQL is niet bereikbaar en REQUIRE_POSTGRES=1." >&2; exit 1; \
	else \
		echo ""; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!! PostgreSQL is NIET bereikbaar: de tests op PostgreSQL zijn OVERGESLAGEN.       !!"; \
		echo "!! Zet TEST_DATABASE_URL, of REQUIRE_POSTGRES=1 om dit een fout te laten zijn.    !!"; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	fi

test: lint test-sqlite test-postgres

# Screenshots of every public page type at desktop and mobile width, in var/screenshots/.
screenshots: $(STAMP) browser-deps
	DATABASE_URL= $(PYTEST) -q -m browser $(BROWSER_TESTS)/test_layout.py -k screenshot

# The production stack locally: collectstatic, migrate, demo content, gunicorn (2 workers).
serve-prepare: $(STAMP)
	@mkdir -p var
	@test -s var/serve-secret-key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > var/serve-secret-key
	$(BIN)/python scripts/ensure_database.py "$(SERVE_DATABASE_URL)"
	$(PRODUCTION_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	$(PRODUCTION_ENV) $(BIN)/python manage.py migrate --noinput -v0
	$(PRODUCTION_ENV) $(BIN)/python manage.py load_demo --allow-production
	$(PRODUCTION_ENV) $(BIN)/python manage.py configure_site --url http://$(HOST):$(SERVE_PORT)

serve: serve-prepare
	@echo "Productie-instellingen op http://$(HOST):$(SERVE_PORT)/ (gezondheid: /gezondheid/)"
	$(PRODUCTION_ENV) GUNICORN_BIND=$(HOST):$(SERVE_PORT) scripts/with_worker.sh $(BIN)/gunicorn -c gunicorn.conf.py leersteun.wsgi

# 50 visitors for 60 s against `make serve`'s configuration; figures into docs/performance.md.
load: serve-prepare
	@test -x $(BIN)/locust || $(BIN)/pip install --quiet -e ".[load]"
	$(PRODUCTION_ENV) scripts/load.sh

# At least 10,000 generated query strings against every public GET endpoint, on PostgreSQL.
fuzz: $(STAMP)
	$(BIN)/python scripts/ensure_database.py "$(TEST_DATABASE_URL)"
	HYPOTHESIS_PROFILE=fuzz DATABASE_URL="$(TEST_DATABASE_URL)" \
		$(PYTEST) -q tests/fuzz --hypothesis-show-statistics

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 media var static_collected $(BROWSER_TESTS)/node_modules

# Search benchmark at 1,000 and 5,000 synthetic practices, in its own PostgreSQL database.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/leersteun_bench
BENCH_SIZES ?= 1000,5000
bench: $(STAMP)
	$(BIN)/python scripts/ensure_database.py "$(BENCH_DATABASE_URL)" --recreate
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(BIN)/python manage.py migrate --noinput -v0
	rm -rf var/cache-bench
	DATABASE_URL="$(BENCH_DATABASE_URL)" CACHE_DIR=var/cache-bench $(BIN)/python manage.py bench_search --sizes $(BENCH_SIZES) --output var/bench-search.md
	@echo "Resultaat ook in var/bench-search.md (neem het over in docs/performance.md)."
