#pragma once
// Posts settlements through Amazon Clearing. For each settlement:
//   - a summary entry at the end of its period: every account its lines map to, against the
//     clearing account (carry lines map to clearing itself and so stay there);
//   - for a positive settlement, a deposit entry: bank against clearing, at the deposit date and
//     pending until a bank line confirms it.
// After both, the clearing account holds exactly what Amazon still holds back (the reserve),
// minus a negative balance still owed. Lines no rule maps go to suspense as unmapped-line.

#include <string>
#include <vector>

#include "recon/account_map.hpp"
#include "recon/finding.hpp"
#include "recon/journal.hpp"
#include "recon/settlement.hpp"

namespace recon {

enum class SplitPolicy { none, month };

struct PostingOptions {
  std::string clearing_account = "Assets:Amazon:Clearing:{marketplace}";
  std::string bank_account = "Assets:Bank:Checking";
  std::string suspense_account = "Expenses:Amazon:Suspense";
  SplitPolicy split = SplitPolicy::none;
};

enum class DepositStatus { matched, in_transit, missing, not_expected, no_bank_data };
[[nodiscard]] std::string_view status_name(DepositStatus status) noexcept; // "no-bank-data"

// What posting made of one settlement.
struct PostedSettlement {
  std::string clearing_account;
  Money clearing_balance; // after this settlement and its deposit, in settlement order
  DepositStatus deposit_status;
};

struct PostingResult {
  Journal journal;
  std::vector<PostedSettlement> posted; // one per settlement, in the order given
  std::vector<Finding> findings;        // unmapped-line
};

// `settlements` in any order; clearing balances run per clearing account in period order.
[[nodiscard]] PostingResult post_settlements(const std::vector<Settlement>& settlements, const AccountMap& map,
                                             const PostingOptions& options);

} // namespace recon
