#pragma once
// Splits a tab-separated line into fields. Settlement flat files are tab-separated with no quoting,
// so a tab always ends a field. The views point into the line.

#include <string_view>
#include <vector>

namespace recon {

// Replaces `fields` with the fields of `line`; reuses its capacity, so a reader that keeps one
// vector allocates nothing per line once it has seen its widest row.
void split_tab_fields(std::string_view line, std::vector<std::string_view>& fields);

// The field without surrounding spaces (real files pad amounts: "32.09    ").
[[nodiscard]] std::string_view trim_field(std::string_view field) noexcept;

} // namespace recon
