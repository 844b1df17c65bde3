#pragma once
// An exchange rate, exactly: how many units of one currency one unit of another buys, kept as a
// fraction of two integers read from its decimal text (1.0876 is 10876/10000), never as a float.
// Converting money with it and comparing rates is therefore exact; rounding happens once, when a
// converted amount is put in minor units, and then half to even (the banker's rule: 0.125 -> 0.12,
// 0.135 -> 0.14), so that no direction is favoured over many conversions.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "recon/base/currency.hpp"
#include "recon/base/money.hpp"

namespace recon {

class Rate {
public:
  // "1.0876", "161.23", "0.745120": a positive decimal with a point; nullopt for anything else
  // (a sign, a comma, an exponent, zero, more than 18 digits).
  [[nodiscard]] static std::optional<Rate> parse(std::string_view text);
  // numerator / denominator, reduced; nullopt unless both are positive.
  [[nodiscard]] static std::optional<Rate> of(std::int64_t numerator, std::int64_t denominator);
  // The rate a conversion applied: `received` / `settled` in major units (1,000.00 CAD arriving as
  // 745.12 USD is 0.74512). nullopt unless both are positive.
  [[nodiscard]] static std::optional<Rate> implied(const Money& received, const Money& settled);

  [[nodiscard]] Rate inverse() const noexcept { return Rate(denominator_, numerator_); }
  // this / other: a cross rate through a common currency. nullopt when it does not fit.
  [[nodiscard]] std::optional<Rate> divided_by(const Rate& other) const;
  // `amount` times this rate, in `to`'s minor units, rounded half to even; nullopt past int64.
  [[nodiscard]] std::optional<Money> convert(const Money& amount, const Currency& to) const;
  // The rate with `places` decimals, rounded half to even: "0.745120".
  [[nodiscard]] std::string to_decimal(int places) const;
  // Whether this rate lies within `percent` % of `reference`, ends included.
  [[nodiscard]] bool within_percent_of(const Rate& reference, int percent) const;

  [[nodiscard]] std::int64_t numerator() const noexcept { return numerator_; }
  [[nodiscard]] std::int64_t denominator() const noexcept { return denominator_; }

  friend bool operator==(const Rate& a, const Rate& b) = default; // reduced, so equal values are equal
  friend std::strong_ordering operator<=>(const Rate& a, const Rate& b);

private:
  Rate(std::int64_t numerator, std::int64_t denominator) noexcept : numerator_(numerator), denominator_(denominator) {}
  std::int64_t numerator_;
  std::int64_t denominator_;
};

} // namespace recon
