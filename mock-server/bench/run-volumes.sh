#!/usr/bin/env bash
# Large datasets, measured for one build or two side by side in one run: a generated dataset of
# 1,000,000 projects in acme (50,000 in globex) written to a folder, then, for each build started
# as the README starts it (java -jar: the launcher and the server JVM it starts), the time to ready
# and the memory (RSS of both processes) when it loads that folder with --fixtures; the
# single-connection latency of list queries on it (first page and a page near the end, for an
# identity with both permissions and one with pipeline.view only, each after a 2 s warm-up); admin
# writes on it; the RSS after those; the time to ready and RSS with --generate; and the RSS of the
# bundled fixtures after a load of requests. It prints each figure beside the target it answers
# and whether the target is met. Run by hand, not in CI.
#
#   mock-server/bench/run-volumes.sh [projects] [seconds-per-query] [BASE_JAR]
#
# BASE_JAR, when given, is measured first, then this tree's target/wethod-projects-mock.jar (or $JAR), with
# the same folder and the same queries: the two columns of the table. Needs: wrk (Debian:
# apt-get install -y wrk), curl, python3, java 17, the built jar (mvn -pl
# contract,fixtures,mock-server -am package -DskipTests). Everything listens on 127.0.0.1 and is
# stopped at the end.
set -euo pipefail

PROJECTS="${1:-1000000}"
SECONDS_PER_QUERY="${2:-5}"
BASE_JAR="${3:-}"
PORT="${VOLUME_PORT:-18093}"
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
for jar in "$JAR" ${BASE_JAR:+"$BASE_JAR"}; do
  [ -f "$jar" ] || { echo "$jar is missing: build it first" >&2; exit 2; }
done

# RSS in MB of a launched mock: the launcher and the server JVM it started.
tree_rss() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")))
  done
  echo $((total / 1024))
}
cpu_seconds() { # user+sys CPU seconds of the launcher and the server JVM so far
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  python3 -c "print('%.1f' % ($total / 100))"
}
load() { cut -d' ' -f1 /proc/loadavg; }

