#pragma once
// ISO 4217 currencies and their minor-unit exponents (USD 2, JPY 0, KWD 3).

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace recon {

class Currency {
public:
  // The currency with this ISO 4217 code, if recon knows its minor unit; codes are upper case.
  static std::optional<Currency> from_code(std::string_view code);

  [[nodiscard]] std::string_view code() const noexcept { return {code_.data(), code_.size()}; }
  // Digits after the decimal mark: 2 for USD (cents), 0 for JPY.
  [[nodiscard]] int exponent() const noexcept { return exponent_; }

  // Byte by byte rather than defaulted: the default compares the code with a call to memcmp, and
  // every addition of money compares currencies.
  friend bool operator==(const Currency& a, const Currency& b) noexcept {
    return a.code_[0] == b.code_[0] && a.code_[1] == b.code_[1] && a.code_[2] == b.code_[2] && a.exponent_ == b.exponent_;
  }

private:
  constexpr Currency(std::array<char, 3> code, std::uint8_t exponent) : code_(code), exponent_(exponent) {}

  std::array<char, 3> code_;
  std::uint8_t exponent_;
};

} // namespace recon
