#include "settlement_builder.hpp"

#include <algorithm>
#include <utility>

namespace recon {

SettlementBuilder::SettlementBuilder(Settlement summary) : settlement_(std::move(summary)) {}

bool SettlementBuilder::add(const SettlementLine& line) {
  const auto lines_total = settlement_.lines_total.checked_plus(line.amount);
  Category& category = category_for(line);
  const auto category_sum = category.sum.checked_plus(line.amount);
  if (!lines_total || !category_sum) return false;

  settlement_.lines_total = *lines_total;
  category.sum = *category_sum;
  ++category.lines;
  add_to_month(category, line); // cannot overflow: a month's sum is bounded by the category's
  ++settlement_.amount_lines;
  note_marketplace(line.marketplace);
  if (const CarryKind kind = classify_carry(line.amount_description); kind != CarryKind::none) {
    settlement_.carry_lines.push_back({kind, line.amount, line.line});
  }
  return true;
}

void SettlementBuilder::note_posted_outside_period(std::uint64_t line) {
  if (settlement_.posted_outside_period++ == 0) settlement_.first_posted_outside_period = line;
}

Settlement SettlementBuilder::finish(const LineAccount& account, std::optional<DecimalMark> mark, std::string sha256) && {
  settlement_.line_account = account;
  settlement_.decimal_mark = mark;
  settlement_.sha256 = std::move(sha256);
  return std::move(settlement_);
}

Category& SettlementBuilder::category_for(const SettlementLine& line) {
  key_.assign(line.transaction_type).append(1, '\t').append(line.amount_type).append(1, '\t').append(line.amount_description);
  if (const auto found = category_index_.find(std::string_view(key_)); found != category_index_.end()) {
    return settlement_.categories[found->second];
  }
  category_index_.emplace(key_, settlement_.categories.size());
  return settlement_.categories.emplace_back(Category{std::string(line.transaction_type), std::string(line.amount_type),
                                                      std::string(line.amount_description), 0,
                                                      Money::zero(settlement_.currency), line.line, {}});
}

void SettlementBuilder::add_to_month(Category& category, const SettlementLine& line) const {
  const date::year_month month = date::year_month_day{line.posted}.year() / date::year_month_day{line.posted}.month();
  auto& months = category.months;
  auto found = std::find_if(months.begin(), months.end(), [month](const MonthSum& sum) { return sum.month >= month; });
  if (found == months.end() || found->month != month) {
    found = months.insert(found, MonthSum{month, 0, Money::zero(settlement_.currency)});
  }
  ++found->lines;
  found->sum = found->sum + line.amount;
}

void SettlementBuilder::note_marketplace(std::string_view marketplace) {
  if (marketplace.empty()) return;
  auto& seen = settlement_.marketplaces;
  if (!seen.empty() && seen.back() == marketplace) return;
  if (std::find(seen.begin(), seen.end(), marketplace) == seen.end()) seen.emplace_back(marketplace);
}

} // namespace recon
