#!/usr/bin/env bash
# Sends generated requests (valid and malformed queries, headers and methods) to the mock's
# endpoint over persistent connections, on 127.0.0.1, and prints the answers' counts by status.
# Fails (exit code 1) on any 5xx or any answer with a body that is not JSON. Run by hand.
#
#   mock-server/bench/run-fuzz.sh [requests] [connections] [seed]
#
# Needs: java 17 and the built jar (mvn -pl contract,fixtures,mock-server -am package -DskipTests).
set -euo pipefail

REQUESTS="${1:-1000000}"
CONNECTIONS="${2:-4}"
SEED="${3:-1}"
PORT="${FUZZ_PORT:-18095}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="$HERE/../target/wethod-projects-mock.jar"
[ -f "$JAR" ] || { echo "$JAR is missing: build it first" >&2; exit 2; }

java -jar "$JAR" --port "$PORT" > /dev/null 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/__admin/health" && break
  sleep 0.05
done
java -cp "$JAR" "$HERE/Fuzz.java" "$PORT" "$REQUESTS" "$CONNECTIONS" "$SEED"
