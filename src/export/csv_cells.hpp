#pragma once
// Cells of the CSV files recon writes (the exceptions CSV and the journal-import CSVs), safe to
// open in a spreadsheet.
//
// A spreadsheet runs a cell that starts with = + - or @ as a formula, and a leading TAB or CR can
// hide such a start; a product title, a file name or an account name from a map could therefore
// run a formula on a bookkeeper's machine (OWASP's "CSV injection"). Text cells are neutralised
// with a leading apostrophe, as OWASP recommends. Numbers (amounts, counts, dates recon formats
// itself) are not text cells: -12.30 stays a number.

#include <string>
#include <string_view>

namespace recon {

// The text with a leading ' when it starts with = + - @ or a control character (TAB, CR, …).
[[nodiscard]] std::string neutralised(std::string_view text);

// One RFC 4180 field: quoted when it holds a comma, a quote or a line break, a quote doubled.
[[nodiscard]] std::string csv_field(std::string_view text);

// One RFC 4180 field, always quoted, a quote inside doubled.
[[nodiscard]] std::string quoted_csv_field(std::string_view text);

} // namespace recon
