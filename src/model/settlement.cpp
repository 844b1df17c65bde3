#include "recon/model/settlement.hpp"

namespace recon {
namespace {

Money sum_of(const Settlement& settlement, CarryKind kind) {
  Money sum = Money::zero(settlement.currency);
  for (const auto& carry : settlement.carry_lines) {
    if (carry.kind == kind) sum = sum + carry.amount;
  }
  return sum;
}

} // namespace

std::string_view format_name(ReportFormat format) noexcept {
  return format == ReportFormat::amazon_v1 ? "amazon-v1" : "amazon-v2";
}

std::string Settlement::period_text(std::string_view between) const {
  return to_iso_date(start_day()) + std::string(between) + to_iso_date(end_day());
}

Money Settlement::reserve_opening() const { return sum_of(*this, CarryKind::reserve_released); }

Money Settlement::reserve_closing() const { return -sum_of(*this, CarryKind::reserve_held); }

Money Settlement::carried_in() const { return -sum_of(*this, CarryKind::payable_to_amazon); }

} // namespace recon
