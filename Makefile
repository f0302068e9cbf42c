# Desk: `make run` starts it on a demo store, `make test` runs every test headless.
# Both set up what they need first (scripts/bootstrap.sh: Debian packages when root,
# the virtual environment, Python packages), and do nothing twice.

VENV ?= .venv
PY := $(VENV)/bin/python
LANGS := zh_CN zh_HK  # English is the source language of every tr() string
TS := $(LANGS:%=resources/translations/desk_%.ts)
QM := $(LANGS:%=desk/ui/i18n/desk_%.qm)

.PHONY: setup run demo test soak check lint format typecheck bench translations update-translations screenshot hq hq-stop clean

setup:
	@bash scripts/bootstrap.sh

desk/ui/i18n/desk_%.qm: resources/translations/desk_%.ts | setup
	@mkdir -p $(dir $@)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: setup $(QM)

run: translations
	@bash scripts/run.sh

test: translations
	QT_QPA_PLATFORM=offscreen DESK_KEYRING=off $(PY) -m pytest -q

# Payments killed 1000 times at random moments: the books stay whole (~15 minutes);
# the sync killed 500 times: every row reaches head office once (~25 minutes).
soak: setup
	DESK_KEYRING=off $(PY) bench/soak_payments.py --kills 1000
	DESK_KEYRING=off DESK_SYNC_KILLS=500 $(PY) -m pytest -q tests/sync/test_kills.py

lint: setup
	$(VENV)/bin/ruff check desk tests bench scripts
	$(VENV)/bin/ruff format --check desk tests bench scripts

format: setup
	$(VENV)/bin/ruff format desk tests bench scripts
	$(VENV)/bin/ruff check --fix desk tests bench scripts

typecheck: setup
	$(VENV)/bin/mypy

check: lint typecheck test

bench: translations
	$(PY) bench/identifiers.py
	$(PY) bench/demo.py --quiet
	$(PY) bench/lookup.py
	$(PY) bench/startup.py
	$(PY) bench/gui_typing.py
	$(PY) bench/wizard_stall.py
	$(PY) bench/cases.py
	$(PY) bench/documents.py
	$(PY) bench/dayclose.py
	$(PY) bench/backup.py
	$(PY) bench/sync.py

# Re-read every tr() string of desk/ into the .ts sources (then translate them).
update-translations: setup
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete desk -ts $(TS)

screenshot: translations
	@bash scripts/screenshot.sh

# Head office on this machine, for a trial: a private PostgreSQL in hq-trial/ with the
# desk_hq database and its roles; prints the `desk hq serve` line. Safe to run again.
hq: setup
	@$(PY) scripts/hq_trial.py start

hq-stop: setup
	@$(PY) scripts/hq_trial.py stop

clean:
	rm -rf $(VENV) desk/ui/i18n/*.qm .mypy_cache .ruff_cache .pytest_cache
