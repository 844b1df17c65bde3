#include "ingest/bank_row_kinds.hpp"

#include <fmt/format.h>

namespace recon {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

} // namespace

std::optional<std::string> row_type_skip_reason(std::string_view row_type) {
  const std::string_view code = trimmed(row_type);
  if (code == "20") return std::nullopt;
  if (code == "10") return "opening balance (row type 10)";
  if (code == "82") return "turnover total (row type 82)";
  if (code == "86") return "closing balance (row type 86)";
  return fmt::format("row type {} is not a transaction (only 20 is)", code);
}

} // namespace recon
