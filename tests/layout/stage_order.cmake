# Holds the layout rules of src/README.md, which a compiler does not check:
#   - a stage includes only the stages before it: base, io, model, ingest, checks, match, post,
#     export, book, run;
#   - apps/recon includes only the library's public headers (recon/<stage>/…), never SQLite.
#
#   cmake -DSOURCE_DIR=path/to/recon -P stage_order.cmake

cmake_policy(VERSION 3.25)
if(NOT DEFINED SOURCE_DIR)
  message(FATAL_ERROR "stage_order.cmake needs -DSOURCE_DIR=...")
endif()

set(stages base io model ingest checks match post export book run)
set(violations "")

foreach(stage IN LISTS stages)
  list(FIND stages ${stage} rank)
  file(GLOB files "${SOURCE_DIR}/src/${stage}/*" "${SOURCE_DIR}/include/recon/${stage}/*")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^#include \"(recon/)?[a-z]+/[a-z0-9_]+\\.hpp\"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"(recon/)?([a-z]+)/.*" "\\2" included "${line}")
      list(FIND stages ${included} included_rank)
      if(included_rank GREATER rank)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
        list(APPEND violations "${shown} (${stage}) includes a later stage: ${line}")
      endif()
    endforeach()
  endforeach()
endforeach()

file(GLOB app_files "${SOURCE_DIR}/apps/recon/*")
foreach(file IN LISTS app_files)
  file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
  file(STRINGS "${file}" includes REGEX "^#include [<\"]")
  foreach(line IN LISTS includes)
    if(line MATCHES "sqlite")
      list(APPEND violations "${shown} includes SQLite: ${line}")
    elseif(line MATCHES "^#include \"[a-z]+/" AND NOT line MATCHES "^#include \"recon/")
      list(APPEND violations "${shown} includes a header internal to recon_core: ${line}")
    endif()
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " shown)
  message(FATAL_ERROR "the layout rules of src/README.md are broken:\n  ${shown}")
endif()
