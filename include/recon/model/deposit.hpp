#pragma once
// What became of a settlement's payout: the contract's deposit statuses, and the bank line that
// confirms a matched one.

#include <optional>
#include <string_view>

#include "recon/model/bank_statement.hpp"

namespace recon {

enum class DepositStatus {
  matched,      // a bank line pays it
  in_transit,   // its arrival window runs past the end of the bank exports
  not_covered,  // the exports leave days of its window uncovered (before their start, or between two)
  missing,      // every day of its window is covered by the exports and no line pays it
  not_expected, // zero or negative: Amazon wires nothing
  no_bank_data, // no bank export covers it
};

[[nodiscard]] std::string_view status_name(DepositStatus status) noexcept; // "no-bank-data"

struct DepositMatch {
  DepositStatus status = DepositStatus::no_bank_data;
  std::optional<BankLine> bank; // when matched
};

} // namespace recon
