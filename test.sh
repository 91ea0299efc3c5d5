#!/usr/bin/env bash
# Run the whole check: lint, format, types, import layering, and every test.
# Usage: ./test.sh [extra pytest arguments]
set -euo pipefail
source "$(dirname "$0")/scripts/bootstrap.sh"
ensure_debian_packages "${QT_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
bin="$VENV/bin"

say "ruff check";            "$bin/ruff" check .
say "ruff format --check";   "$bin/ruff" format --check .
say "mypy (strict)";         "$bin/mypy"
say "import-linter";         "$bin/lint-imports" --no-cache
say "pytest"
set +e
"$bin/pytest" -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  say "pytest collected no tests: that is a failure, not a pass."
  exit 1
fi
exit "$status"
