#pragma once
// An input that recon cannot use: unreadable, unrecognised or malformed. Thrown, because the run
// cannot go on (exit status 2, nothing written). Findings about the books are not input errors; they
// are collected as data (see finding.hpp).
//
// It carries what a person needs to act: the file and line, the offending text with the span to
// point at, and a hint saying what to do about it.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace recon {

struct Excerpt {
  std::string line_text;  // the whole line as read (UTF-8)
  std::size_t offset = 0; // byte offset of the offending span in line_text
  std::size_t length = 0; // bytes in the span; 0 points just at offset
};

class InputError : public std::runtime_error {
public:
  // line 0 means the problem is with the file as a whole (missing, empty, wrong kind).
  InputError(std::string file, std::uint64_t line, std::string message);

  // Builders for `throw InputError(…).with_hint(…)`: they return the error itself, so what is
  // thrown is always a temporary.
  [[nodiscard]] InputError with_excerpt(std::string line_text, std::size_t offset, std::size_t length) &&;
  [[nodiscard]] InputError with_hint(std::string hint) &&;
  // The same error raised by a reader of part of the file, whose lines counted from 1 at the part's
  // start, placed in the whole file: `lines_before` lines precede the part.
  [[nodiscard]] InputError after_lines(std::uint64_t lines_before) &&;

  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] std::uint64_t line() const noexcept { return line_; }
  [[nodiscard]] const std::string& message() const noexcept { return message_; }
  [[nodiscard]] const std::optional<Excerpt>& excerpt() const noexcept { return excerpt_; }
  [[nodiscard]] const std::string& hint() const noexcept { return hint_; }

private:
  std::string file_;
  std::uint64_t line_;
  std::string message_;
  std::optional<Excerpt> excerpt_;
  std::string hint_;
};

} // namespace recon
