# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench venv clean

$(BIN)/tilmeld: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $@

venv: $(BIN)/tilmeld

demo: $(BIN)/tilmeld
	$(BIN)/tilmeld demo

test: $(BIN)/tilmeld
	tests/ensure-servers
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(BIN)/tilmeld
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
