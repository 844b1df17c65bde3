#pragma once
// Colour for people at a terminal, and none for files, pipes or anyone who set NO_COLOR
// (https://no-color.org): severities and the verdict stand out, nothing else changes.

#include <string>
#include <string_view>

namespace recon::cli {

enum class Tone { error, warning, info, good };

class Style {
public:
  // Colour when standard output is a terminal and NO_COLOR is unset or empty.
  [[nodiscard]] static Style for_stdout();
  explicit Style(bool colour) : colour_(colour) {}

  [[nodiscard]] std::string paint(std::string_view text, Tone tone) const;

private:
  bool colour_;
};

} // namespace recon::cli
