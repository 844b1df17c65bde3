#include "match/bank_coverage.hpp"

#include <algorithm>

namespace recon {

BankCoverage::BankCoverage(const std::vector<BankStatement>& statements) {
  for (const auto& statement : statements) {
    if (statement.first > statement.last) continue; // an export of no dated line covers no day
    auto found = std::find_if(by_currency_.begin(), by_currency_.end(), [&](const Spans& s) { return s.currency == statement.currency; });
    if (found == by_currency_.end()) found = by_currency_.insert(found, Spans{statement.currency, {}});
    found->covered.emplace_back(statement.first, statement.last);
  }
  for (auto& [currency, covered] : by_currency_) {
    std::sort(covered.begin(), covered.end());
    std::vector<std::pair<Day, Day>> merged;
    for (const auto& span : covered) {
      // Spans that overlap or meet (one ends on the 30th, the next starts on the 1st) are one.
      if (!merged.empty() && span.first <= merged.back().second + date::days{1}) {
        merged.back().second = std::max(merged.back().second, span.second);
      } else {
        merged.push_back(span);
      }
    }
    covered = std::move(merged);
  }
}

const BankCoverage::Spans* BankCoverage::spans_of(const Currency& currency) const {
  const auto found = std::find_if(by_currency_.begin(), by_currency_.end(), [&](const Spans& s) { return s.currency == currency; });
  return found == by_currency_.end() ? nullptr : &*found;
}

Day BankCoverage::last(const Currency& currency) const {
  const Spans* spans = spans_of(currency);
  return spans ? spans->covered.back().second : Day::min();
}

std::vector<std::pair<Day, Day>> BankCoverage::gaps(const Currency& currency, Day from, Day to) const {
  std::vector<std::pair<Day, Day>> uncovered;
  Day next = from; // the first day not yet known to be covered
  if (const Spans* spans = spans_of(currency)) {
    for (const auto& [first, last] : spans->covered) {
      if (next > to) break;
      if (last < next) continue;
      if (first > to) break;
      if (first > next) uncovered.emplace_back(next, first - date::days{1});
      next = last + date::days{1};
    }
  }
  if (next <= to) uncovered.emplace_back(next, to);
  return uncovered;
}

WindowCover BankCoverage::cover(const Currency& currency, Day from, Day to) const {
  const Spans* spans = spans_of(currency);
  if (!spans || to < spans->covered.front().first) return WindowCover::none_before;
  if (to > spans->covered.back().second) return WindowCover::past_end;
  return gaps(currency, from, to).empty() ? WindowCover::whole : WindowCover::part;
}

} // namespace recon
