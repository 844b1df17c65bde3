#pragma once
// Text from outside recon (a report's descriptions and marketplace names, a bank export's
// descriptions and column names, file names, notes kept in the book) as it is printed on a
// terminal: every character that would act on the terminal or not show as itself is spelled out,
// so that such text can neither clear the screen, retitle the window or overwrite what recon
// printed, nor hide or reorder what it shows. Every text renderer of apps/recon prints such text
// through visible_text; ordinary text (accents, CJK, €) is printed as it is.

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace recon::cli {

// One character of a text as printed: itself, or spelled out (\r, \n, \t, U+001B, U+FFFF), as recon
// spells such characters everywhere else (the journals, the settlement-id errors); a byte that is
// not UTF-8 (a file name can be any bytes) is \xFF. A spelled character is ASCII, so it takes one
// display column per char32_t.
struct ShownCharacter {
  std::size_t byte = 0; // where the character starts in the text
  std::u32string text;
};

// The characters of the text as printed. With tab_as_space a tab is a space (the columns of a line
// shown in an error excerpt); otherwise it is spelled like any other control character.
[[nodiscard]] std::vector<ShownCharacter> shown_characters(std::string_view text, bool tab_as_space = false);

// Whether a character shows on a terminal as itself.
[[nodiscard]] bool shows_as_itself(char32_t c) noexcept;

// ASCII letters, digits, punctuation and spaces: most text, which shows as it is. Checked first, so
// that printing it costs no more than copying it.
[[nodiscard]] constexpr bool is_plain_ascii(char c) noexcept { return c >= 0x20 && c < 0x7F; }
[[nodiscard]] bool is_plain_ascii(std::string_view text) noexcept;

// The text as printed: the characters of shown_characters, as UTF-8. Text that needs no spelling
// comes back unchanged, and visible_text(visible_text(t)) == visible_text(t).
[[nodiscard]] std::string visible_text(std::string_view text);

// Texts (file names, marketplace names, entry ids) joined with ", ", as printed.
template <typename Texts> [[nodiscard]] std::string visible_list(const Texts& texts) {
  return visible_text(fmt::format("{}", fmt::join(texts, ", ")));
}

// The bytes of the UTF-8 sequence this byte starts (1 to 4), or 0 for a byte that cannot start one.
[[nodiscard]] std::size_t utf8_length(unsigned char lead);

[[nodiscard]] std::string to_utf8(std::u32string_view text);

} // namespace recon::cli
