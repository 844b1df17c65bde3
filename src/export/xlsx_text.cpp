#include "export/xlsx_text.hpp"

#include <fmt/format.h>

#include "recon/base/text_encoding.hpp"

namespace recon {
namespace {

constexpr char32_t replacement = U'\uFFFD';

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

} // namespace

std::string xlsx_cell_text(std::string_view text) {
  std::u32string characters = characters_of(text);
  for (char32_t& c : characters) {
    if (!xml_can_hold(c)) c = replacement;
  }
  if (characters.size() > xlsx_cell_characters) {
    const std::u32string marker = decode_utf8(fmt::format("… [truncated by recon: {} characters]", characters.size()));
    characters.resize(xlsx_cell_characters - marker.size());
    characters += marker;
  }
  std::string out;
  out.reserve(text.size());
  for (const char32_t c : characters) append_utf8(c, out);
  return out;
}

} // namespace recon
