#!/usr/bin/env bash
# Benchmark for `serwersms send` (not a test: it checks nothing, it prints figures).
#
# Sends 100,000 recipients from a file to a local sandbox in batches of 200 and of 1,000, and
# compares the client's CPU time and peak memory with curl posting the same batches (bodies
# prepared beforehand) over one kept-alive connection. The difference per batch is what the
# client adds: reading and checking the numbers, building each request, reading each answer,
# printing the rows. Targets: under 2 ms of CPU per batch, under 30 MB of memory.
#
# Both sides send `test=true`, so the sandbox validates and answers with every item but stores
# and charges nothing (its balances would run out long before 100,000 messages).
#
# Usage: bench/send.sh [RECIPIENTS]      (default 100000; builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
TOKEN=bench-token-0123456789abcdef
WORK=$(mktemp -d)
trap 'kill "$SANDBOX_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

cargo build --release --quiet
BIN=$PWD/target/release/serwersms

"$BIN" sandbox --port 0 --memory --token "$TOKEN" >"$WORK/sandbox.out" 2>/dev/null &
SANDBOX_PID=$!
for _ in $(seq 50); do
  [ -s "$WORK/sandbox.out" ] && break
  sleep 0.1
done
URL=$(head -1 "$WORK/sandbox.out")

# N distinct Polish mobile numbers, one a line.
awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++) printf "+48500%06d\n", i }' >"$WORK/numbers.txt"
TEXT="Benchmark message: the quick brown fox jumps over the lazy dog"

# `/usr/bin/time -v` → "user sys maxrss_kb"
measure() {
  /usr/bin/time -v "$@" 2>"$WORK/time.txt" >/dev/null || {
    echo "command failed: $*" >&2
    cat "$WORK/time.txt" >&2
    exit 1
  }
  awk -F': ' '
    /User time/ { u = $2 }
    /System time/ { s = $2 }
    /Maximum resident set size/ { m = $2 }
    END { print u, s, m }' "$WORK/time.txt"
}

printf '%-7s %-8s %-22s %-22s %-16s %s\n' "batch" "batches" "serwersms cpu / rss" "curl cpu / rss" "client cpu/batch" "wall (serwersms)"
for B in 200 1000; do
  BATCHES=$(((N + B - 1) / B))

  # curl: one config file, one body file per batch, `next` between them so that one curl
  # process posts them all over the same connection.
  rm -rf "$WORK/bodies" && mkdir "$WORK/bodies"
  awk -v b="$B" -v dir="$WORK/bodies" -v text="$TEXT" '
    function flush() {
      if (count == 0) return
      f = sprintf("%s/%06d.json", dir, file++)
      printf "{\"phone\":[%s],\"text\":\"%s\",\"details\":true,\"test\":true,\"system\":\"bench\"}", list, text > f
      close(f); list = ""; count = 0
    }
    { list = list (count ? "," : "") "\"" $0 "\""; if (++count == b) flush() }
    END { flush() }' "$WORK/numbers.txt"
  : >"$WORK/curl.cfg"
  for f in "$WORK"/bodies/*.json; do
    {
      [ -s "$WORK/curl.cfg" ] && echo "next"
      echo "url = \"${URL}messages/send_sms.json\""
      echo "header = \"Authorization: Bearer $TOKEN\""
      echo "header = \"Content-Type: application/json\""
      echo "data-binary = \"@$f\""
      echo "output = \"/dev/null\""
      echo "silent"
    } >>"$WORK/curl.cfg"
  done
  read -r CU CS CM < <(measure curl -K "$WORK/curl.cfg")

  START=$(date +%s.%N)
  read -r SU SS SM < <(measure env -i PATH="$PATH" HOME="$WORK" \
    SERWERSMS_API_URL="$URL" SERWERSMS_TOKEN="$TOKEN" \
    "$BIN" send --to-file "$WORK/numbers.txt" --text "$TEXT" --test --yes \
    --batch-size "$B" -o ndjson)
  END=$(date +%s.%N)

  awk -v b="$B" -v n="$BATCHES" -v su="$SU" -v ss="$SS" -v sm="$SM" \
      -v cu="$CU" -v cs="$CS" -v cm="$CM" -v start="$START" -v end="$END" 'BEGIN {
    s = su + ss; c = cu + cs
    printf "%-7d %-8d %6.2f s / %5.1f MB    %6.2f s / %5.1f MB    %6.3f ms         %.2f s\n",
      b, n, s, sm / 1024, c, cm / 1024, (s - c) * 1000 / n, end - start
  }'
done
