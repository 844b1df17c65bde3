#pragma once
// Carry lines link one settlement to the next instead of being income or expense: the reserve
// Amazon holds back and releases, and a negative balance carried forward and charged to the card.

#include <string_view>

namespace recon {

enum class CarryKind {
  none,
  reserve_released,  // "Previous Reserve Amount Balance": last period's hold paid out (+)
  reserve_held,      // "Current Reserve Amount": held back at the end of this period (-)
  payable_to_amazon, // "Payable to Amazon": the previous negative balance carried in (-)
  successful_charge, // "Successful charge": Amazon charged the card on file for it (+)
};

// Classifies a line by its label: the V2 amount-description, or the V1 transaction-type, which
// the V1 reader hands over as the description (see settlement_line.hpp).
[[nodiscard]] CarryKind classify_carry(std::string_view amount_description) noexcept;

} // namespace recon
