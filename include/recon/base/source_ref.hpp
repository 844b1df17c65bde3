#pragma once
// Where a number came from: the file as the user named it and the 1-based line in it. Every total
// recon prints keeps one, so a bookkeeper can open the file at that line and see it.

#include <cstdint>
#include <string>

namespace recon {

struct SourceRef {
  std::string file;
  std::uint64_t line = 0; // 0: the file as a whole

  friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

} // namespace recon
