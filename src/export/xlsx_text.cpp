#include "export/xlsx_text.hpp"

#include <fmt/format.h>

#include "recon/base/text_encoding.hpp"

namespace recon {
namespace {

constexpr char32_t replacement = U'\uFFFD';

// How Excel stores a literal underscore (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
constexpr std::u32string_view escaped_underscore = U"_x005F_";

bool xml_can_hold(char32_t c) {
  if (c < 0x20) return c == U'\t' || c == U'\n' || c == U'\r';
  return c != 0xFFFE && c != 0xFFFF;
}

// The characters of the text; text that is not UTF-8 (a file name can be any bytes) keeps its
// ASCII and shows each other byte as U+FFFD.
std::u32string characters_of(std::string_view text) {
  if (is_valid_utf8(text)) return decode_utf8(text);
  std::u32string out;
  out.reserve(text.size());
  for (const char byte : text) out += static_cast<unsigned char>(byte) < 0x80 ? static_cast<char32_t>(byte) : replacement;
  return out;
}

bool is_hex_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F'); }

// Whether the character at `at` is an underscore Excel would read as the start of an escape: _x,
// four hex digits, _. It is decided on the text as given, so in _x0041_x0042_ the underscore that
// closes the first also opens the second, and both openers are escaped.
bool opens_escape(const std::u32string& characters, std::size_t at) {
  if (at + 6 >= characters.size() || characters[at] != U'_' || characters[at + 1] != U'x' || characters[at + 6] != U'_') return false;
  for (std::size_t digit = at + 2; digit < at + 6; ++digit) {
    if (!is_hex_digit(characters[digit])) return false;
  }
  return true;
}

// Appends the characters as a cell stores them, whole characters (an escape counting as its seven)
// while they fit in `room`; whether all of them did.
bool append_stored(const std::u32string& characters, std::size_t room, std::u32string& out) {
  for (std::size_t i = 0; i < characters.size(); ++i) {
    const bool escape = opens_escape(characters, i);
    if (out.size() + (escape ? escaped_underscore.size() : 1) > room) return false;
    if (escape) {
      out += escaped_underscore;
    } else {
      out += characters[i];
    }
  }
  return true;
}

} // namespace

std::string xlsx_cell_text(std::string_view text) {
  std::u32string characters = characters_of(text);
  for (char32_t& c : characters) {
    if (!xml_can_hold(c)) c = replacement;
  }
  std::u32string stored;
  stored.reserve(characters.size());
  if (!append_stored(characters, xlsx_cell_characters, stored)) {
    // The cut falls between whole characters, never inside an escape. An escape's opener kept
    // without its closing underscore decodes to nothing else: the marker starts with "…".
    const std::u32string marker = decode_utf8(fmt::format("… [truncated by recon: {} characters]", characters.size()));
    stored.clear();
    append_stored(characters, xlsx_cell_characters - marker.size(), stored);
    stored += marker;
  }
  std::string out;
  out.reserve(text.size());
  for (const char32_t c : stored) append_utf8(c, out);
  return out;
}

} // namespace recon
