#pragma once
// Text from outside recon — file names from the command line, fields of a report, account names
// from a map — written into a line of a journal. A journal is read line by line: a line break
// inside such text would end the line and let the rest start a directive of its own
// (`include /etc/passwd`, `2026-01-01 open …`). So control characters are spelled out instead:
// \r, \n and \t as such, the others as U+001B, which keeps the text readable and the file one
// line per thing recon meant to write.

#include <optional>
#include <string>
#include <string_view>

namespace recon {

[[nodiscard]] bool is_control_character(char c) noexcept;

// The text with every control character spelled out, as above.
[[nodiscard]] std::string one_line(std::string_view text);

// The first control character in the text, spelled out; nullopt when there is none.
[[nodiscard]] std::optional<std::string> first_control_character(std::string_view text);

} // namespace recon
