#pragma once
// The one sentence a bookkeeper wants at the end of a period: what the Amazon Clearing balance is
// made of. After posting, clearing must be exactly the reserve Amazon still holds, less the reserve
// it already held before the first settlement of the run, plus a negative balance from before the
// run that the first settlement carried in (and Amazon charged), plus deposits still in transit or
// on days the bank exports do not cover (neither is posted until a bank line shows it),
// less a negative balance it will collect after the last.

#include <string>
#include <vector>

#include "recon/model/report.hpp"

namespace recon {

struct ClearingExplanation {
  std::string account;
  Money balance;
  Money expected;  // what the parts below add up to
  bool explained;  // balance == expected
  std::string sentence;
  std::string last_settlement_id; // the chain's latest settlement, where the balance stands
  SourceRef source;
};

// One per clearing account, from the posted settlements of a report.
[[nodiscard]] std::vector<ClearingExplanation> explain_clearing(const Report& report);

} // namespace recon
