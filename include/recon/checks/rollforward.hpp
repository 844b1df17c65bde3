#pragma once
// The reserve roll-forward across settlements: per marketplace and currency, in period order, each
// report must open where the one before it closed. opening + held − released = closing, and the
// closing reserve must be what the next report releases.
//
// Findings: reserve-break, period-gap, period-overlap, negative-not-carried, suspect-duplicate.

#include <optional>
#include <string>
#include <vector>

#include "recon/model/finding.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

struct ReserveStep {
  const Settlement* settlement;
  Money released;                  // Previous Reserve Amount Balance: the opening reserve paid out
  Money held;                      // Current Reserve Amount (positive): the closing reserve
  std::optional<Money> next_opens; // what the next report releases; nullopt for the last
  [[nodiscard]] bool ties() const { return !next_opens || *next_opens == held; }
};

struct ReserveChain {
  std::string marketplace; // code: US, CA, …
  Currency currency;
  std::vector<ReserveStep> steps; // in period order
};

// The settlements, which must outlive the result, grouped into chains in period order.
[[nodiscard]] std::vector<ReserveChain> reserve_chains(const std::vector<Settlement>& settlements);

[[nodiscard]] std::vector<Finding> check_rollforward(const std::vector<Settlement>& settlements);

} // namespace recon
