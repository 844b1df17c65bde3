#pragma once
// Dates as banks write them that settlement reports never do, so that the calendar's parse_date
// does not read them: "12 May 2026" and "12 May 26" (UK card exports, POSB), "20.03.26"
// (Sparkasse's default), "2026.03.20." (Hungarian banks, with the trailing dot) and "20260320"
// (ING). Each reads only one way.

#include <optional>
#include <string>
#include <string_view>

namespace recon {

// The date in ISO form ("2026-03-20"), if the text is written in one of those forms; nothing
// otherwise, for parse_date to read or refuse. The day itself is checked by parse_date.
[[nodiscard]] std::optional<std::string> iso_from_bank_date(std::string_view text);

} // namespace recon
