#include "export/csv_cells.hpp"

namespace recon {

std::string neutralised(std::string_view text) {
  if (text.empty()) return {};
  const char first = text.front();
  const bool formula_start = first == '=' || first == '+' || first == '-' || first == '@';
  const bool control_start = static_cast<unsigned char>(first) < 0x20 || first == 0x7F;
  return formula_start || control_start ? "'" + std::string(text) : std::string(text);
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  return quoted_csv_field(text);
}

std::string quoted_csv_field(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

} // namespace recon
