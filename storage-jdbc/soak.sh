#!/usr/bin/env bash
# The soak run of issue 10, not part of the build: 8 writers and a reader on PostgreSQL for a while (default
# 600 s), printing commands, conflicts retried, connections in use and the heap after GC every interval.
#   storage-jdbc/soak.sh [seconds] [writers]
# PostgreSQL: WA_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres). Add -o to
# MVN_ARGS to build offline. Exits 1 if a connection stays in use or an untyped error escaped.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_ARGS=${MVN_ARGS:-"-B -q --no-transfer-progress"}
mvn $MVN_ARGS -pl storage-jdbc -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/soak.classpath
CP="storage-jdbc/target/test-classes:storage-jdbc/target/classes:$(cat storage-jdbc/target/soak.classpath)"
exec java -Xmx512m -cp "$CP" dk.welfarealliance.storage.jdbc.reliability.Soak "${1:-600}" "${2:-8}"
