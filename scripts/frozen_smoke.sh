#!/usr/bin/env bash
# Build the desktop app with PyInstaller (build_installer.spec) and run the frozen program's
# --self-test, outside the checkout, with a bare environment. Takes a few minutes, so it is not
# part of ./test.sh; run it before a release and put the result in the README.
#   scripts/frozen_smoke.sh
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
ensure_debian_packages "${QT_PACKAGES[@]}"
ensure_venv
cd "$ROOT"
start=$(date +%s)
QT_QPA_PLATFORM=offscreen .venv/bin/pytest -p no:cacheprovider -m frozen -v \
  tests/integration/packaging/test_frozen_build.py
echo "frozen build + self-test: $(( $(date +%s) - start )) s"
