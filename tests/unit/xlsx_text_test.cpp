#include "export/xlsx_text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "recon/base/text_encoding.hpp"

namespace recon {
namespace {

using ::testing::EndsWith;

// What Excel shows for a cell's stored text (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): each _xHHHH_
// is the character U+HHHH, read left to right, a decoded escape's closing underscore never opening
// the next one.
std::u32string as_excel_shows(std::string_view stored) {
  const std::u32string text = decode_utf8(stored);
  const auto hex = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F'); };
  std::u32string shown;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 6 < text.size() && text[i] == U'_' && text[i + 1] == U'x' && hex(text[i + 2]) && hex(text[i + 3]) && hex(text[i + 4]) &&
        hex(text[i + 5]) && text[i + 6] == U'_') {
      std::string digits;
      for (std::size_t d = 2; d < 6; ++d) digits += static_cast<char>(text[i + d]);
      shown += static_cast<char32_t>(std::stoul(digits, nullptr, 16));
      i += 6;
    } else {
      shown += text[i];
    }
  }
  return shown;
}

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

TEST(XlsxCellText, EscapesTextThatExcelWouldReadAsACharacterEscape) {
  EXPECT_EQ(xlsx_cell_text("report_x0041_.txt"), "report_x005F_x0041_.txt");
  EXPECT_EQ(xlsx_cell_text("_x00e9_ and _x00E9_"), "_x005F_x00e9_ and _x005F_x00E9_"); // either case of hex
  EXPECT_EQ(xlsx_cell_text("_x005F_"), "_x005F_x005F_");
  // Overlapping: the underscore that closes one is the one that opens the next, and Excel would
  // read the second once the first is escaped.
  EXPECT_EQ(xlsx_cell_text("_x0041_x0042_"), "_x005F_x0041_x005F_x0042_");
  for (const std::string text : {"report_x0041_x0042_.txt", "_x0041__x0042_", "__x0041_", "a_x0041_x0042_x0043_b", "_x005F_x0041_"}) {
    EXPECT_EQ(as_excel_shows(xlsx_cell_text(text)), decode_utf8(text)) << text;
  }
}

TEST(XlsxCellText, LeavesUnderscoresThatAreNoEscape) {
  for (const std::string text : {"_x004_", "_x00411_", "_X0041_", "_x004G_", "file_x0041", "x0041_", "_x_", "snake_case_name", "_"}) {
    EXPECT_EQ(xlsx_cell_text(text), text);
  }
}

TEST(XlsxCellText, TruncatesCountingEscapesAndNeverCutsOne) {
  // A text that fits a cell as given no longer does once its escapes are written.
  std::string text;
  while (text.size() + 7 <= xlsx_cell_characters) text += "_x0041_";
  text.resize(xlsx_cell_characters, 'a');
  const std::u32string cell = decode_utf8(xlsx_cell_text(text));
  const std::u32string marker = decode_utf8(fmt::format("… [truncated by recon: {} characters]", xlsx_cell_characters));
  // Full to within one escape (7 characters): as much kept as fits, and no more.
  EXPECT_LE(cell.size(), xlsx_cell_characters);
  EXPECT_GT(cell.size(), xlsx_cell_characters - 7);
  ASSERT_GT(cell.size(), marker.size());
  EXPECT_TRUE(cell.ends_with(marker));
  // What Excel shows is the start of the text, whole, then the marker: no escape was cut in half.
  const std::u32string shown = as_excel_shows(xlsx_cell_text(text));
  ASSERT_GT(shown.size(), marker.size());
  const std::u32string kept = shown.substr(0, shown.size() - marker.size());
  EXPECT_TRUE(decode_utf8(text).starts_with(kept)) << "Excel shows a text that does not start as the given one does";
  EXPECT_TRUE(shown.ends_with(marker));
}

} // namespace
} // namespace recon
