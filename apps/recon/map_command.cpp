// recon map: the account map. --print-default writes the built-in chart as a starting point for a
// bookkeeper's own map; --check FILE validates a map and, like every check command, prints nothing
// when it is fine.

#include <iostream>
#include <memory>
#include <string>

#include "command.hpp"
#include "recon/post/account_map.hpp"
#include "recon/base/input_error.hpp"
#include "recon/run/input_files.hpp"

namespace recon::cli {
namespace {

struct MapOptions {
  bool print_default = false;
  std::string check_path;
};

int map_command(const MapOptions& options) {
  if (options.print_default) {
    std::cout << default_account_map_text();
    return 0;
  }
  if (!options.check_path.empty()) {
    require_regular_files({options.check_path}); // a named pipe would be waited on forever
    (void)AccountMap::load(options.check_path);  // throws InputError, naming file and line
    return 0;
  }
  throw InputError("recon map", 0, "say what to do with the map").with_hint("Use --print-default or --check FILE.");
}

} // namespace

Action define_map(CLI::App& app) {
  auto options = std::make_shared<MapOptions>();
  app.add_flag("--print-default", options->print_default, "Print the built-in account map (CSV) to start your own from");
  app.add_option("--check", options->check_path, "Validate a map file; prints nothing when it is fine");
  app.footer("The map format is described in docs/account-map.md.");
  return [options] { return map_command(*options); };
}

} // namespace recon::cli
