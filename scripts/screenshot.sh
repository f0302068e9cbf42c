#!/usr/bin/env bash
# `make screenshot`: the real windows on a virtual X screen, saved as PNGs in docs/.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
DESK_KEYRING=off .venv/bin/desk demo --data-dir "$data" --customers 20000 >/dev/null
for lang in zh_CN en; do
  DESK_KEYRING=off xvfb-run -a -s "-screen 0 1366x768x24" \
    .venv/bin/python scripts/screenshot.py "$data" docs --language "$lang"
done
