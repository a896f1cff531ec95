#!/usr/bin/env bash
# Checks that the WAR runs on an existing, unmodified WildFly 39 configured only by the scripts of
# wildfly/ (the path described in wildfly/README.md). Uses the official full distribution from
# Maven Central (about 260 MB, downloaded once into the local Maven repository), unpacked into
# target/plain-wildfly, started on port 8180 (offset 100) with a throwaway H2 database.
#
#   mvn -DskipTests package && wildfly/try-on-plain-server.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=39.0.1.Final
[ -f target/otklik.war ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
mvn -B -q dependency:get -Dartifact=org.wildfly:wildfly-dist:$VERSION:zip -Dtransitive=false
ZIP=~/.m2/repository/org/wildfly/wildfly-dist/$VERSION/wildfly-dist-$VERSION.zip
rm -rf target/plain-wildfly && mkdir -p target/plain-wildfly
unzip -q "$ZIP" -d target/plain-wildfly
export JBOSS_HOME=$PWD/target/plain-wildfly/wildfly-$VERSION

# apply the scripts offline, twice: the second run must change nothing
( echo embed-server; cat target/wildfly/datasource.cli target/wildfly/security.cli target/wildfly/mail.cli target/wildfly/timers.cli target/wildfly/http.cli; echo stop-embedded-server ) \
    > target/wildfly/all-offline.cli
"$JBOSS_HOME"/bin/jboss-cli.sh --file=target/wildfly/all-offline.cli >/tmp/otklik-plain-cli-1.log
cp "$JBOSS_HOME"/standalone/configuration/standalone.xml /tmp/otklik-plain-after-1.xml
"$JBOSS_HOME"/bin/jboss-cli.sh --file=target/wildfly/all-offline.cli >/tmp/otklik-plain-cli-2.log
if ! diff -q /tmp/otklik-plain-after-1.xml "$JBOSS_HOME"/standalone/configuration/standalone.xml >/dev/null; then
    echo "FAIL: the second run of the scripts changed standalone.xml" >&2; exit 1
fi
echo "scripts applied; a second run changed nothing"

cp target/otklik.war "$JBOSS_HOME"/standalone/deployments/
DATA=$(mktemp -d /tmp/otklik-plain.XXXXXX)
OTKLIK_DATA_DIR=$DATA OTKLIK_ADMIN_PASSWORD='Plain-Server-Check-2026' \
    "$JBOSS_HOME"/bin/standalone.sh -Djboss.socket.binding.port-offset=100 >/tmp/otklik-plain-server.log 2>&1 &
trap 'pkill -f "jboss-modules.jar.*plain-wildfly" || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8180/login || true)
    [ "$code" = 200 ] && break
    sleep 1
done
[ "$code" = 200 ] || { echo "FAIL: no login page on :8180 (see /tmp/otklik-plain-server.log)" >&2; exit 1; }
jar=$DATA/cookies
curl -s -c "$jar" -b "$jar" -o /dev/null http://localhost:8180/login
location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode username=admin \
    --data-urlencode password=Plain-Server-Check-2026 http://localhost:8180/signin)
[ "$location" = "http://localhost:8180/" ] || { echo "FAIL: login redirected to $location" >&2; exit 1; }
echo "OK: Otklik runs on a plain WildFly $VERSION configured by wildfly/*.cli, and admin can log in"
