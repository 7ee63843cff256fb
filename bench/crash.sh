#!/usr/bin/env bash
# Crash safety (bench/README.md): start the application on a fresh embedded MariaDB, let writers
# save through the screen, SIGKILL the application AND its database server in the middle of the
# stream, start again on the same data, and check that every save the screen confirmed is there
# and the database is consistent.   KILL_AFTER=20 WRITERS=4 bash bench/crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
KILL_AFTER=${KILL_AFTER:-20}
WRITERS=${WRITERS:-4}
PORT=${BENCH_PORT:-8091}
DB_PORT=${BENCH_DB_PORT:-3391}
RUN=$PWD/target/crash-run
BASE=http://localhost:$PORT

echo "== building the production jar with the load-test data (profile loadtest, src/loadtest)"
# clean: no classes left over from an earlier build; build the product jar with clean too (bench/README.md).
./mvnw -B -ntp -q clean -Pproduction,loadtest -DskipTests package
JAR=$(ls target/regiotafel-*.jar | head -1)
(cd bench && ../mvnw -B -ntp -q test-compile)

start_app() {
  REGIOTAFEL_DATA_DIR=$RUN/data REGIOTAFEL_EMBEDDED_DB_PORT=$DB_PORT PORT=$PORT REGIOTAFEL_LOAD_TEST_USERS=20 \
    "$JAVA_HOME/bin/java" -jar "$JAR" --spring.profiles.active=loadtest >> "$RUN/app.log" 2>&1 &
  APP_PID=$!
  local start=$SECONDS
  until grep -q "Load-test data" "$RUN/app.log" 2>/dev/null && curl -fs -o /dev/null "$BASE/login"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $RUN/app.log"; tail -20 "$RUN/app.log"; exit 1; }
    (( SECONDS - start < 300 )) || { echo "not ready after 300 s"; exit 1; }
    sleep 1
  done
  echo "   ready after $((SECONDS - start)) s (pid $APP_PID)"
}
stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}
trap stop_app EXIT

rm -rf "$RUN"; mkdir -p "$RUN"
echo "== first start"
start_app
probe() { (cd bench && ../mvnw -B -ntp -q exec:java -Dexec.mainClass=nl.brabant.regiotafel.bench.CrashProbe \
  -Dbase="$BASE" -DdbPort="$DB_PORT" -Dwriters="$WRITERS" -Dconfirmed="$RUN/confirmed-saves.txt" "$@"); }
echo "== $WRITERS writers saving; SIGKILL after $KILL_AFTER s"
probe -Dmode=write > "$RUN/write.log" 2>&1 &
WRITER=$!
sleep "$KILL_AFTER"
DB_PID=$(pgrep -f "mariadbd.*$RUN/data" || true)
kill -KILL "$APP_PID" ${DB_PID:+$DB_PID}
echo "   killed the application ($APP_PID) and its database server (${DB_PID:-none found}) with SIGKILL"
wait "$APP_PID" 2>/dev/null || true
wait "$WRITER" || true
grep -E "^CRASH|not confirmed|stopped:" "$RUN/write.log" | head -20 || true
echo "== restart on the same data"
start_app
probe -Dmode=check 2>&1 | grep -E "^CRASH|Exception" | head -20
