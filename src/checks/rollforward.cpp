#include "recon/checks/rollforward.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/input_sum.hpp"
#include "recon/model/marketplace.hpp"

namespace recon {
namespace {

std::string money_text(const Money& money) { return to_plain_string(money) + " " + std::string(money.currency().code()); }

std::string instant_text(Instant instant) { return to_iso_instant(instant); }

// Where a carry line of `kind` is in the settlement's file, or its summary row if it has none.
SourceRef carry_source(const Settlement& settlement, CarryKind kind) {
  for (const auto& carry : settlement.carry_lines) {
    if (carry.kind == kind) return {settlement.file, carry.line};
  }
  return settlement.summary_source();
}

bool suspect_duplicates(const Settlement& a, const Settlement& b) {
  return a.id != b.id && a.start == b.start && a.end == b.end && a.total == b.total;
}

void check_pair(const Settlement& previous, const Settlement& next, std::vector<Finding>& findings) {
  const auto finding = [&](FindingCode code, std::optional<Money> amount, std::string message, SourceRef source) {
    findings.push_back(Finding::raise(code, next.id, amount, std::move(message), std::move(source)));
  };
  if (next.start > previous.end) {
    finding(FindingCode::period_gap, std::nullopt,
            fmt::format("settlement {} starts at {}, but settlement {} ended at {}: a settlement report is missing in between",
                        next.id, instant_text(next.start), previous.id, instant_text(previous.end)),
            next.summary_source());
  } else if (next.start < previous.end) {
    finding(FindingCode::period_overlap, std::nullopt,
            fmt::format("settlement {} starts at {}, before settlement {} ended at {}: the two periods overlap", next.id,
                        instant_text(next.start), previous.id, instant_text(previous.end)),
            next.summary_source());
  }
  if (next.reserve_opening() != previous.reserve_closing()) {
    const SourceRef released = carry_source(next, CarryKind::reserve_released);
    finding(FindingCode::reserve_break,
            input_minus(next.reserve_opening(), previous.reserve_closing(), released, "the break in the reserve"),
            fmt::format("settlement {} releases a reserve of {}, but settlement {} closed holding {}", next.id,
                        money_text(next.reserve_opening()), previous.id, money_text(previous.reserve_closing())),
            released);
  }
  if (previous.total.is_negative()) {
    // What is carried in should cancel the negative total; compared as a sum, which unlike
    // negating the total cannot overflow on its own.
    const SourceRef payable = carry_source(next, CarryKind::payable_to_amazon);
    const Money not_carried = input_plus(next.carried_in(), previous.total, payable, "the negative balance not carried in");
    if (!not_carried.is_zero()) {
      finding(FindingCode::negative_not_carried, not_carried,
              fmt::format("settlement {} ended negative at {}, but settlement {} carries in {} as Payable to Amazon",
                          previous.id, money_text(previous.total), next.id, money_text(next.carried_in())),
              payable);
    }
  }
}

} // namespace

std::vector<ReserveChain> reserve_chains(const std::vector<Settlement>& settlements) {
  const auto codes = settlement_marketplace_codes(settlements);
  std::vector<ReserveChain> chains;
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    const Settlement& settlement = settlements[i];
    auto chain = std::find_if(chains.begin(), chains.end(), [&](const ReserveChain& c) {
      return c.marketplace == codes[i] && c.currency == settlement.currency;
    });
    if (chain == chains.end()) {
      chains.push_back({codes[i], settlement.currency, {}});
      chain = std::prev(chains.end());
    }
    chain->steps.push_back({&settlement, settlement.reserve_opening(), settlement.reserve_closing(), std::nullopt});
  }
  for (auto& chain : chains) {
    std::stable_sort(chain.steps.begin(), chain.steps.end(),
                     [](const ReserveStep& a, const ReserveStep& b) { return a.settlement->start < b.settlement->start; });
    for (std::size_t i = 0; i + 1 < chain.steps.size(); ++i) chain.steps[i].next_opens = chain.steps[i + 1].released;
  }
  return chains;
}

std::vector<Finding> check_rollforward(const std::vector<Settlement>& settlements) {
  std::vector<Finding> findings;
  for (const auto& chain : reserve_chains(settlements)) {
    const Settlement* previous = nullptr;
    for (const auto& step : chain.steps) {
      const Settlement& current = *step.settlement;
      // A suspected copy is reported once and kept out of the chain, which it would only break again.
      if (previous != nullptr && suspect_duplicates(*previous, current)) {
        findings.push_back(Finding::raise(FindingCode::suspect_duplicate, current.id, current.total,
                                          fmt::format("settlements {} and {} have the same period and the same total of "
                                                      "{}: is one a copy of the other?",
                                                      previous->id, current.id, money_text(current.total)),
                                          current.summary_source()));
        continue;
      }
      if (previous != nullptr) check_pair(*previous, current, findings);
      previous = &current;
    }
  }
  return findings;
}

} // namespace recon
