#!/usr/bin/env bash
# Sets up everything Desk needs on this machine, and nothing twice:
#  - on Debian, the system packages Qt, the fonts and the tests need (as root, only those missing);
#  - the virtual environment in .venv with Desk and its test tools.
# Run by `make`; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

# Qt offscreen and on a real X screen (xcb), Xvfb for screenshots, CJK fonts for the UI
# and for printouts, poppler for reading PDFs back in tests, the PostgreSQL server for head
# office (its tests and `make hq` start a private cluster; binaries in /usr/lib/postgresql/*/bin).
DEBIAN_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  fonts-noto-cjk fonts-wqy-microhei poppler-utils
  postgresql
)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "bootstrap: installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "bootstrap: these Debian packages are missing; ask an administrator to run:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
    fi
  fi
fi

stamp="$VENV/.desk-installed"
if [ ! -x "$VENV/bin/python" ]; then
  echo "bootstrap: creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "bootstrap: installing Desk and its test tools into $VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[test]"
  touch "$stamp"
fi
