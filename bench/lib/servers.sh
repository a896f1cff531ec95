# Shared by the fault benchmarks (bench/crash-intake.sh, bench/db-restart.sh, bench/two-nodes.sh):
# a MariaDB to run on (the shared one on 3306, or an instance of the script's own that it may stop
# and start), databases and users, copies of the provisioned server started by port offset and
# stopped by pid, and an API token. Sourced, not run; the caller sets `set -euo pipefail`, is in the
# repository's root and calls `servers_cleanup` from its EXIT trap.
#
# Nothing here ever stops a process it did not start: servers are stopped by the pids recorded
# when they were started, the own MariaDB by the pid of the mariadbd this script launched.

SERVER_PIDS=()        # every server JVM started (for the cleanup)
SERVER_SHELLS=()      # every standalone.sh launched (its JVM is stopped too if it never got healthy)
SERVER_BASES=()       # every base directory made (for the cleanup)
OWN_MARIADB_PID=      # the mariadbd started by this script, if any
OWN_MARIADB_DIR=      # its data directory, removed by the cleanup when this script made it

# The shared MariaDB on 127.0.0.1:3306 (root access as .ci/run leaves it). Never stopped.
mariadb_use_shared() {
    DB_HOST_PORT=127.0.0.1:3306
    SQL="mariadb -uroot -h127.0.0.1 -P3306 -N -B"
}

# An own MariaDB instance in $1 (data directory) on port $2, made and started if it is not running
# yet (idempotent: a running instance of the same directory is reused and left running), stopped
# and removed by servers_cleanup if this call made it. Its root logs in through the socket.
mariadb_own_start() {
    local dir=$1 port=$2
    OWN_MARIADB_SOCKET=$dir.sock
    OWN_MARIADB_PORT=$port
    OWN_MARIADB_ARGS=(--no-defaults --datadir="$dir" --port="$port" --bind-address=127.0.0.1 --socket="$OWN_MARIADB_SOCKET"
        --pid-file="$dir.pid" --log-error="$dir.err" --user="$(id -un)" --innodb-buffer-pool-size=256M
        --max-connections=300 --skip-name-resolve --tmpdir="$dir.tmp")
    # its own tmpdir: at start mariadbd deletes every #sql* file in its tmpdir, and in the shared /tmp
    # those are the temporary tables of the machine's main MariaDB, whose queries then fail
    mkdir -p "$dir.tmp"
    DB_HOST_PORT=127.0.0.1:$port
    SQL="mariadb --no-defaults -uroot --socket=$OWN_MARIADB_SOCKET -N -B"
    if mariadb-admin --no-defaults -uroot --socket="$OWN_MARIADB_SOCKET" ping >/dev/null 2>&1; then
        echo "reusing the MariaDB already running on $dir (left running)" >&2
        return 0
    fi
    if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
        echo "port $port is taken by something else: choose another with FAULTS_DB_PORT" >&2
        exit 2
    fi
    if [ ! -d "$dir/mysql" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        mariadb-install-db --no-defaults --datadir="$dir" --user="$(id -un)" --auth-root-authentication-method=normal \
            --skip-test-db > "$dir.install.log" 2>&1 || { cat "$dir.install.log" >&2; exit 2; }
        OWN_MARIADB_DIR=$dir
    fi
    mariadb_own_up
}

# Starts the own instance again (after mariadb_own_stop); waits until it answers.
mariadb_own_up() {
    mariadbd "${OWN_MARIADB_ARGS[@]}" > /dev/null 2>&1 &
    OWN_MARIADB_PID=$!
    for _ in $(seq 1 120); do
        mariadb-admin --no-defaults -uroot --socket="$OWN_MARIADB_SOCKET" ping >/dev/null 2>&1 && return 0
        kill -0 "$OWN_MARIADB_PID" 2>/dev/null || break
        sleep 0.5
    done
    echo "MariaDB did not start: ${OWN_MARIADB_ARGS[*]}" >&2
    tail -20 "$(sed -n 's/^--log-error=//p' <(printf '%s\n' "${OWN_MARIADB_ARGS[@]}"))" >&2 || true
    exit 2
}

# Stops the own instance: $1 = TERM (an orderly shutdown, as a restart does) or KILL (a crash).
mariadb_own_stop() {
    [ -n "$OWN_MARIADB_PID" ] || { echo "this script did not start the MariaDB it would stop" >&2; exit 2; }
    kill -"${1:-TERM}" "$OWN_MARIADB_PID" 2>/dev/null || true
    while kill -0 "$OWN_MARIADB_PID" 2>/dev/null; do sleep 0.1; done
    wait "$OWN_MARIADB_PID" 2>/dev/null || true
    OWN_MARIADB_PID=
}

# A fresh database $1 with user $2 / password $3 (dropped and created again).
database_create() {
    $SQL -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '$2'@'127.0.0.1' IDENTIFIED BY '$3';
        GRANT ALL PRIVILEGES ON $1.* TO '$2'@'127.0.0.1'; FLUSH PRIVILEGES;"
}

# Builds the application if target/ lacks it (mvn -DskipTests package provisions target/server).
application_built() {
    [ -f target/otklik.war ] && [ -d target/server ] || mvn -B -q -DskipTests package >&2
}

# A base directory for one server: a copy of target/server/standalone with nothing but the WAR
# deployed (a managed deployment left by the tests in standalone.xml is removed). Sets SERVER_BASE.
server_base() {
    local base
    base=$(mktemp -d "/tmp/otklik-$1.XXXXXX")
    SERVER_BASE=$base
    SERVER_BASES+=("$base")
    cp -r target/server/standalone "$base/standalone"
    rm -rf "$base"/standalone/{data,log,tmp} "$base"/standalone/configuration/standalone_xml_history
    find "$base/standalone/deployments" -mindepth 1 ! -name README.txt -delete
    perl -0pi -e 's{\n\s*<deployments>.*?</deployments>}{}s' "$base/standalone/configuration/standalone.xml"
    cp target/otklik.war "$base/standalone/deployments/"
}

# Starts target/server on base directory $1 with port offset $2 and node name $3 (also the
# transaction manager's node id), further -D options after; waits until /api/v1/health answers
# 200. Sets STARTED_PID (the JVM) and STARTED_IN (seconds until healthy). The console log is
# $1/console-<n>.log, n counting the starts on that base.
server_start() {
    local base=$1 offset=$2 node=$3 port=$((8080 + $2)) n=1 sh t0=$SECONDS pid=
    shift 3
    while [ -f "$base/console-$n.log" ]; do n=$((n + 1)); done
    target/server/bin/standalone.sh -Djboss.server.base.dir="$base/standalone" -Djboss.socket.binding.port-offset="$offset" \
        -Djboss.node.name="$node" -Djboss.tx.node.id="$node" "$@" > "$base/console-$n.log" 2>&1 &
    sh=$!
    SERVER_SHELLS+=("$sh")
    for _ in $(seq 1 480); do
        pid=$(pgrep -P "$sh" -f 'jboss-modules\.jar' || true)   # the JVM, never standalone.sh's probes (java -version)
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/api/v1/health" || true)" = 200 ] && break
        kill -0 "$sh" 2>/dev/null || break
        sleep 0.5
    done
    pid=$(pgrep -P "$sh" -f 'jboss-modules\.jar' || true)
    if [ -n "$pid" ]; then SERVER_PIDS+=("$pid"); fi
    if [ -z "$pid" ] || [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/api/v1/health" || true)" != 200 ]; then
        echo "server $node did not become healthy: $base/console-$n.log" >&2
        tail -20 "$base/console-$n.log" >&2
        exit 2
    fi
    STARTED_PID=$pid
    STARTED_IN=$((SECONDS - t0))
}

