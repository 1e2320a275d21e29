# test_core_store_pdf: PDF text through the unionboard-pdftext child process, on Chinese and hostile
# PDFs. A GUI main, because the tests write their PDFs with QPdfWriter. Included from CMakeLists.txt.
ub_add_gtest(test_core_store_pdf GUI
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_pdftext.cpp ${CMAKE_CURRENT_LIST_DIR}/test_pdfimport.cpp
  LIBS ub_store ub_teststore ub_testpdf Qt6::Gui)
# pdfTextHelperPath() finds the helper through UB_BUILD_BIN_DIR, so it must be built first.
add_dependencies(test_core_store_pdf unionboard-pdftext)
