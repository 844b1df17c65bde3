#pragma once
// Posts settlements through Amazon Clearing. For each settlement:
//   - a summary entry at the end of its period: every account its lines map to, against the
//     clearing account (carry lines map to clearing itself and so stay there);
//   - for a positive settlement, a deposit entry: bank against clearing, dated by the bank line
//     that confirms it, or at Amazon's deposit date and pending when no bank export was given.
//     A deposit Amazon converted moves the total out of clearing in the marketplace's currency and
//     the amount received into the bank in the account's: the clearing posting carries a total
//     price in the bank's currency (the reference value with --rates, else the amount received),
//     and with --rates the difference, the conversion's cost, goes to the conversion account.
// After both, the clearing account holds exactly what Amazon still holds back (the reserve),
// minus a negative balance still owed. Lines no rule maps go to suspense as unmapped-line.

#include <string>
#include <vector>

#include "recon/post/account_map.hpp"
#include "recon/model/deposit.hpp"
#include "recon/model/report.hpp"
#include "recon/model/finding.hpp"
#include "recon/model/journal.hpp"
#include "recon/model/settlement.hpp"

namespace recon {

enum class SplitPolicy { none, month };

struct PostingOptions {
  std::string clearing_account = "Assets:Amazon:Clearing:{marketplace}";
  std::string bank_account = "Assets:Bank:Checking"; // {currency}: the currency the deposit arrived in
  std::string suspense_account = "Expenses:Amazon:Suspense";
  // What Amazon's currency conversion cost against the reference rate (--rates), so that it shows
  // in the P&L.
  std::string conversion_account = "Expenses:Amazon:CurrencyConversion";
  SplitPolicy split = SplitPolicy::none;
};

struct PostingResult {
  Journal journal;
  std::vector<PostedSettlement> posted; // one per settlement, in the order given
  std::vector<Finding> findings;        // unmapped-line
};

// `settlements` in any order; clearing balances run per clearing account in period order.
// `deposits`, one per settlement when bank exports were matched (empty otherwise), decide the
// deposit entries: a matched deposit is posted at its bank line's date, confirmed; one in transit
// or missing is not posted, so it stays in clearing; without bank data it is posted, pending, at
// Amazon's deposit date. Throws InputError, before posting anything, when one clearing account
// would hold two currencies; and when a sum of the input's amounts does not fit int64.
[[nodiscard]] PostingResult post_settlements(const std::vector<Settlement>& settlements, const AccountMap& map,
                                             const PostingOptions& options, const std::vector<DepositMatch>& deposits = {});

} // namespace recon
