#include "run/file_kind.hpp"

#include <sys/stat.h>

namespace recon {

std::optional<std::string_view> special_file_kind(mode_t mode) noexcept {
  if (S_ISREG(mode)) return std::nullopt;
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

} // namespace recon
