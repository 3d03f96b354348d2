# The two commands of the README: `make demo` and `make test`. Both work on a
# fresh machine with Python 3.11: they create .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint typecheck unit bench system-deps translations screenshots dist clean

venv: $(STAMP)

# Reinstall only when the project's metadata changed: quick when up to date.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

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

unit: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: system-deps lint typecheck unit

# The English translation: collect the window's strings into the .ts, compile the .qm.
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
