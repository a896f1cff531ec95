#!/usr/bin/env bash
# Intake through a MariaDB restart (issue 9): a retrying client (bench/crash/CrashClient.java, as
# monitoring software would) sends COUNT messages through POST /api/v1/messages/batch; when half
# are acknowledged the database is stopped (MODE=term: an orderly shutdown, as a restart does;
# MODE=kill: SIGKILL, a crash) and started again DOWN seconds later, while the application
# server keeps running. Meanwhile the script asks every second:
#   - GET /api/v1/health: must answer 503 with "database":"down";
#   - a one-message POST /api/v1/messages: must answer 503 with a JSON body and Retry-After, never
#     500 or a stack trace;
# and after the database is back, how long until health answers 200 again by itself (no restart,
# the pool validates its connections: wildfly/datasource.cli). Then every acknowledged id must be
# stored exactly once with its registration in the timeline, and the server log must hold no
# "REST incident" (a 500) of the outage.
#
#   bench/db-restart.sh [COUNT] [BATCH] [THREADS] [DOWN]     (defaults 100000 100 4 30)
#   MODE=kill bench/db-restart.sh ...                        (SIGKILL instead of a shutdown)
#
# Runs beside other checkouts' tests: its own MariaDB instance (made in /tmp/otklik-faults-mariadb
# on port 3307: FAULTS_DB_DIR, FAULTS_DB_PORT; stopped and removed at the end), port offset 400
# (HTTP 8480, management 10390), a copy of target/server/standalone under /tmp. Needs the build
# (mvn -B -DskipTests package, run if target/ lacks it) and mariadbd/mariadb-install-db on the
# PATH. Prints a Markdown table; exit 1 when a check fails. KEEP=1 keeps the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/servers.sh
. bench/lib/intake.sh
COUNT=${1:-100000}
BATCH=${2:-100}
THREADS=${3:-4}
DOWN=${4:-30}
MODE=${MODE:-term}
OFFSET=400
PORT=$((8080 + OFFSET))
DB=otklik_dbrestart
trap 'servers_cleanup' EXIT
trap 'exit 130' INT TERM

mariadb_own_start "${FAULTS_DB_DIR:-/tmp/otklik-faults-mariadb}" "${FAULTS_DB_PORT:-3307}"
[ -n "$OWN_MARIADB_PID" ] || { echo "a MariaDB this script did not start runs on that directory: stop it first" >&2; exit 2; }
database_create $DB otklik_dbrestart restart-password
application_built
server_base dbrestart
BASE=$SERVER_BASE
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://$DB_HOST_PORT/$DB OTKLIK_DB_USER=otklik_dbrestart \
    OTKLIK_DB_PASSWORD=restart-password OTKLIK_ADMIN_PASSWORD='Restart-Start-Secret-2026' \
    OTKLIK_SMTP_PORT=$((39005 + OFFSET)) OTKLIK_DATA_DIR=$BASE/data
server_start "$BASE" $OFFSET dbrestart
FIRST_START=$STARTED_IN
LOG=$BASE/console-1.log
TOKEN=$(api_token $DB)

# one probe of each endpoint; appends "seconds-since-stop health-status intake-status retry-after" to $BASE/probes
probe() {
    local h i ra
    h=$(curl -s -o "$BASE/health.body" -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/api/v1/health" || echo 000)
    i=$(curl -s -D "$BASE/intake.headers" -o "$BASE/intake.body" -w '%{http_code}' --max-time 10 \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"source\":\"probe\",\"externalId\":\"probe-$RANDOM$RANDOM\",\"network\":\"vk\",\"kind\":\"INCIDENT\",\"detectedAt\":\"$(date -u -d '-1 min' +%Y-%m-%dT%H:%M:%SZ)\",\"url\":\"https://vk.com/wall-1_1\",\"text\":\"Проверка\"}" \
        "http://127.0.0.1:$PORT/api/v1/messages" || echo 000)
    ra=$(tr -d '\r' < "$BASE/intake.headers" | sed -n 's/^[Rr]etry-[Aa]fter: *//p')
    echo "$1 $h $i ${ra:--}" >> "$BASE/probes"
    if [ "$h" = 503 ] && [ ! -f "$BASE/health-503.body" ]; then cp "$BASE/health.body" "$BASE/health-503.body"; fi
    if [ "$i" != 201 ] && [ "$i" != 200 ] && [ ! -f "$BASE/intake-$i.body" ]; then cp "$BASE/intake.body" "$BASE/intake-$i.body"; fi
}

intake_load_until_half $PORT "$TOKEN" "$COUNT" "$BATCH" "$THREADS" "$BASE"
BEFORE=$($SQL -e "SELECT COUNT(*) FROM $DB.message WHERE source='crash'")
INCIDENTS_BEFORE=$(grep -c 'REST incident' "$LOG" || true)
T0=$SECONDS
mariadb_own_stop "${MODE^^}"
STOPPED_IN=$((SECONDS - T0))
: > "$BASE/probes"
while [ $((SECONDS - T0)) -lt "$DOWN" ]; do probe $((SECONDS - T0)); sleep 1; done
mariadb_own_up
UP_AT=$SECONDS
RECOVERED=
for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/api/v1/health")" = 200 ]; then
        RECOVERED=$((SECONDS - UP_AT)); break
    fi
    sleep 0.5
