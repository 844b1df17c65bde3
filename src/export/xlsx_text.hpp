#pragma once
// Text as an XLSX cell can hold it. A workbook is XML, and XML 1.0 has no way to write most control
// characters (all below U+0020 but TAB, LF and CR) nor U+FFFE and U+FFFF: a cell holding one makes
// Excel call the file corrupt. Excel also reads cell text of the form _xHHHH_ (_x, four hex digits
// in either case, _) as the character U+HHHH (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), so a file
// named report_x0041_.txt would show as reportA.txt; libxlsxwriter writes such text as it is given.
// A cell also holds at most 32,767 characters, and libxlsxwriter writes nothing at all for a longer
// string. File names from the command line and text from reports can be any of these, so every
// text cell goes through xlsx_cell_text first.

#include <cstddef>
#include <string>
#include <string_view>

namespace recon {

inline constexpr std::size_t xlsx_cell_characters = 32767;

// The text as a cell stores it: each character XML cannot hold (and each byte that is not UTF-8)
// replaced by U+FFFD; each underscore that opens an _xHHHH_ written as _x005F_, Excel's escape of
// an underscore, so the cell shows the text as given (in _x0041_x0042_ both openers are escaped:
// the underscore that closes one opens the next); and, when the stored text is longer than a cell
// holds (escapes counting at their written length), cut between whole characters, never inside an
// escape, to fit with a visible "… [truncated by recon: N characters]" at the end, N being the
// length of the whole text.
[[nodiscard]] std::string xlsx_cell_text(std::string_view text);

} // namespace recon
