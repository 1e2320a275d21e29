# test_core_store_pdf: PDF text through the unionboard-pdftext child process, on Chinese, scanned and
# hostile PDFs (scans recognised for real with Tesseract). A GUI main, because the tests write their
# PDFs with QPdfWriter. Included from CMakeLists.txt.
ub_add_gtest(test_core_store_pdf GUI
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_pdftext.cpp ${CMAKE_CURRENT_LIST_DIR}/test_pdfimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/test_pdfocr.cpp
  LIBS ub_store ub_extract ub_ocrtext ub_teststore ub_testpdf Qt6::Gui ICU::uc ICU::i18n)
# The scanned-report test recognises the opening lines of a sample report.
target_compile_definitions(test_core_store_pdf PRIVATE UB_TEST_REPORTS_DIR="${CMAKE_SOURCE_DIR}/data/reports")
# pdfTextHelperPath() finds the helper through UB_BUILD_BIN_DIR, so it must be built first.
add_dependencies(test_core_store_pdf unionboard-pdftext)
