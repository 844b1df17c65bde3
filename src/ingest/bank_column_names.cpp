#include "ingest/bank_column_names.hpp"

#include <algorithm>
#include <iterator>

namespace recon {
namespace {

// The lower-case form of a capital from Latin-1 or Latin Extended-A, as UTF-8 ("Č" of "Částka",
// "Ö" of "Összeg"); nothing for any other character. Column names need no more than these.
std::optional<char32_t> lower_latin(char32_t code) {
  if (code >= 0xC0 && code <= 0xDE && code != 0xD7) return code + 0x20;
  const bool odd_capitals = (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
  if (code >= 0x100 && code <= 0x17F && code != 0x138 && code != 0x149 && code != 0x17F) {
    if ((code % 2 == 1) == odd_capitals) return code + 1;
  }
  return std::nullopt;
}

} // namespace

std::string lowered_column_name(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xC3 && byte <= 0xC5 && i + 1 < text.size()) { // two-byte UTF-8 for U+00C0 to U+017F
      const auto code = static_cast<char32_t>(((byte & 0x1FU) << 6U) | (static_cast<unsigned char>(text[i + 1]) & 0x3FU));
      if (const auto lower = lower_latin(code)) {
        out += static_cast<char>(0xC0U | (*lower >> 6U));
        out += static_cast<char>(0x80U | (*lower & 0x3FU));
        ++i;
        continue;
      }
    }
    out += byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : text[i];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

// The column whose name, in any case, is `wanted` (lower case).
std::optional<std::size_t> index_of(const std::vector<std::string>& header, std::string_view wanted) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (lowered_column_name(header[i]) == wanted) return i;
  }
  return std::nullopt;
}

bool is_common_column_name(std::string_view lowered) {
  const std::string name = without_currency_suffix(std::string(lowered));
  const auto in = [&name](const auto& names) { return std::find(std::begin(names), std::end(names), name) != std::end(names); };
  return in(date_names) || in(amount_names) || in(debit_names) || in(credit_names) || in(currency_names) || in(description_names);
}

std::string without_currency_suffix(std::string name) {
  if (name.size() > 6 && name.ends_with(')') && name[name.size() - 6] == ' ' && name[name.size() - 5] == '(') {
    name.resize(name.size() - 6);
  }
  return name;
}

} // namespace recon
