#!/usr/bin/env bash
# Where the mock's CPU goes under the throughput benchmark's load: the mock started as the README
# starts it (java -jar), its server JVM recorded with JFR, wrk as in run-benchmark.sh
# (2 threads, 32 connections, the full-emulation request), a JFR recording of the measured part
# with the profile settings, then the methods most often on the sampled stacks (Java code only:
# JFR does not sample time in the kernel).
#
#   mock-server/bench/run-profile.sh [seconds] [JAR] [lines]
#
# Needs wrk, curl, python3, java 17 with jcmd and jfr, the built jar. Listens on 127.0.0.1 and
# stops what it starts.
set -euo pipefail

SECONDS_MEASURED="${1:-15}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${2:-$HERE/../target/wethod-projects-mock.jar}"
LINES="${3:-40}"
PORT="${PROFILE_PORT:-18096}"
WORK="$(mktemp -d)"
PID=""
cleanup() {
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  rm -rf "$WORK"
}
trap cleanup EXIT

java -jar "$JAR" --port "$PORT" > "$WORK/mock.log" 2>&1 &
PID=$!
for _ in $(seq 1 400); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/__admin/health" && break
  sleep 0.05
done
# The server JVM is the launcher's child, with the options the launcher gives it.
SERVER_PID=$(pgrep -P "$PID" java || echo "$PID")
HEADERS=(-H "Authorization: Bearer tok-both" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15")
URL="http://127.0.0.1:$PORT/api/projects?deleted=include&date_start=gt:2000-01-01&limit=100"
wrk -t2 -c32 -d5s "${HEADERS[@]}" "$URL" > /dev/null
jcmd "$SERVER_PID" JFR.start name=bench settings=profile filename="$WORK/mock.jfr" > /dev/null
wrk -t2 -c32 -d"${SECONDS_MEASURED}s" "${HEADERS[@]}" "$URL" | grep -E "Requests/sec"
jcmd "$SERVER_PID" JFR.stop name=bench > /dev/null
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
jfr print --events jdk.ExecutionSample --stack-depth 200 "$WORK/mock.jfr" > "$WORK/samples.txt"
python3 - "$WORK/samples.txt" "$LINES" <<'PY'
import collections, re, sys
text, lines = open(sys.argv[1]).read(), int(sys.argv[2])
own, anywhere, samples = collections.Counter(), collections.Counter(), 0
for sample in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(", sample, re.M)
    if not frames:
        continue
    samples += 1
    own[frames[0]] += 1
    for frame in set(frames):
        anywhere[frame] += 1
print("%d samples" % samples)
print("on the stack (share of samples), threads' own frames left out:")
for frame, count in anywhere.most_common():
    if lines <= 0:
        break
    if frame.startswith(("java.lang.Thread.", "org.eclipse.jetty.util.thread.")):
        continue
    print("%5.1f%% %s" % (100 * count / samples, frame))
    lines -= 1
print("at the top of the stack:")
for frame, count in own.most_common(15):
    print("%5.1f%% %s" % (100 * count / samples, frame))
PY
