#pragma once
// Exceptions as a CSV file that opens cleanly in Excel: UTF-8 with a byte-order mark (so Excel does
// not read it as ANSI), ids written so Excel keeps them as text, amounts as plain numbers, and any
// text cell that starts like a formula (= + - @, or a control character) neutralised with a leading
// apostrophe, so that a product title can never run as a formula on a bookkeeper's machine.

#include <string>
#include <vector>

#include "recon/model/finding.hpp"

namespace recon {

[[nodiscard]] std::string exceptions_to_csv(const std::vector<Finding>& findings);

// A text cell made safe for spreadsheets (see above); numbers are not passed through this.
[[nodiscard]] std::string spreadsheet_safe_text(std::string_view text);

} // namespace recon
