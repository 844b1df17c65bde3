#include "recon/run/bank.hpp"

#include "recon/base/input_error.hpp"
#include "recon/ingest/importer.hpp"

namespace recon {
namespace {

BankStatement read_bank_export(const std::string& path, const BankOptions& options) {
  const FileHead head = read_file_head(path);
  const Importer& importer = importer_for(head); // refuses Amazon's other reports by name
  if (importer.kind != ImportedKind::bank_statements) {
    throw InputError(path, 0, "this is an Amazon settlement report; give it to recon foot or recon settle")
        .with_hint("recon bank reads bank exports only; recon settle reads settlement reports and bank exports together.");
  }
  const BankReading reading{options.currency.value_or(unknown_currency_reading()), options.profile, {},
                            options.currency ? CurrencyOrigin::given : CurrencyOrigin::unknown, true};
  return importer.read_bank_statement(path, reading);
}

} // namespace

std::vector<BankStatement> read_bank_exports(const std::vector<std::string>& files, const BankOptions& options) {
  check_bank_profile(options.profile);
  std::vector<BankStatement> statements;
  statements.reserve(files.size());
  for (const auto& path : files) statements.push_back(read_bank_export(path, options));
  return statements;
}

} // namespace recon
