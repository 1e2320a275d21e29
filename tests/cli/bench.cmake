# Tests of `unionboard-cli bench` (the performance issue owns this file). Included from CMakeLists.txt.
# A small-N smoke run so the benchmark cannot rot; the targets themselves are checked by running
# bench at N = 1,000,000 (docs/performance.md), never by timed unit tests.
add_test(NAME cli_bench_smoke
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:unionboard-cli>
    -DOUT=${CMAKE_CURRENT_BINARY_DIR}/bench_smoke.json
    -P ${CMAKE_CURRENT_SOURCE_DIR}/benchsmoke.cmake)
set_tests_properties(cli_bench_smoke PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8" TIMEOUT 120)
