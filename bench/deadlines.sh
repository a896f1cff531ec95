#!/usr/bin/env bash
# Deadline timers (issue 5), on MariaDB: the shipped design, ONE persistent EJB timer every 15 s
# sweeping the indexed column message.alarm_at (DeadlineSweep), against the other one, a
# persistent single-action EJB timer PER DEADLINE (bench/deadlines/timers-war), measured in one run
# on the same server, database and timer store:
#   1. the sweep's query at steady state over OPEN open messages (nothing due): EXPLAIN, p50/p95/max
#      over JDBC, and the same query with IGNORE INDEX (ix_message_alarm) as the baseline;
#   2. bursts of BURST alarms on the running server, all due at one instant and spread over 60 s:
#      the sweep's own log lines and the delay from each alarm instant to its notification rows
#      (p50/p95/max); the same for a burst that fell due while the server was down (caught up by
#      the first sweeps after the start);
#   3. the timer per deadline: creating TIMERS persistent timers (stopped after TIMER_BUDGET seconds
#      and extrapolated if slower), how late BURST timers due at one instant fire, the server's start
#      time, memory (RSS, heap after a full GC) and idle CPU with and without those timers in
#      JBOSS_EJB_TIMER, and cancelling them all.
# Prints the Markdown report on stdout, progress on stderr.
#
#   bench/deadlines.sh [OPEN] [HISTORY] [TIMERS] [BURST]      (defaults 100000 500000 100000 2000)
#
# HISTORY closed messages of the bench/messages generator (its jar, built if missing) sit under the
# open ones, as in a real table (their alarm_at is NULL). Needs MariaDB on 127.0.0.1:3306 with root
# access and the build's target/otklik.war and target/server (run `mvn -DskipTests package` first;
# this script never runs Maven on the application). It works on its own copies and ports only:
# database otklik_deadlines (dropped and created afresh), the server copied to
# /tmp/otklik-bench-server and started with port offset 200 (HTTP 8280, management 10190), so tests
# on target/server and port 8080 can run meanwhile. The server is stopped on exit; the database is
# left for inspection (drop it with `DROP DATABASE otklik_deadlines`).
set -euo pipefail
cd "$(dirname "$0")/.."
OPEN=${1:-100000}
HISTORY=${2:-500000}
TIMERS=${3:-100000}
BURST=${4:-2000}
TIMER_BUDGET=${TIMER_BUDGET:-1500}   # seconds allowed for creating the timers before extrapolating
IDLE=${IDLE:-120}                    # seconds of idle CPU measured (two refreshes of the timer store)
SETTLE=30                            # seconds after the start before memory is read
DB=otklik_deadlines
SERVER=/tmp/otklik-bench-server
HTTP=http://localhost:8280
WORK=/tmp/otklik-bench-deadlines
JDBC=jdbc:mariadb://127.0.0.1:3306/$DB
export OTKLIK_DB_DRIVER=mariadb OTKLIK_DB_URL=$JDBC OTKLIK_DB_USER=otklik_deadlines \
    OTKLIK_DB_PASSWORD=bench-password OTKLIK_ADMIN_PASSWORD='Bench-Deadlines-Throwaway-2026'
unset JAVA_OPTS LAUNCH_JBOSS_IN_BACKGROUND   # the server's own defaults (standalone.conf)
TOOL=bench/deadlines/tool/target/deadlines-bench.jar
TIMERS_WAR=bench/deadlines/timers-war/target/timers-bench.war
GENERATOR=bench/messages/target/messages-bench.jar
API=$HTTP/timers-bench/api/timers

