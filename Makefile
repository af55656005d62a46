# Casework Guide. `make run` starts the app; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint ci-postgres pdf-libraries browser office lock

# System packages, installed with apt-get (as root, or with sudo) only when missing, on
# Debian-based machines: pango and fonts for WeasyPrint's PDFs, Debian's chromium for the
# browser tests. Elsewhere, install them with the system's package manager (see README).
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation
CHROMIUM_PATH ?= /usr/bin/chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installed from the lock files: every package, transitive ones too, pinned with hashes
# (pip refuses a file whose hash differs). `make lock` regenerates them (see README).
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-test: requirements-test.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-test.lock
	touch $@

# Regenerate the lock files from requirements.txt and requirements-test.txt, with
# pip-tools in a virtualenv of its own (it is not a dependency of the app).
LOCK_TOOLS := $(VENV)-lock-tools
PIP_COMPILE := $(LOCK_TOOLS)/bin/pip-compile --quiet --generate-hashes --strip-extras \
	--no-emit-index-url --no-emit-find-links
lock:
	test -x $(LOCK_TOOLS)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_TOOLS) && \
	  $(LOCK_TOOLS)/bin/pip install --quiet pip-tools==7.6.2; }
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --output-file requirements-test.lock requirements-test.txt

pdf-libraries:
	@$(PYTHON) -c "import ctypes.util as u, sys; sys.exit(not u.find_library('pangoft2-1.0'))" || { \
	  if command -v apt-get >/dev/null; then \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(PDF_PACKAGES); \
	  else echo "WeasyPrint needs pango: install it (see README)." >&2; fi; }

browser:
	@test -x "$(CHROMIUM_PATH)" || { \
	  if command -v apt-get >/dev/null; then \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation; \
	  else echo "The browser tests need Chromium at $(CHROMIUM_PATH) (see README)." >&2; fi; }

# LibreOffice (Writer, without its GUI): the tests check that each drafted DOCX converts.
office:
	@command -v libreoffice >/dev/null || { \
	  if command -v apt-get >/dev/null; then \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui; \
	  else echo "The document tests need LibreOffice (libreoffice on the PATH; see README)." >&2; fi; }

# Install, migrate, create a local administrator on first run, and serve on 127.0.0.1:8000.
run: pdf-libraries $(VENV)/.installed
	DJANGO_DEBUG=true $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=true $(BIN)/python manage.py create_local_admin
	DJANGO_DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:8000

# Install the test requirements (and the system packages above) and run the whole suite.
test: pdf-libraries browser office $(VENV)/.installed-test
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
