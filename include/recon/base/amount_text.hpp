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
  [[nodiscard]] int exponent() const noexcept { return exponent_; }
  [[nodiscard]] std::optional<DecimalMark> mark() const noexcept { return mark_; }

private:
  int exponent_;
  std::optional<DecimalMark> mark_;
};

} // namespace recon
