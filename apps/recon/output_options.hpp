#pragma once
// The options every reporting command shares: --json and --fail-on, with the exit status they
// lead to.

#include <string>

#include <CLI/CLI.hpp>

#include "recon/model/report.hpp"

namespace recon::cli {

struct OutputOptions {
  bool json = false;
  std::string fail_on = "error";

  // 0 or 1 by the contract: a finding at or above --fail-on makes it 1.
  [[nodiscard]] int exit_status_for(const Report& report) const { return exit_status(report, *parse_fail_on(fail_on)); }
};

inline void add_output_options(CLI::App& app, OutputOptions& options) {
  app.add_flag("--json", options.json, "Print the recon.report/1 JSON report instead of text");
  app.add_option("--fail-on", options.fail_on, "Least severe finding that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "never"}))
      ->capture_default_str();
}

} // namespace recon::cli
