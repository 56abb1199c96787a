#!/usr/bin/env bash
# The mock on a generated dataset of 1,000,000 projects in one company: time to ready, memory
# (RSS, per project), single-connection latency of list queries (first page and a page near the
# end, for an identity with both permissions and one with pipeline.view only, each after a 2 s
# warm-up), the time of admin writes on that dataset, and the time to load the same dataset from a
# folder with --fixtures. Run by hand, not in CI.
#
#   mock-server/bench/run-volumes.sh [projects] [seconds-per-query]
#
# Needs: wrk (Debian: apt-get install -y wrk), curl, python3, java 17, the built jar
# (mvn -pl contract,fixtures,mock-server -am package -DskipTests). Everything listens on 127.0.0.1.
set -euo pipefail

PROJECTS="${1:-1000000}"
SECONDS_PER_QUERY="${2:-5}"
PORT="${VOLUME_PORT:-18093}"
BASE_PORT="${BASE_PORT:-18094}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="$HERE/../target/wethod-projects-mock.jar"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: build it first" >&2; exit 2; }

# RSS in MB of a launched mock: the server JVM and the launcher that started it.
rss() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")))
  done
  echo $((total / 1024))
}
server_rss() {
  local child
  child=$(pgrep -P "$1" || echo "$1")
  echo $(($(awk '/VmRSS/ {print $2}' "/proc/$child/status") / 1024))
}
cpu_seconds() { # user+sys CPU seconds of the server JVM so far
  local child
  child=$(pgrep -P "$1" || echo "$1")
  awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$child/stat"
}
ready() {
  for _ in $(seq 1 3000); do
    curl -s -o /dev/null "http://127.0.0.1:$1/__admin/health" && return 0
    sleep 0.05
  done
  echo "nothing answers on port $1" >&2
  exit 1
}

# Baseline: the bundled fixtures, idle.
java -jar "$JAR" --port "$BASE_PORT" > /dev/null 2>&1 &
BASE_PID=$!
PIDS+=("$BASE_PID")
ready "$BASE_PORT"
BASE_RSS=$(server_rss "$BASE_PID")
kill "$BASE_PID"; wait "$BASE_PID" 2>/dev/null || true

# start_mock ARGS...: starts the jar on $PORT with ARGS; sets PID and READY (seconds to ready).
start_mock() {
  local start
  start=$(date +%s.%N)
  java -jar "$JAR" --port "$PORT" "$@" > /dev/null 2>&1 &
  PID=$!
  PIDS+=("$PID")
  ready "$PORT"
  READY=$(python3 -c "print('%.1f' % ($(date +%s.%N) - $start))")
}

start_mock --generate "$PROJECTS"
READY_CPU=$(cpu_seconds "$PID")
LOADED_RSS=$(server_rss "$PID")
PER_PROJECT=$(python3 -c "print(round(($LOADED_RSS - $BASE_RSS) * 1048576 / $PROJECTS))")

