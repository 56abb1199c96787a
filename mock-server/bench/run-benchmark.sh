#!/usr/bin/env bash
# Throughput and p99 latency of the mock's full emulation against a plain WireMock static stub
# that returns the very same bytes, measured one after the other in one run with wrk.
#
#   mock-server/bench/run-benchmark.sh [duration-seconds] [connections]
#
# Needs: wrk (Debian: apt-get install -y wrk), curl, java 17, the built jar
# (mvn -pl contract,fixtures,mock-server -am package -DskipTests). Also prints the mock's RSS after
# its run (started as the README starts it, java -jar) and whether the targets are met: at least
# twice the tuned static stub's rate, under 200 MB of RSS. Everything listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail

DURATION="${1:-10}"
CONNECTIONS="${2:-32}"
THREADS=2
WARMUP=5
MOCK_PORT="${MOCK_PORT:-18090}"
STUB_PORT="${STUB_PORT:-18091}"
TUNED_PORT="${TUNED_PORT:-18092}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="$HERE/../target/wethod-projects-mock.jar"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: run 'mvn -pl mock-server package' first" >&2; exit 2; }

# The full-emulation request: authentication, headers, company access, a filter, visibility,
# deletion scope and a page of 100 projects.
QUERY="/api/projects?deleted=include&date_start=gt:2000-01-01&limit=100"
HEADERS=(-H "Authorization: Bearer tok-both" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15")

wait_for() {
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "http://127.0.0.1:$1/__admin/mappings" && return 0
    sleep 0.05
  done
  echo "nothing answers on port $1" >&2
  exit 1
}

java -jar "$JAR" --port "$MOCK_PORT" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=($MOCK_PID)
# Plain WireMock servers from the same jar: one with WireMock's defaults, one tuned like the mock
# (no request journal, no request log line).
mkdir -p "$WORK/plain" "$WORK/tuned"
java -cp "$JAR" wiremock.Run --port "$STUB_PORT" --bind-address 127.0.0.1 \
  --root-dir "$WORK/plain" > "$WORK/stub.log" 2>&1 &
PIDS+=($!)
java -cp "$JAR" wiremock.Run --port "$TUNED_PORT" --bind-address 127.0.0.1 \
  --root-dir "$WORK/tuned" --no-request-journal --disable-request-logging > "$WORK/tuned.log" 2>&1 &
PIDS+=($!)
wait_for "$MOCK_PORT"
wait_for "$STUB_PORT"
wait_for "$TUNED_PORT"

curl -sf "${HEADERS[@]}" "http://127.0.0.1:$MOCK_PORT$QUERY" -o "$WORK/page.json"
ITEMS=$(grep -o '"id":' "$WORK/page.json" | wc -l)
BYTES=$(wc -c < "$WORK/page.json")
python3 - "$WORK/page.json" "$WORK/stub.json" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
json.dump({"request": {"method": "GET", "urlPath": "/api/projects"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": body}},
          open(sys.argv[2], "w"))
PY
for port in "$STUB_PORT" "$TUNED_PORT"; do
  curl -sf -X POST -H "Content-Type: application/json" --data-binary "@$WORK/stub.json" \
    "http://127.0.0.1:$port/__admin/mappings" > /dev/null
  curl -sf "${HEADERS[@]}" "http://127.0.0.1:$port$QUERY" -o "$WORK/stub-page.json"
  cmp -s "$WORK/page.json" "$WORK/stub-page.json" || { echo "the stub on $port does not return the same bytes" >&2; exit 1; }
done

run() { # name port seconds
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency "${HEADERS[@]}" "http://127.0.0.1:$2$QUERY"
}
measure() { # name port -> "rps p99"
  run "$1" "$2" "$WARMUP" > /dev/null
  local out
  out=$(run "$1" "$2" "$DURATION")
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  echo "$rps $p99"
}

read -r MOCK_RPS MOCK_P99 < <(measure mock "$MOCK_PORT")
# The mock as the README starts it: the launcher and the server JVM it starts.
MOCK_RSS_KB=0
for pid in $MOCK_PID $(pgrep -P "$MOCK_PID" || true); do
  MOCK_RSS_KB=$((MOCK_RSS_KB + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")))
done
MOCK_SERVER_PID=$(pgrep -P "$MOCK_PID" || echo "$MOCK_PID")
MOCK_SERVER_RSS=$(($(awk '/VmRSS/ {print $2}' "/proc/$MOCK_SERVER_PID/status") / 1024))
read -r STUB_RPS STUB_P99 < <(measure stub "$STUB_PORT")
read -r TUNED_RPS TUNED_P99 < <(measure tuned "$TUNED_PORT")

echo "page: $ITEMS projects, $BYTES bytes; wrk $THREADS threads, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up; $(nproc) cores"
printf "%-38s %12s %10s\n" "server" "requests/s" "p99"
printf "%-38s %12s %10s\n" "mock, full emulation" "$MOCK_RPS" "$MOCK_P99"
printf "%-38s %12s %10s\n" "plain WireMock, static stub" "$STUB_RPS" "$STUB_P99"
printf "%-38s %12s %10s\n" "same, journal and request log off" "$TUNED_RPS" "$TUNED_P99"
python3 -c "print('ratio mock / static stub: %.2fx; mock / tuned static stub: %.2fx' % ($MOCK_RPS / $STUB_RPS, $MOCK_RPS / $TUNED_RPS))"
echo "mock RSS after its run: server JVM $MOCK_SERVER_RSS MB, with the launcher $((MOCK_RSS_KB / 1024)) MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 -c "print('target mock >= 2x tuned static stub: ' + ('met' if $MOCK_RPS >= 2 * $TUNED_RPS else 'NOT met'))"
python3 -c "print('target RSS < 200 MB: ' + ('met' if $MOCK_RSS_KB < 200 * 1024 else 'NOT met'))"
