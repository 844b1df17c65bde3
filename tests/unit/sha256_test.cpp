#include "recon/sha256.hpp"

#include <gtest/gtest.h>

#include "recon/line_source.hpp"
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

TEST(Sha256, LineSourceDigestsTheFileAsWrittenAcrossReadBlocks) {
  // Over 32 MiB, CRLF endings and no final newline: the digest covers the bytes on disk exactly,
  // not the lines handed out nor the newline LineSource supplies.
  std::string text = "\xEF\xBB\xBFheader\r\n";
  for (int i = 0; i < 400000; ++i) text += std::string(90, static_cast<char>('a' + i % 26)) + "\r\n";
  text += "last";
  test::TempFile file(text);
  LineSource source(file.path());
  EXPECT_TRUE(source.sha256().empty());
  while (source.next()) {
  }
  EXPECT_EQ(source.sha256(), sha256_of(text));
}

} // namespace
} // namespace recon
