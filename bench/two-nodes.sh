#!/usr/bin/env bash
# Deadline alarms on two WildFly nodes (issue 9): two servers on one machine (port offsets 400 and
# 450, node names faults-a and faults-b, each with its own copy of target/server/standalone as
# jboss.server.base.dir) share one MariaDB database (and WildFly's database timer store,
# wildfly/timers.cli); each runs the deadline sweep every 15 s. COUNT messages are
# sent through the REST API, then their warning and deadline instants are set to fall within the
# next minutes (warnings spread over SPREAD seconds from 30 s on, each deadline GAP seconds after
# its warning), directly in the database as bench/deadlines.sh does: the sweep compares instants
# only, so the weekday and the working hours of the run do not matter. Half-way through the
# spread the node that swept last is killed with SIGKILL, 0.3 s after an expiry of the sweep's
# timer (so, as a rule, in the middle of that sweep); the other goes on alone. At the end
# every message must have exactly one deadline warning and one overdue notice in its timeline, and
# each of its notifications (warning: the curator; overdue: the curator and the head) exactly once.
#
#   bench/two-nodes.sh [COUNT] [SPREAD] [GAP]      (defaults 300 120 45)
#
# Runs beside other checkouts' tests: its own MariaDB instance (made in /tmp/otklik-faults-mariadb
# on port 3307: FAULTS_DB_DIR, FAULTS_DB_PORT; reused if already running, else stopped and removed
# at the end), database otklik_twonodes, HTTP ports 8480 and 8530. Needs the build
# (mvn -B -DskipTests package, run if target/ lacks it). Prints a Markdown table; exit 1 when a
# check fails. KEEP=1 keeps the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/servers.sh
COUNT=${1:-300}
SPREAD=${2:-120}
GAP=${3:-45}
OFFSETS=(400 450)
NODES=(faults-a faults-b)
DB=otklik_twonodes
trap 'servers_cleanup' EXIT
trap 'exit 130' INT TERM
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

mariadb_own_start "${FAULTS_DB_DIR:-/tmp/otklik-faults-mariadb}" "${FAULTS_DB_PORT:-3307}"
database_create $DB otklik_twonodes twonodes-password
application_built
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://$DB_HOST_PORT/$DB OTKLIK_DB_USER=otklik_twonodes \
    OTKLIK_DB_PASSWORD=twonodes-password OTKLIK_ADMIN_PASSWORD='Two-Nodes-Start-Secret-2026'
BASES=() PIDS=() STARTS=()
for i in 0 1; do   # one after the other: the first runs the migrations and creates the organisation
    server_base "${NODES[$i]}"
    BASES+=("$SERVER_BASE")
    say "starting ${NODES[$i]} (port offset ${OFFSETS[$i]})"
    OTKLIK_DATA_DIR=$SERVER_BASE/data OTKLIK_SMTP_PORT=$((39005 + OFFSETS[i])) \
        server_start "$SERVER_BASE" "${OFFSETS[$i]}" "${NODES[$i]}"
    PIDS+=("$STARTED_PID")
    STARTS+=("$STARTED_IN")
done
TOKEN=$(api_token $DB)
ORG=$($SQL -e "SELECT MIN(id) FROM $DB.organisation")
$SQL $DB -e "INSERT INTO staff_user (id, organisation_id, login, full_name, email, password_hash, password_change_required,
        active, locale, created_at, version) VALUES
        (2000001, $ORG, 'nodes-curator', 'Куратор', NULL, 'bench: nobody logs in', FALSE, TRUE, 'ru', NOW(6), 0),
        (2000002, $ORG, 'nodes-head', 'Глава', NULL, 'bench: nobody logs in', FALSE, TRUE, 'ru', NOW(6), 0);
    INSERT INTO staff_user_role (user_id, role) VALUES (2000001, 'CURATOR'), (2000002, 'HEAD');"

say "sending $COUNT messages through node ${NODES[0]}"
DETECTED=$(date -u -d '-1 min' +%Y-%m-%dT%H:%M:%SZ)
BODY=$(for k in $(seq 0 $((COUNT - 1))); do
    printf '{"source":"nodes","externalId":"nodes-%d","network":"vk","kind":"INCIDENT","detectedAt":"%s","url":"https://vk.com/wall-2_%d","text":"Сообщение %d"}\n' \
        "$k" "$DETECTED" "$k" "$k"
done | paste -sd, | sed 's/^/[/; s/$/]/')
CODE=$(curl -s -o "${BASES[0]}/batch.json" -w '%{http_code}' --max-time 300 -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "$BODY" "http://127.0.0.1:$((8080 + OFFSETS[0]))/api/v1/messages/batch")
[ "$CODE" = 200 ] || { echo "the batch was refused: $CODE $(head -c 300 "${BASES[0]}/batch.json")" >&2; exit 2; }

