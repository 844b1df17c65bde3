# Every exception code the report contract documents (docs/report-contract.md) must be produced by
# at least one golden case, so that no code is promised and never shown to work.
#
#   cmake -DSOURCE_DIR=... -P every_code_covered.cmake

file(STRINGS "${SOURCE_DIR}/docs/report-contract.md" rows REGEX "^\\| `[a-z-]+` \\| (error|warning|info) \\|")
file(GLOB outputs "${SOURCE_DIR}/testdata/golden/*/stdout")
set(all_output "")
foreach(output IN LISTS outputs)
  file(READ "${output}" text)
  string(APPEND all_output "${text}")
endforeach()

set(missing "")
foreach(row IN LISTS rows)
  string(REGEX MATCH "^\\| `([a-z-]+)`" match "${row}")
  set(code "${CMAKE_MATCH_1}")
  string(FIND "${all_output}" ": ${code}: " as_text)
  string(FIND "${all_output}" "\"code\": \"${code}\"" as_json)
  if(as_text EQUAL -1 AND as_json EQUAL -1)
    list(APPEND missing "${code}")
  endif()
endforeach()

list(LENGTH rows documented)
if(documented LESS 10)
  message(FATAL_ERROR "found only ${documented} codes in docs/report-contract.md: has its table changed shape?")
endif()
if(missing)
  message(FATAL_ERROR "no golden case produces: ${missing}")
endif()
message(STATUS "all ${documented} documented exception codes are produced by golden cases")
