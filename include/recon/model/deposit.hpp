#pragma once
// What became of a settlement's payout: the contract's deposit statuses, and the bank line that
// confirms a matched one.

#include <optional>
#include <string_view>

#include "recon/model/bank_statement.hpp"
#include "recon/model/exchange_rates.hpp"

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

// A deposit that reached the bank in another currency than the settlement's: Amazon converted it.
struct Conversion {
  Money settled;  // the settlement's total, in the marketplace's currency
  Money received; // the bank line's amount, in the account's currency
  Rate rate;      // received / settled: what Amazon's converter gave
  // With --rates: the reference rate for Amazon's deposit date (published that day or the last
  // earlier one), what the total is worth at it in the account's currency (rounded half to even),
  // and the cost of the conversion, reference value - received.
  std::optional<RateQuote> reference = std::nullopt;
  std::optional<Money> reference_value = std::nullopt;
  std::optional<Money> cost = std::nullopt;
};

// The conversion of a settlement's positive total into a bank line's positive amount in another
// currency, measured against `rates` (may be null) on `day`; nullopt when the currencies are the
// same or an amount is not positive.
[[nodiscard]] std::optional<Conversion> conversion_of(const Money& settled, const Money& received, const ExchangeRates* rates,
                                                      Day day);

struct DepositMatch {
  DepositStatus status = DepositStatus::no_bank_data;
  std::optional<BankLine> bank;          // when matched
  std::optional<Conversion> conversion = std::nullopt; // when the bank line is in another currency
};

} // namespace recon
