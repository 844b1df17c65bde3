#include "recon/base/input_error.hpp"

#include <utility>

namespace recon {
namespace {

std::string located(const std::string& file, std::uint64_t line, const std::string& message) {
  return line == 0 ? file + ": " + message : file + ":" + std::to_string(line) + ": " + message;
}

} // namespace

InputError::InputError(std::string file, std::uint64_t line, std::string message)
    : std::runtime_error(located(file, line, message)), file_(std::move(file)), line_(line), message_(std::move(message)) {}

InputError InputError::with_excerpt(std::string line_text, std::size_t offset, std::size_t length) && {
  excerpt_ = Excerpt{std::move(line_text), offset, length};
  return std::move(*this);
}

InputError InputError::with_hint(std::string hint) && {
  hint_ = std::move(hint);
  return std::move(*this);
}

InputError InputError::after_lines(std::uint64_t lines_before) && {
  if (line_ == 0) return std::move(*this); // about the file as a whole
  InputError placed(std::move(file_), line_ + lines_before, std::move(message_));
  placed.excerpt_ = std::move(excerpt_);
  placed.hint_ = std::move(hint_);
  return placed;
}

} // namespace recon
