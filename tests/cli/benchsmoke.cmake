# Runs `unionboard-cli bench` on a small corpus and checks the JSON holds every required key as a
# number. Usage: cmake -DCLI=... -DOUT=... -P benchsmoke.cmake
execute_process(COMMAND "${CLI}" bench --figures 2000 --json "${OUT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "bench exited with ${rc}: ${err}")
endif()
file(READ "${OUT}" json)
foreach(key figures corpus_mb extract_mb_per_s import_figures_per_s db_mb query_year_panel_ms
            query_city_panel_ms query_compare_ms figure_table_first_page_ms chart_render_ms
            query_vs_sqlite3_ratio peak_rss_mb statistics_refresh_s statistics_refresh_after_correction_ms
            import_raw_sqlite3_figures_per_s import_vs_raw_sqlite3_ratio extract_back_to_back_mb_per_s
            import_command_figures_per_s extract_command_mb_per_s extract_vs_anchor_regex_ratio)
  string(JSON type ERROR_VARIABLE missing TYPE "${json}" ${key})
  if(missing OR NOT type STREQUAL "NUMBER")
    message(FATAL_ERROR "bench JSON: key '${key}' missing or not a number (${type}${missing})")
  endif()
  string(JSON value GET "${json}" ${key})
  if(value LESS 0)
    message(FATAL_ERROR "bench JSON: ${key} = ${value} is negative")
  endif()
endforeach()
string(JSON figures GET "${json}" figures)
if(figures LESS 1500)
  message(FATAL_ERROR "bench found only ${figures} figures in a corpus of about 2000")
endif()
foreach(key statistics_refresh_after_correction_ms import_vs_raw_sqlite3_ratio extract_back_to_back_mb_per_s
            import_command_figures_per_s)
  string(JSON value GET "${json}" ${key})
  if(NOT value GREATER 0)
    message(FATAL_ERROR "bench JSON: ${key} = ${value}, it did not run")
  endif()
endforeach()
