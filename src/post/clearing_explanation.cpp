#include "recon/post/clearing_explanation.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace recon {
namespace {

std::string money_text(const Money& money) { return to_grouped_string(money) + " " + std::string(money.currency().code()); }

ClearingExplanation explain(const std::string& account, std::vector<const ReportedSettlement*> chain) {
  std::sort(chain.begin(), chain.end(), [](const auto* a, const auto* b) { return a->settlement.start < b->settlement.start; });
  const Settlement& first = chain.front()->settlement;
  const Settlement& last = chain.back()->settlement;
  const Money balance = chain.back()->posted->clearing_balance;
  const Money held = last.reserve_closing();
  const Money held_before = first.reserve_opening();
  const Money carried_in = first.carried_in();
  const Money owed = last.total.is_negative() ? -last.total : Money::zero(last.currency);

  // Deposits not posted because the bank exports do not show them yet: still in the clearing account.
  Money in_transit = Money::zero(last.currency);
  Money not_covered = Money::zero(last.currency);
  for (const auto* reported : chain) {
    const DepositStatus status = reported->posted->deposit.status;
    if (status == DepositStatus::in_transit) in_transit = in_transit + reported->settlement.total;
    if (status == DepositStatus::not_covered) not_covered = not_covered + reported->settlement.total;
  }
  const Money expected = held - held_before + carried_in + in_transit + not_covered - owed;
  ClearingExplanation explanation{account, balance, expected, balance == expected, {}, last.id, last.summary_source()};

  // The parts that make up the expected balance, in words, leaving out those that are zero.
  struct Part {
    bool subtracted;
    std::string words;
  };
  std::vector<Part> parts;
  if (!held.is_zero()) parts.push_back({false, fmt::format("the reserve Amazon still holds ({})", money_text(held))});
  if (!held_before.is_zero()) {
    parts.push_back({true, fmt::format("the reserve it already held before settlement {} ({})", first.id, money_text(held_before))});
  }
  if (!carried_in.is_zero()) {
    parts.push_back({false, fmt::format("the earlier negative balance that settlement {} carried in ({})", first.id,
                                        money_text(carried_in))});
  }
  if (!in_transit.is_zero()) {
    parts.push_back({false, fmt::format("deposits still in transit ({})", money_text(in_transit))});
  }
  if (!not_covered.is_zero()) {
    parts.push_back({false, fmt::format("deposits on days the bank exports do not cover ({})", money_text(not_covered))});
  }
  if (!owed.is_zero()) {
    parts.push_back({true, fmt::format("the negative balance of settlement {} that Amazon will collect ({})", last.id, money_text(owed))});
  }
  std::string made_of = parts.empty() ? "Amazon holds nothing back and is owed nothing" : "";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i == 0) {
      made_of = (parts[i].subtracted ? "minus " : "") + parts[i].words;
    } else {
      made_of += (parts[i].subtracted ? ", less " : ", plus ") + parts[i].words;
    }
  }

  if (explanation.explained) {
    explanation.sentence = fmt::format("Amazon Clearing ({}) is {}: {}.", account, money_text(balance), made_of);
  } else {
    explanation.sentence = fmt::format("Amazon Clearing ({}) is {}, but {} makes {}: {} is unexplained.", account,
                                       money_text(balance), made_of, money_text(expected), money_text(balance - expected));
  }
  return explanation;
}

} // namespace

std::vector<ClearingExplanation> explain_clearing(const Report& report) {
  std::vector<std::pair<std::string, std::vector<const ReportedSettlement*>>> chains;
  for (const auto& reported : report.settlements) {
    if (!reported.posted) continue;
    const std::string& account = reported.posted->clearing_account;
    auto found = std::find_if(chains.begin(), chains.end(), [&](const auto& chain) { return chain.first == account; });
    if (found == chains.end()) {
      chains.emplace_back(account, std::vector<const ReportedSettlement*>{});
      found = std::prev(chains.end());
    }
    found->second.push_back(&reported);
  }
  std::vector<ClearingExplanation> explanations;
  explanations.reserve(chains.size());
  for (const auto& [account, chain] : chains) explanations.push_back(explain(account, chain));
  return explanations;
}

} // namespace recon
