# Two commands do all the set-up on a fresh machine with Python 3.11+ and make:
#   make demo   creates .venv, installs dyadwatch and runs the main job on the bundled data
#   make test   installs what the tests need (system packages too) and runs the suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
OUT    ?= out

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip uv

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(UV) pip install -q --python $(BIN)/python -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(UV) pip install -q --python $(BIN)/python -e '.[test,nlp]'
	touch $@

demo: $(VENV)/.installed
	bash scripts/system-deps.sh
	$(BIN)/dyadwatch brief --out $(OUT) --verbose

test: $(VENV)/.installed-test
	bash scripts/system-deps.sh test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(OUT) build
