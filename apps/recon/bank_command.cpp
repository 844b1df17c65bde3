// recon bank FILE...: how recon reads each bank export, line by line, for a person to check a
// reading (a match that looks wrong, a new bank's layout). Reads no book and writes nothing.
// Exit status: 0 every file read, 2 a file refused.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "bank_text.hpp"
#include "command.hpp"
#include "recon/base/input_error.hpp"
#include "recon/export/json_names.hpp"
#include "recon/export/bank_json.hpp"
#include "recon/run/bank.hpp"

namespace recon::cli {
namespace {

struct BankCommandOptions {
  std::vector<std::string> files;
  bool json = false;
  std::string bank_currency;
  std::string bank_date_format;
  std::string bank_columns;
};

int bank(const BankCommandOptions& options) {
  BankOptions read;
  if (!options.bank_currency.empty()) {
    read.currency = Currency::from_code(options.bank_currency);
    if (!read.currency) {
      throw InputError("--bank-currency", 0, "unknown currency '" + options.bank_currency + "'")
          .with_hint("Use an ISO 4217 code such as USD.");
    }
  }
  read.profile = BankProfile{options.bank_columns, options.bank_date_format};
  if (options.json) require_json_nameable(options.files);
  // Everything is read before anything is printed, so a refused file leaves stdout empty.
  const std::vector<BankStatement> statements = read_bank_exports(options.files, read);
  if (options.json) {
    std::cout << bank_to_json(statements);
  } else {
    print_bank_statements(std::cout, statements);
  }
  return 0;
}

} // namespace

Action define_bank(CLI::App& app) {
  auto options = std::make_shared<BankCommandOptions>();
  app.add_option("FILE", options->files, "Bank exports (CSV)")->required();
  app.add_flag("--json", options->json, "Print the recon.bank/1 JSON document instead of text");
  app.add_option("--bank-currency", options->bank_currency, "The account's currency, when the export does not say");
  app.add_option("--bank-date-format", options->bank_date_format, "How the bank writes dates, when its export cannot tell")
      ->check(CLI::IsMember({"MM/DD/YYYY", "DD/MM/YYYY", "YYYY-MM-DD"}));
  app.add_option("--bank-columns", options->bank_columns, "Name the export's columns: date=…,amount=…,description=…");
  app.footer("Exit status: 0 every file read, 2 a file refused.");
  return [options] { return bank(*options); };
}

} // namespace recon::cli
