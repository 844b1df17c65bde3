#include "recon/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error_number) {
  throw InputError(path, 0, what + ": " + std::strerror(error_number))
      .with_hint("Check that the directory exists and that you may write to it.");
}

} // namespace

StagedFile::StagedFile(std::string path, std::string_view content) : path_(std::move(path)) {
  const std::filesystem::path target(path_);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string hidden_name = ".";
  hidden_name.append(target.filename().string()).append(".recon-XXXXXX");
  temporary_ = (directory / hidden_name).string();

  const int fd = ::mkstemp(temporary_.data());
  if (fd < 0) {
    const int error_number = errno;
    temporary_.clear();
    fail(path_, "cannot create a file beside it", error_number);
  }
  const auto abandon = [&](const std::string& what) {
    const int error_number = errno;
    ::close(fd);
    ::unlink(temporary_.c_str());
    temporary_.clear();
    fail(path_, what, error_number);
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) abandon("cannot write the file");
    written += static_cast<std::size_t>(n);
  }
  // mkstemp creates the file private (0600); give it the permissions any new file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) abandon("cannot set the file's permissions");
  if (::fsync(fd) != 0) abandon("cannot flush the file to disk");
  if (::close(fd) != 0) {
    const int error_number = errno;
    ::unlink(temporary_.c_str());
    temporary_.clear();
    fail(path_, "cannot close the file", error_number);
  }
}

StagedFile::StagedFile(std::string path, const std::function<void(const std::string& temporary)>& write)
    : StagedFile(std::move(path), std::string_view{}) {
  write(temporary_);
  const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error_number = errno;
    if (fd >= 0) ::close(fd);
    fail(path_, "cannot flush the file to disk", error_number);
  }
  ::close(fd);
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : path_(std::move(other.path_)), temporary_(std::exchange(other.temporary_, {})) {}

StagedFile::~StagedFile() {
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void StagedFile::commit() {
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int error_number = errno;
    fail(path_, "cannot put the file in place", error_number);
  }
  temporary_.clear();
}

void write_file_atomically(const std::string& path, std::string_view content) { StagedFile(path, content).commit(); }

} // namespace recon
