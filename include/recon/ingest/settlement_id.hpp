#pragma once
// Settlement ids are strings of digits ("17000001003"), and they stay strings: a spreadsheet that
// opens a report turns them into numbers ("1.70000E+10", "17000001003.0"), losing digits for good.

#include <optional>
#include <string>
#include <string_view>

namespace recon {

// Why the id looks like a spreadsheet's number rather than Amazon's text, or nullopt if it does
// not. Ids that merely contain letters are accepted: marketplaces other than Amazon may use them.
[[nodiscard]] std::optional<std::string> spreadsheet_damage(std::string_view id);

} // namespace recon
