#!/usr/bin/env bash
# Load, memory and collaboration benchmark against the real application (bench/README.md).
# Builds the production jar plus src/loadtest, starts it on a fresh embedded MariaDB with the loadtest profile,
# runs the Gatling simulation (with the collaboration probe inside it), then the memory probe,
# and prints the figures against the goals. Nothing here runs in the normal test suite.
#   USERS=200 RAMP=60 STEADY=180 SESSIONS=100 SAMPLES=50 THINK_SCALE=1 bash bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
USERS=${USERS:-200}
RAMP=${RAMP:-60}
STEADY=${STEADY:-180}
SESSIONS=${SESSIONS:-100}
SAMPLES=${SAMPLES:-50}
THINK_SCALE=${THINK_SCALE:-1}
PORT=${BENCH_PORT:-8090}
DB_PORT=${BENCH_DB_PORT:-3390}
RUN=$PWD/target/bench-run
BASE=http://localhost:$PORT
# Big enough for 300+ sessions; the memory figures come from live objects, not from this limit.
APP_OPTS=${APP_OPTS:--Xmx2g}

echo "== building the production jar with the load-test data (profile loadtest, src/loadtest)"
# clean: no classes left over from an earlier build; build the product jar with clean too (bench/README.md).
./mvnw -B -ntp -q clean -Pproduction,loadtest -DskipTests package
JAR=$(ls target/regiotafel-*.jar | head -1)

stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

echo "== starting the application on $BASE (fresh data in $RUN)"
rm -rf "$RUN" bench/target/load-steps.txt bench/target/collaboration.txt bench/target/memory.txt
mkdir -p "$RUN"
REGIOTAFEL_DATA_DIR=$RUN/data REGIOTAFEL_EMBEDDED_DB_PORT=$DB_PORT PORT=$PORT REGIOTAFEL_LOAD_TEST_USERS=$((USERS + SESSIONS)) \
  "$JAVA_HOME/bin/java" $APP_OPTS -jar "$JAR" --spring.profiles.active=loadtest > "$RUN/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 300); do
  grep -q "Load-test data" "$RUN/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $RUN/app.log"; tail -20 "$RUN/app.log"; exit 1; }
  sleep 1
done
grep -q "Load-test data" "$RUN/app.log" || { echo "no load-test data after 300 s"; exit 1; }
echo "   ready after ${i} s"

echo "== load: $USERS users, ramp ${RAMP} s, then ${STEADY} s of work, think time x$THINK_SCALE; collaboration probe with $SAMPLES saves"
(cd bench && ../mvnw -B -ntp gatling:test -Dbase="$BASE" -Dusers="$USERS" -DrampSeconds="$RAMP" \
  -DsteadySeconds="$STEADY" -DcollaborationSamples="$SAMPLES" -DthinkScale="$THINK_SCALE") > "$RUN/gatling.log" 2>&1 || true
grep -E "^PROBLEM|Reports generated" "$RUN/gatling.log" | head -20 || true

echo "== memory: $SESSIONS sessions with the agreement editor open, $SESSIONS on a bare page (accounts the load did not use)"
(cd bench && ../mvnw -B -ntp -q exec:java -Dexec.mainClass=nl.brabant.regiotafel.bench.MemoryProbe \
  -Dbase="$BASE" -Dpid="$APP_PID" -Dsessions="$SESSIONS" -DfirstUser=$((USERS + 1))) > "$RUN/memory.log" 2>&1 || { tail -20 "$RUN/memory.log"; }

echo
echo "================ Regiotafel benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ================"
cat bench/target/load-steps.txt bench/target/collaboration.txt bench/target/memory.txt 2>/dev/null || true
echo "(Gatling's own report: $(grep -o 'file://[^ ]*index.html' "$RUN/gatling.log" || echo 'see the log'); application log: $RUN/app.log)"
