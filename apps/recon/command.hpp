#pragma once
// What a sub-command contributes to the CLI: its options on a CLI::App, and the action to run once
// parsing succeeds. The action returns the exit status; input errors propagate as InputError.

#include <functional>
#include <string_view>

#include <CLI/CLI.hpp>

namespace recon::cli {

using Action = std::function<int()>;

struct Command {
  std::string_view name;
  std::string_view summary;
  // Declares the command's options on `app` and returns the action bound to them.
  Action (*define)(CLI::App& app);
};

Action define_foot(CLI::App& app);
Action define_bank(CLI::App& app);
Action define_map(CLI::App& app);
Action define_settle(CLI::App& app);
Action define_history(CLI::App& app);
Action define_reserve(CLI::App& app);
Action define_exceptions(CLI::App& app);

} // namespace recon::cli
