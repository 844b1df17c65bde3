#include "ingest/settlement_builder.hpp"

#include <algorithm>
#include <utility>

namespace recon {
namespace {

date::year_month month_of(Day day) {
  const date::year_month_day ymd{day};
  return ymd.year() / ymd.month();
}

} // namespace

SettlementBuilder::SettlementBuilder(Settlement summary) : settlement_(std::move(summary)) {}

// Sums of one category in one month. Rows come month by month, so the month is nearly always the
// category's last: that case is decided here, small enough to be inlined, and only another month
// is looked for out of line.
inline void SettlementBuilder::add_to_month(Category& category, date::year_month month, std::uint64_t lines, Money sum) {
  MonthSum& entry =
      !category.months.empty() && category.months.back().month == month ? category.months.back() : month_entry(category, month);
  std::int64_t month_sum = 0; // in minor units, as in add()
  if (__builtin_add_overflow(entry.sum.minor_units(), sum.minor_units(), &month_sum)) Money::throw_overflow();
  entry.lines += lines;
  entry.sum = Money(month_sum, sum.currency());
}

bool SettlementBuilder::add(const SettlementLine& line) {
  // The sums are kept in minor units here, not through Money's checked arithmetic: this runs for
  // every line of a report, and Money's optional results cost more than the additions. Every
  // amount comes from the reader in the settlement's own currency, which the first check holds to.
  if (line.amount.currency() != settlement_.currency) Money::throw_currency_mismatch(settlement_.lines_total, line.amount);
  const std::int64_t amount = line.amount.minor_units();
  const std::size_t index = category_for(line.transaction_type, line.amount_type, line.amount_description, line.line);
  Category& category = settlement_.categories[index];
  std::int64_t lines_total = 0;
  std::int64_t category_sum = 0;
  if (__builtin_add_overflow(settlement_.lines_total.minor_units(), amount, &lines_total) ||
      __builtin_add_overflow(category.sum.minor_units(), amount, &category_sum)) {
    return false;
  }
  settlement_.lines_total = Money(lines_total, settlement_.currency);
  category.sum = Money(category_sum, settlement_.currency);
  ++category.lines;
  if (line.posted != last_posted_) { // rows come in date order, mostly: convert a day once
    last_posted_ = line.posted;
    last_month_ = month_of(line.posted);
  }
  add_to_month(category, last_month_, 1, line.amount);
  ++settlement_.amount_lines;
  // The row before's marketplace, nearly always: checked inline, before the call that looks further.
  const auto& marketplaces = settlement_.marketplaces;
  if (marketplaces.empty() || marketplaces.back() != line.marketplace) note_marketplace(line.marketplace);
  if (const CarryKind kind = category_carry_[index]; kind != CarryKind::none) {
    settlement_.carry_lines.push_back({kind, line.amount, line.line});
  }
  return true;
}

void SettlementBuilder::note_posted_outside_period(std::uint64_t line) {
  if (settlement_.posted_outside_period++ == 0) settlement_.first_posted_outside_period = line;
}

SettlementBuilder SettlementBuilder::empty_copy() const {
  Settlement empty = settlement_;
  empty.lines_total = Money::zero(settlement_.currency);
  empty.amount_lines = 0;
  empty.categories.clear();
  empty.carry_lines.clear();
  empty.marketplaces.clear();
  empty.posted_outside_period = 0;
  empty.first_posted_outside_period = 0;
  return SettlementBuilder(std::move(empty));
}

bool SettlementBuilder::absorb(SettlementBuilder&& later, std::uint64_t line_shift) {
  Settlement& part = later.settlement_;
  const auto lines_total = settlement_.lines_total.checked_plus(part.lines_total);
  if (!lines_total) return false;
  for (Category& piece : part.categories) {
    const std::size_t index =
        category_for(piece.transaction_type, piece.amount_type, piece.amount_description, piece.first_line + line_shift);
    Category& category = settlement_.categories[index];
    const auto sum = category.sum.checked_plus(piece.sum);
    if (!sum) return false;
    category.sum = *sum;
    category.lines += piece.lines;
    for (const MonthSum& month : piece.months) add_to_month(category, month.month, month.lines, month.sum);
  }
  settlement_.lines_total = *lines_total;
  settlement_.amount_lines += part.amount_lines;
  for (const std::string& marketplace : part.marketplaces) note_marketplace(marketplace);
  for (CarryEntry carry : part.carry_lines) {
    carry.line += line_shift;
    settlement_.carry_lines.push_back(carry);
  }
  if (part.posted_outside_period > 0 && settlement_.posted_outside_period == 0) {
    settlement_.first_posted_outside_period = part.first_posted_outside_period + line_shift;
  }
  settlement_.posted_outside_period += part.posted_outside_period;
  return true;
}

Settlement SettlementBuilder::finish(const LineAccount& account, std::optional<DecimalMark> mark, std::string sha256) && {
  settlement_.line_account = account;
  settlement_.decimal_mark = mark;
  settlement_.sha256 = std::move(sha256);
  return std::move(settlement_);
}

std::size_t SettlementBuilder::category_for(std::string_view transaction_type, std::string_view amount_type,
                                            std::string_view amount_description, std::uint64_t line) {
  // Rows come in patterns (an order's price, tax and fees, then the next order's), so this row's
  // category is usually one of the last two that followed the previous row's category: checking
  // those first is much cheaper than hashing the three labels.
  const auto is = [&](std::size_t candidate) {
    if (candidate >= settlement_.categories.size()) return false;
    const Category& category = settlement_.categories[candidate];
    return category.amount_description == amount_description && category.amount_type == amount_type &&
           category.transaction_type == transaction_type;
  };
  std::size_t index = SIZE_MAX;
  if (previous_ < successors_.size()) {
    auto& [latest, earlier] = successors_[previous_];
    if (is(latest)) {
      index = latest;
    } else if (is(earlier)) {
      index = earlier;
      std::swap(latest, earlier);
    }
  }
  if (index == SIZE_MAX) {
    key_.assign(transaction_type).append(1, '\t').append(amount_type).append(1, '\t').append(amount_description);
    if (const auto found = category_index_.find(std::string_view(key_)); found != category_index_.end()) {
      index = found->second;
    } else {
      index = settlement_.categories.size();
      category_index_.emplace(key_, index);
      category_carry_.push_back(classify_carry(amount_description));
      successors_.emplace_back(SIZE_MAX, SIZE_MAX);
      settlement_.categories.push_back(Category{std::string(transaction_type), std::string(amount_type),
                                                std::string(amount_description), 0, Money::zero(settlement_.currency),
                                                line, {}});
    }
    if (previous_ < successors_.size()) {
      auto& [latest, earlier] = successors_[previous_];
      earlier = latest;
      latest = index;
    }
  }
  previous_ = index;
  return index;
}

// The category's sums for `month`, inserted in month order if it has none yet.
MonthSum& SettlementBuilder::month_entry(Category& category, date::year_month month) {
  auto& months = category.months;
  auto found = std::find_if(months.begin(), months.end(), [month](const MonthSum& m) { return m.month >= month; });
  if (found == months.end() || found->month != month) {
    found = months.insert(found, MonthSum{month, 0, Money::zero(category.sum.currency())});
  }
  return *found;
}

void SettlementBuilder::note_marketplace(std::string_view marketplace) {
  if (marketplace.empty()) return;
  auto& seen = settlement_.marketplaces;
  if (!seen.empty() && seen.back() == marketplace) return;
  if (std::find(seen.begin(), seen.end(), marketplace) == seen.end()) seen.emplace_back(marketplace);
}

} // namespace recon
