#include "io/sha256.hpp"

#include <gtest/gtest.h>

#include "recon/base/input_error.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

std::string sha256_of(std::string_view bytes) {
  Sha256 digest;
  digest.update(bytes);
  return digest.finish_hex();
}

TEST(Sha256, MatchesTheStandardTestVectors) {
  EXPECT_EQ(sha256_of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_of("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, DigestsAFileAsWrittenAcrossReadBlocks) {
  // Several read blocks, CRLF endings, a byte-order mark and no final newline: the digest covers
  // the bytes on disk exactly, as sha256sum does.
  std::string text = "\xEF\xBB\xBFheader\r\n";
  for (int i = 0; i < 40000; ++i) text += std::string(90, static_cast<char>('a' + i % 26)) + "\r\n";
  text += "last";
  test::TempFile file(text);
  EXPECT_EQ(sha256_of_file(file.path()), sha256_of(text));
}

TEST(Sha256, NamesAFileItCannotRead) {
  EXPECT_THROW((void)sha256_of_file("/nonexistent/report.txt"), InputError);
}

} // namespace
} // namespace recon
