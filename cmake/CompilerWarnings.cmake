# recon_warnings: an INTERFACE target every recon target links, so the warning set lives in one
# place (ccache's approach). Third-party headers come in as SYSTEM includes and stay quiet.

add_library(recon_warnings INTERFACE)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(recon_warnings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wconversion -Wsign-conversion   # money is int64: silent narrowing would be a bug
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(RECON_WARNINGS_AS_ERRORS)
    target_compile_options(recon_warnings INTERFACE -Werror)
  endif()
endif()
