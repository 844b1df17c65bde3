# Runs one golden-file case: recon with the arguments in CASE_DIR/args (one per line), from inside
# CASE_DIR, and compares stdout, stderr and the exit status with the files beside it.
#
#   cmake -DRECON=path/to/recon -DCASE_DIR=testdata/golden/NAME -P run_case.cmake
#
# With RECON_UPDATE_GOLDEN=1 in the environment it writes what recon printed as the new
# expectation instead; read the diff (git diff testdata/golden) before committing it.

foreach(required RECON CASE_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_case.cmake needs -D${required}=...")
  endif()
endforeach()

file(STRINGS "${CASE_DIR}/args" arguments ENCODING UTF-8)
execute_process(
  COMMAND "${RECON}" ${arguments}
  WORKING_DIRECTORY "${CASE_DIR}"
  OUTPUT_VARIABLE actual_stdout
  ERROR_VARIABLE actual_stderr
  RESULT_VARIABLE actual_exit)

set(expectations stdout stderr exit-code)
set(actual_exit-code "${actual_exit}\n")

if("$ENV{RECON_UPDATE_GOLDEN}" STREQUAL "1")
  foreach(name IN LISTS expectations)
    file(WRITE "${CASE_DIR}/${name}" "${actual_${name}}")
  endforeach()
  message(STATUS "updated ${CASE_DIR}")
  return()
endif()

set(failed FALSE)
foreach(name IN LISTS expectations)
  set(expected_file "${CASE_DIR}/${name}")
  if(EXISTS "${expected_file}")
    file(READ "${expected_file}" expected)
  else()
    set(expected "")
  endif()
  if(NOT expected STREQUAL actual_${name})
    set(failed TRUE)
    string(RANDOM LENGTH 8 suffix)
    set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/golden-actual-${suffix}-${name}")
    file(WRITE "${actual_file}" "${actual_${name}}")
    if(NOT EXISTS "${expected_file}")
      set(expected_file /dev/null)
    endif()
    execute_process(COMMAND diff -u "${expected_file}" "${actual_file}" OUTPUT_VARIABLE difference)
    message("--- ${name} differs (expected, then actual):\n${difference}")
    file(REMOVE "${actual_file}")
  endif()
endforeach()

if(failed)
  message(FATAL_ERROR "golden case ${CASE_DIR} failed (RECON_UPDATE_GOLDEN=1 rewrites it; then read the diff)")
endif()
