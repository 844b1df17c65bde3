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
//
// A settlement no line of its own currency pays may have been paid converted, into an account in
// another currency (src/match/converted_deposits.hpp says when such a deposit is taken).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "recon/ingest/bank_statement.hpp"
#include "recon/model/finding.hpp"
#include "recon/model/deposit.hpp"
#include "recon/model/exchange_rates.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

struct MatchOptions {
  int window_days = 7;
  // A credit whose description contains one of these (ignoring case) looks like Amazon's.
  std::vector<std::string> amazon_markers = {"AMAZON", "AMZN"};
  // bank-unexplained findings raised one by one; any more are summed up in one more.
  std::size_t most_unexplained = 50;
  // --rates: reference rates, to judge and measure converted deposits (converted_deposits.hpp).
  std::shared_ptr<const ExchangeRates> rates = nullptr;
  // How far Amazon's rate may lie from the reference rate, in percent, for a deposit in another
  // currency to be taken as the settlement's. Amazon's converter costs 1-4 %.
  int rate_band_percent = 5;
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
