#include "recon/model/carry_line.hpp"

namespace recon {

CarryKind classify_carry(std::string_view amount_description) noexcept {
  if (amount_description == "Previous Reserve Amount Balance") return CarryKind::reserve_released;
  if (amount_description == "Current Reserve Amount") return CarryKind::reserve_held;
  if (amount_description == "Payable to Amazon") return CarryKind::payable_to_amazon;
  if (amount_description == "Successful charge") return CarryKind::successful_charge;
  return CarryKind::none;
}

} // namespace recon