say() { echo "[$(date +%H:%M:%S)] $*" >&2; }
sql() { mariadb -uroot -h127.0.0.1 -N -B "$DB" -e "$1"; }
tool() { java -jar $TOOL "$1" "$JDBC" "$OTKLIK_DB_USER" "$OTKLIK_DB_PASSWORD" "${@:2}"; }
now_ms() { date +%s%3N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
field() { sed -n "s/.*\b$1=\([0-9-]*\).*/\1/p" <<<"$2"; }   # a value out of the WAR's key=value answers
report() { echo "$*" >>$WORK/report.md; }

[ -f target/otklik.war ] && [ -d target/server ] || {
    echo "target/otklik.war or target/server missing: build the application first (mvn -DskipTests package)" >&2
    exit 1
}
for port in 8280 10190; do
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
        echo "port $port is in use: another bench server is running?" >&2
        exit 1
    fi
done
rm -rf $WORK && mkdir -p $WORK

# ------------------------------------------------------------------ the server, started and stopped by pid
SH_PID=
JAVA_PID=
START_NAME=
server_pid() { pgrep -P "$SH_PID" -f 'jboss-modules\.jar' || true; }   # the JVM, never standalone.sh's probes
stop_server() {
    [ -n "$SH_PID" ] && [ -z "$JAVA_PID" ] && JAVA_PID=$(server_pid)
    [ -n "$JAVA_PID" ] || return 0
    local t0
    t0=$(now_ms)
    kill -TERM "$JAVA_PID" 2>/dev/null || true
    for _ in $(seq 1 240); do
        kill -0 "$JAVA_PID" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$JAVA_PID" 2>/dev/null; then
        say "server $JAVA_PID did not stop in 120 s: killed"
        kill -KILL "$JAVA_PID" 2>/dev/null || true
    fi
    wait "$SH_PID" 2>/dev/null || true
    STOPPED_IN=$(secs "$t0" "$(now_ms)")
    say "server stopped in $STOPPED_IN s"
    JAVA_PID=
    SH_PID=
}
trap 'stop_server' EXIT
trap 'exit 130' INT TERM

# Starts the server (its deployments are what lies in standalone/deployments) and waits for the
# login page; sets STARTED_IN (WildFly's "started in"), LOGIN_IN (launch to /login answering 200).
start_server() {
    START_NAME=$1
    local t0 code=
    t0=$(now_ms)
    $SERVER/bin/standalone.sh -Djboss.socket.binding.port-offset=200 >$WORK/console-$START_NAME.log 2>&1 &
    SH_PID=$!
    for _ in $(seq 1 300); do
        JAVA_PID=$(server_pid)
        [ -n "$JAVA_PID" ] && break
        sleep 0.2
    done
    [ -n "$JAVA_PID" ] || { say "the server did not start (see $WORK/console-$START_NAME.log)"; exit 1; }
    for _ in $(seq 1 1200); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 $HTTP/login || true)
        [ "$code" = 200 ] && break
        kill -0 "$JAVA_PID" 2>/dev/null || { say "the server died (see $WORK/console-$START_NAME.log)"; exit 1; }
        sleep 0.5
    done
    [ "$code" = 200 ] || { say "no login page after 10 minutes (see $WORK/console-$START_NAME.log)"; exit 1; }
    LOGIN_IN=$(secs "$t0" "$(now_ms)")
    for _ in $(seq 1 20); do
        grep -q 'WFLYSRV0025\|WFLYSRV0026' $WORK/console-$START_NAME.log && break
        sleep 0.5
    done
    if grep -q 'WFLYSRV0026' $WORK/console-$START_NAME.log; then
        say "the server started with errors (see $WORK/console-$START_NAME.log)"
        exit 1
    fi
    STARTED_IN=$(grep -o 'started in [0-9]*ms' $WORK/console-$START_NAME.log | tail -1 | tr -dc 0-9 || true)
    STARTED_IN=$(secs 0 "$STARTED_IN")
    say "server $START_NAME: WildFly started in $STARTED_IN s, login page after $LOGIN_IN s"
}
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/$JAVA_PID/status; }
cpu_ticks() { awk '{ print $14 + $15 }' /proc/$JAVA_PID/stat; }
heap_mb() { field heap_used_mb "$(curl -s --max-time 120 $API/heap)"; }
timer_count() { field timers "$(curl -s --max-time 600 $API/count)"; }
idle_cpu() {   # CPU seconds the idle server used over IDLE seconds
    local c0 c1 hz
    hz=$(getconf CLK_TCK)
    c0=$(cpu_ticks)
    sleep "$IDLE"
    c1=$(cpu_ticks)
    awk -v a="$c0" -v b="$c1" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz }'
}
sweep_lines() { grep -o 'Deadline sweep: [0-9]* alarms given in [0-9]* ms' $WORK/console-$START_NAME.log || true; }
sweep_summary() {   # the sweep's log lines since line $1 of the console log, as "N alarms in X ms; ..."
    sweep_lines | tail -n +"$(($1 + 1))" | sed 's/Deadline sweep: \([0-9]*\) alarms given in \([0-9]*\) ms/\1 in \2 ms/' \
        | paste -sd';' | sed 's/;/; /g'
}

