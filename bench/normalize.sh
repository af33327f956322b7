#!/usr/bin/env bash
# Benchmark `serwersms numbers normalize` on a million numbers, in release mode.
#
# Generates a file of N lines (default 1,000,000) in the forms people paste: bare 9 digits,
# spaced, dashed, +48, 0048, foreign with +, and about 1 in 20 invalid (too short, letters,
# unknown prefix), then times normalizing it from stdin in each output format, with output to
# /dev/null. The target is about a second for a million numbers in the default table format.
#
#   bench/normalize.sh            # 1,000,000 numbers
#   bench/normalize.sh 200000     # another size
#
# Needs: cargo, awk, and bash's `time`. Runs offline; no sandbox, no account.
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/numbers.txt"

awk -v n="$n" 'BEGIN {
  split("50 51 53 57 60 66 69 72 73 78 79 88 22 12", prefix, " ");
  for (i = 0; i < n; i++) {
    p = prefix[(i % 14) + 1];
    rest = sprintf("%07d", (i * 7919) % 10000000);
    num = p rest;
    f = i % 20;
    if (f < 6)       line = num;
    else if (f < 9)  line = substr(num,1,3) " " substr(num,4,3) " " substr(num,7,3);
    else if (f < 11) line = substr(num,1,3) "-" substr(num,4,3) "-" substr(num,7,3);
    else if (f < 15) line = "+48" num;
    else if (f < 17) line = "0048 " num;
    else if (f < 19) line = "+420 " substr(rest,1,3) " " substr(rest,4,4) "99";
    else {
      g = int(i / 20) % 3;
      if (g == 0)      line = substr(num, 1, 7);
      else if (g == 1) line = "50060070x";
      else             line = "1" substr(num, 2);
    }
    print line;
  }
}' > "$input"

echo "building release binary…" >&2
cargo build --release --quiet
bin=target/release/serwersms

lines=$(wc -l < "$input")
size=$(du -h "$input" | cut -f1)
echo "input: $lines numbers ($size)"
for format in table csv ndjson json xml; do
  # Exit code 3 (some invalid) is expected.
  start=$(date +%s.%N)
  "$bin" numbers normalize - -o "$format" < "$input" > /dev/null || [ $? -eq 3 ]
  end=$(date +%s.%N)
  awk -v f="$format" -v s="$start" -v e="$end" -v n="$lines" \
    'BEGIN { t = e - s; printf "%-7s %6.3f s  %5.0f ns/number\n", f, t, t * 1e9 / n }'
done

# Peak memory, where GNU time is available: it must stay flat in the input size.
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "table   max RSS %M KiB" "$bin" numbers normalize - < "$input" > /dev/null 2> "$work/time" || true
  tail -1 "$work/time"
fi
