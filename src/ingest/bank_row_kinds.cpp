#include "ingest/bank_row_kinds.hpp"

#include <array>
#include <string>

#include <fmt/format.h>

namespace recon {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string lowered(std::string_view text) {
  std::string out;
  for (const char c : trimmed(text)) out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

} // namespace

bool says_pending(std::string_view cell) {
  const std::string word = lowered(cell);
  return word == "pending" || word == "umsatz vorgemerkt";
}

std::optional<std::string> balance_row_skip_reason(std::string_view description) {
  static constexpr std::array<std::string_view, 6> balances{"beginning balance", "opening balance", "ending balance",
                                                            "closing balance", "balance brought forward", "balance carried forward"};
  const std::string text = lowered(description);
  for (const std::string_view balance : balances) {
    if (text.starts_with(balance)) return fmt::format("{}: a balance, not a transaction", balance);
  }
  return std::nullopt;
}

std::optional<std::string> row_type_skip_reason(std::string_view row_type) {
  const std::string_view code = trimmed(row_type);
  if (code == "20") return std::nullopt;
  if (code == "10") return "opening balance (row type 10)";
  if (code == "82") return "turnover total (row type 82)";
  if (code == "86") return "closing balance (row type 86)";
  return fmt::format("row type {} is not a transaction (only 20 is)", code);
}

} // namespace recon
