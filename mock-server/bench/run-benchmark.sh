#!/usr/bin/env bash
# Throughput, p99 latency, CPU per request and RSS of the mock's full emulation, side by side in
# one run with the JDK's own HTTP server returning the very same bytes with no logic at all
# (NoLogicServer.java), then against plain WireMock static stubs returning those bytes.
#
#   mock-server/bench/run-benchmark.sh [seconds-per-slice] [connections] [rounds]
#
# The mock and the no-logic server are measured in alternating slices (rounds of one slice each),
# so that a change in the machine's load hits both alike; each after a 5 s warm-up. CPU per
# request is the user and system time of the whole process tree (the mock: the launcher java -jar
# starts and the server JVM it starts) over the slices, from /proc, divided by the requests wrk
# completed; so is the time the threads of each tree were ready to run but waited for a core
# (/proc/PID/task/*/schedstat), and the same for wrk's own threads, whose wait is part of every
# latency it reports; with the share of the machine's cores in use. RSS is read after the load.
# Then both are offered the same constant rates (25, 50 and 75% of the no-logic server's rate
# above; EQUAL_LOADS changes them), again in alternating slices, for their latencies at equal load
# (constant-rate.lua). It prints each target and whether it is met.
#
# Needs: wrk (Debian: apt-get install -y wrk), curl, python3, java 17, the built jar
# (mvn -pl contract,fixtures,mock-server -am package -DskipTests). STUBS=0 skips the WireMock
# stubs. Everything listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail

DURATION="${1:-10}"
CONNECTIONS="${2:-32}"
ROUNDS="${3:-3}"
THREADS=2
WARMUP=5
# The equal-load slices: percentages of the no-logic server's closed-loop rate, and enough
# connections that a slot rarely finds them all waiting for answers.
EQUAL_LOADS="${EQUAL_LOADS:-25 50 75}"
PACED_CONNECTIONS=64
MOCK_PORT="${MOCK_PORT:-18090}"
STUB_PORT="${STUB_PORT:-18091}"
TUNED_PORT="${TUNED_PORT:-18092}"
PLAIN_PORT="${PLAIN_PORT:-18095}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${JAR:-$HERE/../target/wethod-projects-mock.jar}"
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