# the alarms: warning k at T0 + k * SPREAD / COUNT, its deadline GAP seconds later
T0=$(( $(date +%s) + 30 ))
$SQL $DB -e "SET time_zone = '+00:00';
    UPDATE message m JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM message WHERE source = 'nodes') r ON r.id = m.id
    SET m.warn_at = FROM_UNIXTIME($T0 + r.k * $SPREAD / $COUNT),
        m.due_at = FROM_UNIXTIME($T0 + r.k * $SPREAD / $COUNT + $GAP),
        m.current_due_at = FROM_UNIXTIME($T0 + r.k * $SPREAD / $COUNT + $GAP),
        m.alarm_at = FROM_UNIXTIME($T0 + r.k * $SPREAD / $COUNT), m.warned_for = NULL, m.overdue_for = NULL"
LAST_DUE=$((T0 + SPREAD + GAP))
given() {   # alarms given according to the sweep's log lines of the node with base directory $1
    grep -h -o 'Deadline sweep: [0-9]* alarms' "$1"/console-*.log 2>/dev/null | awk '{s += $3} END {print s + 0}' || true
}
last_sweep() {   # the time of day of that node's latest sweep that gave alarms, or nothing
    grep -h 'Deadline sweep: [0-9]* alarms' "$1"/console-*.log 2>/dev/null | grep -o -E '[0-9]{2}:[0-9]{2}:[0-9]{2},[0-9]{3}' \
        | tail -1 || true
}
EVENTS="SELECT COUNT(*) FROM $DB.message_event e JOIN $DB.message m ON m.id = e.message_id WHERE m.source = 'nodes' AND e.type"

KILL_AT=$((T0 + SPREAD / 2))
say "alarms from $(date -u -d @$T0 +%H:%M:%S) to $(date -u -d @$LAST_DUE +%H:%M:%S) UTC; a node is killed at $(date -u -d @$KILL_AT +%H:%M:%S)"
while [ "$(date +%s)" -lt $KILL_AT ]; do sleep 1; done
# ... at the next expiry of the sweep's timer (second */15) plus 0.3 s: inside that sweep's work
NEXT=$(( ($(date +%s) / 15 + 1) * 15 ))
sleep "$(awk -v t="$NEXT" -v now="$(date +%s.%N)" 'BEGIN { printf "%.3f", t + 0.3 - now }')"
# the victim: the node whose log shows the latest sweep (the timer's current holder), else the first
VICTIM=0
A=$(last_sweep "${BASES[0]}") B=$(last_sweep "${BASES[1]}")
if [[ -n "$B" && ( -z "$A" || "$B" > "$A" ) ]]; then VICTIM=1; fi
SURVIVOR=$((1 - VICTIM))
BEFORE_W=$($SQL -e "$EVENTS = 'DEADLINE_WARNING'") BEFORE_O=$($SQL -e "$EVENTS = 'DEADLINE_OVERDUE'")
GIVEN_A=$(given "${BASES[0]}") GIVEN_B=$(given "${BASES[1]}")
server_stop "${PIDS[$VICTIM]}" KILL
KILLED=$(date +%H:%M:%S.%N | cut -c1-12)
TIMER_ROW=$($SQL -e "SELECT CONCAT(TIMER_STATE, ' on ', COALESCE(NODE_NAME, 'no node')) FROM $DB.JBOSS_EJB_TIMER" 2>/dev/null | paste -sd, || echo "?")
say "killed ${NODES[$VICTIM]} (kill -9); warnings/overdue given so far: $BEFORE_W/$BEFORE_O"

# wait for the last overdue notice (one sweep after the last deadline), or give up 4 minutes later
DONE_AT=
while [ "$(date +%s)" -lt $((LAST_DUE + 240)) ]; do
    if [ "$($SQL -e "SELECT COUNT(*) FROM $DB.message WHERE source = 'nodes' AND alarm_at IS NOT NULL")" = 0 ]; then
        DONE_AT=$(date +%s); break
    fi
    sleep 2
done
sleep 20   # one more sweep on the survivor: nothing more may be given
GIVEN_SURVIVOR=$(( $(given "${BASES[$SURVIVOR]}") - $( [ $SURVIVOR = 0 ] && echo "$GIVEN_A" || echo "$GIVEN_B") ))
HEALTH=$(curl -s --max-time 10 "http://127.0.0.1:$((8080 + OFFSETS[SURVIVOR]))/api/v1/health")

