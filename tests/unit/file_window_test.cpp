// A window mapped from the page cache must hold exactly the bytes a plain read gives: the mapping
// is a speed trick (no copy), and reading with pread is the path it is held against.

#include "io/file_window.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "temp_file.hpp"

namespace recon {
namespace {

TEST(FileWindow, AMappedWindowHoldsTheBytesAReadGives) {
  std::string text;
  for (int i = 0; text.size() < 3 * 4096 + 123; ++i) text += "row " + std::to_string(i) + "\t-32.40\n";
  const test::TempFile file(text);
  const int fd = ::open(file.path().c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  const std::uint64_t size = text.size();
  // Offsets on and off page boundaries, lengths within a page, across pages, and to the file's end.
  for (const std::uint64_t offset : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{4095}, std::uint64_t{4096},
                                     std::uint64_t{5000}, size - 10, size - 1}) {
    for (const std::uint64_t wanted : {std::uint64_t{1}, std::uint64_t{100}, std::uint64_t{8192}, size - offset}) {
      const auto length = static_cast<std::size_t>(std::min(wanted, size - offset));
      SCOPED_TRACE("offset " + std::to_string(offset) + ", length " + std::to_string(length));
      const FileWindow mapped(fd, file.path(), offset, length, true);
      const FileWindow read(fd, file.path(), offset, length, false);
      EXPECT_EQ(mapped.bytes(), read.bytes());
      EXPECT_EQ(mapped.bytes(), std::string_view(text).substr(offset, length));
    }
  }
  ::close(fd);
}

} // namespace
} // namespace recon
