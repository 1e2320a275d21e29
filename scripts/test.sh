#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything and runs every test (offscreen), with a
# throwaway PostgreSQL server so the store suites run on both engines. Then the same suite once more
# under AddressSanitizer + UndefinedBehaviorSanitizer (clang, build-asan/), where the libFuzzer targets
# of tests/fuzz also run for a bounded time each. Fails if any stage fails; runs every stage regardless.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
stage() { echo "==== [$((SECONDS - started))s] $*"; }
jobs=$(nproc)
failed=()

stage "dependencies"
scripts/deps.sh --test

stage "build (RelWithDebInfo, build/)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"

source scripts/postgres.sh
start_test_postgres
export QT_QPA_PLATFORM=offscreen
# The tests' locale (gtest_discover_tests passes one environment variable per test: the PostgreSQL
# passes give theirs, UB_TEST_ENGINE, so the rest is set here for every test).
export LC_ALL=C.UTF-8

stage "tests (build/)"
ctest --test-dir build --output-on-failure -j "$jobs" --timeout 600 || failed+=("tests")

# Sanitizer runtime settings for everything build-asan runs, test discovery at build time included.
sanitizers=$PWD/tests/sanitizers
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0:strict_init_order=1:check_initialization_order=1:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1:suppressions=$sanitizers/ubsan.supp"
export LSAN_OPTIONS="suppressions=$sanitizers/lsan.supp:print_suppressions=0"

stage "build (clang, ASan+UBSan, fuzz targets, build-asan/)"
# One clang build serves the sanitizer pass of the suite and the libFuzzer targets. -g1 (line
# tables) is all a sanitizer stack trace needs and keeps compiling and linking quick.
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DUB_SANITIZE=ON -DUB_FUZZ=ON
cmake --build build-asan -j "$jobs"

stage "tests under ASan+UBSan, and fuzzing (build-asan/)"
# Every test runs here; none needs excluding: the PDF helper is built without ASan on purpose (its
# parent caps its address space, see src/pdftext/CMakeLists.txt), the tests that run it do not.
ctest --test-dir build-asan --output-on-failure -j "$jobs" --timeout 900 || failed+=("sanitizer tests")

stage "done"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "all stages passed"
