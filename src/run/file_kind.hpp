#pragma once
// What kind of file a path names, in words for an error message. recon reads and writes regular
// files only: a named pipe blocks whoever opens it until a writer comes, a device never ends, and
// a file renamed into place over either would replace it rather than write to it.

#include <optional>
#include <string_view>

#include <sys/types.h>

namespace recon {

// "a directory", "a named pipe (FIFO)", "a device", "a socket" (or "a special file"); nothing for
// a regular file.
[[nodiscard]] std::optional<std::string_view> special_file_kind(mode_t mode) noexcept;

} // namespace recon
