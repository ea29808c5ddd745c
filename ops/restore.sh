#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a database that is emptied first. Stop every app node before
# restoring the live database: a node writing meanwhile would mix old and new data.
#
#   ops/restore.sh file.sql.gz [target-database]
#
# The target defaults to DB_NAME (infoplaza): the live database is dropped and recreated from the backup.
# Name another to inspect or test a backup beside the live one. Connection as in backup.sh.
set -euo pipefail

file="${1:?usage: ops/restore.sh file.sql.gz [target-database]}"
host="${DB_HOST:-127.0.0.1}"
port="${DB_PORT:-3306}"
user="${DB_USER:-infoplaza}"
target="${2:-${DB_NAME:-infoplaza}}"
export MYSQL_PWD="${DB_PASSWORD:-}"

# Check the whole file before touching the database.
gunzip -t "$file"
gunzip -c "$file" | tail -n 1 | grep -q -- "-- Dump completed" || { echo "restore: $file is incomplete" >&2; exit 1; }

client=(mariadb --protocol=tcp -h "$host" -P "$port" -u "$user" --default-character-set=utf8mb4)
"${client[@]}" -e "DROP DATABASE IF EXISTS \`$target\`;
    CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$file" | "${client[@]}" "$target"
echo "restore: $file into $target"
