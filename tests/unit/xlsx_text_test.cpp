#include "export/xlsx_text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "recon/base/text_encoding.hpp"

namespace recon {
namespace {

using ::testing::EndsWith;

TEST(XlsxCellText, KeepsWhatXmlCanHold) {
  EXPECT_EQ(xlsx_cell_text("Amazon.de: Bücher\tline 1\r\nline 2"), "Amazon.de: Bücher\tline 1\r\nline 2");
}

TEST(XlsxCellText, ReplacesWhatXmlCannotHold) {
  EXPECT_EQ(xlsx_cell_text("a\x01" "b\x1b" "c\x7f"), "a\uFFFD" "b\uFFFD" "c\x7f"); // DEL is valid XML
  EXPECT_EQ(xlsx_cell_text("x\xEF\xBF\xBE" "y\xEF\xBF\xBF"), "x\uFFFDy\uFFFD");  // U+FFFE, U+FFFF
  EXPECT_EQ(xlsx_cell_text("file\xFF.txt"), "file\uFFFD.txt");                  // not UTF-8
}

TEST(XlsxCellText, TruncatesVisiblyToWhatACellHolds) {
  const std::string fits(xlsx_cell_characters, 'a');
  EXPECT_EQ(xlsx_cell_text(fits), fits);
  const std::string cell = xlsx_cell_text(std::string(40000, 'a'));
  EXPECT_EQ(decode_utf8(cell).size(), xlsx_cell_characters);
  EXPECT_THAT(cell, EndsWith("a… [truncated by recon: 40000 characters]"));
  // The limit counts characters, not bytes.
  std::string umlauts;
  for (int i = 0; i < 20000; ++i) umlauts += "ü";
  EXPECT_EQ(xlsx_cell_text(umlauts), umlauts);
  EXPECT_EQ(decode_utf8(xlsx_cell_text(umlauts + umlauts)).size(), xlsx_cell_characters);
}

} // namespace
} // namespace recon
