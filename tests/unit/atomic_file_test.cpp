#include "recon/io/atomic_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(AtomicFile, WritesAndReplacesWholeFiles) {
  test::TempFile scratch("");
  const std::string path = scratch.directory() + "/journal.beancount";
  write_file_atomically(path, "first\n");
  EXPECT_EQ(contents(path), "first\n");
  write_file_atomically(path, "second\n");
  EXPECT_EQ(contents(path), "second\n");
  // Nothing but the target (and the scratch file) is left in the directory.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(scratch.directory()), std::filesystem::directory_iterator{}), 2);
}

TEST(AtomicFile, FailsWithoutLeavingAnythingBehind) {
  test::TempFile scratch("");
  const std::string path = scratch.directory() + "/missing-directory/journal.csv";
  EXPECT_THROW(write_file_atomically(path, "text"), InputError);
  EXPECT_FALSE(std::filesystem::exists(path));
}

} // namespace
} // namespace recon