# ------------------------------------------------------------------ 1. prepare
say "building bench/deadlines"
mvn -B -q -f bench/deadlines/pom.xml package >&2
[ -f $GENERATOR ] || mvn -B -q -f bench/messages/pom.xml package >&2

say "copying the server to $SERVER"
rm -rf $SERVER && cp -r target/server $SERVER
rm -rf $SERVER/standalone/data $SERVER/standalone/tmp $SERVER/standalone/log \
    $SERVER/standalone/configuration/standalone_xml_history
find $SERVER/standalone/deployments -mindepth 1 ! -name README.txt -delete
# the copy may carry a managed deployment of the tests; the bench deploys through the scanner only
perl -0pi -e 's{\n\s*<deployments>.*?</deployments>}{}s' $SERVER/standalone/configuration/standalone.xml
cp target/otklik.war $SERVER/standalone/deployments/

mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'otklik_deadlines'@'127.0.0.1' IDENTIFIED BY 'bench-password';
    GRANT ALL PRIVILEGES ON $DB.* TO 'otklik_deadlines'@'127.0.0.1'; FLUSH PRIVILEGES;"

report "Run of $(date '+%d.%m.%Y %H:%M') on $(nproc) cores, load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
report ""
report "## setup"
report ""
report "| figure | value |"
report "|---|---|"
start_server schema
report "| first start on the empty database (migrations, organisation, administrator), until /login answers | $LOGIN_IN s |"
report "| server heap (standalone.conf) | $(grep -o -- '-Xms[0-9]*[mg] -Xmx[0-9]*[mg]' $WORK/console-schema.log | head -1 || true) |"
stop_server

if [ "$HISTORY" -gt 0 ]; then
    say "generating $HISTORY messages of history (bench/messages generator)"
    report "$(java -jar $GENERATOR generate "$JDBC" "$OTKLIK_DB_USER" "$OTKLIK_DB_PASSWORD" "$HISTORY" \
        | sed 's/generated messages/history: messages of the bench\/messages generator/')"
    # its few open ones have no alarm (the generator predates alarm_at): closed, so the open ones are ours
    sql "UPDATE message SET closed_at = registered_at, status = 'CLOSED' WHERE closed_at IS NULL"
fi
tool staff
say "filling $OPEN open messages"
report "$(tool fill "$OPEN")"
report "| staff notified of deadlines | a curator and a head, no e-mail address (no mail is attempted) |"
report ""

# ------------------------------------------------------------------ 2. the sweep's query at steady state
say "timing the sweep's query"
report "## 1. the sweep's query at steady state"
report ""
report "$(tool query 2000)"
report ""

