#include "recon/ingest/settlement_id.hpp"

#include <algorithm>

namespace recon {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<std::string> spreadsheet_damage(std::string_view id) {
  // 1.70000E+10, 1,7E+10, 17000001003E0
  const auto exponent = id.find_first_of("eE");
  if (exponent != std::string_view::npos && exponent > 0) {
    std::string_view mantissa = id.substr(0, exponent);
    std::string_view power = id.substr(exponent + 1);
    if (!power.empty() && (power.front() == '+' || power.front() == '-')) power.remove_prefix(1);
    const auto mark = mantissa.find_first_of(".,");
    const bool numeric_mantissa =
        mark == std::string_view::npos ? all_digits(mantissa)
                                       : all_digits(mantissa.substr(0, mark)) &&
                                             (mark + 1 == mantissa.size() || all_digits(mantissa.substr(mark + 1)));
    if (numeric_mantissa && all_digits(power)) return "it is in scientific notation";
  }
  // 17000001003.0, 17000001003,00
  const auto mark = id.find_first_of(".,");
  if (mark != std::string_view::npos && all_digits(id.substr(0, mark))) {
    const std::string_view decimals = id.substr(mark + 1);
    if (all_digits(decimals) && std::all_of(decimals.begin(), decimals.end(), [](char c) { return c == '0'; })) {
      return "it has decimals, as a number formatted by a spreadsheet has";
    }
  }
  // 17,000,001,003
  if (id.find(',') != std::string_view::npos &&
      std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; })) {
    return "it has thousands separators, as a number formatted by a spreadsheet has";
  }
  return std::nullopt;
}

} // namespace recon
