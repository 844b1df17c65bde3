#include "recon/model/bank_statement.hpp"

namespace recon {

std::string_view format_name(BankFormat format) noexcept {
  switch (format) {
  case BankFormat::csv: return "csv";
  case BankFormat::ofx: return "ofx";
  case BankFormat::camt053: return "camt053";
  case BankFormat::camt052: return "camt052";
  }
  return "unknown";
}

} // namespace recon
