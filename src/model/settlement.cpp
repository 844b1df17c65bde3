#include "recon/model/settlement.hpp"

#include "model/input_sum.hpp"

namespace recon {
namespace {

std::string_view carry_sum_name(CarryKind kind) {
  switch (kind) {
  case CarryKind::reserve_released: return "the reserve released (Previous Reserve Amount Balance)";
  case CarryKind::reserve_held: return "the reserve held (Current Reserve Amount)";
  case CarryKind::payable_to_amazon: return "the balance carried in (Payable to Amazon)";
  case CarryKind::successful_charge:
  case CarryKind::none: break;
  }
  return "the carry lines";
}

// The carry lines of `kind`, summed; `negated` gives what the settlement's figures call it (the
// reserve held is written as a negative line but is a positive hold).
Money sum_of(const Settlement& settlement, CarryKind kind, bool negated) {
  Money sum = Money::zero(settlement.currency);
  SourceRef last = settlement.summary_source();
  for (const auto& carry : settlement.carry_lines) {
    if (carry.kind != kind) continue;
    last = {settlement.file, carry.line};
    sum = input_plus(sum, carry.amount, last, carry_sum_name(kind));
  }
  return negated ? input_negated(sum, last, carry_sum_name(kind)) : sum;
}

} // namespace

std::string_view format_name(ReportFormat format) noexcept {
  return format == ReportFormat::amazon_v1 ? "amazon-v1" : "amazon-v2";
}

std::string Settlement::period_text(std::string_view between) const {
  return to_iso_date(start_day()) + std::string(between) + to_iso_date(end_day());
}

Money Settlement::footing_difference() const {
  return input_minus(lines_total, total, summary_source(), "the difference between the lines' sum and total-amount");
}

Money Settlement::reserve_opening() const { return sum_of(*this, CarryKind::reserve_released, false); }

Money Settlement::reserve_closing() const { return sum_of(*this, CarryKind::reserve_held, true); }

Money Settlement::carried_in() const { return sum_of(*this, CarryKind::payable_to_amazon, true); }

void require_sums_fit(const Settlement& settlement) {
  static_cast<void>(settlement.footing_difference());
  static_cast<void>(settlement.reserve_opening());
  static_cast<void>(settlement.reserve_closing());
  static_cast<void>(settlement.carried_in());
}

} // namespace recon
