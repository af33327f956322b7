#!/usr/bin/env bash
# Benchmark (not a test): `status --all -o ndjson` over 100,000 stored reports, paged by the
# sandbox. Measures the client's peak memory and its CPU time per page with /usr/bin/time -v.
# Targets (issue 4): peak RSS under 30 MB, client CPU under 5 ms per page.
#
#   bench/status.sh            # builds in release mode, then measures
#   COUNT=20000 bench/status.sh
#
# Needs: cargo, curl, GNU time (/usr/bin/time). The sandbox runs in memory on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${COUNT:-100000}"
TARGET_RSS_KB=$((30 * 1024))
TARGET_MS_PER_PAGE=5

cargo build --release --quiet
BIN="$PWD/target/release/serwersms"
WORK="$(mktemp -d)"
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

TOKEN=bench-token-0123456789abcdef
"$BIN" sandbox --memory --port 0 --token "$TOKEN" >"$WORK/url" 2>/dev/null &
SANDBOX_PID=$!
for _ in $(seq 1 100); do
  [ -s "$WORK/url" ] && break
  sleep 0.05
done
URL="$(head -n 1 "$WORK/url")"
[ -n "$URL" ] || { echo "the sandbox did not start" >&2; exit 1; }

curl -sf -X POST "${URL}__sandbox/messages" -H 'Content-Type: application/json' \
  -d "{\"count\": $COUNT}" >/dev/null
curl -sf -X DELETE "${URL}__sandbox/requests" >/dev/null

env -i PATH="$PATH" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
  SERWERSMS_API_URL="$URL" SERWERSMS_TOKEN="$TOKEN" \
  /usr/bin/time -v -o "$WORK/time" "$BIN" status --all -o ndjson >"$WORK/out.ndjson"

ROWS=$(wc -l <"$WORK/out.ndjson")
PAGES=$(curl -sf "${URL}__sandbox/requests" | grep -o '"action":"messages/reports"' | wc -l)
RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time")
USER_S=$(awk -F': ' '/User time/ {print $2}' "$WORK/time")
SYS_S=$(awk -F': ' '/System time/ {print $2}' "$WORK/time")
WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time")
MS_PER_PAGE=$(awk -v u="$USER_S" -v s="$SYS_S" -v p="$PAGES" 'BEGIN {printf "%.2f", (u + s) * 1000 / p}')

echo "reports:            $ROWS rows in $PAGES pages (expected $COUNT rows)"
echo "client peak RSS:    $((RSS_KB / 1024)) MB ($RSS_KB kB; target < 30 MB)"
echo "client CPU:         ${USER_S}s user + ${SYS_S}s system"
echo "client CPU / page:  ${MS_PER_PAGE} ms (target < ${TARGET_MS_PER_PAGE} ms)"
echo "wall clock:         $WALL (includes the sandbox's work)"

status=0
[ "$ROWS" -eq "$COUNT" ] || { echo "FAIL: expected $COUNT rows" >&2; status=1; }
[ "$RSS_KB" -lt "$TARGET_RSS_KB" ] || { echo "FAIL: peak RSS over target" >&2; status=1; }
awk -v m="$MS_PER_PAGE" -v t="$TARGET_MS_PER_PAGE" 'BEGIN {exit !(m < t)}' ||
  { echo "FAIL: CPU per page over target" >&2; status=1; }
exit $status