URL="http://127.0.0.1:$PORT/api/projects"
headers() { echo "-H" "Authorization: Bearer $1" "-H" "Wethod-Company: acme" "-H" "Wethod-Version: 2024-06-15"; }
count() { # token query -> how many projects the query selects (binary search with limit=1)
  python3 - "$URL" "$1" "$2" <<'PY'
import sys, urllib.request
url, token, query = sys.argv[1:]
def has(offset):
    req = urllib.request.Request(f"{url}?{query}&limit=1&offset={offset}", headers={
        "Authorization": f"Bearer {token}", "Wethod-Company": "acme", "Wethod-Version": "2024-06-15"})
    return urllib.request.urlopen(req).read() != b"[]"
low, high = 0, 1
while has(high): high *= 2
while low < high:
    mid = (low + high) // 2
    if has(mid): low = mid + 1
    else: high = mid
print(low)
PY
}
latency() { # token query -> "p50 p99" in ms over one connection, after a 2 s warm-up
  local out
  wrk -t1 -c1 -d2s \
    -H "Authorization: Bearer $1" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15" \
    "$URL?$2" > /dev/null
  out=$(wrk -t1 -c1 -d"${SECONDS_PER_QUERY}s" --latency \
    -H "Authorization: Bearer $1" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15" \
    "$URL?$2")
  python3 - "$out" <<'PY'
import re, sys
def ms(label):
    m = re.search(r"^\s*%s%%\s+([\d.]+)(us|ms|s)\s*$" % label, sys.argv[1], re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
print("%.2f %.2f" % (ms("50"), ms("99")))
PY
}

DAY="2024-03-15T00:00:00Z"
echo "dataset: --generate $PROJECTS (acme: $PROJECTS projects); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ready after ${READY}s (server JVM CPU ${READY_CPU}s); RSS ${LOADED_RSS} MB (bundled fixtures idle: ${BASE_RSS} MB); about ${PER_PROJECT} bytes of RSS per project"
printf "%-10s %-46s %9s %9s %9s\n" "identity" "query" "selected" "p50 ms" "p99 ms"
FAILED=0
for token in tok-both tok-view; do
  for filter in "probability=gt:90" "updated_at=$DAY"; do
    total=$(count "$token" "$filter")
    # The first page, and the last full page (or, for a list of 100 or fewer, its second half).
    for offset in 0 $((total > 100 ? total - 100 : total / 2)); do
      query="limit=100&$filter&offset=$offset"
      read -r p50 p99 < <(latency "$token" "$query")
      printf "%-10s %-46s %9s %9s %9s\n" "$token" "$query" "$total" "$p50" "$p99"
      python3 -c "import sys; sys.exit(0 if $p50 < 5 and $p99 < 20 else 1)" || FAILED=1
    done
  done
done
# Admin writes on one persistent connection (as a test's admin client makes them): a warm-up round,
# then each operation timed from sending the request to reading the whole answer.
WRITES=$(python3 - "$PORT" "$PROJECTS" <<'PY'
import http.client, json, statistics, sys, time
port, projects = int(sys.argv[1]), int(sys.argv[2])
base = "/__admin/projects-mock/companies/acme/projects"
conn = http.client.HTTPConnection("127.0.0.1", port)
def call(method, path, body=None, check=True):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    answer = conn.getresponse()
    answer.read()
    elapsed = (time.perf_counter() - start) * 1000
    if check and answer.status != 200:
        sys.exit("%s %s answered %d" % (method, path, answer.status))
    return elapsed
times = {"update": [], "soft-delete": [], "restore": []}
for i in range(250):
    pid = 1 + (projects // 3 + (i % 200) * 997) % projects  # acme holds the ids 1 to projects
    call("POST", "%s/%d/restore" % (base, pid), check=False)  # a deleted one becomes active
    rounds = [("update", "PATCH", "", json.dumps({"probability": 35 + i % 50})),
              ("soft-delete", "POST", "/soft-delete", None), ("restore", "POST", "/restore", None)]
    for op, method, suffix, body in rounds:
        elapsed = call(method, "%s/%d%s" % (base, pid, suffix), body)
        if i >= 50:  # the first 50 rounds warm up
            times[op].append(elapsed)
worst = 0
for op, values in times.items():
    values.sort()
    p99 = values[int(len(values) * 0.99) - 1]
    worst = max(worst, p99)
    print("%-26s median %6.2f ms, p99 %6.2f ms (%d calls on one connection)"
          % (op + " one project", statistics.median(values), p99, len(values)))
print("WORST %.2f" % worst)
PY
)
grep -v '^WORST' <<< "$WRITES"
WORST_WRITE=$(awk '/^WORST/ {print $2}' <<< "$WRITES")
AFTER_RSS=$(server_rss "$PID")
LAUNCHER_RSS=$(( $(rss "$PID") - AFTER_RSS ))

kill "$PID"; wait "$PID" 2>/dev/null || true

# The same dataset written to a folder and loaded with --fixtures (every project schema-checked).
FOLDER=$(mktemp -d)
java -jar "$JAR" --generate "$PROJECTS" --write-fixtures "$FOLDER" > /dev/null
GENERATED_READY=$READY
start_mock --fixtures "$FOLDER"
FIXTURES_READY=$READY
FIXTURES_RSS=$(server_rss "$PID")
kill "$PID"; wait "$PID" 2>/dev/null || true
READY=$GENERATED_READY
rm -rf "$FOLDER"
echo "the same dataset written with --write-fixtures and loaded with --fixtures: ready after ${FIXTURES_READY}s, RSS ${FIXTURES_RSS} MB"

echo "RSS after the queries and writes: ${AFTER_RSS} MB (server JVM; the launcher adds about ${LAUNCHER_RSS} MB)"
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT met"; fi; }
echo "target ready < 15 s: $(verdict "$(python3 -c "print(int($READY < 15))")")"
echo "target RSS < 1.5 GB: $(verdict "$(python3 -c "print(int(max($LOADED_RSS, $AFTER_RSS) < 1536))")")"
echo "target p50 < 5 ms and p99 < 20 ms for every query: $(verdict $((1 - FAILED)))"
echo "target admin writes < 5 ms each (p99): $(verdict "$(python3 -c "print(int($WORST_WRITE < 5))")")"
