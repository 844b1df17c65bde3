#include "diagnostics.hpp"

#include <ostream>
#include <string>
#include <string_view>

#include "recon/base/text_encoding.hpp"

namespace recon::cli {
namespace {

constexpr std::size_t excerpt_width = 100; // characters of a long line shown around the problem
constexpr std::size_t context_before = 30;

// The line as it should appear on a terminal, one character per display column: tabs and other
// control characters become a space so the carets below stay aligned.
std::u32string displayable(std::string_view utf8) {
  std::u32string text = decode_utf8(utf8);
  for (char32_t& cp : text) {
    if (cp < 0x20 || cp == 0x7F) cp = U' ';
  }
  return text;
}

std::size_t characters_in(std::string_view utf8) { return decode_utf8(utf8).size(); }

std::string to_utf8(std::u32string_view text) {
  std::string out;
  for (const char32_t cp : text) append_utf8(cp, out);
  return out;
}

void print_excerpt(std::ostream& out, std::uint64_t line, const Excerpt& excerpt, bool point) {
  const std::u32string text = displayable(excerpt.line_text);
  const std::size_t start = characters_in(std::string_view(excerpt.line_text).substr(0, excerpt.offset));
  const std::size_t width = characters_in(std::string_view(excerpt.line_text).substr(excerpt.offset, excerpt.length));

  std::size_t from = 0;
  std::size_t to = text.size();
  if (text.size() > excerpt_width) {
    from = start > context_before ? start - context_before : 0;
    to = std::min(text.size(), from + excerpt_width);
  }
  const std::string gutter(std::to_string(line).size(), ' ');
  const std::string_view lead_in = from > 0 ? "..." : "";
  out << "  " << line << " | " << lead_in << to_utf8(std::u32string_view(text).substr(from, to - from))
      << (to < text.size() ? "..." : "") << '\n';
  if (point) {
    const std::size_t shown = std::max<std::size_t>(1, std::min(width, to > start ? to - start : 1));
    out << "  " << gutter << " | " << std::string(lead_in.size() + start - from, ' ') << std::string(shown, '^') << '\n';
  }
}

} // namespace

void print_input_error(std::ostream& out, const InputError& error) {
  const auto& excerpt = error.excerpt();
  // An excerpt spanning the whole line blames the row, not a place in it: no column, no carets.
  const bool point = excerpt && !(excerpt->offset == 0 && excerpt->length == excerpt->line_text.size());

  out << "recon: error: " << error.file();
  if (error.line() > 0) out << ':' << error.line();
  if (point) out << ':' << characters_in(std::string_view(excerpt->line_text).substr(0, excerpt->offset)) + 1;
  out << ": " << error.message() << '\n';
  if (excerpt && error.line() > 0) print_excerpt(out, error.line(), *excerpt, point);
  if (!error.hint().empty()) out << "hint: " << error.hint() << '\n';
}

} // namespace recon::cli
