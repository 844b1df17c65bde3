#pragma once
// The whole text of a statement file (OFX, CAMT), small enough to hold at once, with the line each
// byte is on: statement files name no line numbers themselves, and recon must point at one.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recon {

class StatementText {
public:
  // Reads `path` as LineSource reads it (UTF-8, line endings and a byte-order mark removed) and
  // refuses, as an InputError, a file over `max_bytes`: a statement is a month of one account, and a
  // file far larger is not one.
  StatementText(const std::string& path, std::uint64_t max_bytes);

  [[nodiscard]] const std::string& text() const noexcept { return text_; } // lines joined by '\n'
  [[nodiscard]] std::uint64_t line_at(std::size_t offset) const noexcept;   // 1-based
  [[nodiscard]] std::string_view line_text(std::uint64_t line) const noexcept;

private:
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Offsets of every occurrence of `tag` ("<STMTTRN>") in `text`, ignoring ASCII case, from `from` up to `to`.
[[nodiscard]] std::vector<std::size_t> find_tags(std::string_view text, std::string_view tag, std::size_t from = 0,
                                                 std::size_t to = std::string_view::npos);

} // namespace recon
