#pragma once
// What the first records of a bank CSV export (those starting in its first 64 KiB) show before the
// real read: the delimiter, and which columns hold sign-indicator words, so that a column the header
// leaves unnamed (a card export's CR flags) is known to sign the amounts from the first row on.

#include <cstddef>
#include <set>
#include <string>

namespace recon {

struct FileSample {
  char delimiter = ',';
  std::set<std::size_t> indicator_columns;
};

// The delimiter is the one that splits the first twenty records into the most fields, consistently.
[[nodiscard]] FileSample sample_file(const std::string& path);

} // namespace recon
