#!/usr/bin/env bash
# Intake survives kill -9 (issue 9): a retrying client sends COUNT messages with external ids
# through POST /api/v1/messages/batch, THREADS batches in flight at a time; when half are
# acknowledged the server's JVM is killed with SIGKILL (mid-transaction for the batches in
# flight), started again, and the client goes on (re-sending every batch it had no answer for).
# Then every acknowledged id must be stored exactly once, each with its registration in the
# timeline (nothing half-written), and nothing else.
#
#   bench/crash-intake.sh [COUNT] [BATCH] [THREADS]      (defaults 100000 100 4)
#
# Own everything, so it runs beside other checkouts' tests: port offset 320 (HTTP 8400,
# management 10310), database otklik_crash (dropped and created afresh, user otklik_crash), a
# copy of target/server/standalone under /tmp as the server's base directory. Needs MariaDB on
# 127.0.0.1:3306 with root access (as .ci/run leaves it). Prints a Markdown table; exit 1 on a
# lost or doubled message. Only the server this script started is ever killed, by its pid.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
BATCH=${2:-100}
THREADS=${3:-4}
OFFSET=320
PORT=$((8080 + OFFSET))
DB=otklik_crash
BASE=$(mktemp -d /tmp/otklik-crash.XXXXXX)
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB OTKLIK_DB_USER=otklik_crash \
    OTKLIK_DB_PASSWORD=crash-password OTKLIK_ADMIN_PASSWORD='Crash-Start-Secret-2026' OTKLIK_SMTP_PORT=39325 \
    OTKLIK_DATA_DIR=$BASE/data
TOKEN=otk_crash_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
SQL="mariadb -uroot -h127.0.0.1 -N -B"
JAVA_PID=

stop_own_server() {
    if [ -n "$JAVA_PID" ] && kill -0 "$JAVA_PID" 2>/dev/null; then
        kill "$JAVA_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$JAVA_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$JAVA_PID" 2>/dev/null || true
    fi
}
trap 'stop_own_server; rm -rf "$BASE"' EXIT
trap 'exit 130' INT TERM

$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'otklik_crash'@'127.0.0.1' IDENTIFIED BY 'crash-password';
    GRANT ALL PRIVILEGES ON $DB.* TO 'otklik_crash'@'127.0.0.1'; FLUSH PRIVILEGES;"
[ -f target/otklik.war ] && [ -d target/server ] || mvn -B -q -DskipTests package >&2
cp -r target/server/standalone "$BASE/standalone"
rm -rf "$BASE"/standalone/{data,log,tmp} "$BASE"/standalone/deployments/*
cp target/otklik.war "$BASE/standalone/deployments/"

# starts the server in the background; sets JAVA_PID once /api/v1/health answers 200
start_server() {
    target/server/bin/standalone.sh -Djboss.server.base.dir="$BASE/standalone" \
        -Djboss.socket.binding.port-offset=$OFFSET > "$BASE/server-$1.log" 2>&1 &
    local sh=$! t0=$SECONDS
    for _ in $(seq 1 240); do
        JAVA_PID=$(pgrep -P "$sh" java || true)
        [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/api/v1/health || true)" = 200 ] && break
        sleep 0.5
    done
    [ -n "$JAVA_PID" ] || { echo "server did not start: $BASE/server-$1.log" >&2; tail -20 "$BASE/server-$1.log" >&2; exit 2; }
    STARTED_IN=$((SECONDS - t0))
}

start_server 1
FIRST_START=$STARTED_IN
ORG=$($SQL -e "SELECT MIN(id) FROM $DB.organisation")
$SQL -e "INSERT INTO $DB.api_token (id, organisation_id, name, token_prefix, token_hash, created_by, created_at, version)
    VALUES (999999, $ORG, 'crash', '${TOKEN:0:10}', '$HASH', 'bench', NOW(6), 0)"

java bench/crash/CrashClient.java "http://127.0.0.1:$PORT" "$TOKEN" "$COUNT" "$BATCH" "$THREADS" "$BASE/acks" "$BASE/kill" \
    > "$BASE/client.out" 2> "$BASE/client.err" &
CLIENT=$!
while [ ! -f "$BASE/kill" ]; do
    kill -0 $CLIENT 2>/dev/null || { cat "$BASE/client.err" >&2; echo "client ended before the kill" >&2; exit 2; }
    sleep 0.05
done
BEFORE_KILL=$($SQL -e "SELECT COUNT(*) FROM $DB.message WHERE source='crash'")
kill -9 "$JAVA_PID"
KILLED_AT=$(date +%s)
while kill -0 "$JAVA_PID" 2>/dev/null; do sleep 0.1; done
JAVA_PID=
start_server 2
RESTART=$STARTED_IN
wait $CLIENT || { cat "$BASE/client.err" >&2; exit 2; }

ROWS=$($SQL -e "SELECT COUNT(*) FROM $DB.message WHERE source='crash'")
DISTINCT=$($SQL -e "SELECT COUNT(DISTINCT external_id) FROM $DB.message WHERE source='crash'")
OUT_OF_RANGE=$($SQL -e "SELECT COUNT(*) FROM $DB.message WHERE source='crash' AND
    (external_id NOT LIKE 'crash-%' OR CAST(SUBSTRING(external_id, 7) AS UNSIGNED) >= $COUNT)")
NO_TIMELINE=$($SQL -e "SELECT COUNT(*) FROM $DB.message m WHERE m.source='crash' AND NOT EXISTS
    (SELECT 1 FROM $DB.message_event e WHERE e.message_id = m.id AND e.type = 'REGISTERED')")
EXTRA_EVENTS=$($SQL -e "SELECT COUNT(*) - COUNT(DISTINCT e.message_id) FROM $DB.message_event e
    JOIN $DB.message m ON m.id = e.message_id WHERE m.source='crash' AND e.type = 'REGISTERED'")
ACKED=$(awk 'NF == 2 {s += $2 - $1} END {print s}' "$BASE/acks")

echo "| figure | value |"
echo "|---|---|"
cat "$BASE/client.out"
echo "| first start until healthy | ${FIRST_START} s |"
echo "| rows stored when the JVM was killed (kill -9) | $BEFORE_KILL |"
echo "| restart after the kill until healthy | ${RESTART} s |"
echo "| ids acknowledged by the server | $ACKED |"
echo "| rows stored with those ids / distinct ids / others | $ROWS / $DISTINCT / $OUT_OF_RANGE |"
echo "| messages without their registration in the timeline / doubled registrations | $NO_TIMELINE / $EXTRA_EVENTS |"
if [ "$ACKED" = "$COUNT" ] && [ "$ROWS" = "$COUNT" ] && [ "$DISTINCT" = "$COUNT" ] && [ "$OUT_OF_RANGE" = 0 ] \
        && [ "$NO_TIMELINE" = 0 ] && [ "$EXTRA_EVENTS" = 0 ]; then
    echo "| result | every acknowledged message stored exactly once, nothing half-written |"
else
    echo "| result | FAILED |"; exit 1
fi
