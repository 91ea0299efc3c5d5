#!/usr/bin/env bash
# Sourced by run.sh and test.sh: make sure the virtual environment, the Python
# packages and the system libraries are there. Safe to run any number of times;
# it only does work when something is missing or pyproject.toml changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '[fieldkit] %s\n' "$*" >&2; }

find_python() {
  local candidate
  for candidate in "${FIELDKIT_PYTHON:-}" python3.11 python3.12 python3.13 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# System libraries, installed only when missing and only where we may (root on Debian/Ubuntu).
ensure_debian_packages() {
  local missing=() pkg
  command -v dpkg-query >/dev/null 2>&1 || return 0
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO=sudo
    else
      say "Missing system packages: ${missing[*]}. Install them (apt-get install ${missing[*]}) and run again."
      return 1
    fi
  else
    SUDO=
  fi
  say "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Qt 6 needs these at run time, also on the offscreen platform the tests use.
QT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-dejavu-core)

# What the tests need besides Qt: pdftoppm to rasterise PDFs (receipts, reports), a real
# PostgreSQL server for the server's PostgreSQL tests, and Chromium for the status page test.
TEST_PACKAGES=(poppler-utils postgresql chromium)

ensure_venv() {
  local python stamp want
  if [ ! -x "$VENV/bin/python" ]; then
    python="$(find_python)" || { say "Python 3.11 or newer is needed; install it and run again."; exit 1; }
    say "Creating the virtual environment with $("$python" --version)"
    "$python" -m venv "$VENV"
  fi
  stamp="$VENV/.fieldkit-installed"
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "Installing fieldkit and its packages into .venv"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[dev]"
    echo "$want" >"$stamp"
  fi
}
