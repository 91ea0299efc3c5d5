#!/usr/bin/env bash
# Refresh resources/i18n/fieldkit_en.ts from the UI sources, then report what still needs
# translating. Run from anywhere:  scripts/update_translations.sh
#
# Messages of rules and services (msg("...") in fieldkit/domain, services, store, receipts)
# are not UI sources: scripts/message_catalogue.py first collects them into
# fieldkit/ui/message_catalogue.py (context "Messages"), which lupdate then reads with the rest.
#
# lupdate keeps every existing translation, adds new self.tr()/QCoreApplication.translate()
# strings as type="unfinished" (shown in Indonesian until translated), and with -no-obsolete
# drops strings that are gone from the code. New entries must then be translated in the .ts
# (fill <translation>, remove type="unfinished"); tests/gui/test_language.py fails while
# any entry is unfinished. fieldkit/ui/i18n.py rebuilds the .qm from the .ts on the next start.
#
# Exit status: 0 when nothing is left to translate, 1 when entries are unfinished.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BIN="$ROOT/.venv/bin"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
TS="resources/i18n/fieldkit_en.ts"

for tool in "$LUPDATE" "$LRELEASE"; do
  if [ ! -x "$tool" ]; then
    echo "missing $tool: run scripts/bootstrap.sh (or ./test.sh) first" >&2
    exit 2
  fi
done

"$BIN/python" -m scripts.message_catalogue

mapfile -t SOURCES < <(find fieldkit/ui -name '*.py' -not -path '*/__pycache__/*' | sort)
"$LUPDATE" -no-obsolete "${SOURCES[@]}" -ts "$TS"

# lrelease's summary counts finished/unfinished; the .qm it writes is thrown away.
QM="$(mktemp --suffix=.qm)"
trap 'rm -f "$QM"' EXIT
"$LRELEASE" "$TS" -qm "$QM"

UNFINISHED="$(grep -c 'type="unfinished"' "$TS" || true)"
if [ "$UNFINISHED" -gt 0 ]; then
  echo
  echo "$UNFINISHED string(s) in $TS still need an English translation:"
  "$BIN/python" - "$TS" <<'PY'
import sys
import xml.etree.ElementTree as ET

for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            location = message.find("location")
            where = "" if location is None else f"{location.get('filename')}:{location.get('line')}"
            print(f"  [{name}] {message.findtext('source')!r}  ({where})")
PY
  exit 1
fi
echo "All strings in $TS are translated."
