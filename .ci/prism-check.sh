#!/usr/bin/env bash
# Puts Prism (`prism proxy --errors`, pinned in contract/package.json) in front of a running mock
# and sends both the requests that the contract module's PrismCheck generates from the contract:
# fails on any response violation Prism reports and on any request that one lets through while
# the other refuses it, outside the differences listed in contract/README.md.
# Usage: .ci/prism-check.sh MOCK_PORT [PRISM_PORT]   (after `npm ci --prefix contract` and a build)
set -euo pipefail
cd "$(dirname "$0")/.."

mock_port=${1:?usage: .ci/prism-check.sh MOCK_PORT [PRISM_PORT]}
prism_port=${2:-18090}
prism_log=$(mktemp)

# Prism's own executable, not npx: the process started is then the one stopped at the end.
contract/node_modules/.bin/prism proxy --errors --host 127.0.0.1 --port "$prism_port" \
  contract/openapi.yaml "http://127.0.0.1:$mock_port" >"$prism_log" 2>&1 &
prism_pid=$!
stop_prism() { kill "$prism_pid" 2>/dev/null || true; wait "$prism_pid" 2>/dev/null || true; }
trap stop_prism EXIT

for _ in $(seq 1 120); do
  if grep -q "Prism is listening" "$prism_log"; then break; fi
  if ! kill -0 "$prism_pid" 2>/dev/null; then
    echo "Prism did not start. Its output:"; cat "$prism_log"; exit 1
  fi
  sleep 0.5
done
if ! grep -q "Prism is listening" "$prism_log"; then
  echo "Prism did not start in time. Its output:"; cat "$prism_log"; exit 1
fi

mvn -B -ntp -q -pl contract exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.wethodkit.contract.prism.PrismCheck \
  -Dexec.args="http://127.0.0.1:$mock_port http://127.0.0.1:$prism_port"
