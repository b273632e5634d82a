#!/usr/bin/env bash
# A training start of the packaged application that leaves a class-data sharing archive of every class the start,
# the first page and the work right after the start load (JDK 17's dynamic archive, -XX:ArchiveClassesAtExit).
# A replica started with -XX:SharedArchiveFile=<archive> maps those classes instead of reading, parsing and verifying
# them again (issue 17: about a second off each start, figures in docs/performance.md). Quarkus's own AppCDS
# (quarkus.package.jar.appcds) archives only the classes of its static initialisation, about 5,400 of the 11,000 a
# start loads.
#
# The archive belongs to the JVM that wrote it: run this with the java of the image that will use it (the
# Dockerfile does, in its build) and with the jar written exactly as the replicas' command line writes it
# (run-java.sh: -jar /deployments/quarkus-run.jar): the JVM compares the class path as written. A JVM that cannot
# use the archive says so in a warning and starts without it (-Xshare:auto, the default).
#
# The training start: the prod profile (its JSON log lines too, so that the log formatter's classes are archived as
# production loads them), the bundled demo directory, an embedded H2 database and stand-in secrets in a scratch
# directory, the console's provider never asked (it is read at the first visit to /admin). Nothing of it stays but
# the archive.
#
# Usage: cds-training.sh <quarkus-run.jar> <archive to write>
# Exits 0 once the archive is written; 1, saying why, when it is not.
set -euo pipefail

jar=${1:?usage: cds-training.sh <quarkus-run.jar> <archive to write>}
archive=${2:?usage: cds-training.sh <quarkus-run.jar> <archive to write>}
wait_seconds=${CDS_TRAINING_WAIT_SECONDS:-120}

scratch=$(mktemp -d)
logs=$(mktemp -d)
trap 'rm -rf "$scratch" "$logs"' EXIT
log="$logs/training.log"
: >"$log"
rm -f "$archive"

# MaxRAM as a 1 GiB container: compressed object pointers as in a replica, whatever the build machine's memory.
java -XX:ArchiveClassesAtExit="$archive" -XX:MaxRAM=1g \
    -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -Djava.io.tmpdir="$scratch" -Dvertx.cacheDirBase="$scratch/vertx-cache" \
    -Dquarkus.profile=prod -Dquarkus.http.port=0 -Dquarkus.management.port=0 \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$scratch/db/sspr-preflight;DB_CLOSE_ON_EXIT=FALSE" \
    -Dsspr.directory=demo \
    -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/cds-training/v2.0 \
    -Dquarkus.oidc.client-id=cds-training -Dquarkus.oidc.credentials.secret=cds-training-client-secret-0123456789 \
    -Dquarkus.http.auth.session.encryption-key=cds-training-session-key-0123456789abcdef \
    -Dsspr.admin.tenant-id=00000000-0000-0000-0000-00000000cd5a \
    -Dsspr.challenge.secret="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
    -jar "$jar" >"$log" 2>&1 &
pid=$!

fail() {
    echo "cds-training: $1; no archive written. The application's log:" >&2
    grep -v '\[cds\]' "$log" | tail -n 40 >&2 || true
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$archive"
    exit 1
}

# Waits until the log has a line matching $1, or fails after the wait.
await_log() {
    local deadline=$((SECONDS + wait_seconds))
    until grep -q -E "$1" "$log"; do
        kill -0 "$pid" 2>/dev/null || fail "the application stopped before \"$1\""
        ((SECONDS < deadline)) || fail "no \"$1\" after ${wait_seconds} s"
        sleep 0.2
    done
}

await_log 'Listening on: http://[^:]+:[0-9]+'
port=$(grep -o -E 'Listening on: http://[^:]+:[0-9]+' "$log" | head -n 1 | grep -o -E '[0-9]+$')

# The first page, as a visitor's browser asks for it (bash's /dev/tcp: the runtime image has no curl).
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n' >&3
status=$(head -n 1 <&3 | tr -d '\r')
exec 3<&-
[[ $status == *" 200"* ]] || fail "GET / answered \"$status\""

# The work after the start: the schema's migration and the demo's past checks.
await_log 'Database schema migrated'
await_log 'Demo history: '

# SIGTERM: Quarkus stops, and the JVM writes the archive as it exits.
kill -TERM "$pid"
wait "$pid" || true
[[ -s $archive ]] || fail "the JVM exited without writing $archive"
echo "cds-training: wrote $archive ($(du -h "$archive" | cut -f1)) from a start of $jar"
