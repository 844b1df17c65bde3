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

} // namespace recon
