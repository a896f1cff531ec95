#!/usr/bin/env bash
# Proves a backup can be restored: backs up SOURCE_DB with ops/backup.sh (with a vault key file
# made up for the check), restores it with ops/restore.sh into a fresh empty database, and
# compares every table of the two: exact row count and CHECKSUM TABLE (so every record is there,
# unchanged), every sequence's next value, plus the vault key byte for byte. Also checks that restore.sh refuses a database
# that is not empty and a damaged archive.
#
#   ops/backup-restore-check.sh [SOURCE_DB]     (default otklik_test3: what `mvn verify` with
#                                                -Dit.mariadb.url=.../otklik_test3 leaves behind)
#
# Needs MariaDB on 127.0.0.1:3306 with root access without password (as .ci/run leaves it), and
# nothing writing to SOURCE_DB meanwhile. Uses its own user otklik_ops and database
# otklik_restore_check (dropped and created afresh). Prints a Markdown table; exit 0 when all match.
set -euo pipefail
cd "$(dirname "$0")"
SRC=${1:-otklik_test3}
DST=otklik_restore_check
ROOT="mariadb -uroot -h127.0.0.1 -N -B"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ "$($ROOT -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$SRC'")" -gt 0 ] \
    || { echo "ERROR: $SRC has no tables: run the integration tests (or point at a database with data)" >&2; exit 2; }
$ROOT -e "DROP DATABASE IF EXISTS $DST;
    CREATE USER IF NOT EXISTS 'otklik_ops'@'127.0.0.1' IDENTIFIED BY 'ops-check-password';
    GRANT ALL PRIVILEGES ON $SRC.* TO 'otklik_ops'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON $DST.* TO 'otklik_ops'@'127.0.0.1'; FLUSH PRIVILEGES;"
export OTKLIK_DB_USER=otklik_ops OTKLIK_DB_PASSWORD=ops-check-password
head -c 512 /dev/urandom | base64 > "$WORK/source-keyset.json"

started=$(date +%s.%N)
OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$SRC OTKLIK_VAULT_KEY_FILE=$WORK/source-keyset.json \
    ./backup.sh "$WORK/backups" > "$WORK/backup.out"
backed=$(date +%s.%N)
ARCHIVE=$(ls "$WORK"/backups/*.tar.gz)
OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DST OTKLIK_VAULT_KEY_FILE=$WORK/restored/vault/keyset.json \
    ./restore.sh "$ARCHIVE" > "$WORK/restore.out"
restored=$(date +%s.%N)

fail=0
echo "| table | rows in $SRC | rows restored | checksum equal |"
echo "|---|---|---|---|"
for t in $($ROOT -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$SRC'
                     AND table_type='BASE TABLE' ORDER BY table_name"); do
    a=$($ROOT -e "SELECT COUNT(*) FROM \`$SRC\`.\`$t\`")
    b=$($ROOT -e "SELECT COUNT(*) FROM \`$DST\`.\`$t\`" 2>/dev/null || echo missing)
    ca=$($ROOT -e "CHECKSUM TABLE \`$SRC\`.\`$t\`" | cut -f2)
    cb=$($ROOT -e "CHECKSUM TABLE \`$DST\`.\`$t\`" 2>/dev/null | cut -f2 || echo missing)
    same=yes
    if [ "$a" != "$b" ] || [ "$ca" != "$cb" ]; then same=NO; fail=1; fi
    echo "| $t | $a | $b | $same |"
done
# sequences (MariaDB keeps Hibernate's id sequences as SEQUENCE objects): the next value must match,
# or the first insert after a restore would reuse an id
for q in $($ROOT -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$SRC'
                     AND table_type='SEQUENCE' ORDER BY table_name"); do
    a=$($ROOT -e "SELECT next_not_cached_value FROM \`$SRC\`.\`$q\`")
    b=$($ROOT -e "SELECT next_not_cached_value FROM \`$DST\`.\`$q\`" 2>/dev/null || echo missing)
    same=yes
    [ "$a" = "$b" ] || { same=NO; fail=1; }
    echo "| $q (sequence: next value) | $a | $b | $same |"
done
extra=$($ROOT -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DST'")
total=$($ROOT -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$SRC'")
[ "$extra" = "$total" ] || { echo "tables: $total in $SRC, $extra restored"; fail=1; }
if cmp -s "$WORK/source-keyset.json" "$WORK/restored/vault/keyset.json"; then vault=identical; else vault=DIFFERENT; fail=1; fi
[ "$(stat -c %a "$WORK/restored/vault/keyset.json")" = 600 ] || { echo "vault key not mode 600"; fail=1; }

# refusals: a database that is not empty, a damaged archive
if OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DST OTKLIK_VAULT_KEY_FILE=$WORK/other.json \
        ./restore.sh "$ARCHIVE" > "$WORK/refused.out" 2>&1; then
    echo "restore into a non-empty database was NOT refused"; fail=1
else refused_nonempty=$(tail -1 "$WORK/refused.out"); fi
mkdir "$WORK/damaged" && tar -C "$WORK/damaged" -xzf "$ARCHIVE" && echo "-- tampered" >> "$WORK/damaged/database.sql"
tar -C "$WORK/damaged" -czf "$WORK/damaged.tar.gz" .
$ROOT -e "DROP DATABASE IF EXISTS ${DST}_2"
if OTKLIK_DB_URL=jdbc:mariadb://127.0.0.1:3306/${DST}_2 OTKLIK_VAULT_KEY_FILE=$WORK/other.json \
        ./restore.sh "$WORK/damaged.tar.gz" > "$WORK/damaged.out" 2>&1; then
    echo "a damaged archive was NOT refused"; fail=1
else refused_damaged=$(tail -1 "$WORK/damaged.out"); fi
$ROOT -e "DROP DATABASE IF EXISTS ${DST}_2"

echo
echo "| figure | value |"
echo "|---|---|"
echo "| backup | $(cat "$WORK/backup.out" | sed "s|$WORK/backups/||") |"
echo "| restore | $(cat "$WORK/restore.out" | sed "s|$WORK/||g") |"
echo "| backup time | $(echo "$backed - $started" | bc | cut -c1-5) s |"
echo "| restore time (incl. counting) | $(echo "$restored - $backed" | bc | cut -c1-5) s |"
echo "| vault key | $vault |"
echo "| into a non-empty database | refused: ${refused_nonempty:-NOT refused} |"
echo "| damaged archive | refused: ${refused_damaged:-NOT refused} |"
echo "| result | $([ $fail = 0 ] && echo "every table restored with the same rows" || echo FAILED) |"
exit $fail
