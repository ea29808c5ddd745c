#!/usr/bin/env bash
# Stops what ops/cluster/up.sh started: nginx, then each node (gracefully: running jobs finish first), the
# mail sink and the cluster's own MariaDB.
set -uo pipefail
run="$(cd "$(dirname "$0")/../.." && pwd)/target/cluster"
[ -f "$run/nginx.pid" ] && nginx -p "$run" -c "$run/nginx.conf" -s quit 2>/dev/null
for name in node1 node2; do
    if [ -f "$run/$name.pid" ]; then
        pid="$(cat "$run/$name.pid")"
        kill "$pid" 2>/dev/null && for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        rm -f "$run/$name.pid"
    fi
done
if [ -f "$run/smtp.pid" ]; then kill "$(cat "$run/smtp.pid")" 2>/dev/null; rm -f "$run/smtp.pid"; fi
[ -d "$run/db" ] && "$(dirname "$0")/db.sh" stop > /dev/null
echo "down: stopped"
