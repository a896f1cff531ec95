#!/usr/bin/env bash
# Foundation figures (issue 2): build times, server start, memory, WAR size.
#
#   bench/foundation.sh            # warm build, start, RSS, 20 sessions, WAR size
#   bench/foundation.sh --cold     # also a cold build into an empty local Maven repository
#
# Baseline in the same run: the same provisioned WildFly started with no application, so the
# application's own start time and memory can be read as the difference.
# Prints a Markdown table; the figures of the last run are kept in bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8080
DATA=$(mktemp -d /tmp/otklik-bench.XXXXXX)
export OTKLIK_DATA_DIR=$DATA
export OTKLIK_ADMIN_PASSWORD='Bench-Start-Secret-2026'
SERVER=target/server
rows=()
row() { rows+=("| $1 | $2 |"); printf '%-55s %s\n' "$1" "$2"; }
now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f s", e - s }'; }

if [ "${1:-}" = "--cold" ]; then
    COLD_REPO=$(mktemp -d /tmp/otklik-cold-m2.XXXXXX)
    t=$(now)
    mvn -B -q -Dmaven.repo.local="$COLD_REPO" clean package -DskipTests >/tmp/otklik-bench-cold.log 2>&1
    row "cold build (empty local repository, clean package)" "$(since "$t") ($(du -sh "$COLD_REPO" | cut -f1) downloaded)"
    rm -rf "$COLD_REPO"
fi

t=$(now)
mvn -B -q clean package -DskipTests >/tmp/otklik-bench-warm.log 2>&1
row "warm build (clean package, incl. provisioning WildFly)" "$(since "$t")"
row "WAR size" "$(du -h target/otklik.war | cut -f1)"

start_server() { # $1 = with app (yes/no); echoes the PID
    rm -f "$SERVER"/standalone/deployments/otklik.war*
    [ "$1" = yes ] && cp target/otklik.war "$SERVER"/standalone/deployments/
    "$SERVER"/bin/standalone.sh -Djboss.http.port=$PORT >/tmp/otklik-bench-server.log 2>&1 &
    echo $!
}
java_pid() { pgrep -f "jboss-modules.jar.*$(cd "$SERVER" && pwd)" | head -1; }
rss_mb() { awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' /proc/"$(java_pid)"/status; }
stop_server() { kill "$(java_pid)" 2>/dev/null || true; sleep 3; }
wait_for() { # $1 = URL path, $2 = expected code
    for _ in $(seq 1 600); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/$1" || true)
        [ "$code" = "$2" ] && return 0
        sleep 0.1
    done
    echo "server did not answer $2 on /$1" >&2; return 1
}

# baseline: WildFly alone
t=$(now); start_server no >/dev/null
for _ in $(seq 1 600); do grep -q WFLYSRV0025 /tmp/otklik-bench-server.log 2>/dev/null && break; sleep 0.1; done
row "baseline: WildFly start, no application" "$(since "$t")"
sleep 2; row "baseline: WildFly RSS, no application" "$(rss_mb)"
stop_server

# the application (first start: migrations, organisation, admin)
t=$(now); start_server yes >/dev/null; wait_for login 200
row "server start with Otklik until the login page answers (first start)" "$(since "$t")"
sleep 2; row "server RSS after start" "$(rss_mb)"
stop_server
t=$(now); start_server yes >/dev/null; wait_for login 200
row "server start with Otklik (existing data)" "$(since "$t")"

# 20 logged-in sessions, each with its Vaadin UI (the home page)
for i in $(seq 1 20); do
    jar=$DATA/cookies-$i
    curl -s -c "$jar" -b "$jar" -o /dev/null "http://localhost:$PORT/login"
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username=admin \
        --data-urlencode "password=$OTKLIK_ADMIN_PASSWORD" "http://localhost:$PORT/signin"
    code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "http://localhost:$PORT/")
    [ "$code" = 200 ] || { echo "session $i: home page answered $code" >&2; exit 1; }
done
sleep 2; row "server RSS after 20 logged-in sessions" "$(rss_mb)"
stop_server
rm -rf "$DATA"

printf '\n| figure | value |\n|---|---|\n'
printf '%s\n' "${rows[@]}"
