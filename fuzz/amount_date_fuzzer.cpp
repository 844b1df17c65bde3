// Any text as an amount (in every exponent and mark) and as a date or instant. Parsers return a
// value or a reason; what parses must format back to text that parses to the same value.

#include <cstdlib>
#include <string_view>

#include "recon/base/amount_text.hpp"
#include "recon/base/calendar.hpp"
#include "recon/base/money.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const recon::Currency currencies[] = {*recon::Currency::from_code("JPY"), *recon::Currency::from_code("USD"),
                                        *recon::Currency::from_code("KWD")};
  for (const auto& currency : currencies) {
    for (const auto mark : {recon::DecimalMark::point, recon::DecimalMark::comma}) {
      const auto parsed = recon::parse_minor_units(text, currency.exponent(), mark);
      if (!parsed) continue;
      // Round trip: the plain form reads back as the same number of minor units.
      const auto again = recon::parse_minor_units(recon::to_plain_string(recon::Money(parsed.value(), currency)),
                                                  currency.exponent(), recon::DecimalMark::point);
      if (!again || again.value() != parsed.value()) std::abort();
    }
    recon::AmountReader reader(currency.exponent());
    (void)reader.read(text);
  }
  (void)recon::implied_decimal_mark(text);
  if (const auto instant = recon::parse_instant(text)) {
    const auto again = recon::parse_instant(recon::to_iso_instant(instant.value()));
    if (!again || again.value() != instant.value()) std::abort();
  }
  if (const auto date = recon::parse_date(text); date && date.value().month_first) {
    const auto again = recon::parse_date(recon::to_iso_date(*date.value().month_first));
    if (!again || again.value().month_first != date.value().month_first) std::abort();
  }
  return 0;
}
