#include "match/bank_coverage.hpp"

#include <algorithm>

namespace recon {
namespace {

// Sorts the spans and makes those that overlap or meet (one ends on the 30th, the next starts on
// the 1st) one.
std::vector<std::pair<Day, Day>> merged(std::vector<std::pair<Day, Day>> spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<Day, Day>> joined;
  for (const auto& span : spans) {
    if (!joined.empty() && span.first <= joined.back().second + date::days{1}) {
      joined.back().second = std::max(joined.back().second, span.second);
    } else {
      joined.push_back(span);
    }
  }
  return joined;
}

} // namespace

BankCoverage::BankCoverage(const std::vector<BankStatement>& statements) {
  for (const auto& statement : statements) {
    if (statement.first > statement.last) continue; // an export of no dated line covers no day
    auto found = std::find_if(by_currency_.begin(), by_currency_.end(), [&](const Spans& s) { return s.currency == statement.currency; });
    if (found == by_currency_.end()) found = by_currency_.insert(found, Spans{statement.currency, {}});
    found->covered.emplace_back(statement.first, statement.last);
    any_currency_.emplace_back(statement.first, statement.last);
  }
  for (auto& spans : by_currency_) spans.covered = merged(std::move(spans.covered));
  any_currency_ = merged(std::move(any_currency_));
}

const std::vector<std::pair<Day, Day>>* BankCoverage::spans_of(const Currency& currency) const {
  const auto found = std::find_if(by_currency_.begin(), by_currency_.end(), [&](const Spans& s) { return s.currency == currency; });
  if (found != by_currency_.end()) return &found->covered;
  return any_currency_.empty() ? nullptr : &any_currency_;
}

Day BankCoverage::last(const Currency& currency) const {
  const auto* spans = spans_of(currency);
  return spans ? spans->back().second : Day::min();
}

std::vector<std::pair<Day, Day>> BankCoverage::gaps(const Currency& currency, Day from, Day to) const {
  std::vector<std::pair<Day, Day>> uncovered;
  Day next = from; // the first day not yet known to be covered
  if (const auto* spans = spans_of(currency)) {
    for (const auto& [first, last] : *spans) {
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
  const auto* spans = spans_of(currency);
  if (!spans || to < spans->front().first) return WindowCover::none_before;
  if (to > spans->back().second) return WindowCover::past_end;
  return gaps(currency, from, to).empty() ? WindowCover::whole : WindowCover::part;
}

} // namespace recon