# ------------------------------------------------------------------ 3. start without per-deadline timers, bursts
# Each start is measured the same way: WildFly's "started in", launch until /login answers, the
# bench WAR's timers held, RSS and heap after a full GC $SETTLE s later; the shutdown time.
W_START=() W_LOGIN=() W_RSS=() W_HEAP=() W_STOP=() W_COUNT=()
T_START=() T_LOGIN=() T_RSS=() T_HEAP=() T_STOP=() T_COUNT=()
measure_start() {   # NAME with|without
    start_server "$1"
    local count
    count=$(timer_count)
    sleep $SETTLE
    if [ "$2" = with ]; then
        T_START+=("$STARTED_IN") T_LOGIN+=("$LOGIN_IN") T_COUNT+=("$count") T_RSS+=("$(rss_mb)") T_HEAP+=("$(heap_mb)")
    else
        W_START+=("$STARTED_IN") W_LOGIN+=("$LOGIN_IN") W_COUNT+=("$count") W_RSS+=("$(rss_mb)") W_HEAP+=("$(heap_mb)")
    fi
}
# the bench WAR's timers moved aside and back while the server is down, so that starts with and
# without them can alternate (machine load drifts)
BENCH_TIMERS="TIMED_OBJECT_ID LIKE '%TimerBench%'"
stash_timers() {
    sql "CREATE TABLE IF NOT EXISTS bench_timer_stash AS SELECT * FROM JBOSS_EJB_TIMER WHERE 1 = 0;
        INSERT INTO bench_timer_stash SELECT * FROM JBOSS_EJB_TIMER WHERE $BENCH_TIMERS;
        DELETE FROM JBOSS_EJB_TIMER WHERE $BENCH_TIMERS"
}
restore_timers() { sql "INSERT INTO JBOSS_EJB_TIMER SELECT * FROM bench_timer_stash; DROP TABLE bench_timer_stash"; }
list() { local IFS=';'; echo "$*" | sed 's/;/, /g'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
both() { echo "$(list "$@") (median $(median "$@"))"; }

cp $TIMERS_WAR $SERVER/standalone/deployments/
measure_start without-1 without
say "idle CPU over $IDLE s (one sweeping timer)"
CPU_WITHOUT=$(idle_cpu)

say "burst of $BURST alarms at one instant on the running server"
report "## 2. bursts of $BURST alarms, server running"
report ""
report "### a) all due at one instant, 10 s after they were set"
report ""
LINES=$(sweep_lines | wc -l)
AT=$(tool burst "$BURST" 0 10000 0)
report "$(tool delays "$BURST" 0 "$AT" 0 300)"
sleep 2
report ""
report "The sweep's own log lines (\`Deadline sweep: N alarms given in X ms\`): $(sweep_summary "$LINES")."
report ""
say "burst of $BURST alarms spread over 60 s on the running server"
report "### b) due one after another over 60 s (every phase of the 15 s schedule)"
report ""
LINES=$(sweep_lines | wc -l)
AT=$(tool burst "$BURST" 1 5000 60000)
report "$(tool delays "$BURST" 1 "$AT" 60000 300)"
sleep 2
report ""
report "The sweep's own log lines: $(sweep_summary "$LINES")."
report ""

say "the same burst as $BURST timers due at one instant"
TIMER_AT=$(( $(now_ms) + 20000 ))
CREATED=$(curl -s --max-time 600 -X POST "$API/create?from=0&count=$BURST&at=$TIMER_AT&spacing=0" || true)
for _ in $(seq 1 360); do
    FIRED=$(curl -s --max-time 10 "$API/fired" || true)
    [ "$(field fired "$FIRED")" = "$BURST" ] && break
    sleep 0.5
done
FIRED=$(curl -s --max-time 10 "$API/fired?reset=true" || true)

say "creating $TIMERS timers, one per deadline"
RSS_BEFORE=$(rss_mb)
HEAP_BEFORE=$(heap_mb)
CREATE_MS=0
MADE=0
CHUNK=10000
[ "$TIMERS" -lt $CHUNK ] && CHUNK=$TIMERS
FAR=$(( $(now_ms) + 30 * 24 * 3600 * 1000 ))   # due in 30 days, one a second: nothing fires during the run
while [ "$MADE" -lt "$TIMERS" ]; do
    ANSWER=$(curl -s --max-time 3600 -X POST "$API/create?from=$MADE&count=$CHUNK&at=$FAR&spacing=1000&batch=1000" || true)
    MS=$(field ms "$ANSWER")
    [ -n "$MS" ] || { say "creating timers failed: '$ANSWER'"; break; }
    CREATE_MS=$((CREATE_MS + MS))
    MADE=$((MADE + CHUNK))
    say "  $MADE timers, $(secs 0 $CREATE_MS) s"
    [ "$CREATE_MS" -gt $((TIMER_BUDGET * 1000)) ] && break
done
COUNT_CREATED=$(timer_count)
ROWS_CREATED=$(sql "SELECT COUNT(*) FROM JBOSS_EJB_TIMER")
TABLE_MB=$(sql "SELECT ROUND((data_length + index_length) / 1048576) FROM information_schema.tables
    WHERE table_schema = '$DB' AND table_name = 'JBOSS_EJB_TIMER'")
RSS_CREATED=$(rss_mb)
HEAP_CREATED=$(heap_mb)
stop_server
STOP_CREATED=$STOPPED_IN   # with the timers in memory: shown apart

# ------------------------------------------------------------------ 4. restarts with and without the timers, alternating
measure_start with-1 with
say "idle CPU over $IDLE s (${T_COUNT[0]} timers)"
CPU_WITH=$(idle_cpu)
stop_server
T_STOP+=("$STOPPED_IN")

stash_timers
measure_start without-2 without
stop_server
W_STOP+=("$STOPPED_IN")
restore_timers

measure_start with-2 with
stop_server
T_STOP+=("$STOPPED_IN")

stash_timers
measure_start without-3 without
stop_server
W_STOP+=("$STOPPED_IN")
restore_timers

measure_start with-3 with
say "cancelling the timers"
CANCELLED=$(curl -s --max-time 3600 -X POST "$API/cancel?batch=1000" || true)
ROWS_LEFT=$(sql "SELECT COUNT(*) FROM JBOSS_EJB_TIMER")
stop_server
T_STOP+=("$STOPPED_IN")

# ------------------------------------------------------------------ 5. a burst that falls due while the server is down
say "burst of $BURST alarms falling due while the server is down"
AT=$(tool burst "$BURST" 2 3000 0)
start_server catch-up
LOGIN_CATCH_UP=$LOGIN_IN
report "## 3. a burst of $BURST alarms that fell due while the server was down (due 3 s after the launch)"
report ""
report "Server launched 3 s before the alarm instant; the login page answered after $LOGIN_CATCH_UP s."
report ""
report "$(tool delays "$BURST" 2 "$AT" 0 300)"
sleep 2
report ""
report "The sweep's own log lines: $(sweep_summary 0)."
report ""
stop_server

# ------------------------------------------------------------------ the timer per deadline, the report
K=$COUNT_CREATED
report "## 4. the other design: a persistent EJB timer per deadline (bench/deadlines/timers-war)"
report ""
report "| figure | value |"
report "|---|---|"
report "| $BURST timers due at one instant: delay from the due instant to the \`@Timeout\` call (which writes nothing) | p50 $(field p50 "$FIRED") ms, p95 $(field p95 "$FIRED") ms, max $(field max "$FIRED") ms ($(field fired "$FIRED") fired; created in $(field ms "$CREATED") ms) |"
if [ "$MADE" -ge "$TIMERS" ]; then
    report "| creating $MADE persistent timers (batches of 1,000, one transaction each) | $(secs 0 $CREATE_MS) s: $(awk -v n=$MADE -v ms=$CREATE_MS 'BEGIN { printf "%.0f timers/s, %.2f ms each", n * 1000 / ms, ms / n }') |"
else
    report "| creating persistent timers (batches of 1,000): stopped after $MADE of $TIMERS (budget $TIMER_BUDGET s) | $(secs 0 $CREATE_MS) s: $(awk -v n=$MADE -v ms=$CREATE_MS -v k=$TIMERS 'BEGIN { printf "%.0f timers/s; %d extrapolated: %.0f s", n * 1000 / ms, k, k * ms / n / 1000 }') |"
fi
report "| timers held by the server / rows in JBOSS_EJB_TIMER (incl. the sweep's) | $COUNT_CREATED / $ROWS_CREATED ($TABLE_MB MB with its indexes) |"
report "| server RSS / heap after a full GC, same JVM, before and after creating them | $RSS_BEFORE MB / $HEAP_BEFORE MB before; $RSS_CREATED MB / $HEAP_CREATED MB after |"
report "| shutdown right after creating them | $STOP_CREATED s |"
report "| cancelling all of them after a restart (batches of 1,000) | $(field cancelled "$CANCELLED") in $(secs 0 "$(field ms "$CANCELLED")") s; rows left in JBOSS_EJB_TIMER: $ROWS_LEFT |"
report ""
report "## 5. restart and running cost: one sweeping timer against $K timers in the store"
report ""
report "Three starts each, alternating (without, with, without, with, without, with: the bench WAR's rows"
report "moved aside and back in SQL while the server was down)."
report ""
report "| figure | one sweeping timer | + $K timers, one per deadline |"
report "|---|---|---|"
report "| timers of the bench WAR held after the start (TimerService.getTimers) | $(list "${W_COUNT[@]}") | $(list "${T_COUNT[@]}") |"
report "| WildFly \"started in\" (all deployments) | $(both "${W_START[@]}") s | $(both "${T_START[@]}") s |"
report "| from launch until /login answers 200 | $(both "${W_LOGIN[@]}") s | $(both "${T_LOGIN[@]}") s |"
report "| server RSS $SETTLE s after the start | $(both "${W_RSS[@]}") MB | $(both "${T_RSS[@]}") MB |"
report "| heap used after a full GC | $(both "${W_HEAP[@]}") MB | $(both "${T_HEAP[@]}") MB |"
report "| CPU used by the idle server over $IDLE s (the sweep every 15 s; the timer store re-read every 60 s) | $CPU_WITHOUT s | $CPU_WITH s |"
report "| shutdown (TERM until the process ends) | $(list "${W_STOP[@]}") s | $(list "${T_STOP[@]}") s |"
report ""
report "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Logs: $WORK/console-*.log."
cat $WORK/report.md
