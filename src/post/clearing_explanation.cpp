#include "recon/post/clearing_explanation.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "recon/model/marketplace.hpp"

namespace recon {
namespace {

std::string money_text(const Money& money) { return to_grouped_string(money) + " " + std::string(money.currency().code()); }

// What one marketplace's chain of settlements leaves in clearing, and those parts in words.
struct ChainParts {
  Money expected;
  std::string made_of;
};

ChainParts chain_parts(const std::vector<const ReportedSettlement*>& chain) {
  const Settlement& first = chain.front()->settlement;
  const Settlement& last = chain.back()->settlement;
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
  return {expected, made_of};
}

// `chain`: the account's settlements in posting order, each with its marketplace code. An account
// that several marketplaces share (--clearing-account without {marketplace}) holds each one's
// reserve chain: their parts are added, marketplace by marketplace.
ClearingExplanation explain(const std::string& account, const std::vector<std::pair<const ReportedSettlement*, std::string>>& chain) {
  std::vector<std::pair<std::string, std::vector<const ReportedSettlement*>>> by_marketplace;
  for (const auto& link : chain) {
    const std::string& code = link.second;
    auto found = std::find_if(by_marketplace.begin(), by_marketplace.end(), [&](const auto& part) { return part.first == code; });
    if (found == by_marketplace.end()) found = by_marketplace.insert(by_marketplace.end(), {code, {}});
    found->second.push_back(link.first);
  }
  const ReportedSettlement& last = *chain.back().first;
  const Money balance = last.posted->clearing_balance;
  Money expected = Money::zero(last.settlement.currency);
  std::string made_of;
  for (const auto& [code, settlements] : by_marketplace) {
    const ChainParts parts = chain_parts(settlements);
    expected = expected + parts.expected;
    if (by_marketplace.size() == 1) {
      made_of = parts.made_of;
    } else {
      made_of += fmt::format("{}for {}, {}", made_of.empty() ? "" : "; ", code, parts.made_of);
    }
  }
  ClearingExplanation explanation{account, balance, expected, balance == expected, {}, last.settlement.id, last.settlement.summary_source()};
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
  std::vector<Settlement> settlements;
  settlements.reserve(report.settlements.size());
  for (const auto& reported : report.settlements) settlements.push_back(reported.settlement);
  const std::vector<std::string> codes = settlement_marketplace_codes(settlements);

  // Each account's settlements in period order, stable so that those of one start keep the order
  // they were posted in, and the last holds the account's balance.
  std::vector<std::size_t> order(report.settlements.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return report.settlements[a].settlement.start < report.settlements[b].settlement.start;
  });
  std::vector<std::pair<std::string, std::vector<std::pair<const ReportedSettlement*, std::string>>>> chains;
  for (const std::size_t i : order) {
    const auto& reported = report.settlements[i];
    if (!reported.posted) continue;
    const std::string& account = reported.posted->clearing_account;
    auto found = std::find_if(chains.begin(), chains.end(), [&](const auto& chain) { return chain.first == account; });
    if (found == chains.end()) found = chains.insert(chains.end(), {account, {}});
    found->second.emplace_back(&reported, codes[i]);
  }
  std::vector<ClearingExplanation> explanations;
  explanations.reserve(chains.size());
  for (const auto& [account, chain] : chains) explanations.push_back(explain(account, chain));
  return explanations;
}

} // namespace recon