done
FIRST_OK=
for _ in $(seq 1 120); do
    probe after
    if [ "$(tail -1 "$BASE/probes" | cut -d' ' -f3)" = 201 ]; then FIRST_OK=$((SECONDS - UP_AT)); break; fi
    sleep 0.5
done
intake_finish_and_check $DB "$COUNT" "$BASE" > "$BASE/check.md" && CHECK=0 || CHECK=1
HEALTH_END=$(curl -s --max-time 10 "http://127.0.0.1:$PORT/api/v1/health")
INCIDENTS=$(( $(grep -c 'REST incident' "$LOG" || true) - INCIDENTS_BEFORE ))

# the outage as the probes saw it
OUTAGE=$(grep -v '^after' "$BASE/probes")
N=$(wc -l <<<"$OUTAGE")
H503=$(awk '$2 == 503' <<<"$OUTAGE" | wc -l)
I503=$(awk '$3 == 503' <<<"$OUTAGE" | wc -l)
I503RA=$(awk '$3 == 503 && $4 != "-"' <<<"$OUTAGE" | wc -l)
OTHER=$(awk '$2 != 503 || $3 != 503 {printf "%s s: health %s, intake %s; ", $1, $2, $3}' <<<"$OUTAGE")
HEALTH_BODY=$(cat "$BASE/health-503.body" 2>/dev/null || echo none)
INTAKE_BODY=$(cat "$BASE/intake-503.body" 2>/dev/null || echo none)
RETRY_AFTER=$(awk '$3 == 503 && $4 != "-" {print $4; exit}' <<<"$OUTAGE")

echo "| figure | value |"
echo "|---|---|"
echo "| first start until healthy | ${FIRST_START} s |"
echo "| rows stored when the database was stopped ($MODE) | $BEFORE (stopped in $STOPPED_IN s) |"
echo "| probes during the $DOWN s outage (one a second) | $N: health 503 in $H503, intake 503 in $I503 ($I503RA with Retry-After: ${RETRY_AFTER:-none}) |"
echo "| probes answered otherwise during the outage | ${OTHER:-none} |"
echo "| health's answer during the outage | \`$HEALTH_BODY\` |"
echo "| intake's answer during the outage | \`$INTAKE_BODY\` |"
echo "| database back until health answers 200 (server not restarted) | ${RECOVERED:-never} s |"
echo "| database back until a probe message is accepted | ${FIRST_OK:-never} s |"
echo "| 500 answers with an incident code logged during the run | $INCIDENTS |"
echo "| health at the end | \`$HEALTH_END\` |"
cat "$BASE/check.md"
OK=$CHECK
[ "$H503" = "$N" ] && [ "$I503" = "$N" ] && [ "$I503RA" = "$N" ] || OK=1
[ -n "$RECOVERED" ] && [ -n "$FIRST_OK" ] && [ "$INCIDENTS" = 0 ] || OK=1
grep -q '"status":"up"' <<<"$HEALTH_END" || OK=1
if [ $OK = 0 ]; then echo "| outcome | the outage reported clearly, recovered by itself, nothing acknowledged lost |";
else echo "| outcome | FAILED |"; exit 1; fi
