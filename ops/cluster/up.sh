#!/usr/bin/env bash
# Starts the reference production topology on one machine: two application nodes on one MariaDB database,
# Quartz clustered between them, nginx in front with sticky sessions and WebSocket push.
#
#   ops/cluster/up.sh        (then open http://127.0.0.1:8088; ops/cluster/down.sh stops everything)
#
# Needs: the jar (./mvnw -DskipTests package), the MariaDB server package and nginx (apt-get install
# mariadb-server nginx). The database: a MariaDB of the cluster's own (ops/cluster/db.sh, port 3307), unless
# DB_HOST or DB_PORT name one of yours where DB_ADMIN_USER may create a database and a user. The mail server:
# ops/cluster/SmtpSink.java on SMTP_PORT (2525), which keeps every message in target/cluster/mail/ and sends
# nothing on; failed deliveries are retried after MAIL_RETRY_DELAY (15s here, 1m in production). Ports:
# PROXY_PORT (8088), NODE1_PORT (8081), NODE2_PORT (8082). The database is CLUSTER_DB (infoplaza_cluster); the
# first administrator is "admin" with the password in target/cluster/admin-password. Logs:
# target/cluster/node1.log, node2.log, nginx-*.log, db.log, smtp.log.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/target/cluster"
proxy_port="${PROXY_PORT:-8088}"
node1_port="${NODE1_PORT:-8081}"
node2_port="${NODE2_PORT:-8082}"
private_db=""
[ -z "${DB_HOST:-}" ] && [ -z "${DB_PORT:-}" ] && private_db="yes"
db_host="${DB_HOST:-127.0.0.1}"
db_port="${DB_PORT:-${CLUSTER_DB_PORT:-3307}}"
smtp_port="${SMTP_PORT:-2525}"
db="${CLUSTER_DB:-infoplaza_cluster}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

jar="$(ls "$root"/target/infoplaza-manager-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
[ -n "$jar" ] || { echo "up: build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "up: install nginx first" >&2; exit 1; }

mkdir -p "$run/tmp" "$run/mail"
[ -n "$private_db" ] && "$root/ops/cluster/db.sh" start
if ! { [ -f "$run/smtp.pid" ] && kill -0 "$(cat "$run/smtp.pid")" 2>/dev/null; }; then
    nohup "$java" "$root/ops/cluster/SmtpSink.java" "$smtp_port" "$run/mail" > "$run/smtp.log" 2>&1 &
    echo $! > "$run/smtp.pid"
fi
[ -f "$run/db-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$run/db-password"
[ -f "$run/admin-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$run/admin-password"
db_password="$(cat "$run/db-password")"

MYSQL_PWD="${DB_ADMIN_PASSWORD:-}" mariadb --protocol=tcp -h "$db_host" -P "$db_port" -u "${DB_ADMIN_USER:-root}" -e "
    CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'infoplaza_cluster'@'127.0.0.1' IDENTIFIED BY '$db_password';
    CREATE USER IF NOT EXISTS 'infoplaza_cluster'@'localhost' IDENTIFIED BY '$db_password';
    ALTER USER 'infoplaza_cluster'@'127.0.0.1' IDENTIFIED BY '$db_password';
    ALTER USER 'infoplaza_cluster'@'localhost' IDENTIFIED BY '$db_password';
    GRANT ALL ON \`$db\`.* TO 'infoplaza_cluster'@'127.0.0.1';
    GRANT ALL ON \`$db\`.* TO 'infoplaza_cluster'@'localhost';"

start_node() {
    local name="$1" port="$2"
    if [ -f "$run/$name.pid" ] && kill -0 "$(cat "$run/$name.pid")" 2>/dev/null; then
        echo "up: $name already runs"; return
    fi
    INFOPLAZA_ADMIN_PASSWORD="$(cat "$run/admin-password")" INFOPLAZA_PUBLIC_URL="http://127.0.0.1:$proxy_port" \
    nohup "$java" ${NODE_JAVA_OPTS:--Xmx768m} -jar "$jar" \
        --server.port="$port" \
        --infoplaza.node.route="$name" \
        --spring.datasource.url="jdbc:mariadb://$db_host:$db_port/$db" \
        --spring.datasource.username=infoplaza_cluster \
        --spring.datasource.password="$db_password" \
        --spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" \
        --infoplaza.mail.first-retry-delay="${MAIL_RETRY_DELAY:-15s}" --infoplaza.mail.poll-interval=10s \
        ${NODE_ARGS:-} > "$run/$name.log" 2>&1 &
    echo $! > "$run/$name.pid"
}

wait_up() {
    local name="$1" port="$2"
    for _ in $(seq 1 400); do
        if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"db":{"status":"UP"}' \
            || curl -sS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"db":{"status":"UP"}'; then
            echo "up: $name answers on $port"; return
        fi
        kill -0 "$(cat "$run/$name.pid")" 2>/dev/null || { echo "up: $name died, see $run/$name.log" >&2; exit 1; }
        sleep 1
    done
    echo "up: $name did not start in 400 s, see $run/$name.log" >&2; exit 1
}

# The first node migrates the schema; the second starts once it has, so they never race Flyway.
start_node node1 "$node1_port"; wait_up node1 "$node1_port"
start_node node2 "$node2_port"; wait_up node2 "$node2_port"

sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$proxy_port|g" -e "s|@NODE1_PORT@|$node1_port|g" \
    -e "s|@NODE2_PORT@|$node2_port|g" "$root/ops/cluster/nginx.conf" > "$run/nginx.conf"
if [ -f "$run/nginx.pid" ] && kill -0 "$(cat "$run/nginx.pid")" 2>/dev/null; then
    nginx -p "$run" -c "$run/nginx.conf" -s reload
else
    nginx -p "$run" -c "$run/nginx.conf"
fi
echo "up: http://127.0.0.1:$proxy_port (admin / $(cat "$run/admin-password"))"
