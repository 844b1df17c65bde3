#pragma once
// `recon bank` as one call: each bank export read as `recon settle` would read it, for a person to
// check the reading (the layout found, every transaction, every skipped line). Files are identified
// through the importer table; a settlement report or another Amazon report is refused by name.
// Throws InputError for a file that cannot be read or is not a bank export.

#include <optional>
#include <string>
#include <vector>

#include "recon/base/currency.hpp"
#include "recon/ingest/bank_profile.hpp"
#include "recon/model/bank_statement.hpp"

namespace recon {

struct BankOptions {
  // --bank-currency. Without it, a file that does not say its currency is read with the currency
  // unknown: its statement's `currency` stays empty (see read_bank_exports).
  std::optional<Currency> currency;
  BankProfile profile; // --bank-columns, --bank-date-format
};

// One statement a file, in the order given. A statement's `currency` is the account's as the file
// states it, else as --bank-currency gives it, else empty: recon never guesses one. When it is
// empty the amounts were read as plain two-decimal numbers, and their lines' currency means nothing:
// show it as unknown. (An amount with more decimals is refused, asking for --bank-currency.)
[[nodiscard]] std::vector<BankStatement> read_bank_exports(const std::vector<std::string>& files, const BankOptions& options);

} // namespace recon
