#pragma once
// How to read a bank's CSV export when it does not say so itself: the --bank-columns and
// --bank-date-format a run was given. The book keeps them, so that later runs read the same
// export unaided.

#include <string>

#include "recon/base/currency.hpp"
#include "recon/ingest/bank_statement.hpp"

namespace recon {

struct BankProfile {
  std::string columns;     // "date=Buchungstag,amount=Betrag"; empty: the common names
  std::string date_format; // "DD/MM/YYYY"; empty: inferred
  [[nodiscard]] bool empty() const noexcept { return columns.empty() && date_format.empty(); }
  friend bool operator==(const BankProfile&, const BankProfile&) = default;
};

// The reading options a profile stands for. Throws InputError (naming --bank-columns or
// --bank-date-format) when its text cannot be read.
[[nodiscard]] BankReadOptions bank_read_options(Currency currency, const BankProfile& profile);

// Throws that InputError now, for a front end that checks its options before it reads anything.
void check_bank_profile(const BankProfile& profile);

} // namespace recon
