#pragma once
// Amounts as reports and bank exports write them: "179,99", "-32.40", "32.09    ", "1,234.56".
// Parsed straight into integer minor units; the decimal mark is learned per file, never assumed.

#include <cstdint>
#include <optional>
#include <string_view>

#include "recon/base/parse_result.hpp"

namespace recon {

enum class DecimalMark : char { point = '.', comma = ',' };

[[nodiscard]] std::string_view describe(DecimalMark mark) noexcept;

// Parses text with the given decimal mark into minor units of a currency with `exponent` decimals.
// Accepts surrounding blanks, a leading sign, and thousands grouping by the other mark (in groups of
// three). Refuses anything inexact: more decimals than the currency has (unless they are zeros),
// scientific notation, stray characters, and values that do not fit in int64.
[[nodiscard]] ParseResult<std::int64_t> parse_minor_units(std::string_view text, int exponent, DecimalMark mark);

// The decimal mark a text reveals, if it reveals one: "12,50" says comma, "1,234.50" and
// "1,234,567" say point. "1250" says nothing, and neither does "1.234": a lone mark followed by
// three digits may be a decimal mark (KWD, or extra zeros) or grouping.
[[nodiscard]] std::optional<DecimalMark> implied_decimal_mark(std::string_view text) noexcept;

// Reads the amounts of one file: the first amount that reveals a decimal mark fixes it for the rest
// of the file, and amounts that contradict it are refused. An ambiguous amount before that point is
// refused too, rather than guessed.
class AmountReader {
public:
  explicit AmountReader(int exponent) noexcept : exponent_(exponent) {}

  [[nodiscard]] ParseResult<std::int64_t> read(std::string_view text);
  // The shape nearly every amount in a report has, "-1234.56" or "32.09    " (the file's own mark,
  // the currency's decimals), read in one pass; nullopt for anything else, which read() reads and,
  // where it is wrong, explains. Both give the same value for every text this accepts. Inline: a
  // large report has a million amounts.
  [[nodiscard]] std::optional<std::int64_t> read_plain(std::string_view text) const noexcept;
  [[nodiscard]] std::optional<DecimalMark> mark() const noexcept { return mark_; }

private:
  int exponent_;
  std::optional<DecimalMark> mark_;
};

inline std::optional<std::int64_t> AmountReader::read_plain(std::string_view text) const noexcept {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t size = text.size();
  while (size > 0 && text[size - 1] == ' ') --size;
  std::size_t at = 0;
  const bool negative = size > 0 && text[0] == '-';
  if (negative) ++at;
  const std::size_t digits_start = at;
  std::int64_t magnitude = 0;
  while (at < size && is_digit(text[at]) && at - digits_start < 14) { // with up to 4 decimals, cannot overflow
    magnitude = magnitude * 10 + (text[at] - '0');
    ++at;
  }
  if (at == digits_start) return std::nullopt;
  int decimals = 0;
  if (at < size && mark_ && text[at] == static_cast<char>(*mark_) && exponent_ > 0) {
    ++at;
    while (at < size && decimals < exponent_ && is_digit(text[at])) {
      magnitude = magnitude * 10 + (text[at] - '0');
      ++at;
      ++decimals;
    }
    if (decimals != exponent_) return std::nullopt;
  }
  if (at != size) return std::nullopt;
  for (; decimals < exponent_; ++decimals) magnitude *= 10;
  return negative ? -magnitude : magnitude;
}

} // namespace recon
