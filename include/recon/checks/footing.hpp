#pragma once
// Footing: do a report's body lines sum exactly to its total-amount? Amazon's reports do by
// construction; one that does not is missing a line (often the reserve or a loan repayment).

#include <vector>

#include "recon/model/finding.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

// The findings of one report read on its own: not-footed, and rows posted outside its period.
// Throws InputError when the report's sums do not fit int64 (see require_sums_fit).
[[nodiscard]] std::vector<Finding> check_footing(const Settlement& settlement);

} // namespace recon
