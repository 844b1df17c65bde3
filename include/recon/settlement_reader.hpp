#pragma once
// Reads one Amazon settlement report (Flat File V2, or the legacy V1 flat file) in one streaming
// pass. Memory holds the per-category sums, not the lines.

#include <string>

#include "recon/settlement.hpp"

namespace recon {

// Throws InputError, naming the file and line, for anything that keeps the file from being read
// exactly: an unknown format, a malformed row, an unreadable amount or date, a damaged id.
// A report that reads cleanly but does not foot is not an error here: footing is a finding.
[[nodiscard]] Settlement read_settlement(const std::string& path);

} // namespace recon
