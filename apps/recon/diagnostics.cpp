#include "diagnostics.hpp"

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "recon/base/text_encoding.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

constexpr std::size_t excerpt_width = 100; // display columns of a long line shown around the problem
constexpr std::size_t context_before = 30;

std::size_t characters_in(std::string_view utf8) { return decode_utf8(utf8).size(); }

// Whether the line, as shown, takes more than `width` columns; it stops counting there, since a
// line can be megabytes long.
bool wider_than(std::string_view line, std::size_t width) {
  std::size_t columns = 0;
  for (std::size_t at = 0; at < line.size(); at += std::max<std::size_t>(1, utf8_length(static_cast<unsigned char>(line[at])))) {
    if (++columns > width) return true;
  }
  return false;
}

// The line with carets under the offending text. Both are counted in display columns, one per
// character shown, so a spelled character (U+001B) is under as many carets as it takes columns.
// Only the part of a long line that can be shown is looked at: a character takes at least one
// column and at most four bytes.
void print_excerpt(std::ostream& out, std::uint64_t line, const Excerpt& excerpt, bool point) {
  const std::string_view text = excerpt.line_text;
  const bool cut = wider_than(text, excerpt_width);
  std::size_t first_byte = 0;
  if (cut && excerpt.offset > 4 * context_before) {
    first_byte = excerpt.offset - 4 * context_before;
    while (first_byte > 0 && (static_cast<unsigned char>(text[first_byte]) & 0xC0) == 0x80) --first_byte;
  }
  const std::string_view part = cut ? text.substr(first_byte, 4 * (context_before + excerpt_width) + 4) : text;
  const std::vector<ShownCharacter> characters = shown_characters(part, true);
  const auto index_at = [&](std::size_t byte) {
    return static_cast<std::size_t>(
        std::partition_point(characters.begin(), characters.end(), [&](const ShownCharacter& c) { return first_byte + c.byte < byte; }) -
        characters.begin());
  };
  const std::size_t start = index_at(excerpt.offset);
  const std::size_t end = std::max(start, index_at(excerpt.offset + excerpt.length));
  const auto columns = [&](std::size_t from, std::size_t to) {
    std::size_t sum = 0;
    for (std::size_t i = from; i < to; ++i) sum += characters[i].text.size();
    return sum;
  };

  std::size_t from = 0;
  std::size_t to = characters.size();
  if (cut) {
    // Up to context_before columns before the problem, then as many whole characters as fit.
    from = start;
    while (from > 0 && columns(from - 1, start) <= context_before) --from;
    to = from;
    while (to < characters.size() && columns(from, to + 1) <= excerpt_width) ++to;
  }
  std::u32string shown;
  for (std::size_t i = from; i < to; ++i) shown += characters[i].text;
  const std::size_t shown_end = to < characters.size() ? first_byte + characters[to].byte : text.size();
  const std::string gutter(std::to_string(line).size(), ' ');
  const std::string_view lead_in = first_byte + (from < characters.size() ? characters[from].byte : part.size()) > 0 ? "..." : "";
  out << "  " << line << " | " << lead_in << to_utf8(shown) << (shown_end < text.size() ? "..." : "") << '\n';
  if (point) {
    const std::size_t carets = std::max<std::size_t>(1, to > start ? columns(start, std::min(end, to)) : 1);
    out << "  " << gutter << " | " << std::string(lead_in.size() + columns(from, std::min(start, to)), ' ')
        << std::string(carets, '^') << '\n';
  }
}

} // namespace

void print_input_error(std::ostream& out, const InputError& error) {
  const auto& excerpt = error.excerpt();
  // An excerpt spanning the whole line blames the row, not a place in it: no column, no carets.
  const bool point = excerpt && !(excerpt->offset == 0 && excerpt->length == excerpt->line_text.size());

  out << "recon: error: " << visible_text(error.file());
  if (error.line() > 0) out << ':' << error.line();
  if (point) out << ':' << characters_in(std::string_view(excerpt->line_text).substr(0, excerpt->offset)) + 1;
  out << ": " << visible_text(error.message()) << '\n';
  if (excerpt && error.line() > 0) print_excerpt(out, error.line(), *excerpt, point);
  if (!error.hint().empty()) out << "hint: " << visible_text(error.hint()) << '\n';
}

} // namespace recon::cli
