#!/bin/sh
# Back up the fieldkit central server: the database, then the documents (docs/deploy.md).
#
#   fieldkit-backup.sh DATABASE_URL DOCUMENT_DIR BACKUP_DIR [KEEP_DAYS]
#
# DATABASE_URL: postgresql://... (pg_dump, custom format) or sqlite:////path (SQLite's online
# backup). Documents are content-addressed and never change once stored, so each day's copy
# hard-links the files of the previous one and copies only the new ones. The database is
# dumped first: every document a dumped row refers to was stored before that row committed,
# so the pair always restores consistently. Backups older than KEEP_DAYS (14) are removed.
# Run daily by fieldkit-backup.timer as the `fieldkit` user.
set -eu

if [ $# -lt 3 ]; then
    echo "usage: fieldkit-backup.sh DATABASE_URL DOCUMENT_DIR BACKUP_DIR [KEEP_DAYS]" >&2
    exit 2
fi
url=$1
documents=$2
dest=$3
keep=${4:-14}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
umask 077
mkdir -p "$dest"
if [ -e "$dest/documents-$stamp" ]; then
    echo "fieldkit-backup.sh: a backup named $stamp exists already; run it again in a second" >&2
    exit 1
fi

case "$url" in
    postgresql:* | postgres:*)
        database="$dest/db-$stamp.dump"
        pg_dump --format=custom --no-owner --no-privileges --file="$database.partial" "$url"
        ;;
    sqlite:///*)
        database="$dest/db-$stamp.sqlite3"
        python3 - "${url#sqlite:///}" "$database.partial" <<'PY'
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)
ok = target.execute("PRAGMA integrity_check").fetchone()[0]
sys.exit(0 if ok == "ok" else "integrity_check of the copy: " + ok)
PY
        ;;
    *)
        echo "fieldkit-backup.sh: DATABASE_URL must start with postgresql:// or sqlite:///" >&2
        exit 2
        ;;
esac
mv "$database.partial" "$database"

snapshot="$dest/documents-$stamp"
previous=$(find "$dest" -maxdepth 1 -type d -name 'documents-*' ! -name "documents-$stamp" | sort | tail -n 1)
mkdir -p "$snapshot.partial"
if [ -n "$previous" ]; then
    cp -al "$previous/." "$snapshot.partial/"
fi
if [ -d "$documents" ]; then
    cp -a -n "$documents/." "$snapshot.partial/"
fi
mv "$snapshot.partial" "$snapshot"

find "$dest" -maxdepth 1 -name 'db-*' -mtime "+$keep" -exec rm -f {} +
find "$dest" -maxdepth 1 -type d -name 'documents-*' -mtime "+$keep" -exec rm -rf {} +
echo "fieldkit-backup.sh: $database and $snapshot"
