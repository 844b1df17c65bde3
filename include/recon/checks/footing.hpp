#pragma once
// Footing: do a report's body lines sum exactly to its total-amount? Amazon's reports do by
// construction; one that does not is missing a line (often the reserve or a loan repayment).

#include <vector>

#include "recon/model/finding.hpp"
#include "recon/model/report.hpp"
#include "recon/model/settlement.hpp"
#include "recon/ingest/settlement_reader.hpp"

namespace recon {

// The findings of one report read on its own: not-footed, and rows posted outside its period.
// Throws InputError when the report's sums do not fit int64 (see require_sums_fit).
[[nodiscard]] std::vector<Finding> check_footing(const Settlement& settlement);

// Reads every report in turn and foots each: the first step of every command. Throws InputError
// at the first unusable file, before anything is reported.
[[nodiscard]] Report read_and_foot(const std::vector<std::string>& files, const ReadOptions& options = {});

} // namespace recon
