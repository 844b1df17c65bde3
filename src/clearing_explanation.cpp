#include "recon/clearing_explanation.hpp"

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
  const Money owed = last.total.is_negative() ? -last.total : Money::zero(last.currency);

  ClearingExplanation explanation{account, balance, balance == held - held_before - owed, {}};
  std::string parts = fmt::format("the reserve Amazon still holds ({})", money_text(held));
  if (!held_before.is_zero()) {
    parts += fmt::format(", less the reserve it already held before settlement {} ({})", first.id, money_text(held_before));
  }
  if (!owed.is_zero()) {
    parts += fmt::format(", less the negative balance of settlement {} that Amazon will collect ({})", last.id, money_text(owed));
  }
  if (explanation.explained) {
    const bool only_reserve = held_before.is_zero() && owed.is_zero();
    explanation.sentence = only_reserve ? fmt::format("Amazon Clearing ({}) is {}: the reserve Amazon still holds.", account, money_text(balance))
                                        : fmt::format("Amazon Clearing ({}) is {}: {}.", account, money_text(balance), parts);
  } else {
    explanation.sentence = fmt::format("Amazon Clearing ({}) is {}, but {} come to {}: {} is unexplained.", account,
                                       money_text(balance), parts, money_text(held - held_before - owed),
                                       money_text(balance - (held - held_before - owed)));
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
  for (const auto& [account, chain] : chains) explanations.push_back(explain(account, chain));
  return explanations;
}

} // namespace recon
