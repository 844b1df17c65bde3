#include "recon/run/settle.hpp"

#include <algorithm>

#include "recon/post/clearing_explanation.hpp"
#include "recon/checks/footing.hpp"
#include "recon/checks/rollforward.hpp"

namespace recon {
namespace {

// Each settlement's deposit: as the book matched it before, else as this run's exports show it.
// A bank line the book already matched is not offered again, so giving last month's export once
// more neither re-matches it nor calls it unexplained.
std::pair<std::vector<DepositMatch>, std::vector<Finding>> deposits_for(const std::vector<Settlement>& settlements,
                                                                        const BankEvidence& bank) {
  if (bank.statements.empty() && bank.matched_before.empty()) return {};
  // The lines matched in earlier runs are spoken for.
  std::vector<BankLine> claimed;
  for (const auto& [id, line] : bank.matched_before) claimed.push_back(line);
  std::vector<Settlement> unmatched;
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    if (bank.matched_before.contains(settlements[i].id)) continue;
    unmatched.push_back(settlements[i]);
    positions.push_back(i);
  }
  MatchResult matched = match_deposits(unmatched, bank.statements, bank.options, claimed);
  std::vector<DepositMatch> deposits(settlements.size());
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    if (const auto found = bank.matched_before.find(settlements[i].id); found != bank.matched_before.end()) {
      // Converted, if it was: the book keeps the line, the conversion follows from it.
      deposits[i] = {DepositStatus::matched, found->second,
                     conversion_of(settlements[i].total, found->second.amount, bank.options.rates.get(), settlements[i].deposit_date)};
    }
  }
  for (std::size_t k = 0; k < positions.size(); ++k) deposits[positions[k]] = std::move(matched.deposits[k]);
  return {std::move(deposits), std::move(matched.findings)};
}

} // namespace

SettleResult settle(std::vector<Settlement> book, std::vector<Settlement> run, const AccountMap& map,
                    const PostingOptions& options, const BankEvidence& bank) {
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
  auto [deposits, deposit_findings] = deposits_for(settlements, bank);
  findings.insert(findings.end(), deposit_findings.begin(), deposit_findings.end());
  PostingResult posted = post_settlements(settlements, map, options, deposits);
  findings.insert(findings.end(), posted.findings.begin(), posted.findings.end());
  result.journal = std::move(posted.journal);

  for (std::size_t i = 0; i < merged.settlements.size(); ++i) {
    result.report.settlements.push_back(
        {std::move(merged.settlements[i].settlement), posted.posted[i], std::move(merged.settlements[i].also_given_in)});
  }
  for (std::size_t i = 0; i < merged.settlements.size(); ++i) {
    if (!merged.settlements[i].from_book) result.new_settlements.push_back(&result.report.settlements[i].settlement);
  }
  for (const auto& explanation : explain_clearing(result.report)) {
    if (explanation.explained) continue;
    findings.push_back(Finding::raise(FindingCode::clearing_unexplained, explanation.last_settlement_id,
                                      explanation.balance - explanation.expected, explanation.sentence, explanation.source));
  }
  return result;
}

} // namespace recon
