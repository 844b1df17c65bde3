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

struct BankSpec {
  const MarketLocale* locale = nullptr;
  std::int64_t lines = 100; // header included; at least one more than the deposits
  std::uint64_t seed = 1;
};

// Throws std::runtime_error if the file cannot be written, std::invalid_argument if `lines` cannot
// hold the deposits.
void write_bank_export(const BankSpec& spec, std::span<const SettlementFacts> settlements, const std::string& path);

} // namespace recon_gen
