#include "model/input_sum.hpp"

#include <optional>

#include <fmt/format.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

Money or_input_error(const std::optional<Money>& result, const SourceRef& source, std::string_view what) {
  if (result) return *result;
  // Worded as the reader words a line sum that overflows (settlement_rows.cpp).
  throw InputError(source.file, source.line,
                   fmt::format("{} comes to more than recon can hold exactly (about 92 quadrillion units)", what))
      .with_hint("No real settlement comes near this: check that the amount column holds amounts.");
}

} // namespace

Money input_plus(const Money& sum, const Money& amount, const SourceRef& amount_source, std::string_view what) {
  return or_input_error(sum.checked_plus(amount), amount_source, what);
}

Money input_minus(const Money& sum, const Money& amount, const SourceRef& amount_source, std::string_view what) {
  return or_input_error(sum.checked_minus(amount), amount_source, what);
}

Money input_negated(const Money& amount, const SourceRef& amount_source, std::string_view what) {
  return or_input_error(amount.checked_negated(), amount_source, what);
}

} // namespace recon
