#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds, and opens the dashboard (first start imports the samples).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target unionboard unionboard-cli -j "$(nproc)"
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display: starting the dashboard under Xvfb (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/unionboard "$@"
fi
exec build/bin/unionboard "$@"
