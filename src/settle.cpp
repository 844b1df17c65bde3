#include "recon/settle.hpp"

#include <algorithm>

#include "recon/footing.hpp"
#include "recon/rollforward.hpp"

namespace recon {

SettleResult settle(std::vector<Settlement> book, std::vector<Settlement> run, const AccountMap& map,
                    const PostingOptions& options) {
  MergeResult merged = merge_settlements(std::move(book), std::move(run));
  std::stable_sort(merged.settlements.begin(), merged.settlements.end(),
                   [](const MergedSettlement& a, const MergedSettlement& b) { return a.settlement.start < b.settlement.start; });

  SettleResult result;
  result.imports = std::move(merged.imports);
  std::vector<Settlement> settlements;
  for (const auto& entry : merged.settlements) settlements.push_back(entry.settlement);

  std::vector<Finding>& findings = result.report.findings;
  findings = std::move(merged.findings);
  for (const auto& settlement : settlements) {
    auto footing = check_footing(settlement);
    findings.insert(findings.end(), footing.begin(), footing.end());
  }
  auto rollforward = check_rollforward(settlements);
  findings.insert(findings.end(), rollforward.begin(), rollforward.end());
  PostingResult posted = post_settlements(settlements, map, options);
  findings.insert(findings.end(), posted.findings.begin(), posted.findings.end());
  result.journal = std::move(posted.journal);

  for (std::size_t i = 0; i < merged.settlements.size(); ++i) {
    result.report.settlements.push_back(
        {std::move(merged.settlements[i].settlement), posted.posted[i], std::move(merged.settlements[i].also_given_in)});
  }
  for (std::size_t i = 0; i < merged.settlements.size(); ++i) {
    if (!merged.settlements[i].from_book) result.new_settlements.push_back(&result.report.settlements[i].settlement);
  }
  return result;
}

} // namespace recon
