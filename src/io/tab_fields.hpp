#pragma once
// Splits a tab-separated line into fields. Settlement flat files are tab-separated with no quoting,
// so a tab always ends a field. The views point into the line.

#include <cstddef>
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

} // namespace recon
