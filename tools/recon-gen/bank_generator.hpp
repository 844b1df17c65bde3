#pragma once
// Writes a bank export in the layout a local bank of the marketplace would use: one credit for each
// settlement's deposit (one to three days after Amazon's deposit date, as real transfers land),
// among other debits and credits that make up the requested number of lines.

#include <cstdint>
#include <span>
#include <string>

#include "market_locale.hpp"
#include "settlement_generator.hpp"

namespace recon_gen {

// How many units of the account's currency one unit of the marketplace's buys, as an exact
// fraction (0.7451 is 7451/10000): Amazon converts a payout into an account in another currency.
struct ConversionRate {
  std::int64_t numerator = 1;
  std::int64_t denominator = 1;
};

// "0.7451" as a fraction; std::invalid_argument for anything but a positive decimal.
[[nodiscard]] ConversionRate parse_conversion_rate(const std::string& text);

struct BankSpec {
  const MarketLocale* locale = nullptr; // the marketplace's: its deposit memo
  std::int64_t lines = 100; // header included; at least one more than the deposits
  std::uint64_t seed = 1;
  // The account's locale (its layout and currency) when it is not the marketplace's, and the rate
  // each deposit is converted at (rounded half to even to the account's minor units).
  const MarketLocale* account = nullptr;
  ConversionRate rate = {};
};

// Throws std::runtime_error if the file cannot be written, std::invalid_argument if `lines` cannot
// hold the deposits.
void write_bank_export(const BankSpec& spec, std::span<const SettlementFacts> settlements, const std::string& path);

} // namespace recon_gen
