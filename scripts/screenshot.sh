#!/usr/bin/env bash
# `make screenshot`: the real windows on a virtual X screen, saved as PNGs in docs/:
# each language at 1366×768, and the smallest screen Desk supports (1024×768).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
DESK_KEYRING=off .venv/bin/desk demo --data-dir "$data" --customers 20000 >/dev/null
for lang in zh_CN zh_HK en; do
  DESK_KEYRING=off xvfb-run -a -s "-screen 0 1920x1080x24" \
    .venv/bin/python scripts/screenshot.py "$data" docs --language "$lang"
done
for lang in zh_HK en; do
  DESK_KEYRING=off xvfb-run -a -s "-screen 0 1920x1080x24" \
    .venv/bin/python scripts/screenshot.py "$data" docs --language "$lang" \
    --size 1024x768 --suffix=-1024x768 --query 5174
done
