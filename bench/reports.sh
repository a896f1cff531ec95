#!/usr/bin/env bash
# Report benchmark (issue 6, R1.13), on MariaDB: the report over a year of 1,000,000 messages,
# computed by the application (GET /api/v1/reports, the same code as the Отчёты page), timed over
# repeated requests; baselines in the same run: the cheapest call of the same API (a one-day
# report, mostly HTTP and security), and one bare SQL COUNT(*) over the same year's rows (the cost
# of reading the index range once). Also the XLSX and PDF of the same year.
#
#   bench/reports.sh [MESSAGES] [REPEATS]        (defaults 1000000 10)
#   REUSE_DATA=1 bench/reports.sh                keep the database of the previous run (no new data)
#   POOL_MB=1024 bench/reports.sh                 run with MariaDB's InnoDB buffer pool at that size (set
#                                                 online, restored at the end; the default is 128 MB)
#
# Needs MariaDB on 127.0.0.1:3306 with root access (as .ci/run leaves it) and a built
# target/otklik.war and target/server (`mvn -DskipTests package`). Uses its own database
# otklik_reports (dropped and created) and a copy of the server on port 8380 (offset 300).
set -euo pipefail
cd "$(dirname "$0")/.."
GENERATE=${1:-1000000}
REPEATS=${2:-10}
DB=otklik_reports
OFFSET=300
PORT=$((8080 + OFFSET))
SERVER=/tmp/otklik-reports-server
ADMIN_PASSWORD='Bench-Reports-Secret-2026'
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB OTKLIK_DB_USER=otklik_reports \
    OTKLIK_DB_PASSWORD=bench-password OTKLIK_ADMIN_PASSWORD="$ADMIN_PASSWORD"
sql() { mariadb -uroot -h127.0.0.1 -N "$@"; }

REUSE=${REUSE_DATA:-0}
[ "$REUSE" = 1 ] || sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'otklik_reports'@'127.0.0.1' IDENTIFIED BY 'bench-password';
    GRANT ALL PRIVILEGES ON $DB.* TO 'otklik_reports'@'127.0.0.1'; FLUSH PRIVILEGES;"
[ -f target/otklik.war ] && [ -d target/server ] || mvn -B -q -DskipTests package >&2
mvn -B -q -f bench/messages/pom.xml package >&2
JAR=bench/messages/target/messages-bench.jar

rm -rf "$SERVER" && cp -r target/server "$SERVER"
cp target/otklik.war "$SERVER/standalone/deployments/"
"$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET >/tmp/otklik-bench-reports.log 2>&1 &
POOL_BEFORE=$(sql -e "SELECT @@innodb_buffer_pool_size")
trap 'pkill -f "jboss-modules.jar.*$SERVER" || true; sql -e "SET GLOBAL innodb_buffer_pool_size = $POOL_BEFORE" || true' EXIT
if [ -n "${POOL_MB:-}" ]; then
    sql -e "SET GLOBAL innodb_buffer_pool_size = $((POOL_MB * 1024 * 1024))"
fi
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login || true)" = 200 ] && break
    sleep 1
done

echo "## data"
echo "| figure | value |"
echo "|---|---|"
if [ "$REUSE" != 1 ]; then
START=$(date +%s)
java -jar $JAR generate "$OTKLIK_DB_URL" otklik_reports bench-password "$GENERATE" >/dev/null
echo "| messages generated (spread over the last 365 days) | $(sql -e "SELECT COUNT(*) FROM $DB.message") in $(( $(date +%s) - START )) s |"
fi
# The generator predates the first-answer columns: give closed messages a first answer, the
# minutes between detection and closing capped at a working week (a stand-in for working time).
sql -e "UPDATE $DB.message SET first_answered_at = closed_at,
    first_answer_minutes = LEAST(TIMESTAMPDIFF(MINUTE, detected_at, closed_at), 2400) WHERE status = 'CLOSED'"
# the administrator also acts as curator, so the API's report is allowed
sql -e "INSERT IGNORE INTO $DB.staff_user_role (user_id, role) SELECT id, 'CURATOR' FROM $DB.staff_user WHERE login = 'admin'"
sql -e "ANALYZE TABLE $DB.message" >/dev/null

TO=$(date -u +%F)
FROM=$(date -u -d "$TO - 364 days" +%F)
time_ms() { curl -s -o /dev/null -w '%{time_total}' -u "admin:$ADMIN_PASSWORD" "$1" | awk '{printf "%.0f", $1 * 1000}'; }
stats() { sort -n | awk '{a[NR]=$1} END {p50=a[int((NR+1)/2)]; p95=a[int(NR*0.95+0.999)]; printf "%s ms | %s ms | %s ms", p50, p95, a[NR]}'; }
URL="http://localhost:$PORT/api/v1/reports"
curl -s -u "admin:$ADMIN_PASSWORD" "$URL?from=$FROM&to=$TO" >/dev/null   # warm-up (and the JIT)
curl -s -u "admin:$ADMIN_PASSWORD" "$URL?from=$TO&to=$TO" >/dev/null
TOTAL=$(curl -s -u "admin:$ADMIN_PASSWORD" "$URL?from=$FROM&to=$TO" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

echo "| messages in the report's year ($FROM – $TO) | $TOTAL |"
echo "| MariaDB InnoDB buffer pool | $(( $(sql -e "SELECT @@innodb_buffer_pool_size") / 1024 / 1024 )) MB |"
echo "| size of the report's covering index | $(sql -e "SELECT ROUND(stat_value * @@innodb_page_size / 1048576) FROM mysql.innodb_index_stats WHERE database_name = '$DB' AND table_name = 'message' AND index_name = 'ix_message_report' AND stat_name = 'size'") MB |"
echo
echo "## report over a year ($REPEATS requests each, one at a time)"
echo "| request | p50 | p95 | max |"
echo "|---|---|---|---|"
echo "| \`GET /api/v1/reports\` for the year | $(for _ in $(seq 1 "$REPEATS"); do time_ms "$URL?from=$FROM&to=$TO"; echo; done | stats) |"
echo "| of which computing the report in the server (its log: \"computed in\"), the year's requests above | $(grep -o "for $FROM - $TO ([0-9]* messages) computed in [0-9]* ms" /tmp/otklik-bench-reports.log | tail -n "$REPEATS" | grep -o '[0-9]* ms' | tr -d ' ms' | stats) |"
echo "| baseline: the same API for one day | $(for _ in $(seq 1 "$REPEATS"); do time_ms "$URL?from=$TO&to=$TO"; echo; done | stats) |"
ORG=$(sql -e "SELECT MIN(id) FROM $DB.organisation")
echo "| baseline: bare SQL \`COUNT(*)\` of the year's rows (mariadb client) | $(for _ in $(seq 1 "$REPEATS"); do
    s=$(date +%s%N); sql -e "SELECT COUNT(*) FROM $DB.message WHERE organisation_id = $ORG AND detected_at >= '$FROM' AND detected_at < '$TO 23:59:59'" >/dev/null
    echo $(( ($(date +%s%N) - s) / 1000000 )); done | stats) |"
echo "| \`GET /api/v1/reports/xlsx\` for the year | $(for _ in $(seq 1 3); do time_ms "$URL/xlsx?from=$FROM&to=$TO"; echo; done | stats) |"
echo "| \`GET /api/v1/reports/pdf\` for the year (with two charts) | $(for _ in $(seq 1 3); do time_ms "$URL/pdf?from=$FROM&to=$TO"; echo; done | stats) |"
