#pragma once
// A run of a file's bytes in memory: mapped from the page cache where the file allows it, so that
// reading it costs no copy, else read into a buffer.
//
// A mapped file that is cut short while it is read would kill the process with SIGBUS when the
// missing bytes are touched. recon catches that signal for the bytes of live windows and stops with
// an input error naming the file (exit status 2), as it does for any other unreadable input. Such a
// stop cannot unwind the stack, so the handler removes the files registered with
// fatal_exit_cleanup.hpp (a new book); the book is not written while reports are read, so nothing
// else is left half done.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recon {

class FileWindow {
public:
  // Up to `length` bytes of the open file `fd` from `offset`, fewer only at the end of the file.
  // `mappable` says the file is a regular file at least offset + length bytes long; anything else
  // (a device, or a file whose size the system does not know) is read with pread. Throws
  // InputError naming `path` if the bytes cannot be read.
  FileWindow(int fd, std::string path, std::uint64_t offset, std::size_t length, bool mappable);
  ~FileWindow();
  FileWindow(const FileWindow&) = delete;
  FileWindow& operator=(const FileWindow&) = delete;

  [[nodiscard]] std::string_view bytes() const noexcept { return bytes_; }

private:
  bool map(int fd, std::uint64_t offset, std::size_t length);
  void read(int fd, std::uint64_t offset, std::size_t length);

  std::string path_; // named should the mapped bytes vanish
  void* mapping_ = nullptr;
  std::size_t mapping_length_ = 0;
  std::vector<char> buffer_; // when not mapped
  std::string_view bytes_;
};

} // namespace recon
