#pragma once
// Text as an XLSX cell can hold it. A workbook is XML, and XML 1.0 has no way to write most control
// characters (all below U+0020 but TAB, LF and CR) nor U+FFFE and U+FFFF: a cell holding one makes
// Excel call the file corrupt. A cell also holds at most 32,767 characters, and libxlsxwriter
// writes nothing at all for a longer string. File names from the command line and text from
// reports can be either, so every text cell goes through xlsx_cell_text first.

#include <cstddef>
#include <string>
#include <string_view>

namespace recon {

inline constexpr std::size_t xlsx_cell_characters = 32767;

// The text with each character XML cannot hold (and each byte that is not UTF-8) replaced by
// U+FFFD, and, when it is longer than a cell holds, cut to fit with a visible
// "… [truncated by recon: N characters]" at the end, N being the length of the whole text.
[[nodiscard]] std::string xlsx_cell_text(std::string_view text);

} // namespace recon