per_message() {   # how many messages have N events of type $1, as "n×count" pairs
    $SQL -e "SELECT c, COUNT(*) FROM (SELECT m.id, (SELECT COUNT(*) FROM $DB.message_event e WHERE e.message_id = m.id
        AND e.type = '$1') c FROM $DB.message m WHERE m.source = 'nodes') x GROUP BY c ORDER BY c" | awk '{printf "%s%s× %s", sep, $2, $1; sep="; "}'
}
W=$(per_message DEADLINE_WARNING)
O=$(per_message DEADLINE_OVERDUE)
NOTES=$($SQL -e "SELECT n.kind, COUNT(*), COUNT(DISTINCT n.message_id, n.recipient_id) FROM $DB.notification n
    JOIN $DB.message m ON m.id = n.message_id WHERE m.source = 'nodes' AND n.kind IN ('DEADLINE_WARNING', 'DEADLINE_OVERDUE')
    GROUP BY n.kind ORDER BY n.kind")
NOTE_W=$(awk '$1 == "DEADLINE_WARNING" {print $2 " (" $3 " distinct message and recipient)"}' <<<"$NOTES")
NOTE_O=$(awk '$1 == "DEADLINE_OVERDUE" {print $2 " (" $3 " distinct message and recipient)"}' <<<"$NOTES")
LATE=$($SQL -e "SET time_zone = '+00:00'; SELECT ROUND(MAX(TIMESTAMPDIFF(MICROSECOND, m.current_due_at, e.occurred_at)) / 1e6, 1)
    FROM $DB.message_event e JOIN $DB.message m ON m.id = e.message_id WHERE m.source = 'nodes' AND e.type = 'DEADLINE_OVERDUE'" 2>/dev/null || echo "?")
TIMERS=$($SQL -e "SELECT COUNT(*) FROM $DB.JBOSS_EJB_TIMER" 2>/dev/null || echo "?")

echo "| figure | value |"
echo "|---|---|"
echo "| nodes | ${NODES[0]} (offset ${OFFSETS[0]}, started in ${STARTS[0]} s), ${NODES[1]} (offset ${OFFSETS[1]}, started in ${STARTS[1]} s), one database, timer rows in JBOSS_EJB_TIMER: $TIMERS |"
echo "| messages | $COUNT, warnings spread over $SPREAD s, each deadline $GAP s after its warning |"
echo "| alarms given before the kill | ${NODES[0]}: $GIVEN_A, ${NODES[1]}: $GIVEN_B (warnings $BEFORE_W, overdue $BEFORE_O in the timelines) |"
echo "| killed (kill -9), half-way, 0.3 s after an expiry of the sweep's timer | ${NODES[$VICTIM]} (it had swept last), at $KILLED; the timer's row right after: $TIMER_ROW |"
echo "| the killed node's last sweep that gave alarms, as logged | $(last_sweep "${BASES[$VICTIM]}") (the expiry it was killed in: $(date -d @$NEXT +%H:%M:%S)) |"
echo "| alarms given by ${NODES[$SURVIVOR]} after the kill | $GIVEN_SURVIVOR |"
echo "| every alarm given, after the last deadline | $([ -n "$DONE_AT" ] && echo "$((DONE_AT - LAST_DUE)) s" || echo "NOT within 240 s") |"
echo "| latest overdue notice after its deadline | ${LATE} s |"
echo "| messages by number of deadline warnings in the timeline | $W |"
echo "| messages by number of overdue notices in the timeline | $O |"
echo "| warning notifications (curator) | ${NOTE_W:-0} of $COUNT expected |"
echo "| overdue notifications (curator, head) | ${NOTE_O:-0} of $((2 * COUNT)) expected |"
echo "| health of ${NODES[$SURVIVOR]} at the end | \`$HEALTH\` |"
if [ "$W" = "$COUNT× 1" ] && [ "$O" = "$COUNT× 1" ] && [ "$NOTE_W" = "$COUNT ($COUNT distinct message and recipient)" ] \
        && [ "$NOTE_O" = "$((2 * COUNT)) ($((2 * COUNT)) distinct message and recipient)" ] && [ -n "$DONE_AT" ]; then
    echo "| result | every warning and overdue notice given exactly once across both nodes, through the kill |"
else
    echo "| result | FAILED |"; exit 1
fi
