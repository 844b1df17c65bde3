#pragma once
// Writes a Flat File V2 settlement report (24 columns) of an exact number of lines: a summary row
// whose total-amount the body foots to, orders, refunds, promotions, fees, advertising, storage,
// reimbursements, the reserve released from the previous period and held for the next, and the
// carry lines of a negative previous balance.

#include <cstdint>
#include <string>

#include "market_locale.hpp"

namespace recon_gen {

struct SettlementSpec {
  const MarketLocale* locale = nullptr;
  std::string id;
  Instant start;              // the period runs 14 days from here; the deposit date is 2 days after
  std::int64_t lines = 1000;  // lines of the file, header and summary included (at least 4)
  std::int64_t opening_reserve = 0;  // released by this settlement (Previous Reserve Amount Balance)
  std::int64_t carried_negative = 0; // the previous settlement's negative total, carried in (<= 0)
  std::uint64_t seed = 1;
};

// What the bank export and the next settlement of a chain need to know.
struct SettlementFacts {
  std::string id;
  std::string file;
  Instant start;
  Instant end;
  Day deposit_date;
  std::int64_t total = 0;           // minor units
  std::int64_t closing_reserve = 0; // held back by this settlement (positive)
};

// Throws std::runtime_error if the file cannot be written.
SettlementFacts write_settlement(const SettlementSpec& spec, const std::string& path);

} // namespace recon_gen
