#include "cli.hpp"

#include <algorithm>
#include <exception>
#include <iostream>
#include <memory>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "command.hpp"
#include "diagnostics.hpp"
#include "recon/base/input_error.hpp"

namespace recon::cli {
namespace {

constexpr Command commands[] = {
    {"settle", "The period job: foot, roll forward, post through Amazon Clearing, match the bank, explain clearing",
     define_settle},
    {"foot", "Check that each settlement report's lines sum to its total", define_foot},
    {"bank", "Show how each bank export is read: its layout, every transaction, every skipped line", define_bank},
    {"history", "List the settlements in the book", define_history},
    {"reserve", "Show the reserve roll-forward from the book, report by report", define_reserve},
    {"exceptions", "List, export or resolve the exceptions in the book", define_exceptions},
    {"map", "Print the built-in account map, or check a map file", define_map},
};

bool is_command(std::string_view name) {
  return std::any_of(std::begin(commands), std::end(commands), [name](const Command& command) { return command.name == name; });
}

// Diagnostics go to stderr so stdout carries only the report. Quiet unless --verbose.
void set_up_logging(bool verbose) {
  auto logger = spdlog::stderr_logger_st("recon");
  logger->set_pattern("recon: %l: %v");
  logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
  spdlog::set_default_logger(std::move(logger));
}

} // namespace

int run(int argc, char** argv) {
  CLI::App app{"recon: reconciles marketplace settlement reports with the bank, exactly.", "recon"};
  app.require_subcommand(1);
  app.fallthrough(); // global options such as --verbose may follow the command name too
  app.set_version_flag("--version", std::string(RECON_VERSION));
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "Explain what recon detects in each file (on stderr)");

  Action chosen;
  for (const Command& command : commands) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    Action action = command.define(*sub);
    sub->callback([&chosen, action] { chosen = action; });
  }

  // CLI11 would only say "A subcommand is required" for a misspelt command; name it instead.
  if (argc > 1 && argv[1][0] != '-' && !is_command(argv[1])) {
    std::cerr << "recon: error: unknown command '" << argv[1] << "'\nRun 'recon --help' for the list of commands.\n";
    return exit_input_error;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error); // --help, --version
    std::cerr << "recon: error: " << error.what() << "\nRun 'recon --help' for usage.\n";
    return exit_input_error;
  }

  set_up_logging(verbose);
  try {
    return chosen();
  } catch (const InputError& error) {
    print_input_error(std::cerr, error);
    return exit_input_error;
  } catch (const std::exception& error) {
    std::cerr << "recon: internal error: " << error.what()
              << "\nThis is a bug in recon. Please report it with the command you ran.\n";
    return exit_internal_error;
  }
}

} // namespace recon::cli
