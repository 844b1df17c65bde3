// recon exceptions: the exceptions the book holds, with their state; -o FILE exports them for a
// spreadsheet (.csv) or a script (.json). `recon exceptions resolve ID --note TEXT` closes one.

#include <cstdlib>
#include <iostream>
#include <memory>

#include "book_option.hpp"
#include "command.hpp"
#include "foot_text.hpp"
#include "recon/export/exceptions_export.hpp"
#include "recon/base/input_error.hpp"
#include "recon/run/output_paths.hpp"

namespace recon::cli {
namespace {

struct ExceptionsOptions {
  std::optional<std::string> book_path;
  bool open_only = false;
  std::string output_path;
  bool resolving = false;
  std::int64_t resolve_id = 0;
  std::string note;
  std::string by;
};

std::string who(const ExceptionsOptions& options) {
  if (!options.by.empty()) return options.by;
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "unknown";
}

int resolve(const ExceptionsOptions& options) {
  Book book = open_existing_book(options.book_path);
  book.begin("exceptions resolve");
  book.resolve(options.resolve_id, options.note, who(options));
  book.commit();
  std::cout << "Exception " << options.resolve_id << " is resolved.\n";
  return 0;
}

// The export's format, told by its name, once its path is known to be safe to write: checked
// before the book is opened, so that the export can never be written over the book.
ExceptionsFormat export_format(const ExceptionsOptions& options) {
  const auto format = exceptions_format_for_path(options.output_path);
  if (!format) {
    throw InputError(options.output_path, 0, "cannot tell the export format from the file name")
        .with_hint("Name the file .csv, .xlsx or .json.");
  }
  check_output_paths({{options.output_path, "--output", "the exceptions"}}, {Book::resolve_path(options.book_path), {}});
  return *format;
}

int list(const ExceptionsOptions& options) {
  std::optional<ExceptionsFormat> format;
  if (!options.output_path.empty()) format = export_format(options);
  Book book = open_book_to_read(options.book_path);
  const std::vector<Finding> findings = book.exceptions(options.open_only);
  if (format) {
    Report report;
    for (auto& settlement : book.settlements()) report.settlements.push_back({std::move(settlement), std::nullopt});
    report.findings = findings;
    stage_exceptions(options.output_path, *format, report).commit();
    return 0;
  }
  if (findings.empty()) {
    std::cout << (options.open_only ? "No open exceptions.\n" : "The book holds no exceptions.\n");
    return 0;
  }
  print_findings(std::cout, findings, Style::for_stdout());
  return 0;
}

} // namespace

Action define_exceptions(CLI::App& app) {
  auto options = std::make_shared<ExceptionsOptions>();
  add_book_option(app, options->book_path);
  app.add_flag("--open", options->open_only, "Only the exceptions still open");
  app.add_option("-o,--output", options->output_path, "Write them to FILE instead: .csv or .xlsx (for Excel), or .json");
  app.require_subcommand(0, 1);

  CLI::App* resolve_command = app.add_subcommand("resolve", "Mark an exception resolved, with a note saying why");
  resolve_command->add_option("ID", options->resolve_id, "The exception's number, as `recon exceptions` shows it")->required();
  resolve_command->add_option("--note", options->note, "Why it is resolved: what was found or done")->required();
  resolve_command->add_option("--by", options->by, "Who resolved it (default: $USER)");
  resolve_command->callback([options] { options->resolving = true; });
  return [options] { return options->resolving ? resolve(*options) : list(*options); };
}

} // namespace recon::cli
