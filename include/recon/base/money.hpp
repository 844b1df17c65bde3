#pragma once
// An exact amount of money: a whole number of minor units (cents, pence, yen) of one currency.
// No floating point ever touches it; arithmetic that would overflow int64 is refused, not wrapped.

#include <cstdint>
#include <optional>
#include <string>

#include "recon/base/currency.hpp"

namespace recon {

class Money {
public:
  Money(std::int64_t minor_units, Currency currency) noexcept : minor_units_(minor_units), currency_(currency) {}
  static Money zero(Currency currency) noexcept { return Money(0, currency); }

  [[nodiscard]] std::int64_t minor_units() const noexcept { return minor_units_; }
  [[nodiscard]] const Currency& currency() const noexcept { return currency_; }
  [[nodiscard]] bool is_zero() const noexcept { return minor_units_ == 0; }
  [[nodiscard]] bool is_negative() const noexcept { return minor_units_ < 0; }
  [[nodiscard]] bool is_positive() const noexcept { return minor_units_ > 0; }

  // nullopt when the result does not fit in int64. Both sides must share a currency.
  // (Addition is inline: reading a report adds every amount to three sums.)
  [[nodiscard]] std::optional<Money> checked_plus(const Money& other) const {
    if (currency_ != other.currency_) throw_currency_mismatch(*this, other);
    std::int64_t sum = 0;
    if (__builtin_add_overflow(minor_units_, other.minor_units_, &sum)) return std::nullopt;
    return Money(sum, currency_);
  }
  [[nodiscard]] std::optional<Money> checked_minus(const Money& other) const;
  [[nodiscard]] std::optional<Money> checked_negated() const;

  // As checked_*, but an overflow throws std::overflow_error: for totals already proven to fit.
  [[nodiscard]] Money operator+(const Money& other) const {
    const auto sum = checked_plus(other);
    if (!sum) throw_overflow();
    return *sum;
  }
  [[nodiscard]] Money operator-(const Money& other) const;
  [[nodiscard]] Money operator-() const;

  friend bool operator==(const Money&, const Money&) = default;

  // What the arithmetic throws: mixing currencies is a bug, overflow is refused, never wrapped.
  [[noreturn]] static void throw_currency_mismatch(const Money& a, const Money& b);
  [[noreturn]] static void throw_overflow();

private:
  std::int64_t minor_units_;
  Currency currency_;
};

// "-321.69", "1500" (JPY), "0.005" (KWD): the contract's plain form, no grouping, no symbol.
[[nodiscard]] std::string to_plain_string(const Money& money);
// "-1,234.56": grouped thousands, for people reading a terminal.
[[nodiscard]] std::string to_grouped_string(const Money& money);

} // namespace recon
