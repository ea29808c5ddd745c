#!/usr/bin/env bash
# Fault scenarios on the topology of up.sh (run that first). Each prints PASS or FAIL with what it saw:
#   1. new visitors are spread over both nodes, and a session stays on its node;
#   2. every job trigger fired on exactly one node (no minute with two runs of one job);
#   3. kill -9 of node1: its users are served by node2 at once (new session), node2's Quartz takes over
#      node1's jobs, and no job runs twice; then node1 is started again.
#   ops/cluster/scenarios.sh
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/target/cluster"
proxy="http://127.0.0.1:${PROXY_PORT:-8088}"
db="${CLUSTER_DB:-infoplaza_cluster}"
sql() { MYSQL_PWD="${DB_ADMIN_PASSWORD:-}" mariadb --protocol=tcp -h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-3306}" \
    -u "${DB_ADMIN_USER:-root}" -N -B "$db" -e "$1"; }
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
new_session() { curl -s -o /dev/null -D - ${1:+-b "$1"} "$proxy/login" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(JSESSIONID=[^;]*\).*/\1/p'; }

# 1. Spreading and stickiness.
routes="$(for _ in 1 2 3 4 5 6; do new_session; done | sed 's/.*\.//' | sort | uniq -c | tr '\n' ' ')"
[[ "$routes" == *node1* && "$routes" == *node2* ]] && pass "new visitors spread: $routes" || fail "new visitors: $routes"
cookie="$(new_session)"
renewed="$(for _ in 1 2 3 4 5 6 7 8 9 10; do new_session "$cookie"; done | wc -l)"
[ "$renewed" -eq 0 ] && pass "10 requests with $cookie kept their session" || fail "$renewed of 10 requests lost the session"

# 2. Each trigger on one node.
double_runs() { sql "SELECT COUNT(*) FROM (SELECT job_name, DATE_FORMAT(started_at, '%Y-%m-%d %H:%i') m, COUNT(*) c
    FROM job_run WHERE job_name <> 'outbox-delivery' GROUP BY job_name, m HAVING c > 1) d"; }
nodes="$(sql "SELECT COUNT(DISTINCT node) FROM job_run")"
[ "$(double_runs)" -eq 0 ] && pass "no minute job ran twice ($(sql "SELECT COUNT(*) FROM job_run") runs on $nodes node(s))" \
    || fail "$(double_runs) job minutes ran on two nodes"

# 3. kill -9 of node1.
node1_cookie=""
for _ in 1 2 3 4 5 6; do c="$(new_session)"; [[ "$c" == *.node1 ]] && { node1_cookie="$c"; break; }; done
detections="$(grep -c "detected 1 failed or restarted instances" "$run/node2.log")"
kill -9 "$(cat "$run/node1.pid")"; killed_at="$(date -u '+%Y-%m-%d %H:%M:%S')"
after="$(new_session "$node1_cookie")"
[[ "$after" == *.node2 ]] && pass "after kill -9, node1's user is served by node2 ($after)" || fail "after kill -9: '$after'"
codes="$(for _ in 1 2 3 4 5 6; do curl -s -o /dev/null -w '%{http_code} ' "$proxy/login"; done)"
[[ "$codes" == "200 200 200 200 200 200 " ]] && pass "new visitors all answered: $codes" || fail "new visitors: $codes"
echo "     waiting 90 s for node2's Quartz to notice and for the minute jobs to run..."
sleep 90
[ "$(grep -c "detected 1 failed or restarted instances" "$run/node2.log")" -gt "$detections" ] && pass "node2's Quartz detected node1's failure" \
    || fail "node2 did not report node1's failure"
ran="$(sql "SELECT COUNT(DISTINCT job_name) FROM job_run WHERE started_at > '$killed_at'")"
[ "$ran" -ge 3 ] && pass "$ran jobs kept running after the kill" || fail "only $ran jobs ran after the kill"
[ "$(double_runs)" -eq 0 ] && pass "still no job ran twice" || fail "$(double_runs) job minutes ran twice"

rm -f "$run/node1.pid"
"$root/ops/cluster/up.sh" > /dev/null && pass "node1 started again" || fail "node1 did not start again"
echo "$failures failure(s)"
exit "$failures"
