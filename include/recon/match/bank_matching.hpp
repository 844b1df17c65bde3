#pragma once
// Matches each positive settlement to the bank credit that paid it out: exactly its amount, within
// a window of days from Amazon's deposit date. A description naming the settlement id wins, then
// the closest date; each bank line pays one settlement at most; two equally good candidates are
// reported as deposit-ambiguous rather than picked between.
//
// Each export covers the days from its first to its last line; the exports in a settlement's
// currency together cover the union of those spans. A window running past their end is a deposit
// in transit (info); a window with days they leave out (before the first export starts, or between
// two) is not covered (info); only a window covered day by day with no match is a missing deposit
// (error). An Amazon-looking credit no settlement claims is bank-unexplained (warning).

#include <optional>
#include <string>
#include <vector>

#include "recon/ingest/bank_statement.hpp"
#include "recon/model/finding.hpp"
#include "recon/model/deposit.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

struct MatchOptions {
  int window_days = 7;
  // A credit whose description contains one of these (ignoring case) looks like Amazon's.
  std::vector<std::string> amazon_markers = {"AMAZON", "AMZN"};
  // bank-unexplained findings raised one by one; any more are summed up in one more.
  std::size_t most_unexplained = 50;
};

struct MatchResult {
  std::vector<DepositMatch> deposits; // one per settlement, in the order given
  std::vector<Finding> findings;
};

// `claimed` are the bank lines earlier runs matched, which no settlement may take again (see
// bank_line_pool.hpp). Lines of several exports are pooled as a multiset union, so overlapping
// exports count each transaction once.
[[nodiscard]] MatchResult match_deposits(const std::vector<Settlement>& settlements, const std::vector<BankStatement>& statements,
                                         const MatchOptions& options = {}, const std::vector<BankLine>& claimed = {});

} // namespace recon
