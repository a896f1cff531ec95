# Shared by backup.sh and restore.sh: the database and the vault key as the server sees them.
# Reads the same environment variables as WildFly (README, "Configuration"):
#   OTKLIK_DB_URL        jdbc:mariadb://HOST[:PORT]/DATABASE[?...]
#   OTKLIK_DB_USER, OTKLIK_DB_PASSWORD
#   OTKLIK_VAULT_KEY_FILE (default: ${OTKLIK_DATA_DIR:-~/.otklik}/vault/keyset.json)

die() { echo "ERROR: $*" >&2; exit 1; }

parse_db_url() {
    local url=${OTKLIK_DB_URL:-}
    [[ $url =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]] \
        || die "OTKLIK_DB_URL must be jdbc:mariadb://HOST[:PORT]/DATABASE (got '${url}'); backups cover MariaDB only"
    DB_HOST=${BASH_REMATCH[2]}
    DB_PORT=${BASH_REMATCH[4]:-3306}
    DB_NAME=${BASH_REMATCH[5]}
    DB_USER=${OTKLIK_DB_USER:-otklik}
}

# The password goes to the clients in a private options file, never on the command line (ps).
make_client_config() {
    CLIENT_CNF=$(mktemp)
    chmod 600 "$CLIENT_CNF"
    printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
        "$DB_HOST" "$DB_PORT" "$DB_USER" "${OTKLIK_DB_PASSWORD:-}" > "$CLIENT_CNF"
}

sql() { mariadb --defaults-extra-file="$CLIENT_CNF" -N -B "$@"; }

vault_key_file() {
    echo "${OTKLIK_VAULT_KEY_FILE:-${OTKLIK_DATA_DIR:-$HOME/.otklik}/vault/keyset.json}"
}

# "table<TAB>rows" for every base table of the database, exact counts, sorted by name.
row_counts() {
    local db=$1 t
    for t in $(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$db'
                       AND table_type='BASE TABLE' ORDER BY table_name"); do
        printf '%s\t%s\n' "$t" "$(sql -e "SELECT COUNT(*) FROM \`$db\`.\`$t\`")"
    done
}
