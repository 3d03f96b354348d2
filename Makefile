# The two commands of the README: `make demo` and `make test`. Both work on a
# fresh machine with Python 3.11: they create .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv lock lock-check test-latest demo test fuzz lint typecheck unit bench system-deps translations screenshots dist clean

# Every install comes from the lock (requirements/, written by `make lock`):
# exact versions with their hashes, so a fresh clone gets what CI tested.
LOCK := requirements/test.txt
# pip's own notices (the machine's extra indexes lacking a package) are not ours
# to print; its errors still show.
PIP_QUIET := --quiet --quiet --disable-pip-version-check

venv: $(STAMP)

# Made again from scratch when the lock changes, so that nothing the lock no
# longer holds stays behind; the project alone is reinstalled when its metadata
# (pyproject.toml: entry points, package data) changes.
$(VENV)/.locked: $(LOCK)
	@rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install $(PIP_QUIET) --require-hashes -r $(LOCK)
	@touch $@

$(STAMP): $(VENV)/.locked pyproject.toml
	$(BIN)/python -m pip install $(PIP_QUIET) --no-deps --no-build-isolation -e .
	@touch $@

# Resolve requirements/*.txt again from pyproject.toml, keeping the locked versions
# pyproject still allows; `make lock UPGRADE=1` takes the newest (after make test-latest).
lock: venv
	$(BIN)/python scripts/lock.py $(if $(UPGRADE),--upgrade,)

# Part of `make test`: pyproject.toml and the lock agree, package by package.
lock-check: venv
	$(BIN)/python scripts/check_lock.py

# Not part of `make test`: the whole suite in a throw-away venv holding the newest
# versions pyproject allows. How an upgrade is found (README, "Upgrading").
LATEST := build/latest-venv
test-latest: system-deps
	rm -rf $(LATEST)
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install $(PIP_QUIET) --upgrade --upgrade-strategy eager -e '.[test]'
	$(LATEST)/bin/python -m pip freeze --exclude-editable > $(LATEST)/versions.txt
	@touch $(LATEST)/.locked $(LATEST)/.installed
	@echo "Newest versions (see $(LATEST)/versions.txt); running the suite with them:"
	$(MAKE) VENV=$(LATEST) lint typecheck unit

demo: venv
	$(BIN)/jury-desk demo $(if $(or $(DISPLAY),$(WAYLAND_DISPLAY)),,--no-gui)

# The real external tools the tests check against (age, pdfsig, qpdf, the
# keyring daemon, Qt's system libraries); installed only where missing.
system-deps:
	@sh scripts/install-system-deps.sh

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: venv
	$(BIN)/mypy

# On every core; a test module stays on one worker, so its expensive fixtures
# (module scope) are built once. `make unit PYTEST_WORKERS=0` runs in one process.
# The project's bytecode first, as an installed package has it: where
# PYTHONDONTWRITEBYTECODE is set (CI), each of the hundreds of `jury-desk`
# processes the tests start would otherwise compile every module it imports.
# The 25 longest tests are listed at the end: where the suite's time goes.
PYTEST_WORKERS ?= auto
unit: venv
	$(BIN)/python -m compileall -q jury_desk
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --durations=25

test: system-deps lock-check lint typecheck unit

# The English translation: collect the window's strings into the .ts, compile the .qm.
# The property tests of the readers of outside files, at length: random inputs, thousands
# of each; what they find is kept in .hypothesis/ and replayed first on the next run.
fuzz: venv
	JURY_DESK_FUZZ=fuzz $(BIN)/python -m pytest -q -n auto tests/core/fuzz

translations: venv
	sh scripts/update-translations.sh

# The README's and docs/guide-jury.md's pictures of the window (docs/img/), the same on every run.
screenshots: venv
	$(BIN)/python scripts/screenshots.py --lang fr --out docs/img/
	$(BIN)/python scripts/screenshots.py --lang en --out docs/img/

bench: venv
	$(BIN)/python -m bench

# The frozen application in dist/jury-desk/ (PyInstaller, built in a fresh venv)
# and its smoke test. Minutes, not seconds: not part of `make test`.
dist:
	PYTHON=$(PYTHON) sh scripts/build-dist.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
