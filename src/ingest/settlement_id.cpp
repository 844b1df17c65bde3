#include "recon/ingest/settlement_id.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace recon {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) { return !text.empty() && std::all_of(text.begin(), text.end(), is_digit); }

struct Character {
  std::size_t length = 1;
  char32_t code_point = 0;
};

// The character starting at text[at]. Lines reach recon as valid UTF-8, but a stray byte is still
// shown rather than trusted: as one character, U+FFFD.
Character character_at(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {1, lead};
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || at + length > text.size()) return {1, U'\uFFFD'};
  char32_t code_point = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) return {1, U'\uFFFD'};
    code_point = (code_point << 6) | (next & 0x3F);
  }
  return {length, code_point};
}

std::string shown(char32_t code_point) {
  switch (code_point) {
  case U'\r': return "\\r";
  case U'\n': return "\\n";
  case U'\t': return "\\t";
  default: break;
  }
  if (code_point < 0x20 || code_point >= 0x7F) return fmt::format("U+{:04X}", static_cast<std::uint32_t>(code_point));
  return fmt::format("'{}'", static_cast<char>(code_point));
}

} // namespace

std::optional<std::string> spreadsheet_damage(std::string_view id) {
  // 1.70000E+10, 1,7E+10, 17000001003E0
  const auto exponent = id.find_first_of("eE");
  if (exponent != std::string_view::npos && exponent > 0) {
    std::string_view mantissa = id.substr(0, exponent);
    std::string_view power = id.substr(exponent + 1);
    if (!power.empty() && (power.front() == '+' || power.front() == '-')) power.remove_prefix(1);
    const auto mark = mantissa.find_first_of(".,");
    const bool numeric_mantissa =
        mark == std::string_view::npos ? all_digits(mantissa)
                                       : all_digits(mantissa.substr(0, mark)) &&
                                             (mark + 1 == mantissa.size() || all_digits(mantissa.substr(mark + 1)));
    if (numeric_mantissa && all_digits(power)) return "it is in scientific notation";
  }
  // 17000001003.0, 17000001003,00
  const auto mark = id.find_first_of(".,");
  if (mark != std::string_view::npos && all_digits(id.substr(0, mark))) {
    const std::string_view decimals = id.substr(mark + 1);
    if (all_digits(decimals) && std::all_of(decimals.begin(), decimals.end(), [](char c) { return c == '0'; })) {
      return "it has decimals, as a number formatted by a spreadsheet has";
    }
  }
  // 17,000,001,003
  if (id.find(',') != std::string_view::npos &&
      std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; })) {
    return "it has thousands separators, as a number formatted by a spreadsheet has";
  }
  return std::nullopt;
}

std::optional<NonDigit> first_non_digit(std::string_view id) {
  const auto* const found = std::find_if_not(id.begin(), id.end(), is_digit);
  if (found == id.end()) return std::nullopt;
  const auto offset = static_cast<std::size_t>(found - id.begin());
  const Character character = character_at(id, offset);
  return NonDigit{offset, character.length, shown(character.code_point)};
}

std::string visible_id(std::string_view id) {
  std::string out;
  for (std::size_t at = 0; at < id.size();) {
    const Character character = character_at(id, at);
    const char32_t c = character.code_point;
    if (c == U'"' || c == U'\\') out += '\\';
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      out += shown(c);
    }
    at += character.length;
  }
  return out;
}

} // namespace recon
