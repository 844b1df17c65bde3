#pragma once
// One amount of a settlement report, in the Flat File V2 vocabulary whatever the file's format:
// (transaction-type, amount-type, amount-description, amount). A V2 row is one such line; a V1 row
// carries up to nine amounts in typed columns and becomes one line per filled column (see
// docs/input-formats.md for the mapping).

#include <cstdint>
#include <string_view>

#include "recon/base/calendar.hpp"
#include "recon/base/money.hpp"

namespace recon {

struct SettlementLine {
  std::uint64_t line; // the row's line in the file
  std::string_view transaction_type;
  std::string_view amount_type;
  std::string_view amount_description;
  Money amount;
  Day posted;               // the posting day in ReadOptions::month_zone (UTC by default)
  std::string_view marketplace; // may be empty (fees and carry lines often have none)
};

} // namespace recon
