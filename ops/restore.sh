#!/usr/bin/env bash
# Restores an archive of ops/backup.sh into an EMPTY MariaDB database, and the vault key file.
# Stop the server first; start it afterwards (Flyway finds the schema current, the deadline
# sweep's timer comes back from WildFly's timer table).
#
#   ops/restore.sh ARCHIVE.tar.gz
#
# Environment: the target, as the server will see it (OTKLIK_DB_URL, OTKLIK_DB_USER,
# OTKLIK_DB_PASSWORD, OTKLIK_VAULT_KEY_FILE or OTKLIK_DATA_DIR). The database is created when
# missing (the user needs the right) and must hold no table; an existing vault key file is
# never overwritten unless it is identical. After loading, the row count of every table is
# compared with the archive's; any difference fails the restore (exit 1).
set -euo pipefail
cd "$(dirname "$0")"
. ./common.sh
ARCHIVE=$(realpath "${1:?usage: ops/restore.sh ARCHIVE.tar.gz}")
parse_db_url
make_client_config
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$CLIENT_CNF"' EXIT

tar -C "$WORK" -xzf "$ARCHIVE"
[ -f "$WORK/MANIFEST" ] && head -1 "$WORK/MANIFEST" | grep -q '^otklik-backup 1$' || die "$ARCHIVE is not an Otklik backup"
# every file as it was written
sed -n '/^files:$/,/^rows:$/p' "$WORK/MANIFEST" | grep -v ':$' | (cd "$WORK" && sha256sum --quiet -c -) \
    || die "the archive is damaged (checksums differ)"

sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" 2>/dev/null || true
sql -e "SELECT 1" "$DB_NAME" >/dev/null || die "cannot reach database $DB_NAME on $DB_HOST:$DB_PORT as $DB_USER"
TABLES=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB_NAME'")
[ "$TABLES" = 0 ] || die "database $DB_NAME is not empty ($TABLES tables): restore only into an empty database"

KEY=$(vault_key_file)
if [ -f "$WORK/vault/keyset.json" ]; then
    if [ -f "$KEY" ] && ! cmp -s "$KEY" "$WORK/vault/keyset.json"; then
        die "a different vault key exists at $KEY: move it away first (it may decrypt other data)"
    fi
fi

sql "$DB_NAME" < "$WORK/database.sql"
row_counts "$DB_NAME" > "$WORK/restored-counts.tsv"
if ! diff -u "$WORK/row-counts.tsv" "$WORK/restored-counts.tsv" > "$WORK/counts.diff"; then
    # the counts were taken just before the dump; with the server running, rows may have been added
    if awk -F'\t' 'NR==FNR {a[$1]=$2; next} !($1 in a) || $2 < a[$1] {bad=1} END {exit bad}' \
            "$WORK/row-counts.tsv" "$WORK/restored-counts.tsv"; then
        echo "note: some tables hold more rows than counted before the dump (the server was writing):"
        grep '^[-+][a-z]' "$WORK/counts.diff" || true
    else
        cat "$WORK/counts.diff" >&2
        die "restored row counts differ from the archive's"
    fi
fi

if [ -f "$WORK/vault/keyset.json" ]; then
    mkdir -p "$(dirname "$KEY")"
    chmod 700 "$(dirname "$KEY")"
    install -m 600 "$WORK/vault/keyset.json" "$KEY"
    VAULT="restored to $KEY"
else
    VAULT="not in the archive"
fi
echo "restored $(wc -l < "$WORK/restored-counts.tsv") tables, $(awk -F'\t' '{s+=$2} END {print s}' "$WORK/restored-counts.tsv") rows into $DB_NAME; vault key $VAULT"
