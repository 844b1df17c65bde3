#pragma once
// Reads Amazon settlement reports (Flat File V2, or the legacy V1 flat file) in one streaming pass
// each. Memory holds the per-category sums, not the lines. A large report is read in parts on
// every core and a folder of small ones side by side; either way the result is exactly what one
// pass from the first line to the last gives, errors included.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recon/io/read_progress.hpp"
#include "recon/model/settlement.hpp"

namespace date {
class time_zone;
}

namespace recon {

// How a large report is split for reading on several threads: a first part read alone (it holds
// the header and the summary row, which every later part needs), then parts of `later` bytes.
// The sizes change nothing but speed; tests make them tiny to split small files.
struct ReadParts {
  std::uint64_t first = std::uint64_t{64} << 10U;
  std::uint64_t later = std::uint64_t{4} << 20U;
};

struct ReadOptions {
  // The zone whose calendar decides which month a row was posted in (Category::months). Rows with
  // only a posted date keep that date. nullptr means UTC.
  const date::time_zone* month_zone = nullptr;
  // Compute Settlement::sha256. It is the slowest step of reading a report, so callers that never
  // show or store it (recon foot's text output) leave it out.
  bool file_digest = true;
  // Threads to read with; 0 means one per core.
  unsigned threads = 0;
  // Told how many bytes have been read, if set.
  ReadProgress* progress = nullptr;
  ReadParts parts;
};

// Throws InputError, naming the file and line, for anything that keeps the file from being read
// exactly: an unknown format, a malformed row, an unreadable amount or date, a damaged id.
// A report that reads cleanly but does not foot is not an error here: footing is a finding.
[[nodiscard]] Settlement read_settlement(const std::string& path, const ReadOptions& options = {});

// Every report, in the order given. Throws the InputError of the first file (in that order) that
// cannot be read.
[[nodiscard]] std::vector<Settlement> read_settlements(const std::vector<std::string>& paths,
                                                       const ReadOptions& options = {});

} // namespace recon
