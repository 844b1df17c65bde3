#include "recon/base/money.hpp"

#include <stdexcept>
#include <string_view>

namespace recon {
namespace {

void require_same_currency(const Money& a, const Money& b) {
  if (a.currency() != b.currency()) Money::throw_currency_mismatch(a, b);
}

Money value_or_overflow(const std::optional<Money>& result) {
  if (!result) Money::throw_overflow();
  return *result;
}

// Writes minor units as a decimal numeral. Works on the magnitude as unsigned so that INT64_MIN
// formats correctly instead of overflowing on negation.
std::string format_minor_units(std::int64_t minor_units, int exponent, std::string_view group_separator) {
  const bool negative = minor_units < 0;
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor_units) : static_cast<std::uint64_t>(minor_units);

  std::string digits = std::to_string(magnitude);
  const auto decimals = static_cast<std::size_t>(exponent);
  if (digits.size() <= decimals) {
    digits.insert(0, decimals + 1 - digits.size(), '0');
  }
  const std::size_t integer_digits = digits.size() - decimals;

  std::string text;
  text.reserve(digits.size() + digits.size() / 3 + 2);
  if (negative) {
    text += '-';
  }
  for (std::size_t i = 0; i < integer_digits; ++i) {
    if (i > 0 && (integer_digits - i) % 3 == 0) {
      text += group_separator;
    }
    text += digits[i];
  }
  if (decimals > 0) {
    text += '.';
    text.append(digits, integer_digits, decimals);
  }
  return text;
}

} // namespace

void Money::throw_currency_mismatch(const Money& a, const Money& b) {
  throw std::logic_error("recon: money of " + std::string(a.currency().code()) + " and " +
                         std::string(b.currency().code()) + " cannot be combined");
}

void Money::throw_overflow() { throw std::overflow_error("recon: money arithmetic overflowed int64 minor units"); }

std::optional<Money> Money::checked_minus(const Money& other) const {
  require_same_currency(*this, other);
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(minor_units_, other.minor_units_, &difference)) {
    return std::nullopt;
  }
  return Money(difference, currency_);
}

std::optional<Money> Money::checked_negated() const {
  return zero(currency_).checked_minus(*this);
}

Money Money::operator-(const Money& other) const { return value_or_overflow(checked_minus(other)); }
Money Money::operator-() const { return value_or_overflow(checked_negated()); }

std::string to_plain_string(const Money& money) {
  return format_minor_units(money.minor_units(), money.currency().exponent(), "");
}

std::string to_grouped_string(const Money& money) {
  return format_minor_units(money.minor_units(), money.currency().exponent(), ",");
}

} // namespace recon
