#include "export/one_line_text.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace recon {
namespace {

std::string spelled(char c) {
  switch (c) {
  case '\r': return "\\r";
  case '\n': return "\\n";
  case '\t': return "\\t";
  default: return fmt::format("U+{:04X}", static_cast<unsigned char>(c));
  }
}

} // namespace

bool is_control_character(char c) noexcept {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (is_control_character(c)) {
      out += spelled(c);
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> first_control_character(std::string_view text) {
  const auto* const found = std::find_if(text.begin(), text.end(), is_control_character);
  if (found == text.end()) return std::nullopt;
  return spelled(*found);
}

} // namespace recon
