#include "recon/model/deposit.hpp"

namespace recon {

std::string_view status_name(DepositStatus status) noexcept {
  switch (status) {
  case DepositStatus::matched: return "matched";
  case DepositStatus::in_transit: return "in-transit";
  case DepositStatus::not_covered: return "not-covered";
  case DepositStatus::missing: return "missing";
  case DepositStatus::not_expected: return "not-expected";
  case DepositStatus::no_bank_data: return "no-bank-data";
  }
  return "unknown";
}

std::optional<Conversion> conversion_of(const Money& settled, const Money& received, const ExchangeRates* rates, Day day) {
  if (settled.currency() == received.currency()) return std::nullopt;
  const auto rate = Rate::implied(received, settled);
  if (!rate) return std::nullopt;
  Conversion conversion{settled, received, *rate};
  if (rates == nullptr) return conversion;
  conversion.reference = rates->on(day, settled.currency(), received.currency());
  if (!conversion.reference) return conversion;
  conversion.reference_value = conversion.reference->rate.convert(settled, received.currency());
  if (conversion.reference_value) conversion.cost = conversion.reference_value->checked_minus(received);
  return conversion;
}

} // namespace recon
