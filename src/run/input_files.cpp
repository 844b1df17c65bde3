#include "recon/run/input_files.hpp"

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

#include "recon/base/input_error.hpp"
#include "run/file_kind.hpp"

namespace recon {

void require_regular_files(const std::vector<std::string>& paths) {
  for (const auto& path : paths) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
      // The same words as the readers use, so that a missing file reads alike whoever finds it.
      const int error_number = errno;
      InputError error(path, 0, std::string("cannot open the file: ") + std::strerror(error_number));
      if (error_number != ENOENT) throw error; // NOLINT(misc-throw-by-value-catch-by-reference): built just above
      throw std::move(error).with_hint("Check the path; recon reads the files named on its command line.");
    }
    const auto kind = special_file_kind(status.st_mode);
    if (!kind) continue;
    if (S_ISDIR(status.st_mode)) {
      throw InputError(path, 0, "this is a directory, not a file")
          .with_hint("Name the report files themselves, for example " + path + "/*.txt");
    }
    throw InputError(path, 0, "this is " + std::string(*kind) + ", not a file")
        .with_hint("recon reads regular files only. Save what it holds to a file and name that file.");
  }
}

} // namespace recon
