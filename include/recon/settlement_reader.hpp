#pragma once
// Reads one Amazon settlement report (Flat File V2, or the legacy V1 flat file) in one streaming
// pass. Memory holds the per-category sums, not the lines.

#include <string>

#include "recon/settlement.hpp"

namespace date {
class time_zone;
}

namespace recon {

struct ReadOptions {
  // The zone whose calendar decides which month a row was posted in (Category::months). Rows with
  // only a posted date keep that date. nullptr means UTC.
  const date::time_zone* month_zone = nullptr;
};

// Throws InputError, naming the file and line, for anything that keeps the file from being read
// exactly: an unknown format, a malformed row, an unreadable amount or date, a damaged id.
// A report that reads cleanly but does not foot is not an error here: footing is a finding.
[[nodiscard]] Settlement read_settlement(const std::string& path, const ReadOptions& options = {});

} // namespace recon
