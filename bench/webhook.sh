#!/usr/bin/env bash
# Events per second that `webhook listen --append FILE` sustains (each event synced to disk
# before it is answered OK), in release mode, over loopback only. Target: 1,000 events/s.
# Usage: bench/webhook.sh [--events N] [--connections C]
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo bench --bench webhook -- "$@"
