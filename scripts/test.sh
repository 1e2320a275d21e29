#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything and runs every test (offscreen),
# with a throwaway PostgreSQL server so the store suite runs on both engines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"

source scripts/postgres.sh
start_test_postgres

export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 600
