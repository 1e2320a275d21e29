# Runs one libFuzzer target for SECONDS over a scratch corpus seeded from SEEDS; fails on any finding.
# cmake -DFUZZER=… -DWORK=… -DARTIFACTS=… -DSEEDS=… -DSECONDS=… -DMAX_LEN=… -P runfuzzer.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK} ${ARTIFACTS})
execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -max_len=${MAX_LEN}
          -print_final_stats=1 -artifact_prefix=${ARTIFACTS} ${WORK} ${SEEDS}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a problem (exit ${result}); the input is in ${ARTIFACTS}. "
                      "Add it to tests/fixtures/hostile/ as a regression fixture.")
endif()
