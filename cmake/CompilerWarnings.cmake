# recon_warnings: an INTERFACE target every recon target links, so the warning set lives in one
# place (ccache's approach). Third-party headers come in as SYSTEM includes and stay quiet.

add_library(recon_warnings INTERFACE)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(recon_warnings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wconversion -Wsign-conversion   # money is int64: silent narrowing would be a bug
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  # Not -Wnull-dereference: GCC 12 raises it inside libstdc++'s stream buffers at -O3, where no
  # null pointer can be, and -Werror then breaks the release build.
  # GCC 12 raises -Wrestrict on plain std::string concatenation at -O3 (GCC bug 105329), which
  # would fail the release build over correct code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(recon_warnings INTERFACE -Wno-restrict)
  endif()
  if(RECON_WARNINGS_AS_ERRORS)
    target_compile_options(recon_warnings INTERFACE -Werror)
  endif()
endif()