# start JAR ARGS...: starts JAR on $PORT with ARGS; sets PID and READY (seconds to ready).
start() {
  local jar=$1 begin
  shift
  begin=$(date +%s.%N)
  java -jar "$jar" --port "$PORT" "$@" > "$WORK/mock.log" 2>&1 &
  PID=$!
  PIDS+=("$PID")
  for _ in $(seq 1 6000); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/__admin/health" && break
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/mock.log" >&2; exit 1; }
    sleep 0.02
  done
  READY=$(python3 -c "print('%.2f' % ($(date +%s.%N) - $begin))")
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

URL="http://127.0.0.1:$PORT/api/projects"
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
# The mock reuses the answer to a request it has just answered; so that each request is worked
# out, wrk asks 300 neighbouring pages in turn (offsets 0 to 29 either side of the one asked,
# limits 91 to 100), more than the mock keeps.
cat > "$WORK/pages.lua" <<'LUA'
local base, offset, i = "", 0, 0
function init(args) base, offset = args[1], tonumber(args[2]) end
function request()
  local k = i % 300
  i = i + 1
  local step = k % 30
  local at = offset < 30 and offset + step or offset - step
  return wrk.format(nil, base .. "&limit=" .. (100 - math.floor(k / 30)) .. "&offset=" .. at)
end
LUA
latency() { # token filter offset -> "p50 p99" in ms over one connection, after a 2 s warm-up
  local out path="/api/projects?$2"
  wrk -t1 -c1 -d2s -s "$WORK/pages.lua" \
    -H "Authorization: Bearer $1" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15" \
    "http://127.0.0.1:$PORT" -- "$path" "$3" > /dev/null
  out=$(wrk -t1 -c1 -d"${SECONDS_PER_QUERY}s" --latency -s "$WORK/pages.lua" \
    -H "Authorization: Bearer $1" -H "Wethod-Company: acme" -H "Wethod-Version: 2024-06-15" \
    "http://127.0.0.1:$PORT" -- "$path" "$3")
  python3 - "$out" <<'PY'
import re, sys
def ms(label):
    m = re.search(r"^\s*%s%%\s+([\d.]+)(us|ms|s)\s*$" % label, sys.argv[1], re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
print("%.2f %.2f" % (ms("50"), ms("99")))
PY
}
writes() { # -> lines "op median p99", then "WORST p99"
  python3 - "$PORT" "$PROJECTS" <<'PY'
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
    print("%s %.2f %.2f" % (op, statistics.median(values), p99))
print("WORST %.2f" % worst)
PY
}

# The dataset, written once with this tree's jar; both builds load the same folder.
FOLDER="$WORK/fixtures"
java -jar "$JAR" --generate "$PROJECTS" --write-fixtures "$FOLDER" > /dev/null
FILE_MB=$(du -sm "$FOLDER/projects" | cut -f1)

DAY="2024-03-15T00:00:00Z"
QUERIES=()
RESULTS="$WORK/results"
: > "$RESULTS"
record() { echo "$1|$2|$3" >> "$RESULTS"; } # build key value

measure() { # label jar
  local label=$1 jar=$2 token filter total offset query p50 p99
  start "$jar" --fixtures "$FOLDER"
  record "$label" ready "$READY"
  record "$label" ready_load "$(load)"
  record "$label" ready_cpu "$(cpu_seconds "$PID")"
  sleep 1
  record "$label" loaded_rss "$(tree_rss "$PID")"
  for token in tok-both tok-view; do
    for filter in "probability=gt:90" "updated_at=$DAY"; do
      total=$(count "$token" "$filter")
      # The first page, and the last full page (or, for a list of 100 or fewer, its second half).
      for offset in 0 $((total > 100 ? total - 100 : total / 2)); do
        query="limit=100&$filter&offset=$offset"
        read -r p50 p99 < <(latency "$token" "$filter" "$offset")
        record "$label" "query $token $query" "$p50 $p99 $total"
      done
    done
  done
  record "$label" query_load "$(load)"
  while read -r op median p99; do
    record "$label" "write $op" "$median $p99"
  done < <(writes)
  record "$label" after_rss "$(tree_rss "$PID")"
  stop

  start "$jar" --generate "$PROJECTS"
  record "$label" generate_ready "$READY"
  sleep 1
  record "$label" generate_rss "$(tree_rss "$PID")"
  stop

  # The bundled fixtures after 10 s of 32 connections asking for pages of 100 (56 KB).
  start "$jar"
  wrk -t2 -c32 -d10s -H "Authorization: Bearer tok-both" -H "Wethod-Company: acme" \
    -H "Wethod-Version: 2024-06-15" \
    "$URL?deleted=include&date_start=gt:2000-01-01&limit=100" > /dev/null
  record "$label" bundled_rss "$(tree_rss "$PID")"
  record "$label" bundled_load "$(load)"
  stop
}

LABELS=()
if [ -n "$BASE_JAR" ]; then
  measure base "$BASE_JAR"
  LABELS+=(base)
fi
measure this "$JAR"
LABELS+=(this)

python3 - "$RESULTS" "$PROJECTS" "$FILE_MB" "$(nproc)" "${LABELS[@]}" <<'PY'
import sys
path, projects, file_mb, cores, *labels = sys.argv[1:]
values = {}
queries = []
for line in open(path):
    label, key, value = line.rstrip("\n").split("|")
    values[(label, key)] = value
    if key.startswith("query ") and key not in queries:
        queries.append(key)
get = lambda label, key: values.get((label, key), "")
num = lambda label, key: float(get(label, key).split()[0])
width = 24
print("dataset: %s projects in acme, %s in globex; projects files %s MB; %s cores"
      % (projects, int(projects) // 20, file_mb, cores))
print("%-52s" % "figure" + "".join("%*s" % (width, l) for l in labels) + "   target")
def row(name, cells, target=""):
    print("%-52s" % name + "".join("%*s" % (width, c) for c in cells) + "   " + target)
row("--fixtures: ready (s, load average)",
    ["%s (%s)" % (get(l, "ready"), get(l, "ready_load")) for l in labels], "< 5 s")
row("--fixtures: CPU to ready, both JVMs (s)", [get(l, "ready_cpu") for l in labels])
row("--fixtures: RSS loaded (MB)", [get(l, "loaded_rss") for l in labels], "< 600 MB")
row("--fixtures: RSS after queries and writes (MB)", [get(l, "after_rss") for l in labels],
    "< 600 MB")
for key in queries:
    _, token, query = key.split(" ", 2)
    total = get(labels[-1], key).split()[2]
    row("%s %s (%s)" % (token, query.replace("limit=100&", ""), total),
        ["%s / %s" % tuple(get(l, key).split()[:2]) for l in labels], "p50 < 1 ms")
row("  (query latencies: p50 / p99 ms; load average)", [get(l, "query_load") for l in labels])
for op in ("update", "soft-delete", "restore"):
    row("admin %s of one project (median / p99 ms)" % op,
        ["%s / %s" % tuple(get(l, "write " + op).split()) for l in labels])
row("--generate: ready (s)", [get(l, "generate_ready") for l in labels])
row("--generate: RSS (MB)", [get(l, "generate_rss") for l in labels])
row("bundled fixtures after 10 s of wrk: RSS (MB)",
    ["%s (%s)" % (get(l, "bundled_rss"), get(l, "bundled_load")) for l in labels], "< 160 MB")
print()
for l in labels:
    p50s = [float(get(l, k).split()[0]) for k in queries]
    checks = [
        ("1,000,000 projects from fixture files ready in < 5 s", num(l, "ready") < 5),
        ("held in < 600 MB (loaded, and after the queries and writes)",
         max(num(l, "loaded_rss"), num(l, "after_rss")) < 600),
        ("every query p50 < 1 ms", max(p50s) < 1),
        ("bundled fixtures under load < 160 MB (a target of the serving work)",
         num(l, "bundled_rss") < 160),
    ]
    for name, met in checks:
        print("%s: target %s: %s" % (l, name, "met" if met else "NOT met"))
PY
