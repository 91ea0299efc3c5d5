#!/usr/bin/env bash
# Start the fieldkit desktop app (embedded local SQLite; no server needed).
# Usage: ./run.sh [--data-dir DIR] [other fieldkit options]
set -euo pipefail
source "$(dirname "$0")/scripts/bootstrap.sh"
ensure_debian_packages "${QT_PACKAGES[@]}" || true
ensure_venv
exec "$VENV/bin/fieldkit" "$@"
