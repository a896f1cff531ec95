# The retrying intake load of the fault benchmarks (bench/crash-intake.sh, bench/db-restart.sh):
# bench/crash/CrashClient.java sends COUNT messages with external ids crash-0 ... crash-(COUNT-1),
# retrying every batch until it is acknowledged, and touches a file when half are acknowledged:
# the moment for the script's fault. Sourced after bench/lib/servers.sh.

# Starts the client in the background against http://127.0.0.1:$1 with token $2, COUNT $3,
# BATCH $4, THREADS $5, its files in directory $6; returns when half are acknowledged (the
# client goes on). Sets CLIENT_PID.
intake_load_until_half() {
    local port=$1 token=$2 count=$3 batch=$4 threads=$5 dir=$6
    rm -f "$dir/half"
    java bench/crash/CrashClient.java "http://127.0.0.1:$port" "$token" "$count" "$batch" "$threads" "$dir/acks" "$dir/half" \
        > "$dir/client.out" 2> "$dir/client.err" &
    CLIENT_PID=$!
    while [ ! -f "$dir/half" ]; do
        kill -0 "$CLIENT_PID" 2>/dev/null || { cat "$dir/client.err" >&2; echo "the client ended before half was acknowledged" >&2; exit 2; }
        sleep 0.05
    done
}

# Waits for the client, prints its figures and the check of database $1 against COUNT $2 as
# Markdown table rows (the client's files in directory $3); returns 1 unless every acknowledged
# id is stored exactly once with its registration in the timeline, and nothing else.
intake_finish_and_check() {
    local db=$1 count=$2 dir=$3 rows distinct others no_timeline extra acked
    wait "$CLIENT_PID" || { cat "$dir/client.err" >&2; exit 2; }
    cat "$dir/client.out"
    rows=$($SQL -e "SELECT COUNT(*) FROM $db.message WHERE source='crash'")
    distinct=$($SQL -e "SELECT COUNT(DISTINCT external_id) FROM $db.message WHERE source='crash'")
    others=$($SQL -e "SELECT COUNT(*) FROM $db.message WHERE source='crash' AND
        (external_id NOT LIKE 'crash-%' OR CAST(SUBSTRING(external_id, 7) AS UNSIGNED) >= $count)")
    no_timeline=$($SQL -e "SELECT COUNT(*) FROM $db.message m WHERE m.source='crash' AND NOT EXISTS
        (SELECT 1 FROM $db.message_event e WHERE e.message_id = m.id AND e.type = 'REGISTERED')")
    extra=$($SQL -e "SELECT COUNT(*) - COUNT(DISTINCT e.message_id) FROM $db.message_event e
        JOIN $db.message m ON m.id = e.message_id WHERE m.source='crash' AND e.type = 'REGISTERED'")
    acked=$(awk 'NF == 2 {s += $2 - $1} END {print s}' "$dir/acks")
    echo "| ids acknowledged by the server | $acked |"
    echo "| rows stored with those ids / distinct ids / others | $rows / $distinct / $others |"
    echo "| messages without their registration in the timeline / doubled registrations | $no_timeline / $extra |"
    if [ "$acked" = "$count" ] && [ "$rows" = "$count" ] && [ "$distinct" = "$count" ] && [ "$others" = 0 ] \
            && [ "$no_timeline" = 0 ] && [ "$extra" = 0 ]; then
        echo "| result | every acknowledged message stored exactly once, nothing half-written |"
    else
        echo "| result | FAILED: lost or doubled messages |"
        return 1
    fi
}
