#!/usr/bin/env bash
# Fault scenarios on the topology of up.sh (run that first). Each prints PASS or FAIL with what it saw:
#   1. new visitors are spread over both nodes, and a session stays on its node;
#   2. every job trigger fired on exactly one node (no minute with two runs of one job);
#   3. kill -9 of node1: its users are served by node2 at once (new session), node2's Quartz takes over
#      node1's jobs, and no job runs twice; then node1 is started again.
#   4. the mail server away: 20 queued messages wait (health says mail DOWN) and, once it is back, each is
#      delivered exactly once;
#   5. MariaDB killed (kill -9, as in a power cut) under use and started again (only with the cluster's own
#      database, see db.sh): while it is away, health answers 503 and a page says so in Spanish, with no
#      stack trace; the nodes reconnect by themselves; nothing committed is lost; jobs run again, not twice.
#   ops/cluster/scenarios.sh        (about 8 minutes; "kill -9 during a booking" is a test, see operations.md)
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/target/cluster"
proxy="http://127.0.0.1:${PROXY_PORT:-8088}"
db="${CLUSTER_DB:-infoplaza_cluster}"
private_db=""
[ -z "${DB_HOST:-}" ] && [ -z "${DB_PORT:-}" ] && private_db="yes"
sql() { MYSQL_PWD="${DB_ADMIN_PASSWORD:-}" mariadb --protocol=tcp -h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-${CLUSTER_DB_PORT:-3307}}" \
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

# 4. The mail server away for a while.
health() { curl -s -o /dev/null -w '%{http_code}' "${1:-$proxy}/actuator/health"; }
tag="scenario$(date +%s)"
ours="reference LIKE '$tag-%'"
kill "$(cat "$run/smtp.pid")"; rm -f "$run/smtp.pid"; smtp_down_at="$(date +%s)"
# Queued the way the application queues mail: PENDING rows of the outbox, due now (times in UTC).
sql "INSERT INTO outbox_message (kind, reference, recipient_name, recipient_email, language, subject, body_text,
        body_html, status, attempts, next_attempt_at, created_at)
    SELECT 'scenario', CONCAT('$tag-', seq), 'Prueba', CONCAT('$tag-', seq, '@example.org'), 'es',
        CONCAT('Prueba ', seq), 'Mensaje de prueba', '<p>Mensaje de prueba</p>', 'PENDING', 0, UTC_TIMESTAMP(6),
        UTC_TIMESTAMP(6)
    FROM seq_1_to_20"
echo "     the mail server is down; waiting 45 s while both nodes try..."
sleep 45
tried="$(sql "SELECT COUNT(*) FROM outbox_message WHERE $ours AND status = 'PENDING' AND attempts >= 1")"
[ "$tried" -eq 20 ] && pass "all 20 messages tried and kept waiting while the mail server is down" \
    || fail "$tried of 20 waiting after a failed try ($(sql "SELECT GROUP_CONCAT(DISTINCT status) FROM outbox_message WHERE $ours"))"
mail_health="$(curl -s "$proxy/actuator/health")"
[[ "$mail_health" == *'"mail":{"status":"DOWN"}'* ]] && pass "health says mail DOWN ($(health))" \
    || fail "health while mail is down: $mail_health"
nohup "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$root/ops/cluster/SmtpSink.java" "${SMTP_PORT:-2525}" "$run/mail" \
    >> "$run/smtp.log" 2>&1 &
echo $! > "$run/smtp.pid"
for _ in $(seq 1 60); do
    [ "$(sql "SELECT COUNT(*) FROM outbox_message WHERE $ours AND status = 'SENT'")" -eq 20 ] && break; sleep 5
done
sent="$(sql "SELECT COUNT(*) FROM outbox_message WHERE $ours AND status = 'SENT'")"
[ "$sent" -eq 20 ] && pass "all 20 sent $(( $(date +%s) - smtp_down_at )) s after the mail server went down" \
    || fail "$sent of 20 sent after the mail server came back"
copies="$(grep -l "$tag-" "$run/mail"/*.eml 2>/dev/null | wc -l)"
recipients="$(grep -h -o "$tag-[0-9]*@example.org" "$run/mail"/*.eml 2>/dev/null | sort -u | wc -l)"
[ "$copies" -eq 20 ] && [ "$recipients" -eq 20 ] && pass "the mail server received 20 messages for 20 recipients: each once" \
    || fail "the mail server received $copies messages for $recipients recipients (20 expected)"

