#include "visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "recon/base/text_encoding.hpp"

namespace recon::cli {
namespace {

std::u32string spelled(char32_t c) {
  switch (c) {
  case U'\r': return U"\\r";
  case U'\n': return U"\\n";
  case U'\t': return U"\\t";
  default: return decode_utf8(fmt::format("U+{:04X}", static_cast<std::uint32_t>(c)));
  }
}

} // namespace

// Those that do not show as themselves are: control characters (C0, DEL and C1: ESC and U+009B
// start escape sequences that can clear the screen or set the window's title, CR moves back to
// overwrite the start of the line), the line and paragraph separators, marks that reorder or hide
// text (bidirectional controls, zero-width characters, the byte-order mark), and noncharacters such
// as U+FFFF.
bool shows_as_itself(char32_t c) noexcept {
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  if (c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
      c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) {
    return false;
  }
  return !((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
}

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

std::vector<ShownCharacter> shown_characters(std::string_view text, bool tab_as_space) {
  std::vector<ShownCharacter> out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_length(static_cast<unsigned char>(text[at]));
    if (length == 0 || at + length > text.size() || !is_valid_utf8(text.substr(at, length))) {
      out.push_back({at, decode_utf8(fmt::format("\\x{:02X}", static_cast<unsigned char>(text[at])))});
      ++at;
      continue;
    }
    const char32_t c = decode_utf8(text.substr(at, length)).front();
    if (c == U'\t' && tab_as_space) {
      out.push_back({at, U" "});
    } else {
      out.push_back({at, shows_as_itself(c) ? std::u32string(1, c) : spelled(c)});
    }
    at += length;
  }
  return out;
}

bool is_plain_ascii(std::string_view text) noexcept {
  return std::all_of(text.begin(), text.end(), [](char c) { return is_plain_ascii(c); });
}

std::string visible_text(std::string_view text) {
  if (is_plain_ascii(text)) return std::string(text);
  std::string out;
  for (const auto& character : shown_characters(text)) out += to_utf8(character.text);
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  for (const char32_t cp : text) append_utf8(cp, out);
  return out;
}

} // namespace recon::cli
