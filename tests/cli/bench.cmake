# Tests of `unionboard-cli bench` (the performance issue owns this file). Included from CMakeLists.txt.
