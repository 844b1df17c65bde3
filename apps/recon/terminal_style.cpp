#include "terminal_style.hpp"

#include <unistd.h>

#include <cstdlib>

namespace recon::cli {

Style Style::for_stdout() {
  const char* no_colour = std::getenv("NO_COLOR");
  return Style(::isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || *no_colour == '\0'));
}

std::string Style::paint(std::string_view text, Tone tone) const {
  if (!colour_) return std::string(text);
  std::string_view code;
  switch (tone) {
  case Tone::error: code = "\033[1;31m"; break;   // bold red
  case Tone::warning: code = "\033[33m"; break;   // yellow
  case Tone::info: code = "\033[36m"; break;      // cyan
  case Tone::good: code = "\033[1;32m"; break;    // bold green
  }
  return std::string(code) + std::string(text) + "\033[0m";
}

} // namespace recon::cli
