#pragma once
// Splits a tab-separated line into fields. Settlement flat files are tab-separated with no quoting,
// so a tab always ends a field. The views point into the line.

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace recon {

// Replaces `fields` with the fields of `line`; reuses its capacity, so a reader that keeps one
// vector allocates nothing per line once it has seen its widest row.
void split_tab_fields(std::string_view line, std::vector<std::string_view>& fields);

// Writes the first leading.size() fields of `line` into `leading` (fewer if the line has fewer)
// and returns how many fields the line has. A reader that uses the leading columns of a wide row
// skips the work of cutting out the others, and writes into storage sized once, per file.
[[nodiscard]] std::size_t split_leading_tab_fields(std::string_view line, std::span<std::string_view> leading);

// The field without surrounding spaces (real files pad amounts: "32.09    "). Inline: a row of a
// large report trims a dozen fields.
[[nodiscard]] inline std::string_view trim_field(std::string_view field) noexcept {
  while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
  while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
  return field;
}

// Whether two fields hold the same text. The same as ==, but compared eight bytes at a time inline
// instead of through a call to memcmp: a row of a large report compares half a dozen short fields
// with the row before's, and the calls cost more than the comparing.
[[nodiscard]] inline bool same_field(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  std::size_t at = 0;
  for (; at + 8 <= a.size(); at += 8) {
    std::uint64_t left = 0;
    std::uint64_t right = 0;
    std::memcpy(&left, a.data() + at, sizeof left);
    std::memcpy(&right, b.data() + at, sizeof right);
    if (left != right) return false;
  }
  for (; at < a.size(); ++at) {
    if (a[at] != b[at]) return false;
  }
  return true;
}

} // namespace recon
