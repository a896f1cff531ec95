#!/usr/bin/env bash
# Backs up an Otklik installation on MariaDB: the database (mariadb-dump in one consistent
# transaction, so the server may keep running) and the vault key file that decrypts the stored
# account passwords (R2.2), into one dated archive.
#
#   ops/backup.sh [DEST_DIR]          (default DEST_DIR: ./backups)
#
# Environment: as the server's (OTKLIK_DB_URL, OTKLIK_DB_USER, OTKLIK_DB_PASSWORD,
# OTKLIK_VAULT_KEY_FILE or OTKLIK_DATA_DIR). Writes DEST_DIR/otklik-<database>-<yyyymmdd-HHMMSS>.tar.gz
# (mode 600: it holds the vault key) containing
#   database.sql     the schema and every row (incl. Flyway's history and WildFly's timer table)
#   vault/keyset.json  the vault key, when the installation has one
#   MANIFEST         when, what, the row count of every table at the start, sha256 of each file
# Keep the archives somewhere else than the server; whoever holds one can read everything,
# including the stored account passwords.
set -euo pipefail
cd "$(dirname "$0")"
. ./common.sh
DEST=${1:-backups}
parse_db_url
make_client_config
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$CLIENT_CNF"' EXIT

sql -e "SELECT 1" >/dev/null || die "cannot reach database $DB_NAME on $DB_HOST:$DB_PORT as $DB_USER"
STAMP=$(date -u +%Y%m%d-%H%M%S)
NAME=otklik-$DB_NAME-$STAMP

# counts first, then the dump: with the server running, the dump may hold a few rows more
row_counts "$DB_NAME" > "$WORK/row-counts.tsv"
mariadb-dump --defaults-extra-file="$CLIENT_CNF" --single-transaction --quick --routines --triggers --events \
    --hex-blob --no-tablespaces --skip-lock-tables --default-character-set=utf8mb4 "$DB_NAME" > "$WORK/database.sql"
grep -q '^-- Dump completed' "$WORK/database.sql" || die "the dump did not complete"

KEY=$(vault_key_file)
if [ -f "$KEY" ]; then
    mkdir -p "$WORK/vault"
    cp -p "$KEY" "$WORK/vault/keyset.json"
    VAULT="included (from $KEY)"
else
    VAULT="none at $KEY (no account password stored yet, or the key lives elsewhere)"
fi

{
    echo "otklik-backup 1"
    echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database: $DB_NAME on $DB_HOST:$DB_PORT"
    echo "dump: $(mariadb-dump --version)"
    echo "vault key: $VAULT"
    echo "files:"
    (cd "$WORK" && find . -type f ! -name MANIFEST | sort | xargs sha256sum)
    echo "rows:"
    cat "$WORK/row-counts.tsv"
} > "$WORK/MANIFEST"

mkdir -p "$DEST"
umask 077
tar -C "$WORK" -czf "$DEST/$NAME.tar.gz" MANIFEST database.sql row-counts.tsv $( [ -d "$WORK/vault" ] && echo vault )
chmod 600 "$DEST/$NAME.tar.gz"
echo "$DEST/$NAME.tar.gz ($(du -h "$DEST/$NAME.tar.gz" | cut -f1), $(wc -l < "$WORK/row-counts.tsv") tables, vault key $VAULT)"
