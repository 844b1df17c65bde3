#include "ingest/bank_assumed_currency.hpp"

#include <fmt/format.h>

namespace recon {

std::string assumed_currency_hint(std::string_view number, Currency currency, CurrencyOrigin origin,
                                  std::optional<DecimalMark> mark) {
  if (origin != CurrencyOrigin::unknown && origin != CurrencyOrigin::settlements) return {};
  constexpr int most_decimals = 3; // KWD, BHD, JOD, OMR and TND
  const bool reads_with_more = mark ? static_cast<bool>(parse_minor_units(number, most_decimals, *mark))
                                    : static_cast<bool>(AmountReader(most_decimals).read(number));
  if (!reads_with_more) return {};
  const std::string assumed = origin == CurrencyOrigin::unknown
                                  ? std::string("read amounts with two decimals")
                                  : fmt::format("read it in {}, the currency of the settlements", currency.code());
  return fmt::format("The file does not say its currency, so recon {}; name the account's currency with --bank-currency.", assumed);
}

} // namespace recon
