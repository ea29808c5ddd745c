#!/usr/bin/env bash
# Backs up the Infoplaza database to one compressed SQL file, consistently and without stopping the app:
# --single-transaction reads every InnoDB table as of one moment while the centres keep working.
#
#   ops/backup.sh [file.sql.gz]
#
# The file holds the tables, not the database's name, so it can be restored under any name (restore.sh).
# Connection from the environment: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (infoplaza), DB_PASSWORD
# (none), DB_NAME (infoplaza). Exits non-zero, leaving no partial file, if anything fails.
set -euo pipefail

host="${DB_HOST:-127.0.0.1}"
port="${DB_PORT:-3306}"
user="${DB_USER:-infoplaza}"
name="${DB_NAME:-infoplaza}"
file="${1:-infoplaza-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"

export MYSQL_PWD="${DB_PASSWORD:-}"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

mariadb-dump --protocol=tcp -h "$host" -P "$port" -u "$user" \
    --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 "$name" \
    | gzip -c > "$partial"
# The pipe fails if the dump fails (pipefail); a dump that completed ends with this line.
gunzip -c "$partial" | tail -n 1 | grep -q -- "-- Dump completed" || { echo "backup: dump incomplete" >&2; exit 1; }
mv "$partial" "$file"
trap - EXIT
echo "backup: $file ($(du -h "$file" | cut -f1))"
