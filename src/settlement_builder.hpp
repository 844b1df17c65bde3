#pragma once
// Accumulates the lines of one settlement into its sums, categories and carry lines, exactly.

#include <cstdint>
#include <string>
#include <unordered_map>

#include "recon/settlement.hpp"
#include "recon/settlement_line.hpp"

namespace recon {

class SettlementBuilder {
public:
  // `summary` holds the summary row's facts; its sums must be zero.
  explicit SettlementBuilder(Settlement summary);

  // Adds one line; false when a sum would overflow int64 (the caller blames the line).
  [[nodiscard]] bool add(const SettlementLine& line);
  void note_posted_outside_period(std::uint64_t line);

  [[nodiscard]] const Settlement& summary() const noexcept { return settlement_; }
  [[nodiscard]] Settlement finish(const LineAccount& account, std::optional<DecimalMark> mark, std::string sha256) &&;

private:
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
  };

  Category& category_for(const SettlementLine& line);
  void add_to_month(Category& category, const SettlementLine& line) const;
  void note_marketplace(std::string_view marketplace);

  Settlement settlement_;
  std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> category_index_;
  std::string key_; // reused for lookups so that a known category costs no allocation
};

} // namespace recon
