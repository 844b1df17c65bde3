#pragma once
// `recon bank --json` (schema recon.bank/1): how each bank export was read. Money as plain decimal
// strings, positive for money in; dates in ISO 8601; lines 1-based; a currency recon was not told
// is null, never a guess. Fields are added over time, never renamed.

#include <string>
#include <vector>

#include "recon/model/bank_statement.hpp"

namespace recon {

// The whole document, pretty-printed, ending in a newline.
[[nodiscard]] std::string bank_to_json(const std::vector<BankStatement>& statements);

} // namespace recon
