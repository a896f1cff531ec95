#!/usr/bin/env bash
# Message desk benchmarks (issue 4), on MariaDB:
#   1. ingestion through the REST API (single requests, repeats, batches of 1,000) against a raw
#      JDBC batch insert of the same rows into the same table, in the same run;
#   2. the generator of 1,000,000 realistic messages;
#   3. the grid's page queries (page of 50 plus the total) over those rows: p50, p95, max;
#   4. batches again, into the table of a million rows (known external ids are looked up per batch).
#
#   bench/messages.sh [COUNT_FOR_INGESTION] [MESSAGES_TO_GENERATE]     (defaults 20000 1000000)
#
# Each ingestion path is warmed up for WARMUP seconds first (default 60; batches half of it).
#
# Needs MariaDB on 127.0.0.1:3306 with root access (as .ci/run leaves it). Uses its own database
# otklik_bench, dropped and created afresh, and the server provisioned in target/server.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-20000}
GENERATE=${2:-1000000}
DB=otklik_bench
PORT=8080
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB OTKLIK_DB_USER=otklik_bench \
    OTKLIK_DB_PASSWORD=bench-password OTKLIK_ADMIN_PASSWORD='Bench-Start-Secret-2026'
TOKEN=otk_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)

mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'otklik_bench'@'127.0.0.1' IDENTIFIED BY 'bench-password';
    GRANT ALL PRIVILEGES ON $DB.* TO 'otklik_bench'@'127.0.0.1'; FLUSH PRIVILEGES;"
# A buffer pool the size a production database for a million messages would be given (the
# packaged default of 128 MB no longer holds the indexes of a few hundred thousand messages, and
# every insert, of the application and of the raw JDBC baseline alike, then waits on the disk:
# batches fell from 11,000/s to 3,700/s within one run). Set for the run, restored at its end.
POOL_BEFORE=$(mariadb -uroot -h127.0.0.1 -N -e "SELECT @@innodb_buffer_pool_size")
mariadb -uroot -h127.0.0.1 -e "SET GLOBAL innodb_buffer_pool_size = 2147483648"
# The server's heap likewise: WildFly's default of 512 MB spent 11% of a batch run in collector
# pauses (JFR, 29.11.2026); a production node is given more. JBOSS_JAVA_SIZING overrides it.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g}"
[ -f target/otklik.war ] && [ -d target/server ] || mvn -B -q -DskipTests package >&2
mvn -B -q -f bench/messages/pom.xml package >&2
JAR=bench/messages/target/messages-bench.jar

rm -f target/server/standalone/deployments/otklik.war*
cp target/otklik.war target/server/standalone/deployments/
target/server/bin/standalone.sh -Djboss.http.port=$PORT >/tmp/otklik-bench-messages.log 2>&1 &
trap 'pkill -f "jboss-modules.jar.*target/server" || true; rm -f target/server/standalone/deployments/otklik.war*
    mariadb -uroot -h127.0.0.1 -e "SET GLOBAL innodb_buffer_pool_size = $POOL_BEFORE" || true' EXIT
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login || true)" = 200 ] && break
    sleep 1
done
ORG=$(mariadb -uroot -h127.0.0.1 -N -e "SELECT MIN(id) FROM $DB.organisation")
# a token for the benchmark, stored as the application stores tokens (SHA-256 only)
mariadb -uroot -h127.0.0.1 -e "INSERT INTO $DB.api_token (id, organisation_id, name, token_prefix, token_hash,
    created_by, created_at, version) VALUES (999999, $ORG, 'benchmark', '${TOKEN:0:10}', '$HASH', 'bench', NOW(6), 0)"

echo "## ingestion ($COUNT messages)"
echo "| figure | value |"
echo "|---|---|"
java -jar $JAR ingest http://localhost:$PORT "$TOKEN" "$OTKLIK_DB_URL" otklik_bench bench-password "$COUNT" 8

echo
echo "## generator"
echo "| figure | value |"
echo "|---|---|"
java -jar $JAR generate "$OTKLIK_DB_URL" otklik_bench bench-password "$GENERATE"
echo "| rows in message | $(mariadb -uroot -h127.0.0.1 -N -e "SELECT COUNT(*) FROM $DB.message") |"
echo "| open rows | $(mariadb -uroot -h127.0.0.1 -N -e "SELECT COUNT(*) FROM $DB.message WHERE closed_at IS NULL") |"

echo
echo "## grid page queries over all rows (page of 50 with the total; HTTP time on loopback)"
echo "| query | p50 | p95 | max |"
echo "|---|---|---|---|"
java -jar $JAR grid http://localhost:$PORT "$TOKEN" 100

echo
echo "## ingestion into the table of a million rows (batches of 1,000; the lookup of known external ids at scale)"
echo "| figure | value |"
echo "|---|---|"
java -jar $JAR ingest http://localhost:$PORT "$TOKEN" "$OTKLIK_DB_URL" otklik_bench bench-password 20000 8 batch,raw
