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
# management 10310; BENCH_OFFSET=n for another), database otklik_crash (dropped and created
# afresh, user otklik_crash), a copy of target/server/standalone under /tmp as the server's base
# directory. Needs MariaDB on 127.0.0.1:3306 with root access (as .ci/run leaves it), or, with
# BENCH_OWN_MARIADB=1, starts a MariaDB of its own as bench/db-restart.sh does. Prints a Markdown
# table; exit 1 on a lost or doubled message. Only the server this script started is ever killed,
# by its pid. The client, the server handling and the check are shared with bench/db-restart.sh
# (bench/lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/servers.sh
. bench/lib/intake.sh
COUNT=${1:-100000}
BATCH=${2:-100}
THREADS=${3:-4}
OFFSET=${BENCH_OFFSET:-320}
PORT=$((8080 + OFFSET))
DB=otklik_crash
trap 'servers_cleanup' EXIT
trap 'exit 130' INT TERM
if [ "${BENCH_OWN_MARIADB:-0}" = 1 ]; then
    mariadb_own_start "${FAULTS_DB_DIR:-/tmp/otklik-faults-mariadb}" "${FAULTS_DB_PORT:-3307}"
else
    mariadb_use_shared
fi
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://$DB_HOST_PORT/$DB OTKLIK_DB_USER=otklik_crash \
    OTKLIK_DB_PASSWORD=crash-password OTKLIK_ADMIN_PASSWORD='Crash-Start-Secret-2026' OTKLIK_SMTP_PORT=$((39005 + OFFSET))

database_create $DB otklik_crash crash-password
application_built
server_base crash
BASE=$SERVER_BASE
export OTKLIK_DATA_DIR=$BASE/data
server_start "$BASE" $OFFSET crash
FIRST_START=$STARTED_IN
TOKEN=$(api_token $DB)

intake_load_until_half $PORT "$TOKEN" "$COUNT" "$BATCH" "$THREADS" "$BASE"
BEFORE_KILL=$($SQL -e "SELECT COUNT(*) FROM $DB.message WHERE source='crash'")
server_stop "$STARTED_PID" KILL
server_start "$BASE" $OFFSET crash
RESTART=$STARTED_IN

echo "| figure | value |"
echo "|---|---|"
echo "| first start until healthy | ${FIRST_START} s |"
echo "| rows stored when the JVM was killed (kill -9) | $BEFORE_KILL |"
echo "| restart after the kill until healthy | ${RESTART} s |"
intake_finish_and_check $DB "$COUNT" "$BASE"
