# One command per job; each bootstraps .venv itself.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
PLAYBOOKS ?= playbooks
ADDR ?= 127.0.0.1:8000

.PHONY: serve build check test bench chromium clean new schemas offline

$(VENV)/.runtime: requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt
	@touch $@

# axe-core for the accessibility tests, from the npm registry, pinned in package-lock.json
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENV)/.test: $(VENV)/.runtime requirements-test.txt
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-test.txt
	@touch $@

## make serve — build and serve on http://127.0.0.1:8000, reloading when playbooks/ changes
serve: $(VENV)/.runtime
	$(BIN)/mkdocs serve --strict --dev-addr $(ADDR) --livereload

## make build — the site into site/ (fails on any warning or playbook problem)
build: $(VENV)/.runtime
	$(BIN)/python -m macros.safe_build

## make check — validate playbooks/ (or PLAYBOOKS=dir); prints path:line:col: CODE message
check: $(VENV)/.runtime
	@$(BIN)/python -m macros $(PLAYBOOKS)

## make offline — dist/huikuan-offline.zip, works opened from file:// (search and trees included)
offline: $(VENV)/.runtime node_modules/.installed
	$(BIN)/python -m macros.offline_bundle dist

## make new KIND=scenario ID=xxx — a commented starter file with the schema line
new: $(VENV)/.runtime
	@$(BIN)/python -m macros.scaffold "$(KIND)" "$(ID)" --playbooks $(PLAYBOOKS)

## make schemas — regenerate playbooks/_schemas/*.json from the models
schemas: $(VENV)/.runtime
	$(BIN)/python -m macros.schema $(PLAYBOOKS)

## make test — the whole suite, browser tests included
test: $(VENV)/.test chromium node_modules/.installed
	$(BIN)/python -m pytest

## make bench — build time, page count, site and search-index sizes, search latency, page weight
bench: $(VENV)/.test chromium
	$(BIN)/python tests/bench/build_bench.py
	$(BIN)/python tests/bench/search_bench.py
	$(BIN)/python tests/bench/weight_bench.py

## Debian's chromium for browser tests (installed only when missing)
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "安装 Debian 的 chromium（浏览器测试需要）…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

clean:
	rm -rf site .pytest_cache