# Stops the server JVM $1: TERM and up to 30 s to finish, else KILL; or at once with $2 = KILL.
server_stop() {
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    if [ "${2:-TERM}" = KILL ]; then
        kill -9 "$pid" 2>/dev/null || true
    else
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

# An API token of the first organisation in database $1, for the intake. Prints the token.
api_token() {
    local token hash org
    token=otk_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
    org=$($SQL -e "SELECT MIN(id) FROM $1.organisation")
    $SQL -e "INSERT INTO $1.api_token (id, organisation_id, name, token_prefix, token_hash, created_by, created_at, version)
        VALUES (999999, $org, 'bench', '${token:0:10}', '$hash', 'bench', NOW(6), 0)"
    echo "$token"
}

# Stops every server this script started, its own MariaDB, and removes what it made (unless
# KEEP=1, to inspect the logs).
servers_cleanup() {
    local pid base sh
    for sh in "${SERVER_SHELLS[@]}"; do
        pid=$(pgrep -P "$sh" -f 'jboss-modules\.jar' || true)
        if [ -n "$pid" ]; then SERVER_PIDS+=("$pid"); fi
    done
    for pid in "${SERVER_PIDS[@]}"; do server_stop "$pid"; done
    if [ -n "$OWN_MARIADB_PID" ]; then mariadb_own_stop TERM; fi
    if [ "${KEEP:-0}" != 1 ]; then
        for base in "${SERVER_BASES[@]}"; do rm -rf "$base"; done
        if [ -n "$OWN_MARIADB_DIR" ]; then rm -rf "$OWN_MARIADB_DIR" "$OWN_MARIADB_DIR".{sock,pid,err,install.log}; fi
    else
        echo "kept: ${SERVER_BASES[*]} $OWN_MARIADB_DIR" >&2
    fi
}
