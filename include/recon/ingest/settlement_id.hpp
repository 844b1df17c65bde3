#pragma once
// Settlement ids are strings of digits ("17000001003"), and they stay strings: a spreadsheet that
// opens a report turns them into numbers ("1.70000E+10", "17000001003.0"), losing digits for good.
//
// Every id in Amazon's reports, V1 and V2, is ASCII digits, and recon refuses any other: an id is
// written into journals, CSV files and workbooks, where a line break, a quote or a leading = could
// start a new directive or a formula. Digits only is the one rule that leaves nothing to escape.

#include <optional>
#include <string>
#include <string_view>

namespace recon {

// Why the id looks like a spreadsheet's number rather than Amazon's text, or nullopt if it does
// not. Checked before first_non_digit, so that a damaged id gets the message that explains it.
[[nodiscard]] std::optional<std::string> spreadsheet_damage(std::string_view id);

// The first character of an id that is not an ASCII digit: its bytes in the id, and how to show
// it in a message (\r, \t, U+FFFF, or the character itself when it is visible).
struct NonDigit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string shown;
};
[[nodiscard]] std::optional<NonDigit> first_non_digit(std::string_view id);

// The id with every character that is not printable ASCII spelled as first_non_digit shows it, so
// that a message naming a bad id can neither hide a character nor move the terminal's cursor.
[[nodiscard]] std::string visible_id(std::string_view id);

} // namespace recon
