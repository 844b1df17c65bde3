# Runs one golden-file case: recon with the arguments in CASE_DIR/args (one per line), from inside
# CASE_DIR, and compares stdout, stderr and the exit status with the files beside it.
#
#   cmake -DRECON=path/to/recon -DCASE_DIR=testdata/golden/NAME -DOUT_DIR=scratch -P run_case.cmake
#
# Files recon writes go to OUT_DIR, never into the source tree: `@OUT@` in args stands for it, and
# it is written back as `@OUT@` in the output compared. The book defaults to OUT_DIR/recon.db, and
# SOURCE_DATE_EPOCH fixes the times recon records. Every file recon leaves there must equal
# the one of the same name in CASE_DIR/expected-out/, and no other file may appear, so a case
# whose run must write nothing simply has no expected-out/.
#
# With RECON_UPDATE_GOLDEN=1 in the environment it records what recon did as the new expectation
# instead; read the diff (git diff testdata/golden) before committing it.

cmake_policy(VERSION 3.25)

foreach(required RECON CASE_DIR OUT_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_case.cmake needs -D${required}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")

file(STRINGS "${CASE_DIR}/args" arguments ENCODING UTF-8)
list(TRANSFORM arguments REPLACE "@OUT@" "${OUT_DIR}")
# A book, if the case uses one, lives in OUT_DIR too, and times recon records are fixed.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env "RECON_BOOK=${OUT_DIR}/recon.db" SOURCE_DATE_EPOCH=1795000000
          "${RECON}" ${arguments}
  WORKING_DIRECTORY "${CASE_DIR}"
  OUTPUT_VARIABLE actual_stdout
  ERROR_VARIABLE actual_stderr
  RESULT_VARIABLE actual_exit)
string(REPLACE "${OUT_DIR}" "@OUT@" actual_stdout "${actual_stdout}")
string(REPLACE "${OUT_DIR}" "@OUT@" actual_stderr "${actual_stderr}")

set(expectations stdout stderr exit-code)
set(actual_exit-code "${actual_exit}\n")
file(GLOB written RELATIVE "${OUT_DIR}" "${OUT_DIR}/*")
list(FILTER written EXCLUDE REGEX "^recon\\.db") # the book is checked through recon's own commands
file(GLOB expected_written RELATIVE "${CASE_DIR}/expected-out" "${CASE_DIR}/expected-out/*")

if("$ENV{RECON_UPDATE_GOLDEN}" STREQUAL "1")
  foreach(name IN LISTS expectations)
    file(WRITE "${CASE_DIR}/${name}" "${actual_${name}}")
  endforeach()
  file(REMOVE_RECURSE "${CASE_DIR}/expected-out")
  foreach(name IN LISTS written)
    file(COPY "${OUT_DIR}/${name}" DESTINATION "${CASE_DIR}/expected-out")
  endforeach()
  message(STATUS "updated ${CASE_DIR}")
  return()
endif()

set(failed FALSE)
if(actual_exit EQUAL 2 AND EXISTS "${OUT_DIR}/recon.db")
  set(failed TRUE)
  message("--- the run failed with exit status 2 but left a book behind")
endif()
function(report_difference what expected_file actual_file)
  execute_process(COMMAND diff -u "${expected_file}" "${actual_file}" OUTPUT_VARIABLE difference)
  message("--- ${what} differs (expected, then actual):\n${difference}")
endfunction()

foreach(name IN LISTS expectations)
  set(expected_file "${CASE_DIR}/${name}")
  set(expected "")
  if(EXISTS "${expected_file}")
    file(READ "${expected_file}" expected)
  else()
    set(expected_file /dev/null)
  endif()
  if(NOT expected STREQUAL actual_${name})
    set(failed TRUE)
    set(actual_file "${OUT_DIR}.actual-${name}")
    file(WRITE "${actual_file}" "${actual_${name}}")
    report_difference("${name}" "${expected_file}" "${actual_file}")
  endif()
endforeach()

foreach(name IN LISTS expected_written)
  if(NOT EXISTS "${OUT_DIR}/${name}")
    set(failed TRUE)
    message("--- recon did not write ${name}")
    continue()
  endif()
  file(READ "${CASE_DIR}/expected-out/${name}" expected HEX)
  file(READ "${OUT_DIR}/${name}" actual HEX)
  if(NOT expected STREQUAL actual)
    set(failed TRUE)
    report_difference("written file ${name}" "${CASE_DIR}/expected-out/${name}" "${OUT_DIR}/${name}")
  endif()
endforeach()
foreach(name IN LISTS written)
  if(NOT name IN_LIST expected_written)
    set(failed TRUE)
    message("--- recon wrote ${name}, which the case does not expect")
  endif()
endforeach()

if(failed)
  message(FATAL_ERROR "golden case ${CASE_DIR} failed (RECON_UPDATE_GOLDEN=1 re-records it; then read the diff)")
endif()
