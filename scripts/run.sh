#!/usr/bin/env bash
# `make run`: start Desk on the demo store (made on first start). Without a screen
# (a headless machine), Desk runs on a virtual one and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  echo "No screen here: Desk runs on a virtual screen (Xvfb). 'make screenshot' takes a picture."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/desk --demo "$@"
fi
exec .venv/bin/desk --demo "$@"
