# Finds fast-cpp-csv-parser as Debian's libfccp-dev ships it: one header, <libfccp/csv.h>,
# and no CMake package of its own. Defines the imported target fccp::fccp.
#
# The header starts a reader thread for large inputs, so the target links Threads.

include(FindPackageHandleStandardArgs)

find_path(fccp_INCLUDE_DIR NAMES libfccp/csv.h)
find_package_handle_standard_args(fccp REQUIRED_VARS fccp_INCLUDE_DIR)

if(fccp_FOUND AND NOT TARGET fccp::fccp)
  find_package(Threads REQUIRED)
  add_library(fccp::fccp INTERFACE IMPORTED)
  set_target_properties(fccp::fccp PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${fccp_INCLUDE_DIR}")
  target_link_libraries(fccp::fccp INTERFACE Threads::Threads)
endif()

mark_as_advanced(fccp_INCLUDE_DIR)
