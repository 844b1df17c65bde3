// recon foot FILE...: does each settlement report's body sum to its total-amount?
// The exit status is the interface CI scripts use: 0 all foot, 1 findings, 2 unusable input.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.hpp"
#include "foot_text.hpp"
#include "output_options.hpp"
#include "progress_bar.hpp"
#include "recon/run/foot.hpp"
#include "recon/model/report.hpp"
#include "recon/export/json_names.hpp"
#include "recon/export/report_json.hpp"

namespace recon::cli {
namespace {

struct FootOptions {
  std::vector<std::string> files;
  bool quiet = false;
  OutputOptions output;
};

int foot(const FootOptions& options) {
  // Everything is read before anything is printed, so an unusable file leaves stdout empty.
  // The text output never shows a file's SHA-256, so it is computed only for the JSON report.
  if (options.output.json) require_json_nameable(options.files);
  ProgressBar progress(options.files);
  ReadOptions read;
  read.file_digest = options.output.json;
  read.progress = progress.if_shown();
  const Report report = read_and_foot(options.files, read);

  if (options.output.json) {
    std::cout << to_json(report);
  } else if (options.quiet) {
    print_findings(std::cout, report.findings, Style::for_stdout());
  } else {
    print_foot_report(std::cout, report, Style::for_stdout());
  }
  return options.output.exit_status_for(report);
}

} // namespace

Action define_foot(CLI::App& app) {
  auto options = std::make_shared<FootOptions>();
  app.add_option("REPORT", options->files, "Settlement reports (Amazon Flat File V2 or V1), one settlement each")->required();
  app.add_flag("-q,--quiet", options->quiet, "Print only findings; nothing at all when every report foots");
  add_output_options(app, options->output);
  app.footer("Exit status: 0 every report foots, 1 a finding at or above --fail-on, 2 unusable input.");
  return [options] { return foot(*options); };
}

} // namespace recon::cli