# 5. MariaDB killed and started again under use.
if [ -z "$private_db" ]; then
    echo "SKIP MariaDB restart: the cluster runs on your MariaDB (DB_HOST/DB_PORT); it only crashes its own"
else
    page() { # the page as a browser renders it (Chromium headless), or nothing without Chromium
        local chromium; chromium="$(command -v chromium || command -v chromium-browser || true)"
        [ -n "$chromium" ] && timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
            --disable-component-update --virtual-time-budget=20000 --dump-dom "$proxy/$1" 2>/dev/null
    }
    sent_before="$(sql "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")"
    runs_before="$(sql "SELECT COUNT(*) FROM job_run")"
    "$root/ops/cluster/db.sh" kill > /dev/null; killed_at="$(date -u '+%Y-%m-%d %H:%M:%S')"; down_at="$(date +%s)"
    body="$(curl -s "$proxy/actuator/health")"
    [ "$(health)" = 503 ] && [[ "$body" == *'"db":{"status":"DOWN"}'* ]] && [[ "$body" != *Exception* ]] \
        && pass "while MariaDB is down, health answers 503, db DOWN, no exception text" || fail "health while MariaDB is down: $(health) $body"
    shown="$(page transparencia)"
    if [ -z "$shown" ]; then
        echo "SKIP the page check: no Chromium (apt-get install chromium)"
    elif [[ "$shown" == *"Sin conexión con la base de datos"* && "$shown" != *Exception* && "$shown" != *"at org."* ]]; then
        pass "while MariaDB is down, the public page says 'Sin conexión con la base de datos', no stack trace"
    else
        fail "the public page while MariaDB is down: $(echo "$shown" | sed 's/<[^>]*>/ /g' | tr -s ' \n' ' ' | cut -c1-300)"
    fi
    sleep 20
    "$root/ops/cluster/db.sh" start > /dev/null; up_at="$(date +%s)"
    for _ in $(seq 1 120); do
        [ "$(health "http://127.0.0.1:${NODE1_PORT:-8081}")" = 200 ] && [ "$(health "http://127.0.0.1:${NODE2_PORT:-8082}")" = 200 ] && break
        sleep 1
    done
    [ "$(health "http://127.0.0.1:${NODE1_PORT:-8081}")" = 200 ] && [ "$(health "http://127.0.0.1:${NODE2_PORT:-8082}")" = 200 ] \
        && pass "both nodes healthy again $(( $(date +%s) - up_at )) s after MariaDB was back (it was away $(( up_at - down_at )) s)" \
        || fail "nodes not healthy after MariaDB came back: $(health "http://127.0.0.1:${NODE1_PORT:-8081}") $(health "http://127.0.0.1:${NODE2_PORT:-8082}")"
    sent_after="$(sql "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")"
    runs_after="$(sql "SELECT COUNT(*) FROM job_run")"
    [ "$sent_after" -ge "$sent_before" ] && [ "$runs_after" -ge "$runs_before" ] \
        && [ "$(sql "SELECT COUNT(*) FROM outbox_message WHERE $ours AND status = 'SENT'")" -eq 20 ] \
        && pass "nothing committed was lost ($sent_before sent messages and $runs_before job runs before, $sent_after and $runs_after after)" \
        || fail "committed rows lost: sent $sent_before -> $sent_after, job runs $runs_before -> $runs_after"
    shown="$(page transparencia)"
    [ -z "$shown" ] || { [[ "$shown" == *"Infoplazas en cifras"* ]] && pass "the public page shows its figures again" \
        || fail "the public page after MariaDB came back: $(echo "$shown" | sed 's/<[^>]*>/ /g' | tr -s ' \n' ' ' | cut -c1-300)"; }
    echo "     waiting 75 s for the minute jobs..."
    sleep 75
    ran="$(sql "SELECT COUNT(DISTINCT job_name) FROM job_run WHERE started_at > '$killed_at'")"
    [ "$ran" -ge 2 ] && pass "$ran jobs ran again after the restart" || fail "only $ran jobs ran after the restart"
    [ "$(double_runs)" -eq 0 ] && pass "still no job ran twice" || fail "$(double_runs) job minutes ran twice"
fi
echo "$failures failure(s)"
exit "$failures"
