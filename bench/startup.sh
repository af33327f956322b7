#!/usr/bin/env bash
# Start-up time and binary size of the release build (a benchmark, not a test).
# Needs hyperfine (apt-get install hyperfine). Target: a few milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
bin=target/release/serwersms
echo "binary size: $(stat -c %s "$bin") bytes"
export XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
hyperfine -N --warmup 10 --runs 200 "$bin --version" "$bin config path" "$bin --help"
