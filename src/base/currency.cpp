#include "recon/base/currency.hpp"

#include <algorithm>

namespace recon {
namespace {

struct KnownCurrency {
  std::string_view code;
  std::uint8_t exponent;
};

// Every currency an Amazon, Shopify, Stripe, PayPal, Walmart or eBay payout is seen in, plus the
// common zero- and three-decimal ones so a wrong guess can never scale an amount silently.
constexpr KnownCurrency known_currencies[] = {
    {"AED", 2}, {"AUD", 2}, {"BHD", 3}, {"BRL", 2}, {"CAD", 2}, {"CHF", 2}, {"CLP", 0}, {"CNY", 2},
    {"COP", 2}, {"CZK", 2}, {"DKK", 2}, {"EGP", 2}, {"EUR", 2}, {"GBP", 2}, {"HKD", 2}, {"HUF", 2},
    {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KRW", 0}, {"KWD", 3},
    {"MXN", 2}, {"MYR", 2}, {"NOK", 2}, {"NZD", 2}, {"OMR", 3}, {"PHP", 2}, {"PLN", 2}, {"RON", 2},
    {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2}, {"TND", 3}, {"TRY", 2}, {"TWD", 2}, {"USD", 2},
    {"VND", 0}, {"ZAR", 2},
};

} // namespace

std::optional<Currency> Currency::from_code(std::string_view code) {
  const auto* found = std::find_if(std::begin(known_currencies), std::end(known_currencies),
                                   [code](const KnownCurrency& known) { return known.code == code; });
  if (found == std::end(known_currencies)) {
    return std::nullopt;
  }
  return Currency({found->code[0], found->code[1], found->code[2]}, found->exponent);
}

} // namespace recon
