#pragma once
// Accumulates the lines of one settlement into its sums, categories and carry lines, exactly.
// A file read in parallel has one builder per part; absorb() joins them in file order, giving the
// same Settlement, figure for figure and line for line, as one builder reading the whole file.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "recon/model/settlement.hpp"
#include "recon/model/settlement_line.hpp"

namespace recon {

class SettlementBuilder {
public:
  // `summary` holds the summary row's facts; its sums must be zero.
  explicit SettlementBuilder(Settlement summary);

  // Adds one line; false when a sum would overflow int64 (the caller blames the line).
  [[nodiscard]] bool add(const SettlementLine& line);
  void note_posted_outside_period(std::uint64_t line);

  // An empty builder for the same settlement, for the lines of a later part of the file.
  [[nodiscard]] SettlementBuilder empty_copy() const;
  // Adds what `later` accumulated from the part of the file after this one's, whose line numbers
  // counted from 1 at the start of that part: `line_shift` lines come before it. False when a sum
  // would overflow; the caller then reads the file in one pass to find the line to blame.
  [[nodiscard]] bool absorb(SettlementBuilder&& later, std::uint64_t line_shift);

  [[nodiscard]] const Settlement& summary() const noexcept { return settlement_; }
  [[nodiscard]] Settlement finish(const LineAccount& account, std::optional<DecimalMark> mark, std::string sha256) &&;

private:
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
  };

  std::size_t category_for(std::string_view transaction_type, std::string_view amount_type,
                           std::string_view amount_description, std::uint64_t line);
  static void add_to_month(Category& category, date::year_month month, std::uint64_t lines, Money sum);
  static MonthSum& month_entry(Category& category, date::year_month month);
  void note_marketplace(std::string_view marketplace);

  Settlement settlement_;
  std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> category_index_;
  std::vector<CarryKind> category_carry_; // per category: classified once, not per line
  // Per category, the last two categories of the rows that followed it (the latest first), and the
  // previous row's category.
  std::vector<std::pair<std::size_t, std::size_t>> successors_;
  std::size_t previous_ = SIZE_MAX;
  Day last_posted_{};                 // and the month of the last day seen
  date::year_month last_month_{date::year{1970} / date::January}; // the month of Day{}
  std::string key_; // reused for lookups so that a known category costs no allocation
};

} // namespace recon
