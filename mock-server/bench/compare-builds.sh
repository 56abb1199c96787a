#!/usr/bin/env bash
# Compares the request path of two builds of the mock side by side, in one run: both mocks up at
# once (java -jar, as the README starts them, on the bundled fixtures), wrk alternating between
# them in short slices so that a change in the machine's load hits both alike (with the CPU time
# of each process tree per request, from /proc); then the CPU time
# per request of the emulation alone (EndpointCpu.java, in-process, the serving thread's CPU time,
# which other processes do not inflate), again alternating.
#
#   mock-server/bench/compare-builds.sh BEFORE_JAR [AFTER_JAR] [rounds] [seconds-per-slice]
#
# AFTER_JAR defaults to this tree's target/wethod-projects-mock.jar. Needs wrk, curl, java 17.
# Everything listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BEFORE="${1:?the jar of the build to compare with}"
AFTER="${2:-$HERE/../target/wethod-projects-mock.jar}"
ROUNDS="${3:-8}"
SECONDS_PER_SLICE="${4:-5}"
PORT_BEFORE="${BEFORE_PORT:-18093}"
PORT_AFTER="${AFTER_PORT:-18094}"
QUERY="/api/projects?deleted=include&date_start=gt:2000-01-01&limit=100"
HEADERS=(-H "Authorization: Bearer tok-both" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
for jar in "$BEFORE" "$AFTER"; do [ -f "$jar" ] || { echo "$jar is missing" >&2; exit 2; }; done

java -jar "$BEFORE" --port "$PORT_BEFORE" > /dev/null 2>&1 & PIDS+=($!)
PID_BEFORE=$!
java -jar "$AFTER" --port "$PORT_AFTER" > /dev/null 2>&1 & PIDS+=($!)
PID_AFTER=$!
tree_ticks() { # user + system clock ticks of a launcher and the server JVM it started
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}
for port in "$PORT_BEFORE" "$PORT_AFTER"; do
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://127.0.0.1:$port/__admin/health" && break
    sleep 0.05
  done
done
cmp -s <(curl -s "${HEADERS[@]}" "http://127.0.0.1:$PORT_BEFORE$QUERY") \
  <(curl -s "${HEADERS[@]}" "http://127.0.0.1:$PORT_AFTER$QUERY") \
  || { echo "the two builds answer different bytes" >&2; exit 1; }
# Warm-up: each server's JIT compiles the request path before any slice counts.
for _ in 1 2; do
  for port in "$PORT_BEFORE" "$PORT_AFTER"; do
    wrk -t2 -c32 -d5s "${HEADERS[@]}" "http://127.0.0.1:$port$QUERY" > /dev/null
  done
done
RESULTS="$(mktemp)"
for _ in $(seq 1 "$ROUNDS"); do
  for side in before after; do
    port=$([ "$side" = before ] && echo "$PORT_BEFORE" || echo "$PORT_AFTER")
    pid=$([ "$side" = before ] && echo "$PID_BEFORE" || echo "$PID_AFTER")
    ticks=$(tree_ticks "$pid")
    out=$(wrk -t2 -c32 -d"${SECONDS_PER_SLICE}s" --latency "${HEADERS[@]}" "http://127.0.0.1:$port$QUERY")
    ticks=$(($(tree_ticks "$pid") - ticks))
    requests=$(awk '/requests in/ {print $1}' <<< "$out")
    echo "$side $(awk '/^Requests\/sec:/ {print $2}' <<< "$out") $(awk '$1 == "99%" {print $2}' <<< "$out")" | tee -a "$RESULTS"
    echo "tree-$side $(python3 -c "print($ticks / $(getconf CLK_TCK) * 1e6 / $requests)")" >> "$RESULTS"
  done
done
cleanup
PIDS=()
for _ in 1 2; do
  for side in before after; do
    jar=$([ "$side" = before ] && echo "$BEFORE" || echo "$AFTER")
    echo "cpu-$side $(java -Xmx512m -cp "$jar" "$HERE/EndpointCpu.java" 2>/dev/null | awk '/median/ {print $6}')" | tee -a "$RESULTS"
  done
done
awk '{sum[$1] += $2; n[$1]++}
  END {
    printf "wrk, %d slices each: before %.0f req/s, after %.0f req/s (after/before %.2f)\n",
      n["before"], sum["before"] / n["before"], sum["after"] / n["after"],
      (sum["after"] / n["after"]) / (sum["before"] / n["before"]);
    printf "CPU per request, process tree (launcher and server JVM) over the slices: before %.1f us, after %.1f us (after/before %.2f)\n",
      sum["tree-before"] / n["tree-before"], sum["tree-after"] / n["tree-after"],
      (sum["tree-after"] / n["tree-after"]) / (sum["tree-before"] / n["tree-before"]);
    printf "CPU per request of the emulation: before %.1f us, after %.1f us (after/before %.2f)\n",
      sum["cpu-before"] / n["cpu-before"] / 1000, sum["cpu-after"] / n["cpu-after"] / 1000,
      (sum["cpu-after"] / n["cpu-after"]) / (sum["cpu-before"] / n["cpu-before"]);
  }' "$RESULTS"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
rm -f "$RESULTS"