wait_for() { # port path
  for _ in $(seq 1 400); do
    curl -s -o /dev/null "http://127.0.0.1:$1$2" && return 0
    sleep 0.05
  done
  echo "nothing answers on port $1" >&2
  exit 1
}
tree_pids() { echo "$1" $(pgrep -P "$1" || true); }
tree_rss_kb() {
  local total=0 pid
  for pid in $(tree_pids "$1"); do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")))
  done
  echo "$total"
}
tree_ticks() { # user + system clock ticks of a process and its children so far
  local total=0 pid
  for pid in $(tree_pids "$1"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}
tree_waits() { # nanoseconds the threads of a process and its children have waited to run so far
  local pid
  for pid in $(tree_pids "$1"); do
    cat /proc/"$pid"/task/*/schedstat 2>/dev/null || true
  done | awk '{total += $2} END {printf "%.0f", total}'
}
machine_ticks() { # "busy total" clock ticks of all cores so far (busy: neither idle nor waiting for I/O)
  awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6}' /proc/stat
}

java -jar "$JAR" --port "$MOCK_PORT" > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
PIDS+=($MOCK_PID)
wait_for "$MOCK_PORT" /__admin/health

# The mock's answer, fetched first: the no-logic server and the stubs return these bytes.
curl -sf -D "$WORK/headers.txt" "${HEADERS[@]}" "http://127.0.0.1:$MOCK_PORT$QUERY" -o "$WORK/page.json"
ITEMS=$(grep -o '"id":' "$WORK/page.json" | wc -l)
BYTES=$(wc -c < "$WORK/page.json")
tr -d '\r' < "$WORK/headers.txt" | tail -n +2 > "$WORK/header-lines.txt"

# TCP_NODELAY, as Jetty sets it: without it the JDK server's head and body wait on delayed ACKs.
java -Dsun.net.httpserver.nodelay=true "$HERE/NoLogicServer.java" "$PLAIN_PORT" "$WORK/page.json" "$WORK/header-lines.txt" \
  > "$WORK/plain.log" 2>&1 &
PLAIN_PID=$!
PIDS+=($PLAIN_PID)
wait_for "$PLAIN_PORT" /
curl -sf "${HEADERS[@]}" "http://127.0.0.1:$PLAIN_PORT$QUERY" -o "$WORK/plain-page.json"
cmp -s "$WORK/page.json" "$WORK/plain-page.json" \
  || { echo "the no-logic server does not return the same bytes" >&2; exit 1; }

run() { # port seconds
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --latency "${HEADERS[@]}" "http://127.0.0.1:$1$QUERY"
}
RESULTS="$WORK/results"
: > "$RESULTS"
figures() { # wrk --latency output -> "requests/s requests p50 p99" (latencies in ms)
  python3 - "$1" <<'PY'
import re, sys
out = sys.argv[1]
def latency(percent):
    m = re.search(r"^\s*%d%%\s+([\d.]+)(us|ms|s)\s*$" % percent, out, re.M)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"^Requests/sec:\s+([\d.]+)", out, re.M).group(1))
requests = int(re.search(r"^\s*(\d+) requests in", out, re.M).group(1))
print(rps, requests, latency(50), latency(99))
PY
}
# wrk's own threads are gone once it exits, so how long they waited for a core is read 0.3 s before
# its end, over that part of the slice.
WRK_WINDOW=$(awk -v d="$DURATION" 'BEGIN {print d - 0.3}')
slice() { # name port pid: one measured slice -> "name rps requests p50 p99 ticks waits wrk-waits busy total" into RESULTS
  local before after waited machine runner wrk_waited
  before=$(tree_ticks "$3")
  waited=$(tree_waits "$3")
  machine=$(machine_ticks)
  run "$2" "$DURATION" > "$WORK/slice.txt" &
  runner=$!
  sleep "$WRK_WINDOW"
  wrk_waited=$(tree_waits "$runner")
  wait "$runner"
  after=$(tree_ticks "$3")
  waited=$(($(tree_waits "$3") - waited))
  machine=$(echo "$machine $(machine_ticks)" | awk '{print $3 - $1, $4 - $2}')
  echo "$1 $(figures "$(cat "$WORK/slice.txt")") $((after - before)) $waited $wrk_waited $machine" >> "$RESULTS"
}

run "$MOCK_PORT" "$WARMUP" > /dev/null
run "$PLAIN_PORT" "$WARMUP" > /dev/null
for _ in $(seq 1 "$ROUNDS"); do
  slice mock "$MOCK_PORT" "$MOCK_PID"
  slice plain "$PLAIN_PORT" "$PLAIN_PID"
done
MOCK_RSS_KB=$(tree_rss_kb "$MOCK_PID")
MOCK_SERVER_PID=$(pgrep -P "$MOCK_PID" || echo "$MOCK_PID")
MOCK_SERVER_RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$MOCK_SERVER_PID/status")
PLAIN_RSS_KB=$(tree_rss_kb "$PLAIN_PID")

# Equal load: the same constant rate offered to both (constant-rate.lua), at fractions of what the
# no-logic server answered flat out above, in alternating slices as above. The closed loop above
# compares latencies at different loads when one server answers faster.
PACED="$WORK/paced"
: > "$PACED"
PLAIN_MAX=$(awk '$1 == "plain" {sum += $2; n++} END {printf "%d", sum / n}' "$RESULTS")
paced() { # name port rate -> "name rate rps requests p50 p99" into PACED
  local out
  out=$(RATE="$3" THREADS="$THREADS" wrk -t"$THREADS" -c"$PACED_CONNECTIONS" -d"${DURATION}s" \
    --latency -s "$HERE/constant-rate.lua" "${HEADERS[@]}" "http://127.0.0.1:$2$QUERY")
  echo "$1 $3 $(figures "$out")" >> "$PACED"
}
for percent in $EQUAL_LOADS; do
  rate=$((PLAIN_MAX * percent / 100))
  for _ in $(seq 1 "$ROUNDS"); do
    paced mock "$MOCK_PORT" "$rate"
    paced plain "$PLAIN_PORT" "$rate"
  done
done
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
kill "$PLAIN_PID"

if [ "${STUBS:-1}" != 0 ]; then
  # Plain WireMock servers from the same jar: one with WireMock's defaults, one tuned like the
  # mock (no request journal, no request log line).
  mkdir -p "$WORK/plain" "$WORK/tuned"
  java -cp "$JAR" wiremock.Run --port "$STUB_PORT" --bind-address 127.0.0.1 \
    --root-dir "$WORK/plain" > "$WORK/stub.log" 2>&1 &
  PIDS+=($!)
  STUB_PID=$!
  java -cp "$JAR" wiremock.Run --port "$TUNED_PORT" --bind-address 127.0.0.1 \
    --root-dir "$WORK/tuned" --no-request-journal --disable-request-logging > "$WORK/tuned.log" 2>&1 &
  PIDS+=($!)
  TUNED_PID=$!
  wait_for "$STUB_PORT" /__admin/mappings
  wait_for "$TUNED_PORT" /__admin/mappings
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
  run "$STUB_PORT" "$WARMUP" > /dev/null
  slice stub "$STUB_PORT" "$STUB_PID"
  run "$TUNED_PORT" "$WARMUP" > /dev/null
  slice tuned "$TUNED_PORT" "$TUNED_PID"
fi

echo "page: $ITEMS projects, $BYTES bytes; wrk $THREADS threads, $CONNECTIONS connections; $ROUNDS alternating ${DURATION}s slices of the mock and the no-logic server, each after a ${WARMUP}s warm-up; $(nproc) cores; load average after them $LOAD"
python3 - "$RESULTS" "$PACED" "$(getconf CLK_TCK)" "$MOCK_RSS_KB" "$MOCK_SERVER_RSS_KB" "$PLAIN_RSS_KB" \
  "$DURATION" "$WRK_WINDOW" <<'PY'
import statistics, sys
path, paced_path, hz = sys.argv[1], sys.argv[2], int(sys.argv[3])
mock_rss, mock_server_rss, plain_rss = map(int, sys.argv[4:7])
duration, wrk_window = map(float, sys.argv[7:9])
rows = {}
for line in open(path):
    name, rps, requests, p50, p99, ticks, waits, wrk_waits, busy, total = line.split()
    rows.setdefault(name, []).append((float(rps), float(p99), int(requests), int(ticks), int(waits),
                                      int(wrk_waits), int(busy), int(total)))
def summary(name):
    slices = rows[name]
    rps = statistics.mean(s[0] for s in slices)
    p99 = statistics.median(s[1] for s in slices)
    requests = sum(s[2] for s in slices)
    cpu_us = sum(s[3] for s in slices) / hz * 1e6 / requests
    wait_us = sum(s[4] for s in slices) / 1e3 / requests
    wrk_wait_us = sum(s[5] for s in slices) / 1e3 / (requests * wrk_window / duration)
    busy = 100.0 * sum(s[6] for s in slices) / sum(s[7] for s in slices)
    return rps, p99, cpu_us, slices, wait_us, wrk_wait_us, busy
titles = {"mock": "mock, full emulation (java -jar)", "plain": "JDK HttpServer, same bytes, no logic",
          "stub": "plain WireMock, static stub", "tuned": "same, journal and request log off"}
print("%-38s %10s %8s %10s %9s %9s %6s  %s" % ("server", "requests/s", "p99 ms", "CPU us/req",
      "waited us", "wrk w. us", "busy %", "slices (req/s)"))
result = {}
for name in ("mock", "plain", "stub", "tuned"):
    if name in rows:
        result[name] = summary(name)
        rps, p99, cpu, slices, waited, wrk_waited, busy = result[name]
        print("%-38s %10.0f %8.2f %10.1f %9.1f %9.1f %6.0f  %s" % (titles[name], rps, p99, cpu, waited,
              wrk_waited, busy, ", ".join("%.0f" % s[0] for s in slices)))
print("(waited, per request: the time the server's threads were ready to run but waited for a core,\n"
      " summed over them, from /proc/PID/task/*/schedstat; wrk w.: the same for wrk's threads, until\n"
      " %.1f s into each slice; busy: the share of all cores in use during the slices, from /proc/stat)"
      % wrk_window)
print("RSS after the load: mock %d MB (server JVM %d MB, launcher %d MB); no-logic server %d MB"
      % (mock_rss // 1024, mock_server_rss // 1024, (mock_rss - mock_server_rss) // 1024, plain_rss // 1024))
mock, plain = result["mock"], result["plain"]
print("mock / no-logic server: %.2fx requests/s, %.2fx CPU per request" % (mock[0] / plain[0], mock[2] / plain[2]))
def target(name, met):
    print("target %s: %s" % (name, "met" if met else "NOT met"))
target("mock >= 0.8x the no-logic server's requests/s", mock[0] >= 0.8 * plain[0])
target("mock <= 45 us CPU per request", mock[2] <= 45)
paced = {}
for line in open(paced_path):
    name, rate, reached, requests, p50, p99 = line.split()
    paced.setdefault(int(rate), {}).setdefault(name, []).append((float(reached), float(p50), float(p99)))
print("equal load: the same constant rate offered to both (medians over the slices)")
print("%-14s %28s %28s" % ("offered req/s", "mock: reached, p50, p99 ms", "no-logic: reached, p50, p99 ms"))
equal_met = bool(paced)
for rate in sorted(paced):
    cells, medians = [], {}
    for name in ("mock", "plain"):
        slices = paced[rate][name]
        medians[name] = [statistics.median(s[i] for s in slices) for i in range(3)]
        cells.append("%8.0f %8.2f %9.2f" % tuple(medians[name]))
    reached = all(medians[n][0] >= 0.95 * rate for n in medians)
    equal_met &= reached and medians["mock"][2] <= medians["plain"][2]
    print("%-14d %28s %28s%s" % (rate, cells[0], cells[1], "" if reached else "  (rate not reached)"))
target("mock p99 <= the no-logic server's at each equal load", equal_met)
print("p99 flat out (the closed loop above, the mock at %.2fx the no-logic server's rate): %.2f ms against %.2f ms"
      % (mock[0] / plain[0], mock[1], plain[1]))
target("mock p99 <= the no-logic server's flat out", mock[1] <= plain[1])
target("mock RSS < 160 MB (launcher and server JVM)", mock_rss < 160 * 1024)
if "tuned" in result:
    print("mock / static stub: %.2fx; mock / tuned static stub: %.2fx"
          % (mock[0] / result["stub"][0], mock[0] / result["tuned"][0]))
    target("mock >= 2x the tuned static stub's requests/s", mock[0] >= 2 * result["tuned"][0])
PY
