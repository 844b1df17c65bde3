#pragma once
// The period job, without files or terminals: the settlements already in the book and those of
// this run become one report (every settlement once, footed, rolled forward, posted through
// clearing) and the journal of all of them. `recon settle` reads the files, keeps the book and
// writes the output around it.

#include <vector>

#include <map>
#include <string>

#include "recon/post/account_map.hpp"
#include "recon/match/bank_matching.hpp"
#include "recon/model/journal.hpp"
#include "recon/post/posting.hpp"
#include "recon/model/report.hpp"
#include "recon/checks/settlement_merge.hpp"

namespace recon {

struct SettleResult {
  Report report;                     // settlements in period order, then the findings
  Journal journal;
  std::vector<ImportRecord> imports; // what became of each of this run's reports
  std::vector<const Settlement*> new_settlements; // this run's, for the book (point into report)
};

// The bank side of a run: this run's exports, and the deposits the book already matched.
struct BankEvidence {
  std::vector<BankStatement> statements;
  std::map<std::string, BankLine> matched_before; // by settlement id
  MatchOptions options;
};

[[nodiscard]] SettleResult settle(std::vector<Settlement> book, std::vector<Settlement> run, const AccountMap& map,
                                  const PostingOptions& options, const BankEvidence& bank = {});

} // namespace recon
