#pragma once
// The one-pass reading of the shape nearly every amount in a settlement report has, "-1234.56" or
// "32.09    ": the file's own decimal mark, the currency's decimals, no grouping. A large report
// has a million amounts, and the full parser (AmountReader::read) takes three times as long on
// each; this is what SettlementRows tries first. Inline for the same reason.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "recon/base/amount_text.hpp"

namespace recon {

// The amount in minor units of a currency with `exponent` decimals, written with `mark` (if the
// file has shown one yet); nullopt for anything not in the plain shape, which AmountReader::read
// then reads and, where it is wrong, explains. For every text this accepts, parse_minor_units
// gives the same value.
[[nodiscard]] inline std::optional<std::int64_t> read_plain_amount(std::string_view text, int exponent,
                                                                   std::optional<DecimalMark> mark) noexcept {
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
  if (at < size && mark && text[at] == static_cast<char>(*mark) && exponent > 0) {
    ++at;
    while (at < size && decimals < exponent && is_digit(text[at])) {
      magnitude = magnitude * 10 + (text[at] - '0');
      ++at;
      ++decimals;
    }
    if (decimals != exponent) return std::nullopt;
  }
  if (at != size) return std::nullopt;
  for (; decimals < exponent; ++decimals) magnitude *= 10;
  return negative ? -magnitude : magnitude;
}

} // namespace recon
