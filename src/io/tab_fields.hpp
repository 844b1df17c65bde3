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

// Whether two fields hold the same text. The same as ==, but inline and without a loop over
// single bytes: a row of a large report compares half a dozen short fields with the row before's,
// and a call to memcmp costs more than the comparing. Loads may overlap; every byte is compared.
[[nodiscard]] inline bool same_field(std::string_view a, std::string_view b) noexcept {
  const std::size_t size = a.size();
  if (size != b.size()) return false;
  const auto equal_at = [&a, &b]<typename Word>(Word, std::size_t at) {
    Word left{};
    Word right{};
    std::memcpy(&left, a.data() + at, sizeof left);
    std::memcpy(&right, b.data() + at, sizeof right);
    return left == right;
  };
  if (size >= 8) {
    for (std::size_t at = 0; at + 8 < size; at += 8) {
      if (!equal_at(std::uint64_t{}, at)) return false;
    }
    return equal_at(std::uint64_t{}, size - 8);
  }
  if (size >= 4) return equal_at(std::uint32_t{}, 0) && equal_at(std::uint32_t{}, size - 4);
  // 0 to 3 bytes: the first, middle and last cover them all.
  return size == 0 || (a[0] == b[0] && a[size / 2] == b[size / 2] && a[size - 1] == b[size - 1]);
}

} // namespace recon
