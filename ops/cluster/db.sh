#!/usr/bin/env bash
# A MariaDB of the cluster's own (data in target/cluster/db, port CLUSTER_DB_PORT, 3307 by default), so that
# ops/cluster/scenarios.sh can crash and restart the database without touching any other database on the
# machine. ops/cluster/up.sh starts it unless DB_HOST or DB_PORT point at a MariaDB of yours.
#
#   ops/cluster/db.sh start | stop | kill | status
#
# "kill" is kill -9 of the server, as in a power cut; "start" then runs InnoDB's crash recovery.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/target/cluster"
data="$run/db"
port="${CLUSTER_DB_PORT:-3307}"
mariadbd="$(command -v mariadbd || echo /usr/sbin/mariadbd)"

# Alive and not a zombie (a killed server stays one until its parent shell reaps it).
running() { [ -f "$run/db.pid" ] && [[ "$(ps -o stat= -p "$(cat "$run/db.pid")" 2>/dev/null)" =~ ^[^Z] ]]; }
answers() { mariadb-admin --protocol=tcp -h 127.0.0.1 -P "$port" -u root ping >/dev/null 2>&1; }

case "${1:-}" in
    start)
        mkdir -p "$run"
        if ! running; then
            if [ ! -d "$data/mysql" ]; then
                mariadb-install-db --no-defaults --datadir="$data" --auth-root-authentication-method=normal \
                    --skip-test-db --user="$(id -un)" > "$run/db-install.log" 2>&1
            fi
            nohup "$mariadbd" --no-defaults --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
                --socket="$run/db.sock" --pid-file="$run/db.pid" --user="$(id -un)" \
                --innodb-buffer-pool-size=256M --max-connections=200 --skip-name-resolve >> "$run/db.log" 2>&1 &
        fi
        for _ in $(seq 1 120); do answers && { echo "db: MariaDB answers on 127.0.0.1:$port"; exit 0; }; sleep 0.5; done
        echo "db: MariaDB did not start, see $run/db.log" >&2; exit 1 ;;
    stop)
        if running; then
            kill "$(cat "$run/db.pid")"
            for _ in $(seq 1 120); do running || break; sleep 0.5; done
        fi
        echo "db: stopped" ;;
    kill)
        running && kill -9 "$(cat "$run/db.pid")"
        for _ in $(seq 1 20); do answers || break; sleep 0.25; done
        echo "db: killed" ;;
    status)
        answers && echo "db: up on $port" || { echo "db: down"; exit 1; } ;;
    *)
        echo "usage: ops/cluster/db.sh start|stop|kill|status" >&2; exit 2 ;;
esac
