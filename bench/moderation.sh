#!/usr/bin/env bash
# The moderation queue against the message grid (issue 8: "a queue of 100,000 items pages as fast
# as the message grid"), on MariaDB:
#   1. the server (target/server, port offset 600: HTTP 8680, management 10590) starts once on its
#      own database so that Flyway creates the schema and the organisation, then stops;
#   2. COUNT realistic comments (12 official accounts, 5,000 authors, pending/kept/deleted, some
#      flagged, a year of timestamps) and COUNT messages (bench/messages' generator) are inserted;
#   3. the SQL of the queue's page + count (Moderation.page/count: the organisation's networks and
#      accounts, then the comments alone) and of the grid's page + count (Messages.page/count: open
#      messages by deadline, and all messages newest first) run REPEATS times each after a warm-up,
#      through JDBC, in the same run: p50, p95, max; plus two rows with the queue's SQL before V11
#      (account and network joined into the page) for comparison.
#
#   bench/moderation.sh [COUNT] [REPEATS]     (defaults 100000 100)
#
# Needs MariaDB on 127.0.0.1:3306 with root access. Uses its own database otklik_bench_moderation,
# dropped and created afresh. Stops only its own server (by the port 8680 and its PID).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
REPEATS=${2:-100}
DB=otklik_bench_moderation
OFFSET=600
PORT=$((8080 + OFFSET))
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB OTKLIK_DB_USER=otklik_bench_mod \
    OTKLIK_DB_PASSWORD=bench-password OTKLIK_ADMIN_PASSWORD='Bench-Start-Secret-2026'

mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'otklik_bench_mod'@'127.0.0.1' IDENTIFIED BY 'bench-password';
    GRANT ALL PRIVILEGES ON $DB.* TO 'otklik_bench_mod'@'127.0.0.1'; FLUSH PRIVILEGES;"
[ -f target/otklik.war ] && [ -d target/server ] || mvn -B -q -DskipTests package >&2
[ -f bench/messages/target/messages-bench.jar ] || mvn -B -q -f bench/messages/pom.xml package >&2
# the messages' benchmark jar carries the MariaDB driver; the queue's harness runs as a single source file
JAR=bench/messages/target/messages-bench.jar
MOD="java -cp $JAR bench/moderation/ModerationBenchmark.java"

rm -f target/server/standalone/deployments/otklik.war*
cp target/otklik.war target/server/standalone/deployments/
LOG=/tmp/otklik-bench-moderation.log
target/server/bin/standalone.sh -Djboss.socket.binding.port-offset=$OFFSET >$LOG 2>&1 &
SERVER=$!
stop_server() {
    fuser -k $PORT/tcp >/dev/null 2>&1 || true
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    rm -f target/server/standalone/deployments/otklik.war*
}
trap stop_server EXIT
for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login || true)" = 200 ] && break
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login || true)" = 200 ] \
    || { echo "server did not start, see $LOG" >&2; exit 1; }
stop_server
trap - EXIT

echo "## data"
echo "| figure | value |"
echo "|---|---|"
$MOD generate "$OTKLIK_DB_URL" otklik_bench_mod bench-password "$COUNT"
java -jar $JAR generate "$OTKLIK_DB_URL" otklik_bench_mod bench-password "$COUNT"
q() { mariadb -uroot -h127.0.0.1 -N -e "$1" $DB; }
echo "| comments: pending / kept / deleted | $(q "SELECT CONCAT_WS(' / ', SUM(state='PENDING'), SUM(state='KEPT'), SUM(state='DELETED')) FROM account_comment") |"
echo "| comments flagged (pending) | $(q "SELECT CONCAT(SUM(flagged), ' (', SUM(flagged AND state='PENDING'), ')') FROM account_comment") |"
echo "| messages (open) | $(q "SELECT CONCAT(COUNT(*), ' (', SUM(closed_at IS NULL), ')') FROM message") |"

echo
echo "## page of 50 + total, $REPEATS times each after a warm-up (JDBC on loopback, same SQL as Hibernate)"
echo "| query | total | p50 | p95 | max | p50 page + count |"
echo "|---|---|---|---|---|---|"
$MOD queries "$OTKLIK_DB_URL" otklik_bench_mod bench-password "$REPEATS"
