#include "recon/base/amount_text.hpp"

#include <algorithm>
#include <limits>
#include <string>

namespace recon {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::string_view trim_blanks(std::string_view text) noexcept {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

bool looks_scientific(std::string_view body) noexcept {
  const auto e = body.find_first_of("eE");
  return e != std::string_view::npos && e > 0 && is_digit(body[e - 1]) &&
         std::all_of(body.begin(), body.end(),
                     [](char c) { return is_digit(c) || c == '.' || c == ',' || c == 'e' || c == 'E' || c == '+' || c == '-'; });
}

// Integer digits with optional grouping: "1234" or "1,234,567" (groups of three after the first).
bool valid_grouping(std::string_view integer_part, char group) noexcept {
  if (integer_part.find(group) == std::string_view::npos) {
    return std::all_of(integer_part.begin(), integer_part.end(), is_digit);
  }
  std::size_t group_start = 0;
  bool first = true;
  while (true) {
    const auto end = integer_part.find(group, group_start);
    const auto chunk = integer_part.substr(group_start, end == std::string_view::npos ? std::string_view::npos : end - group_start);
    const bool size_ok = first ? (!chunk.empty() && chunk.size() <= 3) : chunk.size() == 3;
    if (!size_ok || !std::all_of(chunk.begin(), chunk.end(), is_digit)) {
      return false;
    }
    if (end == std::string_view::npos) {
      return true;
    }
    group_start = end + 1;
    first = false;
  }
}

} // namespace

std::string_view describe(DecimalMark mark) noexcept {
  return mark == DecimalMark::comma ? "a decimal comma" : "a decimal point";
}

ParseResult<std::int64_t> parse_minor_units(std::string_view text, int exponent, DecimalMark mark) {
  using Result = ParseResult<std::int64_t>;
  std::string_view body = trim_blanks(text);
  if (body.empty()) {
    return Result::failure("the amount is empty");
  }
  bool negative = false;
  if (body.front() == '-' || body.front() == '+') {
    negative = body.front() == '-';
    body.remove_prefix(1);
  }
  if (looks_scientific(body)) {
    return Result::failure("the amount is in scientific notation, as a spreadsheet writes it; the exact value is lost");
  }

  const char decimal = static_cast<char>(mark);
  const char group = mark == DecimalMark::point ? ',' : '.';
  const auto decimal_at = body.find(decimal);
  const std::string_view integer_part = body.substr(0, decimal_at);
  const std::string_view fraction =
      decimal_at == std::string_view::npos ? std::string_view{} : body.substr(decimal_at + 1);

  if ((integer_part.empty() && fraction.empty()) || !valid_grouping(integer_part, group) ||
      !std::all_of(fraction.begin(), fraction.end(), is_digit)) {
    if (fraction.find(group) != std::string_view::npos || integer_part.find(group) != std::string_view::npos) {
      return Result::failure("the amount is not a number written with " + std::string(describe(mark)));
    }
    return Result::failure("the amount is not a number");
  }

  const auto decimals = static_cast<std::size_t>(exponent);
  if (fraction.size() > decimals &&
      !std::all_of(fraction.begin() + static_cast<std::ptrdiff_t>(decimals), fraction.end(), [](char c) { return c == '0'; })) {
    return Result::failure("the amount has " + std::to_string(fraction.size()) + " decimals but the currency has " +
                           std::to_string(decimals));
  }

  // Accumulate the magnitude unsigned so that the most negative int64 is still reachable.
  std::uint64_t magnitude = 0;
  const auto push_digit = [&magnitude](char c) {
    return !__builtin_mul_overflow(magnitude, 10U, &magnitude) &&
           !__builtin_add_overflow(magnitude, static_cast<std::uint64_t>(c - '0'), &magnitude);
  };
  bool fits = true;
  for (char c : integer_part) {
    if (c != group) fits = fits && push_digit(c);
  }
  for (std::size_t i = 0; i < decimals; ++i) {
    fits = fits && push_digit(i < fraction.size() ? fraction[i] : '0');
  }
  const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1U : 0U);
  if (!fits || magnitude > limit) {
    return Result::failure("the amount is too large to hold exactly");
  }
  const auto value = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return Result::success(value);
}

std::optional<DecimalMark> implied_decimal_mark(std::string_view text) noexcept {
  const auto last_point = text.rfind('.');
  const auto last_comma = text.rfind(',');
  if (last_point == std::string_view::npos && last_comma == std::string_view::npos) {
    return std::nullopt;
  }
  if (last_point != std::string_view::npos && last_comma != std::string_view::npos) {
    return last_point > last_comma ? DecimalMark::point : DecimalMark::comma;
  }
  const char seen = last_point != std::string_view::npos ? '.' : ',';
  const auto seen_at = std::min(last_point, last_comma);
  const DecimalMark as_decimal = seen == '.' ? DecimalMark::point : DecimalMark::comma;
  const DecimalMark other = seen == '.' ? DecimalMark::comma : DecimalMark::point;

  if (text.find(seen) != seen_at) {
    return other; // the mark appears twice: it can only be grouping
  }
  const std::string_view after = trim_blanks(text.substr(seen_at + 1));
  const bool three_digits = after.size() == 3 && std::all_of(after.begin(), after.end(), is_digit);
  return three_digits ? std::nullopt : std::optional(as_decimal);
}

ParseResult<std::int64_t> AmountReader::read(std::string_view text) {
  if (!mark_) {
    mark_ = implied_decimal_mark(text);
    if (!mark_ && text.find_first_of(".,") != std::string_view::npos) {
      return ParseResult<std::int64_t>::failure(
          "the amount reads differently with a decimal point and a decimal comma, and no earlier amount "
          "in the file shows which one it uses");
    }
  }
  // Until a file reveals its mark, amounts have no separator and read the same either way.
  return parse_minor_units(text, exponent_, mark_.value_or(DecimalMark::point));
}

} // namespace recon
