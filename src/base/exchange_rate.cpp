#include "recon/base/exchange_rate.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include <fmt/format.h>

namespace recon {
namespace {

// Products of two int64 are exact in 128 bits; what does not fit back into int64 is refused.
__extension__ using Wide = __int128;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

Wide gcd_of(Wide a, Wide b) {
  while (b != 0) {
    const Wide rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

std::optional<Rate> reduced(Wide numerator, Wide denominator) {
  if (numerator <= 0 || denominator <= 0) return std::nullopt;
  const Wide divisor = gcd_of(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  if (numerator > int64_max || denominator > int64_max) return std::nullopt;
  return Rate::of(static_cast<std::int64_t>(numerator), static_cast<std::int64_t>(denominator));
}

// a * b, or nullopt where it passes 128 bits: only rates and amounts far beyond any real ones get
// there, and for them the answer is "cannot tell", never a wrapped number.
std::optional<Wide> times(Wide a, Wide b) {
  Wide product = 0;
  if (__builtin_mul_overflow(a, b, &product)) return std::nullopt;
  return product;
}

Wide power_of_ten(int exponent) {
  Wide power = 1;
  for (int i = 0; i < exponent; ++i) power *= 10;
  return power;
}

// numerator / denominator (denominator positive), rounded half to even.
Wide divide_half_even(Wide numerator, Wide denominator) {
  const bool negative = numerator < 0;
  const Wide magnitude = negative ? -numerator : numerator;
  Wide quotient = magnitude / denominator;
  const Wide twice_rest = (magnitude % denominator) * 2;
  if (twice_rest > denominator || (twice_rest == denominator && quotient % 2 == 1)) ++quotient;
  return negative ? -quotient : quotient;
}

} // namespace

std::optional<Rate> Rate::parse(std::string_view text) {
  Wide numerator = 0;
  Wide denominator = 1;
  bool point = false;
  int digits = 0;
  for (const char c : text) {
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9' || ++digits > 18) return std::nullopt;
    numerator = numerator * 10 + (c - '0');
    if (point) denominator *= 10;
  }
  if (digits == 0) return std::nullopt;
  return reduced(numerator, denominator);
}

std::optional<Rate> Rate::of(std::int64_t numerator, std::int64_t denominator) {
  if (numerator <= 0 || denominator <= 0) return std::nullopt;
  const std::int64_t divisor = std::gcd(numerator, denominator);
  return Rate(numerator / divisor, denominator / divisor);
}

std::optional<Rate> Rate::implied(const Money& received, const Money& settled) {
  // received_minor / 10^e_received over settled_minor / 10^e_settled.
  return reduced(Wide{received.minor_units()} * power_of_ten(settled.currency().exponent()),
                 Wide{settled.minor_units()} * power_of_ten(received.currency().exponent()));
}

std::optional<Rate> Rate::divided_by(const Rate& other) const {
  return reduced(Wide{numerator_} * other.denominator_, Wide{denominator_} * other.numerator_);
}

std::optional<Money> Rate::convert(const Money& amount, const Currency& to) const {
  // minor_to = minor_from * rate * 10^(e_to - e_from)
  const int shift = to.exponent() - amount.currency().exponent();
  const auto numerator = times(Wide{amount.minor_units()} * numerator_, power_of_ten(std::max(shift, 0)));
  const Wide denominator = Wide{denominator_} * power_of_ten(std::max(-shift, 0)); // int64 times 10^exponent fits
  if (!numerator) return std::nullopt;
  const Wide minor = divide_half_even(*numerator, denominator);
  if (minor > int64_max || minor < -int64_max) return std::nullopt;
  return Money(static_cast<std::int64_t>(minor), to);
}

std::string Rate::to_decimal(int places) const {
  const Wide scale = power_of_ten(places);
  const Wide scaled = divide_half_even(Wide{numerator_} * scale, denominator_);
  const auto whole = static_cast<std::uint64_t>(scaled / scale);
  if (places == 0) return fmt::format("{}", whole);
  return fmt::format("{}.{:0{}}", whole, static_cast<std::uint64_t>(scaled % scale), places);
}

bool Rate::within_percent_of(const Rate& reference, int percent) const {
  // |a/b - c/d| <= p/100 * c/d  <=>  |a*d - c*b| * 100 <= p * c * b   (b, d > 0). Each product of
  // two int64 fits in 128 bits; the scaled sides may not, and a rate whose plausibility cannot be
  // computed is not plausible.
  const Wide difference = Wide{numerator_} * reference.denominator_ - Wide{reference.numerator_} * denominator_;
  const auto scaled_difference = times(difference < 0 ? -difference : difference, 100);
  const auto band = times(Wide{percent} * reference.numerator_, denominator_);
  return scaled_difference && band && *scaled_difference <= *band;
}

std::strong_ordering operator<=>(const Rate& a, const Rate& b) {
  return Wide{a.numerator_} * b.denominator_ <=> Wide{b.numerator_} * a.denominator_;
}

} // namespace recon
